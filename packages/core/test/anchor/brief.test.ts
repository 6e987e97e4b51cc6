import { describe, expect, it } from "vitest";
import {
  buildSessionBrief,
  checkGeneratedText,
  computeSignals,
  emptyBucket,
  mergeAll,
  redactPeople,
  signalInputFor,
  signalsFromSummary,
  summariseConversation,
  summariseWindow,
  type SyntheticProfile,
} from "../../src/index.ts";
import { scenario } from "../synthetic/fixtures.ts";

function briefFor(profile: SyntheticProfile, options: { redact?: boolean } = {}) {
  const s = scenario(profile);
  const input = signalInputFor(s.history, s.replay, { window: s.window, now: s.window.to });
  const redacted = options.redact === true ? redactPeople({ buckets: input.buckets, intentions: input.intentions ?? [] }) : null;
  const summary = summariseWindow({ ...input, ...(redacted === null ? {} : { buckets: redacted.buckets, intentions: redacted.intentions, showWords: false }) });
  const signals = signalsFromSummary(summary);
  const brief = buildSessionBrief({ summary, signals, moments: null, practices: [], lastSessionDate: s.fromDate });
  return { s, summary, signals, brief };
}

describe("the session brief from templates", () => {
  it.each(["night-exclusivity", "rehearse-and-do", "rehearse-and-delay", "loop", "improving", "worsening", "steady"] as const)(
    "has a 3–5 line headline, questions that are questions, and no diagnosis (%s)",
    (profile) => {
      const { brief } = briefFor(profile);
      expect(brief.headline.length).toBeGreaterThanOrEqual(3);
      expect(brief.headline.length).toBeLessThanOrEqual(5);
      expect(brief.questions.length).toBeGreaterThanOrEqual(1);
      expect(brief.questions.length).toBeLessThanOrEqual(5);
      for (const question of brief.questions) expect(question.trim().endsWith("?")).toBe(true);
      const all = [...brief.headline, brief.narrative, ...brief.questions].join(" ");
      expect(all).not.toMatch(/\b(?:is|are) (?:depressed|anxious|addicted|dependent|lonely|suicidal)\b/i);
      expect(all).not.toMatch(/\b(?:diagnos|disorder)\w*/i);
    },
  );

  it("leads with what needs attention", () => {
    const { brief } = briefFor("night-exclusivity");
    expect(brief.headline.slice(1, 3).join(" ")).toMatch(/Dependency index|midnight and 5am/);
    expect(brief.questions[0]).toMatch(/companion|nights/);
  });

  it("names the avoided conversation in a question, not a verdict", () => {
    const { brief, s } = briefFor("rehearse-and-delay");
    const partner = s.history.people.find((person) => person.relation === "partner");
    expect(brief.questions.some((question) => question.includes(partner?.name ?? "?") && question.includes("practised"))).toBe(true);
  });
});

describe("names at the signals level", () => {
  it("are replaced by relations or letters everywhere", () => {
    const { s, signals, brief, summary } = briefFor("rehearse-and-delay", { redact: true });
    const json = JSON.stringify({ signals, brief, people: summary.people, rehearsals: summary.rehearsals, loops: summary.loops });
    for (const person of s.history.people) {
      if (person.name === null) continue;
      expect(json, person.name).not.toMatch(new RegExp(`\\b${person.name}\\b`));
      expect(json).not.toContain(`name:${person.name.toLowerCase()}`);
    }
    const avoidance = signals.find((signal) => signal.kind === "rehearsal-avoidance");
    expect(avoidance?.statement).toContain("their partner");
    expect(summary.people.some((person) => person.label === "their partner")).toBe(true);
  });

  it("keep the same counts", () => {
    const s = scenario("steady");
    const input = signalInputFor(s.history, s.replay, { window: s.window, now: s.window.to });
    const redacted = redactPeople({ buckets: input.buckets, intentions: input.intentions ?? [] });
    const before = computeSignals(input).filter((signal) => signal.kind !== "person" && signal.kind !== "theme");
    const after = computeSignals({ ...input, buckets: redacted.buckets, intentions: redacted.intentions }).filter((signal) => signal.kind !== "person" && signal.kind !== "theme");
    expect(after.map((signal) => [signal.kind, signal.evidence.counts])).toEqual(before.map((signal) => [signal.kind, signal.evidence.counts]));
    const people = (buckets: typeof input.buckets) => Object.values(mergeAll(buckets).people).reduce((sum, tally) => sum + tally.messages, 0);
    expect(people(redacted.buckets)).toBe(people(input.buckets));
  });
});

describe("a conversation's template summary", () => {
  it("says what was written and recorded", () => {
    const s = scenario("rehearse-and-do");
    const conversation = s.history.conversations.find((candidate) => candidate.mode === "rehearse");
    if (conversation === undefined) throw new Error("no rehearsal");
    const bucket = mergeAll(s.replay.buckets.filter((stored) => stored.conversationId === conversation.id).map((stored) => stored.bucket));
    const summary = summariseConversation({
      mode: conversation.mode,
      startedAt: conversation.startedAt,
      lastMessageAt: conversation.messages.at(-1)?.at ?? null,
      clientMessages: conversation.messages.length,
      bucket,
      intentions: [{ withLabel: "their mother", status: "kept", dueDate: "2025-01-20", outcomeDate: "2025-01-21" }],
      regulation: [],
      checkIns: [],
      moments: 0,
      safetyEvents: [],
      timeZone: "Europe/London",
    });
    expect(summary.text).toMatch(/^Rehearsal on \d+ \w+, in the evening: \d+ messages from the client\./);
    expect(summary.text).toContain("Intention with their mother, due 20 Jan: recorded as done on 21 Jan.");
    expect(summary.facts.mode).toBe("rehearse");
    const empty = summariseConversation({ mode: "regulate", startedAt: "2025-01-06T02:00:00Z", lastMessageAt: null, clientMessages: 0, bucket: emptyBucket(), intentions: [], regulation: [{ exercise: "body-scan", before: 8, after: 5 }], checkIns: [], moments: 0, safetyEvents: [], timeZone: "UTC" });
    expect(empty.text).toBe("Calming exercise on 6 Jan, at night: 0 messages from the client. Body scan: distress 8 → 5 out of 10.");
  });
});

describe("generated text", () => {
  it("is refused when it reads as a verdict", () => {
    for (const text of [
      "The client has depression and should increase their medication.",
      "The client is clearly depressed and has an anxiety disorder.",
      "They may have bipolar disorder.",
      "Symptoms of PTSD were present.",
      "The client seems dependent on the app.",
      "",
    ]) {
      expect(checkGeneratedText(text).ok, text).toBe(false);
    }
  });

  it("passes plain descriptions — and every template the brief writes", () => {
    expect(checkGeneratedText("Since the last session the client wrote mostly in the evenings about work and their sister.").ok).toBe(true);
    for (const profile of ["night-exclusivity", "rehearse-and-do", "rehearse-and-delay", "loop", "improving", "worsening", "steady"] as const) {
      const { brief } = briefFor(profile);
      for (const text of [...brief.headline, brief.narrative, ...brief.questions]) expect(checkGeneratedText(text), text).toEqual({ ok: true });
    }
  });
});
