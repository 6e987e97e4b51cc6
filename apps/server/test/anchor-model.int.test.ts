// With a model configured (a fake OpenAI-compatible server on loopback): conversation summaries and
// the brief's narrative come from structured output, marked as generated, always beside the template
// evidence, and fall back to the template on any failure. Nothing private, and nothing at all for a
// therapist below `summaries`, is ever sent to the model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp, type SignedIn } from "./support/api-client.ts";
import { ok } from "./support/anchor.ts";
import { startFakeModelServer, type FakeBehaviour, type FakeModelServer, type RecordedRequest } from "./support/fake-model-server.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { appendMessage, createConversation, updateConversation } from "../src/repositories/conversations.ts";
import { storeClientMessage } from "../src/turns/take-turn.ts";

const now = new Date("2026-04-10T12:00:00Z");
const PRIVATE_TEXT = "This is the private one about my cousin Magnus and the money.";

let fake: FakeModelServer;
let server: TestServer;
let client: SignedIn;
let summaries: SignedIn;
let patterns: SignedIn;

interface ConversationsBody {
  conversations: { id: string; summary: string | null; summaryDetail: { template: string; generated: { text: string; model: string; at: string } | null } | null }[];
}
interface BriefBody {
  narrative: { text: string; generated: boolean; model: string | null; template: string };
}

const texts = (request: RecordedRequest) => JSON.stringify(request.body.messages);
const isSummary = (request: RecordedRequest) => texts(request).includes("You summarise one conversation");
const isNarrative = (request: RecordedRequest) => texts(request).includes("prepare for a session");

function answer(next: { summary?: FakeBehaviour; narrative?: FakeBehaviour }) {
  fake.behave((request) => {
    if (isSummary(request)) return next.summary ?? { kind: "reply", chunks: ['{"summary": "The client talked about a hard week at work ', 'and a deadline moved again."}'] };
    return next.narrative ?? { kind: "reply", chunks: ['{"narrative": "Since the last session the client wrote mostly in the evenings about work and their sister."}'] };
  });
}

async function talk(entries: { minutesAgo: number; text: string }[], options: { private?: boolean } = {}): Promise<string> {
  const ctx = server.app.ctx;
  const first = entries[0]?.minutesAgo ?? 60;
  server.clock.set(new Date(now.getTime() - first * 60_000));
  const conversation = await createConversation(ctx, { userId: client.id, role: "client" }, { mode: "talk" });
  for (const entry of entries) {
    const at = new Date(now.getTime() - entry.minutesAgo * 60_000);
    server.clock.set(at);
    await storeClientMessage(ctx, { clientId: client.id, conversationId: conversation.id, text: entry.text, now: at });
    await appendMessage(ctx, ctx.db, { clientId: client.id, conversationId: conversation.id, role: "companion", text: "That sounds like a lot.", at: new Date(at.getTime() + 1000), engine: "built-in" });
  }
  if (options.private === true) await updateConversation(ctx, { userId: client.id, role: "client" }, { conversationId: conversation.id, private: true });
  server.clock.set(now);
  return conversation.id;
}

beforeAll(async () => {
  fake = await startFakeModelServer();
  answer({});
  server = await startTestServer({
    start: now,
    env: {
      BETWEEN_MODEL_PROVIDER: "openai-compatible",
      BETWEEN_MODEL_BASE_URL: fake.baseUrl,
      BETWEEN_MODEL: "fake-model",
      BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS: "400",
      BETWEEN_MODEL_IDLE_TIMEOUT_MS: "400",
    },
  });
  summaries = await signUp(server.url, "therapist");
  patterns = await signUp(server.url, "therapist");
  client = await signUp(server.url, "client", { timeZone: "Europe/London" });
  for (const [therapist, level] of [
    [summaries, "summaries"],
    [patterns, "signals"],
  ] as const) {
    const invite = await therapist.api.post<{ code: string }>("/api/invites");
    expect((await client.api.post("/api/care-links", { code: invite.body.code, consent: { level, riskAlerts: false } })).status).toBe(201);
  }
  await talk([
    { minutesAgo: 3 * 24 * 60, text: "Work was a lot today. Helen moved the deadline again and I just nodded." },
    { minutesAgo: 3 * 24 * 60 - 3, text: "I felt so angry afterwards but I didn't say anything." },
  ]);
  await talk([{ minutesAgo: 2 * 24 * 60, text: "My sister Ana and I had a proper talk on the phone for once. It felt good." }]);
  await talk([{ minutesAgo: 24 * 60, text: PRIVATE_TEXT }], { private: true });
}, 120_000);
afterAll(async () => {
  await server.stop();
  await fake.close();
});

