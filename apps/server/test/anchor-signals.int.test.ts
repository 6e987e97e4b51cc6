// Signals over HTTP on synthetic histories seeded through the server's own storage: each profile
// shows its signal with the right evidence (messages written to show it, records of the right kind,
// days and counts that match what was stored), and the steady control shows none of them.
import { classifyEmotions, localDateOf } from "@between/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inWindow, localHour, timeZone, ok, seedProfile, type BriefBody, type SeededClient, type SignalBody, type SignalsBody } from "./support/anchor.ts";
import { queryRows } from "./support/query-rows.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { sql } from "drizzle-orm";

const SEED_MS = 300_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ start: new Date("2025-01-01T09:00:00Z") });
});
afterAll(async () => {
  await server.stop();
});

const attentionKinds = ["night-use", "loop", "reassurance", "dependency", "rehearsal-avoidance", "questionnaire", "questionnaire-item-9", "safety-events"];

async function signalsOf(client: SeededClient): Promise<SignalsBody> {
  return ok(await client.pair.therapist.api.get<SignalsBody>(`/api/clients/${client.pair.client.id}/signals`));
}

function only(body: SignalsBody, kind: string): SignalBody[] {
  return body.signals.filter((signal) => signal.kind === kind);
}

function one(body: SignalsBody, kind: string): SignalBody {
  const found = only(body, kind);
  expect(found, `one ${kind} signal`).toHaveLength(1);
  const [signal] = found;
  if (signal === undefined) throw new Error(`no ${kind} signal`);
  return signal;
}

/** Every signal's evidence: seeded messages, in the window, never private; days in the window. */
function expectWellFormed(client: SeededClient, body: SignalsBody): void {
  for (const signal of body.signals) {
    expect(signal.statement.length).toBeGreaterThan(20);
    expect(signal.why.length).toBeGreaterThan(20);
    for (const id of signal.evidence.messageIds) {
      const message = client.stored(id);
      expect(message.private, `${signal.kind} evidence is not private`).toBe(false);
      // Intentions made before the window and still open (or resolved in it) are part of its story.
      const olderIntention = message.tags.includes("intention") && signal.kind.startsWith("rehearsal-");
      if (!olderIntention) expect(inWindow(client, message.at), `${signal.kind} evidence ${id} in the window`).toBe(true);
    }
    for (const id of signal.evidence.conversationIds) expect(client.seeded.privateConversations.has(id)).toBe(false);
    if (signal.kind !== "questionnaire" && signal.kind !== "rehearsal-enactment") {
      for (const day of signal.evidence.days) expect(day >= body.window.fromDate && day <= body.window.toDate, `${signal.kind} day ${day}`).toBe(true);
    }
    // Transcripts consent: each quoted excerpt is the stored message, word for word.
    for (const excerpt of signal.evidence.excerpts) expect(client.stored(excerpt.messageId).text.startsWith(excerpt.text.replace(/…$/, ""))).toBe(true);
    expect(signal.statement).not.toMatch(/\b(?:is|are) (?:depressed|anxious|addicted|dependent|lonely|suicidal)\b/i);
    expect(signal.statement).not.toMatch(/\b(?:diagnos|disorder)\w*/i);
  }
}

