// Analysis costs on a year of one client's history (≥ 20,000 messages): analyseMessage per message,
// addToBucket per message, the size of the stored buckets, and computeSignals for a four-week
// window (a session brief) and for the whole year. Measured and printed, not asserted.
import {
  shiftDate,
  addToBucket,
  analyseMessage,
  bucketKey,
  computeSignals,
  emptyBucket,
  findPeople,
  generateHistory,
  historyMessages,
  updateKnownPeople,
  zonedTimeToMillis,
  type Bucket,
  type ComputeSignalsInput,
  type KnownPerson,
  type MessageFeatures,
} from "../../packages/core/src/index.ts";

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}

export function run(): Promise<void> {
  const timeZone = "Europe/London";
  const start = "2025-01-06";
  const weeks = 52;
  const history = generateHistory({ profile: "loop", seed: 1, start, weeks, timeZone, messagesPerWeek: 400 });
  const messages = historyMessages(history);
  console.log(`history: ${messages.length} client messages in ${history.conversations.length} conversations over ${weeks} weeks`);

  // analyseMessage, per message (warm-up first).
  let known: KnownPerson[] = [];
  for (const message of messages.slice(0, 2000)) analyseMessage({ text: message.text, at: message.at, timeZone, mode: message.mode, knownPeople: known });
  const analyseTimes: number[] = [];
  const features: MessageFeatures[] = [];
  for (const message of messages) {
    const t0 = performance.now();
    const result = analyseMessage({ text: message.text, at: message.at, timeZone, mode: message.mode, knownPeople: known });
    analyseTimes.push(performance.now() - t0);
    features.push(result);
    known = updateKnownPeople(known, findPeople(message.text, { known }));
  }
  const sortedAnalyse = [...analyseTimes].sort((a, b) => a - b);
  const meanAnalyse = analyseTimes.reduce((sum, t) => sum + t, 0) / analyseTimes.length;
  console.log(
    `analyseMessage: mean ${fmt(meanAnalyse * 1000)} µs, p50 ${fmt(percentile(sortedAnalyse, 0.5) * 1000)} µs, p99 ${fmt(percentile(sortedAnalyse, 0.99) * 1000)} µs, max ${fmt((sortedAnalyse[sortedAnalyse.length - 1] ?? 0) * 1000)} µs (target ≤ 2000 µs)`,
  );

  // A long message (about 1,000 characters, eight sentences).
  const long = "I talked to my mum last night and she said I'm being dramatic again, which honestly made me so angry that I couldn't sleep. ".repeat(8);
  for (let i = 0; i < 200; i++) analyseMessage({ text: long, at: 0, timeZone, knownPeople: known });
  const longStart = performance.now();
  for (let i = 0; i < 500; i++) analyseMessage({ text: long, at: 0, timeZone, knownPeople: known });
  console.log(`analyseMessage on a ${long.length}-character message: ${fmt(((performance.now() - longStart) / 500) * 1000)} µs`);

  // addToBucket, per message, into (conversation, week) buckets.
  const buckets = new Map<string, Bucket>();
  const addTimes: number[] = [];
  messages.forEach((message, i) => {
    const key = bucketKey({ conversationId: message.conversationId, at: message.at, timeZone });
    const id = `${key.conversationId}|${key.week}`;
    const bucketFeatures = features[i];
    if (bucketFeatures === undefined) return;
    const t0 = performance.now();
    const updated = addToBucket(buckets.get(id) ?? emptyBucket(), { messageId: message.id, conversationId: message.conversationId, at: message.at, features: bucketFeatures });
    addTimes.push(performance.now() - t0);
    buckets.set(id, updated);
  });
  const sortedAdd = [...addTimes].sort((a, b) => a - b);
  console.log(`addToBucket: mean ${fmt((addTimes.reduce((sum, t) => sum + t, 0) / addTimes.length) * 1000)} µs, p99 ${fmt(percentile(sortedAdd, 0.99) * 1000)} µs`);
  const sizes = [...buckets.values()].map((bucket) => JSON.stringify(bucket).length).sort((a, b) => a - b);
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  console.log(
    `buckets: ${buckets.size} (conversation, week) buckets, JSON median ${sizes[Math.floor(sizes.length / 2)] ?? 0} B, max ${sizes[sizes.length - 1] ?? 0} B, total ${fmt(totalBytes / 1024 / 1024, 2)} MB`,
  );

  // computeSignals: a four-week window with the four weeks before it, over the year's buckets.
  const end = zonedTimeToMillis({ date: shiftDate(start, weeks * 7), hour: 0, minute: 0, timeZone });
  const allBuckets = [...buckets.values()];
  const input = (from: number): ComputeSignalsInput => ({
    buckets: allBuckets,
    intentions: history.intentions,
    practices: history.practices,
    regulationSessions: history.regulationSessions,
    checkIns: history.checkIns,
    safetyEvents: [],
    window: { from, to: end },
    previousWindow: null,
    timeZone,
    now: end,
  });
  const fourWeeks = end - 28 * 86_400_000;
  const coldStart = performance.now();
  const signals = computeSignals(input(fourWeeks));
  const cold = performance.now() - coldStart;
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    computeSignals(input(fourWeeks));
    warm.push(performance.now() - t0);
  }
  warm.sort((a, b) => a - b);
  console.log(`computeSignals, 4-week window over ${allBuckets.length} buckets: first call ${fmt(cold)} ms, then p50 ${fmt(percentile(warm, 0.5))} ms, p99 ${fmt(percentile(warm, 0.99))} ms (${signals.length} signals)`);

  const yearStart = zonedTimeToMillis({ date: start, hour: 0, minute: 0, timeZone });
  const yearTimes: number[] = [];
  let yearSignals = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    yearSignals = computeSignals({ ...input(yearStart), previousWindow: { from: yearStart - 86_400_000, to: yearStart } }).length;
    yearTimes.push(performance.now() - t0);
  }
  yearTimes.sort((a, b) => a - b);
  console.log(`computeSignals, the whole year as one window (${messages.length} messages' buckets): p50 ${fmt(percentile(yearTimes, 0.5))} ms (${yearSignals} signals)`);
  return Promise.resolve();
}
