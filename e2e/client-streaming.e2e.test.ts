// The companion's reply streams into the client's chat: with a language model configured (a fake
// OpenAI-compatible server on loopback sending one sentence at a time, slowly), the bubble shows the
// first sentences while the rest has not arrived, then the whole reply; the stored history after a
// reload holds all of it. (The built-in engine answers in one piece, so only a model shows this.)
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../apps/server/test/support/api-client.ts";
import { startFakeModelServer, type FakeModelServer } from "../apps/server/test/support/fake-model-server.ts";
import { newPerson, signInInBrowser, signUpViaApi } from "./support/accounts.ts";
import { launchBrowser, newContext, watchForPageErrors } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { startConversation } from "./support/therapist.ts";

// Whole sentences: the server's output guard releases text a sentence at a time.
const SENTENCES = [
  "That sounds like a long day. ",
  "It makes sense that you feel worn out. ",
  "What part of it is staying with you most? ",
  "We can take it one piece at a time.",
];
const FULL_REPLY = SENTENCES.join("").trim();
const CHUNK_DELAY_MS = 700;

let fake: FakeModelServer;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let clientApi: ApiClient;
const client = newPerson("client", "Sky Streaming");

beforeAll(async () => {
  fake = await startFakeModelServer();
  fake.behave({ kind: "reply", chunks: SENTENCES, chunkDelayMs: CHUNK_DELAY_MS });
  server = await startServer({
    env: { BETWEEN_MODEL_PROVIDER: "openai-compatible", BETWEEN_MODEL_BASE_URL: fake.baseUrl, BETWEEN_MODEL: "fake-model" },
  });
  clientApi = await signUpViaApi(client, { baseURL: server.baseUrl });
  browser = await launchBrowser();
  context = await newContext(browser, { baseURL: server.baseUrl });
  page = await context.newPage();
  problems = watchForPageErrors(page);
  await signInInBrowser(page, client);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

const companionBubbles = () => page.locator('li[data-role="companion"]');

/** The text of a companion bubble as shown (its paragraphs, without the hidden "The companion said:"). */
async function shownText(index: number): Promise<string> {
  const paragraphs = await companionBubbles().nth(index).locator("p").allInnerTexts();
  return paragraphs.join(" ").replace(/\s+/g, " ").trim();
}

describe("a reply from a language model", () => {
  it("streams into the bubble a sentence at a time, and the stored history holds all of it", async () => {
    const conversationId = await startConversation(clientApi);
    await page.goto(`/app/c/${conversationId}`);
    await expect.poll(() => companionBubbles().count()).toBeGreaterThan(0);
    const before = await companionBubbles().count();
    const streamedBefore = fake.requests.filter((request) => request.body.stream === true).length;

    await page.getByLabel("Your message").fill("Work ran late again and I'm tired.");
    await page.getByRole("button", { name: "Send", exact: true }).click();

    // A first part of the reply shows while the rest is still on its way.
    await expect.poll(() => companionBubbles().count(), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(() => shownText(before), { timeout: 20_000, interval: 50 }).not.toBe("");
    const firstSeenAt = performance.now();
    const partial = await shownText(before);
    // The first sentence alone: the next is still a chunk delay away at the model.
    expect(partial).toBe(SENTENCES[0]?.trim());
    expect(partial.length).toBeLessThan(FULL_REPLY.length);
    expect(await companionBubbles().nth(before).getAttribute("data-streaming")).not.toBeNull();

    // Then all of it, and the stream ends. The rest arrived over time, as the model sent it: a reply
    // held back and sent in one piece (or split only at the end) would complete at once.
    await expect.poll(() => shownText(before), { timeout: 20_000 }).toBe(FULL_REPLY);
    expect(performance.now() - firstSeenAt).toBeGreaterThanOrEqual(CHUNK_DELAY_MS);
    await expect.poll(() => page.locator("li[data-streaming]").count()).toBe(0);
    // It came from the model, streamed (not the built-in engine answering in one piece).
    expect(fake.requests.filter((request) => request.body.stream === true).length).toBe(streamedBefore + 1);

    // The stored history, after a reload, holds the whole reply.
    await page.reload();
    await expect.poll(() => companionBubbles().count()).toBe(before + 1);
    expect(await shownText(before)).toBe(FULL_REPLY);
    const stored = await clientApi.get<{ messages: { role: string; text: string }[] }>(`/api/conversations/${conversationId}/messages`);
    expect(stored.body.messages.at(-1)).toMatchObject({ role: "companion", text: FULL_REPLY });
    expect(problems).toEqual([]);
  });
});