describe("a client drifting into night use and exclusivity", () => {
  let client: SeededClient;
  let body: SignalsBody;
  beforeAll(async () => {
    client = await seedProfile(server, { profile: "night-exclusivity", level: "transcripts" });
    body = await signalsOf(client);
  }, SEED_MS);

  it("names the emotion words the built-in model read in the stored messages, with those messages as evidence", () => {
    const emotions = only(body, "emotion");
    expect(emotions.length).toBeGreaterThan(0);
    for (const signal of emotions) {
      const label = signal.subject ?? "";
      expect(signal.statement).toContain(`Emotion words in the client's messages: ${label} in ${signal.evidence.counts.messages ?? 0} of`);
      expect(signal.evidence.messageIds.length).toBeGreaterThan(0);
      // Each evidence message, as stored, is one the model labels so.
      for (const id of signal.evidence.messageIds) expect(classifyEmotions(client.stored(id).text)).toContain(label);
    }
  });

  it("names the night use with exact counts and the nights it happened", () => {
    expectWellFormed(client, body);
    const signal = one(body, "night-use");
    // Counts are clipped to the window's local days.
    const stored = [...client.messages.values()].filter((message) => !message.private && client.seeded.ids.has(message.id) && inWindow(client, message.at));
    const night = stored.filter((message) => localHour(message.at) < 5);
    expect(signal.category).toBe("attention");
    expect(signal.evidence.counts.night).toBe(night.length);
    expect(signal.evidence.counts.messages).toBe(stored.length);
    expect(signal.evidence.days).toEqual([...new Set(night.map((message) => localDateOf(message.at, timeZone)))].sort());
    expect(signal.trend.direction).toBe("up");
  });

  it("raises dependency with the messages that lean on the companion as evidence, quoted", () => {
    const signal = one(body, "dependency");
    expect(signal.category).toBe("attention");
    expect(signal.evidence.counts.index).toBeGreaterThanOrEqual(50);
    expect(signal.evidence.messageIds.length).toBeGreaterThan(5);
    for (const id of signal.evidence.messageIds) expect(client.stored(id).tags).toContain("cue");
    expect(signal.evidence.counts["cue:exclusivity"]).toBeGreaterThan(0);
    expect(signal.evidence.excerpts.length).toBe(signal.evidence.messageIds.length);
    expect(signal.trend.direction).toBe("up");
  });

  it("puts them in the brief's headline and questions, and nothing about loops or avoidance", async () => {
    expect(only(body, "loop")).toEqual([]);
    expect(only(body, "rehearsal-avoidance")).toEqual([]);
    const brief = ok(await client.pair.therapist.api.get<BriefBody>(`/api/clients/${client.pair.client.id}/brief`));
    expect(brief.headline.join(" ")).toMatch(/Dependency index|midnight and 5am/);
    expect(brief.signals.map((signal) => signal.kind)).toEqual(expect.arrayContaining(["dependency", "night-use"]));
    expect(brief.questions.some((question) => /companion|nights/.test(question))).toBe(true);
  });
});

describe("a client who rehearses and then has the conversation", () => {
  let client: SeededClient;
  let body: SignalsBody;
  beforeAll(async () => {
    client = await seedProfile(server, { profile: "rehearse-and-do", level: "transcripts" });
    body = await signalsOf(client);
  }, SEED_MS);

  it("shows the enactment with its rehearsals and the intention recorded as done", async () => {
    expectWellFormed(client, body);
    const signal = one(body, "rehearsal-enactment");
    expect(signal.category).toBe("pattern");
    const rows = await queryRows(server.app.ctx.db, sql`select id, status, resolved_at from intention where client_id = ${client.pair.client.id}`);
    const recorded = rows.filter((row) => signal.evidence.recordIds.includes(String(row.id)));
    expect(recorded.length).toBe(signal.evidence.recordIds.length);
    expect(recorded.some((row) => row.status === "done" && new Date(String(row.resolved_at)).getTime() >= client.window.from)).toBe(true);
    const modes = await queryRows(server.app.ctx.db, sql`select id, mode from conversation where client_id = ${client.pair.client.id}`);
    const rehearsals = modes.filter((row) => signal.evidence.conversationIds.includes(String(row.id)));
    expect(rehearsals.length).toBe(signal.evidence.counts.rehearsals);
    expect(rehearsals.every((row) => row.mode === "rehearse")).toBe(true);
    expect(signal.statement).toMatch(/^Rehearsed a conversation with .+ and recorded having it/);
    // The messages in which the client stated the intentions.
    expect(signal.evidence.messageIds.length).toBeGreaterThan(0);
    for (const id of signal.evidence.messageIds) expect(client.stored(id).tags).toContain("intention");
  });

  it("raises no avoidance", () => {
    expect(only(body, "rehearsal-avoidance")).toEqual([]);
  });
});

describe("a client who rehearses and keeps putting it off", () => {
  let client: SeededClient;
  let body: SignalsBody;
  beforeAll(async () => {
    client = await seedProfile(server, { profile: "rehearse-and-delay", level: "transcripts" });
    body = await signalsOf(client);
  }, SEED_MS);

  it("names the repeated rehearsals with the partner and the intentions not done", async () => {
    expectWellFormed(client, body);
    const signal = one(body, "rehearsal-avoidance");
    const partner = client.history.people.find((person) => person.relation === "partner");
    expect(signal.subject).toBe(partner?.key);
    expect(signal.category).toBe("attention");
    expect(signal.statement).toContain(partner?.name ?? "?");
    expect(signal.evidence.counts.rehearsals).toBeGreaterThanOrEqual(3);
    const rows = await queryRows(server.app.ctx.db, sql`select id, status from intention where client_id = ${client.pair.client.id}`);
    const recorded = rows.filter((row) => signal.evidence.recordIds.includes(String(row.id)));
    expect(recorded.length).toBe(signal.evidence.counts.intentions);
    expect(recorded.every((row) => row.status !== "done")).toBe(true);
    expect(only(body, "rehearsal-enactment")).toEqual([]);
  });
});

