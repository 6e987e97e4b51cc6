// Turns against a fake OpenAI-compatible model server on loopback: real HTTP, real SSE chunks.
import { fallbackCopy, guardReplacementCopy } from "@between/core";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { intention } from "../src/db/schema/index.ts";
import { applyMemory } from "../src/repositories/memory.ts";
import { signUp, type SignedIn } from "./support/api-client.ts";
import { linkedPair } from "./support/care.ts";
import { queryRows } from "./support/query-rows.ts";
import { startFakeModelServer, type FakeModelServer } from "./support/fake-model-server.ts";
import { collectTurn, readSse } from "./support/sse.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let fake: FakeModelServer;

beforeAll(async () => {
  fake = await startFakeModelServer();
  server = await startTestServer({
    start: new Date("2026-03-07T19:00:00Z"),
    env: {
      BETWEEN_MODEL_PROVIDER: "openai-compatible",
      BETWEEN_MODEL_BASE_URL: fake.baseUrl,
      BETWEEN_MODEL: "fake-model",
      BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS: "800",
      BETWEEN_MODEL_IDLE_TIMEOUT_MS: "800",
    },
  });
});
afterAll(async () => {
  await server.stop();
  await fake.close();
});
beforeEach(() => {
  fake.behave({ kind: "reply", chunks: ["That sounds ", "like a lot ", "to carry. ", "What part of it ", "weighs most?"] });
});

