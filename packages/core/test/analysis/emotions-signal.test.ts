// Emotion words reach the signals and the session brief: messages analysed as on arrival (the built-in
// emotion model runs inside analyseMessage), added to their buckets, read back as signals with the
// messages as evidence. Synthetic messages written here, no real people.
import { describe, expect, it } from "vitest";
import {
  addToBucket,
  analyseMessage,
  bucketKey,
  buildSessionBrief,
  emptyBucket,
  mergeAll,
  signalsFromSummary,
  summariseWindow,
  type Bucket,
  type Signal,
} from "../../src/index.ts";

const timeZone = "Europe/London";
const from = Date.parse("2025-03-03T00:00:00Z");
const to = Date.parse("2025-03-31T00:00:00Z");
const day = 24 * 60 * 60 * 1000;

const plain = ["I went to the shop after work.", "The meeting is on Tuesday at 3pm.", "We moved the table into the other room.", "I cooked pasta for dinner."];
const grieving = ["I miss my mum so much since she died.", "I keep crying, I miss her so much.", "It hurts that she's gone, I'm so sad."];

function history(texts: readonly string[]): { buckets: Bucket[]; ids: Map<string, string> } {
  const stored = new Map<string, Bucket>();
  const ids = new Map<string, string>();
  texts.forEach((text, i) => {
    const at = from + (i + 1) * day + 10 * 60 * 60 * 1000;
    const messageId = `m${String(i).padStart(3, "0")}`;
    ids.set(messageId, text);
    const features = analyseMessage({ text, at, timeZone });
    const key = bucketKey({ conversationId: "c1", at, timeZone });
    const id = `${key.conversationId}|${key.week}`;
    stored.set(id, addToBucket(stored.get(id) ?? emptyBucket(), { messageId, conversationId: "c1", at, features }));
  });
  return { buckets: [...stored.values()], ids };
}

function signalsOf(buckets: readonly Bucket[]) {
  const summary = summariseWindow({ buckets, window: { from, to }, timeZone, now: to });
  const signals = signalsFromSummary(summary);
  return { summary, signals, emotion: signals.filter((signal) => signal.kind === "emotion") };
}

describe("emotion words in the signals", () => {
  it("analyseMessage labels each message with the built-in model unless told otherwise", () => {
    const at = from + day;
    expect(analyseMessage({ text: grieving[0] ?? "", at, timeZone }).emotions).toContain("grief");
    expect(analyseMessage({ text: plain[0] ?? "", at, timeZone }).emotions).toEqual([]);
    expect(analyseMessage({ text: grieving[0] ?? "", at, timeZone, emotions: [] }).emotions).toEqual([]);
    expect(analyseMessage({ text: plain[0] ?? "", at, timeZone, emotions: ["joy", "joy"] }).emotions).toEqual(["joy"]);
  });

  it("name the label, its count and share, with the labelled messages as evidence", () => {
    const texts = [...plain, ...grieving, ...plain, ...grieving];
    const { buckets, ids } = history(texts);
    const { emotion } = signalsOf(buckets);
    const sadness = emotion.find((signal) => signal.subject === "sadness");
    expect(sadness, "a sadness signal").toBeDefined();
    const signal = sadness as Signal;
    expect(signal.category).toBe("pattern");
    expect(signal.statement).toMatch(/^Emotion words in the client's messages: sadness in \d+ of 14 messages/);
    expect(signal.evidence.counts.total).toBe(14);
    expect(signal.evidence.messageIds.length).toBe(signal.evidence.counts.messages);
    // Every piece of evidence is one of the grieving messages, never a plain one.
    for (const id of signal.evidence.messageIds) expect(grieving).toContain(ids.get(id));
    expect(signal.why).toMatch(/GoEmotions/);
    expect(signal.why).toMatch(/not what the client feels/);
    expect(signal.trend.direction).toBe("new");
  });

  it("are absent from a history of plain statements", () => {
    const { buckets } = history([...plain, ...plain, ...plain]);
    expect(signalsOf(buckets).emotion).toEqual([]);
  });

  it("need at least 3 messages and 10% of the window", () => {
    const { buckets } = history([...plain, ...plain, ...plain, ...plain, ...plain, ...(grieving.slice(0, 2))]);
    expect(signalsOf(buckets).emotion.filter((signal) => signal.subject === "grief")).toEqual([]);
  });

  it("reach the session brief", () => {
    const { buckets } = history([...plain, ...grieving, ...grieving]);
    const { summary, signals } = signalsOf(buckets);
    const brief = buildSessionBrief({ summary, signals, moments: null, practices: [], lastSessionDate: "2025-03-03" });
    expect(brief.signals.some((signal) => signal.kind === "emotion" && signal.subject === "sadness")).toBe(true);
  });
});

describe("emotion tallies in buckets", () => {
  it("keep a few recent messages per label and merge like the other tallies", () => {
    const { buckets } = history([...grieving, ...grieving, ...grieving]);
    const merged = mergeAll(buckets);
    const sadness = merged.emotions.sadness;
    expect(sadness?.messages).toBeGreaterThanOrEqual(6);
    expect(sadness?.recent.length).toBeLessThanOrEqual(6);
    expect(mergeAll([...buckets].reverse())).toEqual(merged);
  });

  it("read buckets stored with bare counts", () => {
    const legacy = { ...emptyBucket(), messages: 2, emotions: { joy: 2 } } as unknown as Bucket;
    expect(mergeAll([legacy]).emotions).toEqual({ joy: { messages: 2, recent: [] } });
  });
});
