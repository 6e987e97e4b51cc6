// The web app: gzipped JavaScript per route (the client's chat must stay ≤ 200 KB; the therapist's
// workspace is a separate download), and the time to an interactive chat screen in Chromium against
// the real server (a new browser profile each time: cold cache; then a reload: warm).
import { chromium } from "playwright-core";
import { ApiClient } from "../../apps/server/test/support/api-client.ts";
import { buildWeb } from "../build-web.ts";
import { CHAT_BUDGET_BYTES, routeCosts } from "../web-bundle.ts";
import { startServerProcess } from "./lib/server-process.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function run(): Promise<void> {
  await buildWeb({ quiet: true });
  const costs = routeCosts();
  console.log("JavaScript per route (gzip -9):");
  console.log(`  client chat (entry)      ${kb(costs.chat.gzipBytes).padStart(10)}  (${costs.chat.files.length} files, ${kb(costs.chat.rawBytes)} raw)  budget ${kb(CHAT_BUDGET_BYTES)}: ${costs.chat.gzipBytes <= CHAT_BUDGET_BYTES ? "within" : "OVER"}`);
  console.log(`  client's other screens   ${kb(costs.clientPages.gzipBytes).padStart(10)}  (loaded on first use)`);
  console.log(`  therapist workspace      ${kb(costs.therapist.gzipBytes).padStart(10)}  (loaded on first use)`);

  const server = await startServerProcess();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    const api = new ApiClient(server.url);
    const signUp = await api.post("/api/auth/sign-up/email", { name: "Bench", email: `bench-${Date.now()}@example.test`, password: "correct horse battery staple", role: "client", timeZone: "Europe/London" });
    if (signUp.status !== 200) throw new Error(`sign-up failed: ${signUp.status}`);
    const conversation = await api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    const cookies = api
      .cookieHeader()
      .split("; ")
      .map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.url };
      });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < 5; round++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const interactive = async () => {
        const started = performance.now();
        await page.goto(`${server.url}/app/c/${conversation.body.id}`);
        await page.locator('li[data-role="companion"]').first().waitFor();
        await page.getByLabel("Your message").fill("x");
        return performance.now() - started;
      };
      cold.push(await interactive());
      warm.push(await interactive());
      await context.close();
    }
    console.log("Time to an interactive chat screen (navigation → history shown and the box takes text), median of 5:");
    console.log(`  cold cache  ${median(cold).toFixed(0)} ms`);
    console.log(`  warm cache  ${median(warm).toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