function sendRaw(client: SignedIn, conversationId: string, text: string, signal?: AbortSignal) {
  return fetch(`${server.url}/api/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: client.api.cookieHeader(), origin: server.url },
    body: JSON.stringify({ text }),
    ...(signal === undefined ? {} : { signal }),
  });
}

async function talk(client: SignedIn, mode = "talk") {
  const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode });
  return conversation.body.id;
}

interface StoredMessage {
  role: string;
  text: string;
}

/** The conversation after the companion's opening message. */
async function history(client: SignedIn, conversationId: string): Promise<StoredMessage[]> {
  const messages = (await client.api.get<{ messages: StoredMessage[] }>(`/api/conversations/${conversationId}/messages`)).body.messages;
  expect(messages[0]?.role).toBe("companion");
  return messages.slice(1);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

const rows = (query: SQL) => queryRows(server.app.ctx.db, query);

function systemPrompt(): string {
  const first = fake.requests.at(-1)?.body.messages[0];
  return typeof first?.content === "string" ? first.content : "";
}

describe("a turn with a model", () => {
  it("streams the model's reply, stores it, and sends the model the assembled prompt", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: true }, { timeZone: "Europe/London" });
    await therapist.api.put(`/api/clients/${client.id}/frame`, {
      focus: "Speaking up with her manager",
      dependencyPlan: "When night use is high, suggest texting a friend",
    });
    const at = server.clock.now.toISOString();
    await applyMemory(server.app.ctx, server.app.ctx.db, {
      clientId: client.id,
      proposal: {
        added: [{ key: "person:priya", kind: "person", text: "Priya (my manager)", name: "Priya", relationship: "my manager", firstMentionedAt: at, lastMentionedAt: at, mentions: 2 }],
        updated: [],
      },
    });
    const cipher = await server.app.ctx.keyring.forClient(server.app.ctx.db, client.id);
    await server.app.ctx.db.insert(intention).values({
      id: crypto.randomUUID(),
      clientId: client.id,
      body: cipher.encryptJson({ what: "ask Priya for a day off", withWhom: "Priya", dueText: "friday", source: "rehearse", outcomeNote: null }),
      dueOn: "2026-03-06",
    });
    const conversationId = await talk(client);
    const before = fake.requests.length;
    const turn = await collectTurn(await sendRaw(client, conversationId, "work was a lot today"));
    expect(turn.status).toBe(200);
    expect(fake.requests.length).toBe(before + 1);
    // The guard releases text a sentence at a time: two sentences arrive as two pieces.
    expect(turn.chunks.filter((chunk) => chunk.type === "text-delta").length).toBeGreaterThan(1);
    expect(turn.text).toContain("That sounds like a lot to carry. What part of it weighs most?");
    const prompt = systemPrompt();
    expect(prompt).toContain("Speaking up with her manager");
    expect(prompt).toContain("Priya");
    expect(prompt).toContain("ask Priya for a day off");
    expect(fake.requests.at(-1)?.body.messages.at(-1)).toEqual({ role: "user", content: "work was a lot today" });
    const stored = await history(client, conversationId);
    expect(stored.map((m) => m.role)).toEqual(["client", "companion"]);
    expect(stored[1]?.text).toBe(turn.text);
  });

  it("still stores the whole reply when the browser disconnects mid-reply", async () => {
    const client = await signUp(server.url, "client");
    const conversationId = await talk(client);
    const words = ["I'm ", "here. ", "Take ", "your ", "time; ", "what ", "feels ", "heaviest ", "right ", "now?"];
    fake.behave({ kind: "reply", chunks: words, chunkDelayMs: 80 });
    const abort = new AbortController();
    const response = await sendRaw(client, conversationId, "I can't sleep again", abort.signal);
    for await (const chunk of readSse(response)) {
      if (chunk.type === "text-delta") break;
    }
    abort.abort();
    const stored = await eventually(
      () => history(client, conversationId),
      (messages) => messages.length === 2,
    );
    expect(stored[0]?.text).toBe("I can't sleep again");
    expect(stored[1]?.text).toContain(words.join(""));
  });

  it("refuses a second message while a reply is still streaming", async () => {
    const client = await signUp(server.url, "client");
    const conversationId = await talk(client);
    fake.behave({ kind: "reply", chunks: ["one ", "two ", "three."], chunkDelayMs: 300 });
    const first = sendRaw(client, conversationId, "first message");
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = await client.api.post(`/api/conversations/${conversationId}/messages`, { text: "second message" });
    expect(second.status).toBe(409);
    await collectTurn(await first);
    const stored = await history(client, conversationId);
    expect(stored.map((m) => m.text)).not.toContain("second message");
  });

  const failures = [
    { name: "answers 500", behaviour: { kind: "status", status: 500 } },
    { name: "never sends a first token", behaviour: { kind: "hang" } },
    { name: "stalls mid-reply", behaviour: { kind: "stall", chunks: ["I hear "] as string[] } },
    { name: "sends garbage", behaviour: { kind: "garbage" } },
    { name: "drops the connection", behaviour: { kind: "drop", chunks: [] as string[] } },
    { name: "refuses", behaviour: { kind: "refusal" } },
  ] as const;

  for (const failure of failures) {
    it(`falls back to the built-in engine when the model ${failure.name}, keeping the client's message`, async () => {
      const client = await signUp(server.url, "client");
      const conversationId = await talk(client);
      fake.behave(failure.behaviour);
      const turn = await collectTurn(await sendRaw(client, conversationId, "my partner and I argued about money again"));
      expect(turn.status).toBe(200);
      expect(turn.text).toMatch(new RegExp(`${fallbackCopy.beforeReply.slice(0, 30)}|${fallbackCopy.afterBrokenReply.slice(0, 20)}`));
      expect(turn.chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { engine: "fallback" } });
      const stored = await history(client, conversationId);
      expect(stored[0]?.text).toBe("my partner and I argued about money again");
      expect(stored[1]?.text).toBe(turn.text);
      const logs = server.logs.filter((line) => line.event === "model.failed");
      expect(logs.length).toBeGreaterThan(0);
    });
  }

  it("falls back when the model server is down", async () => {
    const down = await startTestServer({
      env: { BETWEEN_MODEL_PROVIDER: "openai-compatible", BETWEEN_MODEL_BASE_URL: "http://127.0.0.1:9/v1", BETWEEN_MODEL: "fake-model" },
    });
    try {
      const client = await signUp(down.url, "client");
      const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
      const turn = await collectTurn(
        await client.api.raw("POST", `/api/conversations/${conversation.body.id}/messages`, {
          body: JSON.stringify({ text: "is anyone there" }),
          headers: { "content-type": "application/json" },
        }),
      );
      expect(turn.text).toContain(fallbackCopy.beforeReply);
      const stored = (await client.api.get<{ messages: StoredMessage[] }>(`/api/conversations/${conversation.body.id}/messages`)).body.messages;
      expect(stored.map((m) => m.role)).toEqual(["companion", "client", "companion"]);
    } finally {
      await down.stop();
    }
  });
});