describe("a client caught in a loop", () => {
  let client: SeededClient;
  let body: SignalsBody;
  beforeAll(async () => {
    client = await seedProfile(server, { profile: "loop", level: "transcripts" });
    body = await signalsOf(client);
  }, SEED_MS);

  it("finds the returning worry, pointing only at its messages, across days", () => {
    expectWellFormed(client, body);
    const loops = only(body, "loop");
    expect(loops.length).toBeGreaterThanOrEqual(1);
    const [main] = loops;
    if (main === undefined) return;
    expect(main.category).toBe("attention");
    expect(main.evidence.counts.occurrences).toBeGreaterThanOrEqual(6);
    expect(main.evidence.days.length).toBeGreaterThanOrEqual(5);
    for (const id of main.evidence.messageIds) expect(client.stored(id).tags).toContain("loop");
  });

  it("names the reassurance seeking, counting every such message", () => {
    const signal = one(body, "reassurance");
    for (const id of signal.evidence.messageIds) expect(client.stored(id).tags).toContain("reassurance");
    const asked = [...client.messages.values()].filter((message) => message.tags.includes("reassurance") && !message.private && inWindow(client, message.at));
    expect(signal.evidence.counts.messages).toBe(asked.length);
  });
});

describe("questionnaire scores", () => {
  let improving: SeededClient;
  let worsening: SeededClient;
  beforeAll(async () => {
    improving = await seedProfile(server, { profile: "improving", level: "transcripts" });
    worsening = await seedProfile(server, { profile: "worsening", level: "transcripts" });
  }, SEED_MS);

  async function checkIns(client: SeededClient): Promise<Set<string>> {
    const rows = await queryRows(server.app.ctx.db, sql`select id from check_in where client_id = ${client.pair.client.id}`);
    return new Set(rows.map((row) => String(row.id)));
  }

  it("show an improvement beyond reliable change, as a pattern, resting on the stored check-ins", async () => {
    const body = await signalsOf(improving);
    expectWellFormed(improving, body);
    const signals = only(body, "questionnaire");
    expect(signals.map((signal) => signal.subject).sort()).toEqual(["gad7", "phq9"]);
    const ids = await checkIns(improving);
    for (const signal of signals) {
      expect(signal.category).toBe("pattern");
      expect(signal.trend.direction).toBe("down");
      expect(-(signal.evidence.counts.change ?? 0)).toBeGreaterThanOrEqual(signal.subject === "phq9" ? 5 : 4);
      expect(signal.evidence.recordIds.every((id) => ids.has(id))).toBe(true);
    }
  });

  it("show a worsening beyond reliable change, for attention, first in the caseload's reasons", async () => {
    const body = await signalsOf(worsening);
    expectWellFormed(worsening, body);
    const signals = only(body, "questionnaire");
    expect(signals.map((signal) => signal.subject).sort()).toEqual(["gad7", "phq9"]);
    for (const signal of signals) {
      expect(signal.category).toBe("attention");
      expect(signal.trend.direction).toBe("up");
      expect(signal.statement).toMatch(/reliable-change threshold/);
    }
    const caseload = ok(await worsening.pair.therapist.api.get<{ clients: { id: string; attention: { kind: string }[] }[] }>("/api/clients"));
    expect(caseload.clients[0]?.attention.map((item) => item.kind)).toContain("questionnaire");
  });
});

describe("the steady control", () => {
  let client: SeededClient;
  let body: SignalsBody;
  beforeAll(async () => {
    client = await seedProfile(server, { profile: "steady", level: "transcripts", seed: 2 });
    body = await signalsOf(client);
  }, SEED_MS);

  it("raises nothing for attention and no enactment, but still describes themes, people and rhythm", () => {
    expectWellFormed(client, body);
    expect(body.signals.filter((signal) => signal.category === "attention")).toEqual([]);
    for (const kind of attentionKinds) expect(only(body, kind)).toEqual([]);
    expect(only(body, "rehearsal-enactment")).toEqual([]);
    expect(body.signals.map((signal) => signal.kind)).toEqual(expect.arrayContaining(["theme", "person", "rhythm"]));
  });

  it("is last in a caseload, with nothing that needs attention", async () => {
    const caseload = ok(await client.pair.therapist.api.get<{ clients: { id: string; attention: unknown[]; reason: string }[] }>("/api/clients"));
    expect(caseload.clients).toHaveLength(1);
    expect(caseload.clients[0]?.attention).toEqual([]);
    expect(caseload.clients[0]?.reason).toBe("Nothing that needs attention");
  });
});
