// The caseload: a therapist's clients ordered by what needs attention — unacknowledged safety
// alerts, then rising dependency, worsening scores, practices due — with last activity and a reason,
// as far as each client's consent allows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompanionEvent } from "@between/core";
import { signUp, type SignedIn } from "./support/api-client.ts";
import { ok } from "./support/anchor.ts";
import { collectTurn } from "./support/sse.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { createConversation } from "../src/repositories/conversations.ts";
import { persistTurnEvents } from "../src/turns/persist-turn-events.ts";
import { storeClientMessage } from "../src/turns/take-turn.ts";

const now = new Date("2026-03-20T10:00:00Z");
const DAY = 86_400_000;

let server: TestServer;
let therapist: SignedIn;
const clients = new Map<string, SignedIn>();

interface Entry {
  id: string;
  name: string;
  consent: { level: string; riskAlerts: boolean };
  lastActivityAt: string | null;
  unacknowledgedAlerts: number | null;
  dependencyIndex: number;
  attention: { kind: string; text: string; urgent: boolean }[];
  reason: string;
}

async function link(name: string, consent: { level: "signals" | "moments" | "summaries" | "transcripts"; riskAlerts: boolean }): Promise<SignedIn> {
  const client = await signUp(server.url, "client", { name, timeZone: "Europe/London", country: "GB" });
  const invite = await therapist.api.post<{ code: string }>("/api/invites");
  expect((await client.api.post("/api/care-links", { code: invite.body.code, consent })).status).toBe(201);
  clients.set(name, client);
  return client;
}

/** Writes the client's messages through the turn's storage, at the given times. */
async function say(client: SignedIn, entries: { at: Date; text: string }[], mode: "talk" | "check-in" = "talk"): Promise<string> {
  const ctx = server.app.ctx;
  server.clock.set(entries[0]?.at ?? now);
  const conversation = await createConversation(ctx, { userId: client.id, role: "client" }, { mode });
  for (const entry of entries) {
    server.clock.set(entry.at);
    await storeClientMessage(ctx, { clientId: client.id, conversationId: conversation.id, text: entry.text, now: entry.at });
  }
  server.clock.set(now);
  return conversation.id;
}

async function record(client: SignedIn, conversationId: string, at: Date, events: CompanionEvent[]): Promise<void> {
  await persistTurnEvents(server.app.ctx, server.app.ctx.db, { facts: { clientId: client.id, conversationId, at, timeZone: "Europe/London" }, events });
}

async function crisis(client: SignedIn): Promise<void> {
  const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
  const turn = await collectTurn(
    await client.api.raw("POST", `/api/conversations/${conversation.body.id}/messages`, {
      body: JSON.stringify({ text: "i have the pills in front of me and im taking them tonight" }),
      headers: { "content-type": "application/json" },
    }),
  );
  expect(turn.chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { engine: "crisis-protocol" } });
}

const at = (daysAgo: number, hour: number) => new Date(now.getTime() - daysAgo * DAY + (hour - 10) * 3_600_000);

beforeAll(async () => {
  server = await startTestServer({ start: now });
  therapist = await signUp(server.url, "therapist");

  const steady = await link("Steady Client", { level: "summaries", riskAlerts: true });
  await say(steady, [
    { at: at(3, 19), text: "Work was fine today, had lunch with a colleague." },
    { at: at(2, 20), text: "Went for a walk by the canal with my friend Priya." },
  ]);

  const practice = await link("Practice Client", { level: "moments", riskAlerts: true });
  server.clock.set(at(6, 9));
  expect(
    (
      await therapist.api.post(`/api/clients/${practice.id}/practices`, {
        title: "Ask for one small thing",
        cadence: { every: "day", times: 1 },
        followUpQuestion: "Did you ask for something today?",
      })
    ).status,
  ).toBe(201);
  server.clock.set(now);
  await say(practice, [{ at: at(1, 19), text: "Quiet day. Cleared my inbox." }]);

  const scores = await link("Scores Client", { level: "signals", riskAlerts: true });
  const checkIn = await say(scores, [{ at: at(20, 19), text: "Here for my check-in." }], "check-in");
  await record(scores, checkIn, at(20, 19), [{ type: "check-in-completed", instrument: "phq9", score: 6, band: "mild", answers: [1, 1, 1, 1, 1, 1, 0, 0, 0], functional: null }]);
  const later = await say(scores, [{ at: at(2, 19), text: "Another check-in, it's been rough." }], "check-in");
  await record(scores, later, at(2, 19), [{ type: "check-in-completed", instrument: "phq9", score: 15, band: "moderately severe", answers: [2, 2, 2, 2, 2, 2, 2, 1, 0], functional: null }]);

  const leaning = await link("Leaning Client", { level: "transcripts", riskAlerts: true });
  await say(leaning, [
    { at: at(5, 2), text: "can't sleep again. you're the only one who understands me" },
    { at: at(4, 3), text: "honestly you're the only one I can talk to" },
    { at: at(3, 1), text: "I don't know how I'd cope without you" },
    { at: at(2, 2), text: "I'd rather talk to you than my friends" },
  ]);

  const alerted = await link("Alerted Client", { level: "signals", riskAlerts: true });
  await crisis(alerted);

  const unalerted = await link("Unalerted Client", { level: "signals", riskAlerts: false });
  await crisis(unalerted);
}, 300_000);
afterAll(async () => {
  await server.stop();
});

