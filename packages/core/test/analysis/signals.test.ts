import { describe, expect, it } from "vitest";
import { computeSignals, localTime, signalInputFor, signalKinds, type Signal, type SignalKind } from "../../src/index.ts";
import { inWindow, kinds, localHour, scenario, type Scenario } from "../synthetic/fixtures.ts";

const attentionKinds: SignalKind[] = [
  "night-use",
  "loop",
  "reassurance",
  "dependency",
  "rehearsal-avoidance",
  "questionnaire",
  "questionnaire-item-9",
  "safety-events",
];

function only(signals: readonly Signal[], kind: SignalKind): Signal[] {
  return signals.filter((signal) => signal.kind === kind);
}

function one(signals: readonly Signal[], kind: SignalKind): Signal {
  const found = only(signals, kind);
  expect(found, `one ${kind} signal`).toHaveLength(1);
  const [signal] = found;
  if (signal === undefined) throw new Error(`no ${kind} signal`);
  return signal;
}

function messagesOf(s: Scenario, ids: readonly string[]) {
  return ids.map((id) => {
    const message = s.messages.get(id);
    if (message === undefined) throw new Error(`unknown message ${id}`);
    return message;
  });
}

function expectWellFormed(s: Scenario): void {
  for (const signal of s.signals) {
    expect(signalKinds).toContain(signal.kind);
    expect(signal.window).toMatchObject({ fromDate: s.fromDate, toDate: s.toDate, days: 28 });
    expect(signal.statement.length).toBeGreaterThan(20);
    expect(signal.why.length).toBeGreaterThan(20);
    expect(signal.strength.score).toBeGreaterThanOrEqual(0);
    expect(signal.strength.score).toBeLessThanOrEqual(1);
    for (const message of messagesOf(s, signal.evidence.messageIds)) {
      // Intentions made before the window and still open (due in it) are part of its story.
      const olderIntention = message.tags.includes("intention") && signal.kind.startsWith("rehearsal-");
      if (!olderIntention) expect(inWindow(s, message.at), `${signal.kind} evidence ${message.id} in window`).toBe(true);
      expect(message.private).toBe(false);
    }
    for (const day of signal.evidence.days) {
      if (signal.kind === "questionnaire" || signal.kind === "rehearsal-enactment") continue;
      expect(day >= s.fromDate && day <= s.toDate, `${signal.kind} day ${day}`).toBe(true);
    }
    // Never a diagnosis or an inferred state stated as fact.
    expect(signal.statement).not.toMatch(/\b(?:is|are) (?:depressed|anxious|addicted|dependent|lonely|suicidal)\b/i);
    expect(signal.statement).not.toMatch(/\b(?:diagnos|disorder)\w*/i);
  }
}

describe("signals on a client drifting into night use and exclusivity", () => {
  const s = scenario("night-exclusivity");

  it("are well formed", () => {
    expectWellFormed(s);
  });

  it("name the night use with exact counts and the nights it happened", () => {
    const signal = one(s.signals, "night-use");
    const inWindowMessages = [...s.messages.values()].filter((message) => !message.private && inWindow(s, message.at));
    const night = inWindowMessages.filter((message) => localHour(message.at) < 5);
    expect(signal.category).toBe("attention");
    expect(signal.evidence.counts.night).toBe(night.length);
    expect(signal.evidence.counts.messages).toBe(inWindowMessages.length);
    const nights = [...new Set(night.map((message) => localTime(message.at, "Europe/London").date))].sort();
    expect(signal.evidence.days).toEqual(nights);
    expect(signal.evidence.days.length).toBeGreaterThanOrEqual(10);
    expect(signal.trend.direction).toBe("up");
  });

  it("raise dependency with the cue messages as evidence", () => {
    const signal = one(s.signals, "dependency");
    expect(signal.category).toBe("attention");
    expect(signal.evidence.counts.index).toBeGreaterThanOrEqual(50);
    expect(signal.evidence.messageIds.length).toBeGreaterThan(5);
    for (const message of messagesOf(s, signal.evidence.messageIds)) expect(message.tags).toContain("cue");
    expect(signal.evidence.counts["cue:exclusivity"]).toBeGreaterThan(0);
    expect(signal.statement).toMatch(/only one who understands/);
    expect(signal.trend.direction).toBe("up");
  });

  it("raise nothing about loops, avoidance or scores", () => {
    expect(kinds(s.signals)).not.toContain("rehearsal-avoidance");
    expect(kinds(s.signals)).not.toContain("loop");
  });
});