describe("conversation summaries with a model", () => {
  it("are generated for quiet conversations, marked, beside the template, and never for private ones", async () => {
    const active = await talk([{ minutesAgo: 5, text: "Still thinking about the deadline right now." }]);
    const before = fake.requests.length;
    const body = ok(await summaries.api.get<ConversationsBody>(`/api/clients/${client.id}/conversations`));
    const sent = fake.requests.slice(before);
    expect(sent.length).toBe(2);
    expect(sent.every(isSummary)).toBe(true);
    for (const request of sent) expect(texts(request)).not.toContain("Magnus");
    expect(sent.every((request) => request.body.stream !== true)).toBe(true);
    // Structured output: the schema travels with the request.
    const format = (sent[0]?.body as { response_format?: { type: string; json_schema?: { schema: { properties?: Record<string, unknown> } } } } | undefined)?.response_format;
    expect(format?.type).toBe("json_schema");
    expect(Object.keys(format?.json_schema?.schema.properties ?? {})).toEqual(["summary"]);

    expect(body.conversations).toHaveLength(3);
    for (const conversation of body.conversations) {
      expect(conversation.summary).toMatch(/^Talk on /);
      expect(conversation.summaryDetail?.template).toBe(conversation.summary);
      if (conversation.id === active) expect(conversation.summaryDetail?.generated).toBeNull();
      else expect(conversation.summaryDetail?.generated).toMatchObject({ text: "The client talked about a hard week at work and a deadline moved again.", model: "openai-compatible:fake-model" });
    }
    // Stored: a second read sends nothing.
    const again = fake.requests.length;
    ok(await summaries.api.get<ConversationsBody>(`/api/clients/${client.id}/conversations`));
    expect(fake.requests.length).toBe(again);
  });

  it("fall back to the template when the model fails, or writes a verdict", async () => {
    for (const failure of [{ kind: "status", status: 500 }, { kind: "garbage" }, { kind: "hang" }, { kind: "reply", chunks: ['{"summary": "The client has depression and should increase their medication."}'] }, { kind: "reply", chunks: ['{"words": 3}'] }] as FakeBehaviour[]) {
      answer({ summary: failure });
      const id = await talk([{ minutesAgo: 90, text: "A quick note about my week, nothing much." }]);
      const body = ok(await summaries.api.get<ConversationsBody>(`/api/clients/${client.id}/conversations`));
      const conversation = body.conversations.find((item) => item.id === id);
      expect(conversation?.summary, failure.kind).toMatch(/^Talk on /);
      expect(conversation?.summaryDetail?.generated, failure.kind).toBeNull();
    }
    answer({});
  });
});

describe("the brief's narrative with a model", () => {
  it("is generated and marked for a therapist who sees summaries, with the template beside it", async () => {
    const before = fake.requests.length;
    const brief = ok(await summaries.api.get<BriefBody>(`/api/clients/${client.id}/brief`));
    expect(brief.narrative).toMatchObject({ generated: true, model: "openai-compatible:fake-model", text: "Since the last session the client wrote mostly in the evenings about work and their sister." });
    expect(brief.narrative.template).toMatch(/^Between|^Since/);
    const sent = fake.requests.slice(before);
    expect(sent.filter(isNarrative)).toHaveLength(1);
    expect(texts(sent[0] ?? ({ body: { messages: [] } } as unknown as RecordedRequest))).not.toContain("Magnus");
    // Cached with the view: the same brief again asks nothing.
    const again = fake.requests.length;
    ok(await summaries.api.get<BriefBody>(`/api/clients/${client.id}/brief`));
    expect(fake.requests.length).toBe(again);
  });

  it("is never asked for when the therapist sees patterns only", async () => {
    const before = fake.requests.length;
    const brief = ok(await patterns.api.get<BriefBody>(`/api/clients/${client.id}/brief`));
    expect(brief.narrative.generated).toBe(false);
    expect(brief.narrative.model).toBeNull();
    ok(await patterns.api.get(`/api/clients/${client.id}/signals`));
    expect((await patterns.api.raw("GET", `/api/clients/${client.id}/brief.pdf`)).status).toBe(200);
    expect((await patterns.api.get(`/api/clients/${client.id}/conversations`)).status).toBe(403);
    expect(fake.requests.length).toBe(before);
  });

  it("falls back to the template on any failure, and logs no content", async () => {
    for (const failure of [{ kind: "status", status: 503 }, { kind: "hang" }, { kind: "garbage" }, { kind: "reply", chunks: ['{"narrative": "The client is clearly depressed and has an anxiety disorder."}'] }] as FakeBehaviour[]) {
      answer({ narrative: failure });
      await talk([{ minutesAgo: 120, text: "Another ordinary day at work." }]);
      const brief = ok(await summaries.api.get<BriefBody>(`/api/clients/${client.id}/brief`));
      expect(brief.narrative.generated, failure.kind).toBe(false);
      expect(brief.narrative.text).toBe(brief.narrative.template);
    }
    answer({});
    const logs = server.rawLogs();
    expect(logs).toContain("brief.narrative-failed");
    expect(logs).toContain("brief.narrative-refused");
    for (const text of ["deadline", "Helen", "Magnus", "depressed", "Another ordinary day"]) expect(logs).not.toContain(text);
  });
});