describe("the caseload", () => {
  it("orders clients by what needs attention, with a reason each, as far as consent allows", async () => {
    const body = ok(await therapist.api.get<{ clients: Entry[] }>("/api/clients"));
    const order = body.clients.map((entry) => entry.name);
    expect(order).toEqual(["Alerted Client", "Unalerted Client", "Leaning Client", "Scores Client", "Practice Client", "Steady Client"]);
    const byName = new Map(body.clients.map((entry) => [entry.name, entry]));
    expect(byName.get("Alerted Client")).toMatchObject({ unacknowledgedAlerts: 1, consent: { level: "signals", riskAlerts: true } });
    expect(byName.get("Alerted Client")?.attention[0]).toMatchObject({ kind: "safety-alert", urgent: true });
    expect(byName.get("Alerted Client")?.reason).toMatch(/safety alert to acknowledge/);
    // No risk-alert consent: no alert count, but the risk screen's response is among the signals.
    expect(byName.get("Unalerted Client")?.unacknowledgedAlerts).toBeNull();
    expect(byName.get("Unalerted Client")?.attention[0]).toMatchObject({ kind: "safety-events", urgent: true });
    expect(byName.get("Leaning Client")?.attention.map((item) => item.kind)).toContain("dependency");
    expect(byName.get("Leaning Client")?.dependencyIndex).toBeGreaterThan(0);
    expect(byName.get("Scores Client")?.reason).toMatch(/PHQ-9 up from 6 to 15/);
    expect(byName.get("Practice Client")?.reason).toMatch(/“Ask for one small thing”: \d+ reports missing/);
    expect(byName.get("Steady Client")?.attention).toEqual([]);
    expect(byName.get("Steady Client")?.lastActivityAt).toBe(at(2, 20).toISOString());
    // Never a word of the clients' own: reasons are counts and kinds.
    expect(JSON.stringify(body)).not.toMatch(/only one who understands|pills|Priya|canal/);
  });

  it("drops an alert once it is acknowledged", async () => {
    const alerts = await therapist.api.get<{ alerts: { id: string; client: { id: string } }[] }>("/api/alerts");
    const alerted = clients.get("Alerted Client");
    const alert = alerts.body.alerts.find((item) => item.client.id === alerted?.id);
    if (alert === undefined) throw new Error("no alert");
    expect((await therapist.api.post(`/api/alerts/${alert.id}/acknowledge`, { note: "Called them; they are with their sister." })).status).toBe(204);
    const body = ok(await therapist.api.get<{ clients: Entry[] }>("/api/clients"));
    const entry = body.clients.find((item) => item.name === "Alerted Client");
    expect(entry?.unacknowledgedAlerts).toBe(0);
    expect(entry?.attention.map((item) => item.kind)).not.toContain("safety-alert");
  });

  it("records one caseload read per client per day in each client's access log, and none for the names alone", async () => {
    const client = clients.get("Steady Client");
    if (client === undefined) throw new Error("no client");
    const log = await client.api.get<{ events: { resource: string; actor: { id: string } | null }[] }>("/api/me/access-log");
    const caseloadEvents = log.body.events.filter((event) => event.resource === "caseload" && event.actor?.id === therapist.id);
    expect(caseloadEvents).toHaveLength(1);
    expect(log.body.events.every((event) => ["caseload", "care"].includes(event.resource) || event.actor === null)).toBe(true);
  });
});
