// The client's side of the therapist's journeys, through the API: the therapist's workspace is what
// these tests drive in the browser, and it needs a client with a history to look at. Fictional
// people and words only.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { ApiClient } from "../../apps/server/test/support/api-client.ts";

export const DESKTOP_800 = { width: 1280, height: 800 } as const;

/** A client message that would run if anything rendered it as HTML. */
export const HOSTILE_TEXT = `I feel so lonely since my partner Sam left <img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;

/** Words the risk screen reads as imminent risk (plan and means): the crisis protocol and a therapist alert. */
export const IMMINENT_TEXT = "i have the pills in front of me and im taking them tonight";

export interface LinkedClient {
  clientId: string;
  careLinkId: string;
}

export async function redeem(api: ApiClient, options: { code: string; level: "signals" | "moments" | "summaries" | "transcripts"; riskAlerts: boolean }): Promise<LinkedClient> {
  const link = await api.post<{ id: string; client: { id: string } }>("/api/care-links", {
    code: options.code,
    consent: { level: options.level, riskAlerts: options.riskAlerts },
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  return { clientId: link.body.client.id, careLinkId: link.body.id };
}

export async function startConversation(api: ApiClient, mode: "talk" | "rehearse" | "regulate" | "check-in" | "debrief" = "talk"): Promise<string> {
  const conversation = await api.post<{ id: string }>("/api/conversations", { mode });
  expect(conversation.status, JSON.stringify(conversation.body)).toBe(201);
  return conversation.body.id;
}

/** Sends one message and reads the streamed reply to its end (the reply is stored when it ends). */
export async function say(api: ApiClient, conversationId: string, text: string): Promise<string> {
  const response = await api.raw("POST", `/api/conversations/${conversationId}/messages`, {
    body: JSON.stringify({ text }),
    headers: { "content-type": "application/json" },
  });
  const body = await response.text();
  expect(response.status, body.slice(0, 300)).toBe(200);
  return body;
}

/** The id of the client's message with exactly this text. */
export async function messageIdOf(api: ApiClient, conversationId: string, text: string): Promise<string> {
  const messages = await api.get<{ messages: { id: string; role: string; text: string }[] }>(`/api/conversations/${conversationId}/messages`);
  const found = messages.body.messages.find((message) => message.role === "client" && message.text === text);
  expect(found, `message "${text.slice(0, 30)}…" not found`).toBeDefined();
  return found?.id ?? "";
}

/** Nothing the client wrote ran as script, and no element came from their text. */
export async function expectNoInjection(page: Page): Promise<void> {
  expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  expect(await page.locator("main img[src='x'], main script").count()).toBe(0);
}

// ——— the client's side in their own app (phone-sized), for the joint journey ———

/** Redeems an invite in the client's app, choosing what the therapist sees and whether to alert them. */
export async function redeemInApp(page: Page, options: { code: string; levelTitle: string; riskAlerts: boolean }): Promise<void> {
  await page.goto("/app/me/therapist");
  await page.getByRole("button", { name: "Connect with an invite code" }).click();
  await page.getByLabel("Invite code").fill(options.code);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: options.levelTitle, exact: true }).check();
  await page.getByRole("radio", { name: options.riskAlerts ? "Alert your therapist" : "Don't alert your therapist", exact: true }).check();
  await page.getByRole("button", { name: "Confirm and connect" }).click();
}

/** Sends a message in the open chat and waits for the streamed reply to end. */
export async function sayInApp(page: Page, text: string): Promise<void> {
  await page.getByLabel("Your message").fill(text);
  const reply = page.waitForResponse((response) => response.request().method() === "POST" && /\/api\/conversations\/[^/]+\/messages$/.test(response.url()));
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const response = await reply;
  expect(response.status()).toBe(200);
  await response.finished();
}