describe("signals on a client who rehearses and then has the conversation", () => {
  const s = scenario("rehearse-and-do");

  it("are well formed", () => {
    expectWellFormed(s);
  });

  it("show the enactment with the rehearsals, the intention and its outcome", () => {
    const signal = one(s.signals, "rehearsal-enactment");
    expect(signal.category).toBe("pattern");
    const intentions = s.history.intentions.filter((intention) => signal.evidence.recordIds.includes(intention.id));
    expect(intentions.some((intention) => intention.outcome === "done" && inWindow(s, String(intention.outcomeAt)))).toBe(true);
    for (const message of messagesOf(s, signal.evidence.messageIds)) expect(message.tags).toContain("intention");
    const conversations = s.history.conversations.filter((conversation) => signal.evidence.conversationIds.includes(conversation.id));
    expect(conversations.length).toBe(signal.evidence.counts.rehearsals);
    expect(conversations.every((conversation) => conversation.mode === "rehearse")).toBe(true);
    expect(signal.statement).toMatch(/^Rehearsed a conversation with .+ and recorded having it/);
  });

  it("raise no avoidance", () => {
    expect(kinds(s.signals)).not.toContain("rehearsal-avoidance");
  });
});

describe("signals on a client who rehearses and keeps putting it off", () => {
  const s = scenario("rehearse-and-delay");

  it("are well formed", () => {
    expectWellFormed(s);
  });

  it("name the repeated rehearsals and the intentions not kept", () => {
    const signal = one(s.signals, "rehearsal-avoidance");
    const partner = s.history.people.find((person) => person.relation === "partner");
    expect(signal.subject).toBe(partner?.key);
    expect(signal.category).toBe("attention");
    expect(signal.evidence.counts.rehearsals).toBeGreaterThanOrEqual(3);
    const intentions = s.history.intentions.filter((intention) => signal.evidence.recordIds.includes(intention.id));
    expect(intentions.length).toBe(signal.evidence.counts.intentions);
    expect(intentions.every((intention) => intention.withWhom === partner?.key && intention.outcome !== "done")).toBe(true);
    const conversations = s.history.conversations.filter((conversation) => signal.evidence.conversationIds.includes(conversation.id));
    expect(conversations.every((conversation) => conversation.mode === "rehearse")).toBe(true);
    expect(signal.statement).toContain(partner?.name ?? "?");
  });

  it("show no enactment", () => {
    expect(kinds(s.signals)).not.toContain("rehearsal-enactment");
  });
});

describe("signals on a client caught in a loop", () => {
  const s = scenario("loop");

  it("are well formed", () => {
    expectWellFormed(s);
  });

  it("find the returning worry, pointing only at its messages, across days", () => {
    const loops = only(s.signals, "loop");
    expect(loops.length).toBeGreaterThanOrEqual(1);
    const [main] = loops;
    if (main === undefined) return;
    expect(main.evidence.counts.occurrences).toBeGreaterThanOrEqual(8);
    expect(main.evidence.days.length).toBeGreaterThanOrEqual(6);
    expect(main.evidence.counts.spanDays).toBeGreaterThanOrEqual(14);
    for (const message of messagesOf(s, main.evidence.messageIds)) expect(message.tags).toContain("loop");
    // Most of the loop messages in the window are found (evidence lists the 20 most recent).
    const loopMessages = [...s.messages.values()].filter((message) => message.tags.includes("loop") && inWindow(s, message.at) && !message.private);
    const found = loops.reduce((sum, signal) => sum + (signal.evidence.counts.occurrences ?? 0), 0);
    expect(found / loopMessages.length).toBeGreaterThan(0.8);
    expect(found).toBeLessThanOrEqual(loopMessages.length);
    expect(main.evidence.messageIds.length).toBe(Math.min(20, main.evidence.counts.occurrences ?? 0));
  });

  it("name the reassurance seeking with its messages", () => {
    const signal = one(s.signals, "reassurance");
    for (const message of messagesOf(s, signal.evidence.messageIds)) expect(message.tags).toContain("reassurance");
    const asked = [...s.messages.values()].filter((message) => message.tags.includes("reassurance") && inWindow(s, message.at));
    expect(signal.evidence.counts.messages).toBe(asked.length);
  });
});

