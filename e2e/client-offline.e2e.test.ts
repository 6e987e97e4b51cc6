// Offline, on a phone: the service worker (apps/web/public/sw.js) keeps the app's shell and the crisis
// lines working with no connection; a send while offline says plainly that nothing was sent and keeps
// the words in the box; back online, the same words go out and the companion answers.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../apps/server/test/support/api-client.ts";
import { newPerson, signInInBrowser, signUpViaApi } from "./support/accounts.ts";
import { launchBrowser, newContext, watchForPageErrors } from "./support/browser.ts";
import { startConversation } from "./support/therapist.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let clientApi: ApiClient;
let conversationId = "";
const client = newPerson("client", "Quinn Offline");
const UNSENT = "The train was cancelled and I'm stuck in the tunnel.";

beforeAll(async () => {
  clientApi = await signUpViaApi(client);
  conversationId = await startConversation(clientApi);
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  problems = watchForPageErrors(page);
  await signInInBrowser(page, client);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const companionBubbles = () => page.locator('li[data-role="companion"]');
const clientBubbles = () => page.locator('li[data-role="client"]');
const box = () => page.getByLabel("Your message");
const offlineNotice = () => page.getByText("You're offline. You can read what's on screen, but nothing can be sent until you're back online.");

async function storedTexts(): Promise<string[]> {
  const messages = await clientApi.get<{ messages: { role: string; text: string }[] }>(`/api/conversations/${conversationId}/messages`);
  return messages.body.messages.filter((message) => message.role === "client").map((message) => message.text);
}

describe("the client's app offline", () => {
  it("is controlled by the service worker once loaded", async () => {
    await page.goto(`/app/c/${conversationId}`);
    await expect.poll(() => companionBubbles().count()).toBeGreaterThan(0);
    // Evaluated in the page (strings, so this Node-side file needs no DOM types).
    expect(await page.evaluate("navigator.serviceWorker.ready.then((registration) => registration.active !== null)")).toBe(true);
    await expect.poll(() => page.evaluate("navigator.serviceWorker.controller !== null")).toBe(true);
  });

  it("says plainly that a send while offline went nowhere, and keeps the words in the box", async () => {
    await context.setOffline(true);
    await expect.poll(() => offlineNotice().isVisible()).toBe(true);
    await box().fill(UNSENT);
    // The Send button waits for a connection; Enter still tries, and is told why it failed.
    expect(await page.getByRole("button", { name: "Send", exact: true }).isDisabled()).toBe(true);
    await box().press("Enter");
    const alert = page.getByRole("alert").filter({ hasText: "You're offline" });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain("nothing was sent");
    expect(await box().inputValue()).toBe(UNSENT);
    expect(await clientBubbles().count()).toBe(0);
    expect(await storedTexts()).toEqual([]);
  });

  it("reloaded offline, still shows the shell and the crisis lines, not the browser's error page", async () => {
    await page.reload();
    await expect.poll(() => page.getByRole("link", { name: "Between" }).isVisible()).toBe(true);
    await expect.poll(() => offlineNotice().isVisible()).toBe(true);
    // The conversation itself is never cached: the page says it couldn't reach Between, and offers to try again.
    await expect.poll(() => page.getByRole("main").getByRole("alert").innerText()).toContain("couldn't reach Between");
    expect(await page.getByRole("main").getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Crisis lines" }).click();
    const sheet = page.getByTestId("crisis-sheet");
    await expect.poll(() => sheet.getByRole("heading", { name: /Crisis lines in/ }).isVisible()).toBe(true);
    // The browser said en-GB at sign-in, so the lines are the UK's, from the service worker's copy.
    expect(await sheet.getByRole("link", { name: /999/ }).first().getAttribute("href")).toBe("tel:999");
    await sheet.getByRole("button", { name: "Close" }).click();
  });

  it("back online, the same words go out and the companion answers", async () => {
    await context.setOffline(false);
    await expect.poll(() => offlineNotice().count()).toBe(0);
    // No reload: the app notices the connection is back and opens the conversation by itself.
    await expect.poll(() => companionBubbles().count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await companionBubbles().count();
    // The draft outlived the failed send and the offline reload.
    await expect.poll(() => box().inputValue()).toBe(UNSENT);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect.poll(() => companionBubbles().count(), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator("li[data-streaming]").count()).toBe(0);
    expect(await clientBubbles().last().innerText()).toContain(UNSENT);
    expect(await box().inputValue()).toBe("");
    expect(await storedTexts()).toEqual([UNSENT]);
    expect(problems).toEqual([]);
  });
});