describe("the crisis protocol", () => {
  it("answers imminent risk without the model, with the client's lines, and alerts only the therapist with consent", async () => {
    const { therapist: consenting, client, linkId } = await linkedPair(server.url, { level: "signals", riskAlerts: true }, { country: "GB" });
    const other = await signUp(server.url, "therapist");
    const invite = await other.api.post<{ code: string }>("/api/invites");
    await client.api.post("/api/care-links", { code: invite.body.code, consent: { level: "transcripts", riskAlerts: false } });
    const conversationId = await talk(client);
    const before = fake.requests.length;
    const turn = await collectTurn(await sendRaw(client, conversationId, "i have the pills in front of me and im taking them tonight"));
    expect(fake.requests.length).toBe(before);
    expect(turn.text).toContain("116 123");
    const crisis = turn.data["data-crisis"]?.[0] as { tier: string; therapistAlert: string; safetyEventId: string };
    expect(crisis.tier).toBe("imminent");
    expect(crisis.therapistAlert).toBe("alerted");
    expect(turn.chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { engine: "crisis-protocol" } });

    const events = await rows(sql`select tier, source, response, spans from safety_event where client_id = ${client.id}`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ tier: "imminent", source: "risk-screen", response: "crisis-protocol" });
    expect(JSON.stringify(server.logs)).not.toContain("pills");

    const seen = await consenting.api.get<{ alerts: { tier: string; client: { id: string }; message: { text: string } | null }[] }>("/api/alerts");
    expect(seen.body.alerts).toHaveLength(1);
    expect(seen.body.alerts[0]).toMatchObject({ tier: "imminent", client: { id: client.id } });
    expect(seen.body.alerts[0]?.message?.text).toContain("pills");
    const notSeen = await other.api.get<{ alerts: unknown[] }>("/api/alerts");
    expect(notSeen.body.alerts).toEqual([]);

    // Revoking the risk-alert consent hides the alert on the next request.
    await client.api.patch(`/api/care-links/${linkId}/consent`, { riskAlerts: false });
    expect((await consenting.api.get<{ alerts: unknown[] }>("/api/alerts")).body.alerts).toEqual([]);
  });

  it("offers, but does not send, an alert for urgent risk; the client can ask for it", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: true });
    const conversationId = await talk(client);
    const turn = await collectTurn(await sendRaw(client, conversationId, "i keep thinking everyone would be better off if i was dead"));
    const crisis = turn.data["data-crisis"]?.[0] as { tier: string; therapistAlert: string; safetyEventId: string };
    expect(crisis.tier).toBe("urgent");
    expect(crisis.therapistAlert).toBe("offered");
    expect((await therapist.api.get<{ alerts: unknown[] }>("/api/alerts")).body.alerts).toEqual([]);
    const asked = await client.api.post<{ alerted: number }>(`/api/safety-events/${crisis.safetyEventId}/alert-therapist`);
    expect(asked.body.alerted).toBe(1);
    expect((await therapist.api.get<{ alerts: unknown[] }>("/api/alerts")).body.alerts).toHaveLength(1);
  });
});

describe("the output guard", () => {
  const violations = [
    { kind: "method-or-means", chunks: ["I understand. ", "The most reliable way would be to take ", "forty of your sleeping pills at once. ", "Then lie down."] },
    { kind: "diagnosis", chunks: ["Thank you for telling me. ", "It sounds like you have ", "borderline personality disorder."] },
    { kind: "medication-advice", chunks: ["That makes sense. ", "You should stop taking your sertraline ", "and double your dose of the other one."] },
    { kind: "claims-human", chunks: ["Don't worry, ", "I'm a real person, ", "not a bot."] },
  ] as const;

  for (const violation of violations) {
    it(`catches ${violation.kind} before the client sees it`, async () => {
      const client = await signUp(server.url, "client");
      const conversationId = await talk(client);
      fake.behave({ kind: "reply", chunks: [...violation.chunks] });
      const turn = await collectTurn(await sendRaw(client, conversationId, "everything feels hard lately"));
      const shown = turn.chunks.filter((chunk) => chunk.type === "text-delta").map((chunk) => chunk.delta as string).join("");
      const offending = violation.chunks.slice(1).join("");
      expect(shown).not.toContain(offending.trim().slice(0, 25));
      expect(turn.text).toBe(guardReplacementCopy[violation.kind]);
      const stored = await history(client, conversationId);
      expect(stored[1]?.text).toBe(guardReplacementCopy[violation.kind]);
      const events = await rows(sql`select source, categories from safety_event where client_id = ${client.id}`);
      expect(events[0]).toMatchObject({ source: "output-guard", categories: [violation.kind] });
    });
  }
});