describe("signals on questionnaire trends", () => {
  it("show an improvement beyond reliable change, as a pattern", () => {
    const s = scenario("improving");
    expectWellFormed(s);
    const signals = only(s.signals, "questionnaire");
    expect(signals.map((signal) => signal.subject).sort()).toEqual(["gad7", "phq9"]);
    for (const signal of signals) {
      expect(signal.category).toBe("pattern");
      expect(signal.trend.direction).toBe("down");
      const threshold = signal.subject === "phq9" ? 5 : 4;
      expect(-(signal.evidence.counts.change ?? 0)).toBeGreaterThanOrEqual(threshold);
      const ids = new Set(s.history.checkIns.map((checkIn) => checkIn.id));
      expect(signal.evidence.recordIds.every((id) => ids.has(id))).toBe(true);
    }
  });

  it("show a worsening beyond reliable change, for attention", () => {
    const s = scenario("worsening");
    expectWellFormed(s);
    const signals = only(s.signals, "questionnaire");
    expect(signals.map((signal) => signal.subject).sort()).toEqual(["gad7", "phq9"]);
    for (const signal of signals) {
      expect(signal.category).toBe("attention");
      expect(signal.trend.direction).toBe("up");
      expect(signal.statement).toMatch(/reliable-change threshold/);
    }
  });
});

describe("signals on the steady control", () => {
  it.each([1, 2, 3, 4, 5])("raise nothing for attention (seed %i)", (seed) => {
    const s = scenario("steady", seed);
    expectWellFormed(s);
    expect(s.signals.filter((signal) => signal.category === "attention")).toEqual([]);
    for (const kind of attentionKinds) expect(kinds(s.signals)).not.toContain(kind);
    expect(kinds(s.signals)).not.toContain("rehearsal-enactment");
  });

  it("still describe themes, people and rhythm", () => {
    const s = scenario("steady");
    expect(kinds(s.signals)).toEqual(expect.arrayContaining(["theme", "person", "rhythm"]));
  });
});

describe("private conversations", () => {
  it("leave no trace in signals", () => {
    const s = scenario("steady", 2);
    const privateIds = new Set(s.history.conversations.filter((conversation) => conversation.private).map((conversation) => conversation.id));
    expect(privateIds.size).toBeGreaterThan(0);
    const privateMessages = new Set(
      s.history.conversations.filter((conversation) => conversation.private).flatMap((conversation) => conversation.messages.map((message) => message.id)),
    );
    const json = JSON.stringify(s.signals);
    for (const id of [...privateIds, ...privateMessages]) expect(json).not.toContain(`"${id}"`);
    const withPrivate = computeSignals(signalInputFor(s.history, s.replay, { window: s.window, now: s.window.to, includePrivate: true }));
    const rhythm = (signals: readonly Signal[]) => signals.find((signal) => signal.kind === "rhythm")?.evidence.counts.messages ?? 0;
    const privateInWindow = [...s.messages.values()].filter((message) => message.private && inWindow(s, message.at)).length;
    expect(rhythm(withPrivate) - rhythm(s.signals)).toBe(privateInWindow);
  });
});

describe("counts-only wording", () => {
  it("leaves the client's words out of theme statements and evidence when asked", () => {
    const s = scenario("steady");
    const signals = computeSignals({ ...signalInputFor(s.history, s.replay, { window: s.window, now: s.window.to }), showWords: false });
    const themes = signals.filter((signal) => signal.kind === "theme");
    expect(themes.length).toBeGreaterThan(0);
    for (const signal of themes) {
      expect(signal.statement).not.toContain("in words like");
      expect(Object.keys(signal.evidence.counts).some((key) => key.startsWith("word:"))).toBe(false);
    }
  });
});
