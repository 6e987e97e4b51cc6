// Signals: plain-language observations with their evidence, window, strength, trend and the reason
// they are shown. They describe what the client wrote and did — counts, words, times, records —
// never a diagnosis, and read as something to explore. The caller passes only what the therapist
// may see (consented, non-private buckets and records); excerpts are the caller's to add by consent.
import { themeLabels } from "../text/index.ts";
import { emptyBucket, mergeAll, type Bucket, type EvidenceRef } from "./bucket.ts";
import { dependencyCueLabels, dependencyCues, strongDependencyCues } from "./dependency-cues.ts";
import { summariseQuestionnaires, type QuestionnaireTrend } from "./questionnaires.ts";
import { reassuranceLabels } from "./reassurance.ts";
import type { AnalysisCheckIn, AnalysisIntention, AnalysisPractice, AnalysisRegulationSession, AnalysisSafetyEvent } from "./records.ts";
import {
  bucketsInWindow,
  clipToDays,
  computeDependencyIndex,
  evidenceIds,
  findLoops,
  isOwnPerson,
  sameLoop,
  summariseIntentions,
  summarisePeople,
  summarisePractices,
  summariseReassurance,
  summariseRegulation,
  summariseRhythm,
  summariseSafety,
  summariseThemesByWeek,
  themeCounts,
  emotionCounts,
  windowDays,
  type DependencyIndex,
  type IntentionItem,
  type IntentionSummary,
  type Loop,
  type PersonSummary,
  type PracticeSummary,
  type ReassuranceSummary,
  type RegulationEffect,
  type Rhythm,
  type SafetySummary,
  type StrengthLevel,
  type ThemeCount,
  type EmotionCount,
  type ThemeWeek,
  type AnalysisWindow,
  type WindowDays,
} from "./summaries.ts";
import { shortDate, toIso, toMillis, type Instant } from "../time/index.ts";

export const signalKinds = [
  "theme",
  "emotion",
  "person",
  "rhythm",
  "night-use",
  "loop",
  "reassurance",
  "dependency",
  "rehearsal-enactment",
  "rehearsal-avoidance",
  "regulation-effect",
  "questionnaire",
  "questionnaire-item-9",
  "practice",
  "safety-events",
] as const;
export type SignalKind = (typeof signalKinds)[number];

/** `pattern`: what is there, worth knowing. `attention`: worth raising (caseload ordering uses these). */
export type SignalCategory = "pattern" | "attention";

export type TrendDirection = "up" | "down" | "steady" | "new" | "none";

export interface SignalTrend {
  direction: TrendDirection;
  current: number;
  previous: number | null;
  /** What the numbers measure ("share of messages", "messages per day", "PHQ-9 score"…). */
  measure: string;
}

export interface SignalEvidence {
  /** Client messages the signal rests on (most recent first, capped). */
  messageIds: string[];
  counts: Record<string, number>;
  days: string[];
  conversationIds: string[];
  /** Ids of intentions, practices, check-ins, regulation sessions or safety events. */
  recordIds: string[];
}

export interface SignalWindow {
  from: string;
  to: string;
  fromDate: string;
  toDate: string;
  days: number;
}

export interface Signal {
  /** Stable within a window: kind and subject. */
  id: string;
  kind: SignalKind;
  category: SignalCategory;
  /** What it is about: a theme, a person key, an instrument, a loop id, … */
  subject: string | null;
  statement: string;
  window: SignalWindow;
  strength: { level: StrengthLevel; score: number };
  trend: SignalTrend;
  evidence: SignalEvidence;
  why: string;
}

export interface ComputeSignalsInput {
  /** Buckets the therapist may see (consent applied, private conversations left out). */
  buckets: readonly Bucket[];
  intentions?: readonly AnalysisIntention[];
  practices?: readonly AnalysisPractice[];
  regulationSessions?: readonly AnalysisRegulationSession[];
  checkIns?: readonly AnalysisCheckIn[];
  safetyEvents?: readonly AnalysisSafetyEvent[];
  window: { from: Instant; to: Instant };
  /** Defaults to the same length immediately before `window`. */
  previousWindow?: { from: Instant; to: Instant } | null;
  timeZone: string;
  now: Instant;
  /**
   * Whether statements may quote the client's feeling and life-area words from the lexicon
   * ("in words like “dread”, “panicky”"). Default true; pass false where consent allows counts only.
   */
  showWords?: boolean;
}

export interface RehearsalSummary {
  /** Who (intention `withWhom` or person key). */
  withWhom: string;
  label: string;
  rehearsals: number;
  rehearsalConversationIds: string[];
  rehearsalDays: string[];
  intentions: IntentionItem[];
}

export interface WindowSummary {
  showWords: boolean;
  window: AnalysisWindow;
  days: WindowDays;
  previousWindow: AnalysisWindow;
  previousDays: WindowDays;
  /** All the window's buckets, merged. */
  bucket: Bucket;
  previousBucket: Bucket;
  themes: ThemeCount[];
  previousThemes: ThemeCount[];
  themesByWeek: ThemeWeek[];
  /** GoEmotions labels from the built-in emotion model, most frequent first. */
  emotions: EmotionCount[];
  previousEmotions: EmotionCount[];
  rhythm: Rhythm;
  previousRhythm: Rhythm;
  people: PersonSummary[];
  previousPeople: PersonSummary[];
  loops: Loop[];
  previousLoops: Loop[];
  reassurance: ReassuranceSummary;
  previousReassurance: ReassuranceSummary;
  dependency: DependencyIndex;
  intentions: IntentionSummary;
  rehearsals: RehearsalSummary[];
  regulation: RegulationEffect;
  previousRegulation: RegulationEffect;
  questionnaires: QuestionnaireTrend[];
  practices: PracticeSummary[];
  safety: SafetySummary;
  previousSafety: SafetySummary;
}

function toWindow(window: { from: Instant; to: Instant }): AnalysisWindow {
  return { from: toMillis(window.from), to: toMillis(window.to) };
}

function rehearsalsFor(options: { buckets: readonly Bucket[]; intentions: IntentionSummary; people: readonly PersonSummary[] }): RehearsalSummary[] {
  const rehearseBuckets = options.buckets.filter((bucket) => (bucket.modes.rehearse ?? 0) > 0);
  const whoKeys = new Set<string>();
  for (const item of options.intentions.items) if (item.withWhom !== null) whoKeys.add(item.withWhom);
  for (const bucket of rehearseBuckets) for (const [key, tally] of Object.entries(bucket.people)) if (isOwnPerson(tally.label)) whoKeys.add(key);
  const out: RehearsalSummary[] = [];
  for (const who of [...whoKeys].sort()) {
    const conversations = new Set<string>();
    const days = new Set<string>();
    for (const bucket of rehearseBuckets) {
      if (bucket.people[who] === undefined) continue;
      for (const id of bucket.conversationIds) conversations.add(id);
      for (const day of bucket.people[who].days) days.add(day);
    }
    const intentions = options.intentions.items.filter((item) => item.withWhom === who);
    for (const item of intentions) if (item.conversationId !== null && rehearseBuckets.some((bucket) => bucket.conversationIds.includes(item.conversationId ?? ""))) conversations.add(item.conversationId);
    if (conversations.size === 0 && intentions.length === 0) continue;
    const person = options.people.find((candidate) => candidate.key === who);
    const label = intentions.find((item) => item.withLabel !== null)?.withLabel ?? person?.label ?? who;
    out.push({
      withWhom: who,
      label,
      rehearsals: conversations.size,
      rehearsalConversationIds: [...conversations].sort(),
      rehearsalDays: [...days].sort(),
      intentions,
    });
  }
  return out;
}

/** Every summary for a window and the one before it: what the dashboard charts and signals read. */
export function summariseWindow(input: ComputeSignalsInput): WindowSummary {
  const window = toWindow(input.window);
  const length = window.to - window.from;
  const previousWindow = input.previousWindow === undefined || input.previousWindow === null ? { from: window.from - length, to: window.from } : toWindow(input.previousWindow);
  const now = toMillis(input.now);
  const days = windowDays(window, input.timeZone);
  const previousDays = windowDays(previousWindow, input.timeZone);
  const currentBuckets = bucketsInWindow(input.buckets, days);
  const inCurrent = new Set(currentBuckets);
  const previousBuckets = bucketsInWindow(input.buckets, previousDays).filter((bucket) => !inCurrent.has(bucket));
  // Every worry fingerprint of the window is kept, so loops are counted in full.
  const windowMerge = { worryCap: Number.MAX_SAFE_INTEGER };
  const bucket = clipToDays(mergeAll(currentBuckets, windowMerge), days);
  const previousBucket = previousBuckets.length === 0 ? emptyBucket() : clipToDays(mergeAll(previousBuckets, windowMerge), previousDays);
  const people = summarisePeople(bucket);
  const intentions = summariseIntentions({ intentions: input.intentions ?? [], window, now, timeZone: input.timeZone });
  return {
    showWords: input.showWords ?? true,
    window,
    days,
    previousWindow,
    previousDays,
    bucket,
    previousBucket,
    themes: themeCounts(bucket),
    previousThemes: themeCounts(previousBucket),
    themesByWeek: summariseThemesByWeek(currentBuckets),
    emotions: emotionCounts(bucket),
    previousEmotions: emotionCounts(previousBucket),
    rhythm: summariseRhythm(bucket),
    previousRhythm: summariseRhythm(previousBucket),
    people,
    previousPeople: summarisePeople(previousBucket),
    loops: findLoops(bucket),
    previousLoops: findLoops(previousBucket),
    reassurance: summariseReassurance(bucket),
    previousReassurance: summariseReassurance(previousBucket),
    dependency: computeDependencyIndex({
      current: bucket,
      currentDays: days.days,
      previous: previousBuckets.length === 0 ? null : previousBucket,
      previousDays: previousBuckets.length === 0 ? null : previousDays.days,
    }),
    intentions,
    rehearsals: rehearsalsFor({ buckets: currentBuckets, intentions, people }),
    regulation: summariseRegulation({ sessions: input.regulationSessions ?? [], window, timeZone: input.timeZone }),
    previousRegulation: summariseRegulation({ sessions: input.regulationSessions ?? [], window: previousWindow, timeZone: input.timeZone }),
    questionnaires: summariseQuestionnaires({ checkIns: input.checkIns ?? [], window, timeZone: input.timeZone }),
    practices: summarisePractices({ practices: input.practices ?? [], window, timeZone: input.timeZone }),
    safety: summariseSafety({ events: input.safetyEvents ?? [], window, timeZone: input.timeZone }),
    previousSafety: summariseSafety({ events: input.safetyEvents ?? [], window: previousWindow, timeZone: input.timeZone }),
  };
}

// ——— wording helpers ———

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function listWords(words: readonly string[], max = 3): string {
  return words
    .slice(0, max)
    .map((word) => `“${word}”`)
    .join(", ");
}

function dateRange(days: readonly string[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return "";
  return first === last ? `on ${shortDate(first)}` : `between ${shortDate(first)} and ${shortDate(last)}`;
}

function direction(current: number, previous: number | null): TrendDirection {
  if (previous === null) return current > 0 ? "new" : "none";
  if (previous === 0) return current > 0 ? "new" : "steady";
  if (current >= previous * 1.25 && current - previous > 0.01) return "up";
  if (current <= previous * 0.8 && previous - current > 0.01) return "down";
  return "steady";
}

function trendWords(trend: SignalTrend, format: (value: number) => string): string {
  if (trend.previous === null) return "";
  switch (trend.direction) {
    case "up":
      return `, up from ${format(trend.previous)} in the previous window`;
    case "down":
      return `, down from ${format(trend.previous)} in the previous window`;
    case "steady":
      return `, about the same as the previous window (${format(trend.previous)})`;
    case "new":
      return ", not seen in the previous window";
    case "none":
      return "";
  }
}

function level(score: number): StrengthLevel {
  return score >= 0.66 ? "high" : score >= 0.33 ? "medium" : "low";
}

function strength(score: number): { level: StrengthLevel; score: number } {
  const clamped = Math.max(0, Math.min(1, score));
  return { level: level(clamped), score: Math.round(clamped * 100) / 100 };
}

function evidence(fields: Partial<SignalEvidence>): SignalEvidence {
  return {
    messageIds: fields.messageIds ?? [],
    counts: fields.counts ?? {},
    days: fields.days ?? [],
    conversationIds: fields.conversationIds ?? [],
    recordIds: fields.recordIds ?? [],
  };
}

function mergeEvidenceLists(lists: readonly (readonly EvidenceRef[])[], cap = 20): string[] {
  const all = lists.flat().sort((a, b) => b.at - a.at || (a.messageId < b.messageId ? -1 : 1));
  return [...new Set(all.map((item) => item.messageId))].slice(0, cap);
}

// ——— the signals ———

/** Signals for a window, from the summaries (see summariseWindow). */
export function signalsFromSummary(summary: WindowSummary): Signal[] {
  const signalWindow: SignalWindow = {
    from: toIso(summary.window.from),
    to: toIso(summary.window.to),
    fromDate: summary.days.fromDate,
    toDate: summary.days.toDate,
    days: summary.days.days,
  };
  const signals: Signal[] = [];
  const add = (signal: Omit<Signal, "id" | "window">): void => {
    signals.push({ id: `${signal.kind}:${signal.subject ?? "all"}`, window: signalWindow, ...signal });
  };
  const total = summary.bucket.messages;
  const previousTotal = summary.previousBucket.messages;
  const hadPrevious = previousTotal > 0;

  // Themes in the client's words.
  const topThemes = summary.themes.filter((theme) => theme.messages >= 3 && theme.share >= 0.1).slice(0, 6);
  for (const theme of topThemes) {
    const previous = summary.previousThemes.find((candidate) => candidate.theme === theme.theme);
    const trend: SignalTrend = {
      direction: direction(theme.share, hadPrevious ? (previous?.share ?? 0) : null),
      current: Math.round(theme.share * 100) / 100,
      previous: hadPrevious ? Math.round((previous?.share ?? 0) * 100) / 100 : null,
      measure: "share of messages",
    };
    add({
      kind: "theme",
      category: "pattern",
      subject: theme.theme,
      statement: `Wrote about ${theme.label} in ${theme.messages} of ${total} messages (${percent(theme.share)})${summary.showWords ? `, in words like ${listWords(theme.words.map((word) => word.word))}` : ""}${trendWords(trend, percent)}.`,
      strength: strength(theme.share / 0.4),
      trend,
      evidence: evidence({
        messageIds: evidenceIds(theme.recent),
        counts: { messages: theme.messages, total, ...(summary.showWords ? Object.fromEntries(theme.words.map((word) => [`word:${word.word}`, word.count])) : {}) },
      }),
      why: `Words about ${theme.label} appeared in at least 3 messages and 10% of the client's messages in this window (${theme.messages} of ${total}). Counted from a fixed word list; negated words ("not angry") are not counted.`,
    });
  }

  // Emotion words: GoEmotions labels the built-in model gave the client's messages. A reading of the
  // words (as the dataset's annotators would label a comment), never a finding about the person.
  const topEmotions = summary.emotions.filter((emotion) => emotion.messages >= 3 && emotion.share >= 0.1).slice(0, 4);
  for (const emotion of topEmotions) {
    const previous = summary.previousEmotions.find((candidate) => candidate.label === emotion.label);
    const trend: SignalTrend = {
      direction: direction(emotion.share, hadPrevious ? (previous?.share ?? 0) : null),
      current: Math.round(emotion.share * 100) / 100,
      previous: hadPrevious ? Math.round((previous?.share ?? 0) * 100) / 100 : null,
      measure: "share of messages",
    };
    add({
      kind: "emotion",
      category: "pattern",
      subject: emotion.label,
      statement: `Emotion words in the client's messages: ${emotion.label} in ${emotion.messages} of ${total} messages (${percent(emotion.share)})${trendWords(trend, percent)}.`,
      strength: strength(emotion.share / 0.4),
      trend,
      evidence: evidence({ messageIds: evidenceIds(emotion.recent), counts: { messages: emotion.messages, total } }),
      why: `The emotion-words model labelled at least 3 messages and 10% of the client's messages in this window (${emotion.messages} of ${total}) as expressing ${emotion.label}. It is a small model trained on GoEmotions, Reddit comments labelled by readers: it describes how the words read, not what the client feels, and it misreads some negation and sarcasm.`,
    });
  }

  // People and the feelings around them.
  const topPeople = summary.people.filter((person) => isOwnPerson(person) && person.messages >= 2).slice(0, 5);
  for (const person of topPeople) {
    const previous = summary.previousPeople.find((candidate) => candidate.key === person.key);
    const trend: SignalTrend = {
      direction: direction(person.messages, hadPrevious ? (previous?.messages ?? 0) : null),
      current: person.messages,
      previous: hadPrevious ? (previous?.messages ?? 0) : null,
      measure: "messages mentioning them",
    };
    const feelings =
      person.feelings.length === 0
        ? "no feeling words were written near these mentions"
        : `feeling words written near these mentions: ${person.feelings
            .slice(0, 3)
            .map((feeling) => `${themeLabels[feeling.theme]} (${feeling.count})`)
            .join(", ")}`;
    add({
      kind: "person",
      category: "pattern",
      subject: person.key,
      statement: `Mentioned ${person.label} in ${plural(person.messages, "message")} on ${plural(person.days.length, "day")}; ${feelings}${trendWords(trend, String)}.`,
      strength: strength(person.messages / Math.max(8, total * 0.3)),
      trend,
      evidence: evidence({
        messageIds: evidenceIds(person.recent),
        counts: { messages: person.messages, ...Object.fromEntries(person.feelings.map((feeling) => [`feeling:${feeling.theme}`, feeling.count])) },
        days: person.days,
      }),
      why: `${person.label} came up in at least 2 messages in this window. Feelings are the feeling words in the same sentence as the mention.`,
    });
  }

  // Rhythm.
  const rhythm = summary.rhythm;
  if (total >= 10) {
    const perDay = total / summary.days.days;
    const previousPerDay = hadPrevious ? previousTotal / summary.previousDays.days : null;
    const trend: SignalTrend = {
      direction: direction(perDay, previousPerDay),
      current: Math.round(perDay * 10) / 10,
      previous: previousPerDay === null ? null : Math.round(previousPerDay * 10) / 10,
      measure: "messages per day",
    };
    const peak = rhythm.peakHour === null ? "" : `; the busiest hour was ${String(rhythm.peakHour).padStart(2, "0")}:00–${String((rhythm.peakHour + 1) % 24).padStart(2, "0")}:00`;
    add({
      kind: "rhythm",
      category: "pattern",
      subject: null,
      statement: `Wrote ${plural(total, "message")} on ${rhythm.activeDays} of ${summary.days.days} days (${trend.current} a day${trendWords(trend, String)})${peak}; ${percent(rhythm.nightShare)} between midnight and 5am.`,
      strength: strength(rhythm.activeDays / summary.days.days),
      trend,
      evidence: evidence({ counts: { messages: total, night: rhythm.night, activeDays: rhythm.activeDays }, days: Object.keys(summary.bucket.days).sort() }),
      why: "A summary of when the client wrote to the companion, in their own time zone.",
    });
  }

  // Night use.
  const previousShare = hadPrevious ? summary.previousRhythm.nightShare : null;
  const nightHigh = rhythm.night >= 6 && rhythm.nightShare >= 0.2 && rhythm.nightDays.length >= 3;
  const nightRising = previousShare !== null && rhythm.nightShare >= 0.12 && rhythm.nightShare >= previousShare * 2 && rhythm.nightDays.length >= 3 && rhythm.night >= 5;
  if (nightHigh || nightRising) {
    const trend: SignalTrend = {
      direction: direction(rhythm.nightShare, previousShare),
      current: Math.round(rhythm.nightShare * 100) / 100,
      previous: previousShare === null ? null : Math.round(previousShare * 100) / 100,
      measure: "share of messages between 00:00 and 05:00",
    };
    add({
      kind: "night-use",
      category: "attention",
      subject: null,
      statement: `${percent(rhythm.nightShare)} of messages (${rhythm.night} of ${total}) were written between midnight and 5am, on ${plural(rhythm.nightDays.length, "night")}${trendWords(trend, percent)}.`,
      strength: strength(rhythm.nightShare / 0.4),
      trend,
      evidence: evidence({
        messageIds: [],
        counts: { night: rhythm.night, messages: total, nights: rhythm.nightDays.length },
        days: rhythm.nightDays,
      }),
      why: nightHigh
        ? "At least 20% of messages, on at least 3 different nights, were written between 00:00 and 05:00 in the client's time zone."
        : "The share of messages written between 00:00 and 05:00 at least doubled against the previous window, on at least 3 nights.",
    });
  }

  // Loops.
  for (const loop of summary.loops) {
    const previous = summary.previousLoops.find((candidate) => sameLoop(candidate, loop));
    const trend: SignalTrend = {
      direction: direction(loop.count, hadPrevious ? (previous?.count ?? 0) : null),
      current: loop.count,
      previous: hadPrevious ? (previous?.count ?? 0) : null,
      measure: "times the worry came back",
    };
    const about = describeLoop(loop, summary.people);
    add({
      kind: "loop",
      category: "attention",
      subject: loop.id,
      statement: `A worry written in much the same words came back ${loop.count} times on ${loop.days.length} different days ${dateRange(loop.days)}${about}.`,
      strength: strength(Math.max(loop.count / 10, loop.days.length / 7)),
      trend,
      evidence: evidence({
        messageIds: loop.messageIds.slice(-20).reverse(),
        counts: { occurrences: loop.count, days: loop.days.length, spanDays: loop.spanDays },
        days: loop.days,
        conversationIds: loop.conversationIds,
      }),
      why: "Sentences with worry words (or “what if…”, “I keep thinking…”) that share most of their content words were found on at least 3 different days. Only hashed word fingerprints are compared; no text is kept for this.",
    });
  }

  // Reassurance seeking.
  const reassurance = summary.reassurance;
  if (reassurance.messages >= 4 && reassurance.days.length >= 3) {
    const previousCount = hadPrevious ? summary.previousReassurance.messages : null;
    const trend: SignalTrend = { direction: direction(reassurance.messages, previousCount), current: reassurance.messages, previous: previousCount, measure: "messages asking for reassurance" };
    add({
      kind: "reassurance",
      category: "attention",
      subject: null,
      statement: `Asked to be reassured in ${reassurance.messages} messages on ${reassurance.days.length} different days (${reassurance.kinds
        .map((kind) => `${reassuranceLabels[kind.kind]} ×${kind.count}`)
        .join(", ")})${trendWords(trend, String)}.`,
      strength: strength(reassurance.messages / 12),
      trend,
      evidence: evidence({
        messageIds: evidenceIds(reassurance.recent),
        counts: { messages: reassurance.messages, ...Object.fromEntries(reassurance.kinds.map((kind) => [kind.kind, kind.count])) },
        days: reassurance.days,
      }),
      why: "Questions like “is it ok that…”, “am I a bad person?” or “tell me it'll be fine” came up in at least 4 messages on at least 3 different days.",
    });
  }

  // Dependency.
  const dependency = summary.dependency;
  const strongCueMessages = dependency.components.cues.byCue.filter((item) => strongDependencyCues.has(item.cue)).reduce((sum, item) => sum + item.messages, 0);
  if (dependency.index >= 35 || strongCueMessages >= 3) {
    const parts: string[] = [];
    const c = dependency.components;
    if (c.volumeTrend.previousPerDay !== null && c.volumeTrend.score > 0.1) parts.push(`wrote ${c.volumeTrend.perDay} messages a day (previous window: ${c.volumeTrend.previousPerDay})`);
    if (c.nightShare.share >= 0.1) parts.push(`${percent(c.nightShare.share)} of messages between midnight and 5am`);
    if (c.cues.messages > 0) {
      parts.push(
        `${plural(c.cues.messages, "message")} about the companion itself (${c.cues.byCue
          .slice()
          .sort((a, b) => b.messages - a.messages)
          .slice(0, 3)
          .map((item) => `${dependencyCueLabels[item.cue]} ×${item.messages}`)
          .join(", ")})`,
      );
    }
    if (c.fewerPeople.previousShare !== null && c.fewerPeople.score > 0.1) parts.push(`people from their life came up in ${percent(c.fewerPeople.share)} of messages (previous window: ${percent(c.fewerPeople.previousShare)})`);
    const cueEvidence = dependencyCues.map((cue) => summary.bucket.cues[cue]?.recent ?? []);
    const cueDays = [...new Set(dependencyCues.flatMap((cue) => summary.bucket.cues[cue]?.days ?? []))].sort();
    const previous = hadPrevious
      ? computeDependencyIndexFromPrevious(summary)
      : null;
    const trend: SignalTrend = { direction: direction(dependency.index, previous), current: dependency.index, previous, measure: "dependency index (0–100)" };
    add({
      kind: "dependency",
      category: "attention",
      subject: null,
      statement: `Signs of leaning on the companion: ${parts.join("; ")}. Dependency index ${dependency.index}/100${trendWords(trend, String)}.`,
      strength: strength(dependency.index / 80),
      trend,
      evidence: evidence({
        messageIds: mergeEvidenceLists(cueEvidence),
        counts: {
          index: dependency.index,
          cueMessages: c.cues.messages,
          nightMessages: summary.bucket.night,
          messages: total,
          ...Object.fromEntries(c.cues.byCue.map((item) => [`cue:${item.cue}`, item.messages])),
        },
        days: cueDays,
      }),
      why: `The dependency index combines more messages per day than before (weight 20%), the share written between 00:00 and 05:00 (25%), messages with attachment cues toward the companion such as “you're the only one who understands me” (35%; cues after OpenAI's EmoClassifiers), and fewer messages mentioning people from the client's life (20%). It is shown at 35 or above, or when 3 or more messages carry strong cues.`,
    });
  }

  // Rehearsal → enactment, and rehearsals that keep replacing the conversation.
  for (const rehearsal of summary.rehearsals) {
    const kept = rehearsal.intentions.filter((item) => item.status === "kept");
    const notKept = rehearsal.intentions.filter((item) => item.status === "postponed" || item.status === "dropped" || item.status === "overdue");
    const recordIds = rehearsal.intentions.map((item) => item.id);
    const messageIds = rehearsal.intentions.map((item) => item.messageId).filter((id): id is string => id !== null);
    if (kept.length > 0) {
      const doneDates = kept.map((item) => item.outcomeDate ?? item.createdDate).sort();
      add({
        kind: "rehearsal-enactment",
        category: "pattern",
        subject: rehearsal.withWhom,
        statement: `Rehearsed a conversation with ${rehearsal.label} ${plural(rehearsal.rehearsals, "time")}${rehearsal.rehearsalDays.length > 0 ? ` (${dateRange(rehearsal.rehearsalDays)})` : ""} and recorded having it ${dateRange(doneDates)}.`,
        strength: strength(0.5 + 0.25 * kept.length),
        trend: { direction: "new", current: kept.length, previous: null, measure: "intentions kept" },
        evidence: evidence({
          messageIds,
          counts: { rehearsals: rehearsal.rehearsals, kept: kept.length, notKept: notKept.length },
          days: rehearsal.rehearsalDays,
          conversationIds: rehearsal.rehearsalConversationIds,
          recordIds,
        }),
        why: "An intention with this person was recorded as done in this window.",
      });
      continue;
    }
    const postponed = notKept.filter((item) => item.status === "postponed").length;
    const dropped = notKept.filter((item) => item.status === "dropped").length;
    const overdue = notKept.filter((item) => item.status === "overdue").length;
    if ((rehearsal.rehearsals >= 2 && notKept.length >= 2) || rehearsal.rehearsals >= 3) {
      const details = [
        postponed > 0 ? `${postponed} recorded as “not yet”` : "",
        dropped > 0 ? `${dropped} as “changed my mind”` : "",
        overdue > 0 ? `${overdue} past its date with no outcome` : "",
      ].filter((part) => part.length > 0);
      const intentionText =
        rehearsal.intentions.length === 0
          ? "no intention to have it was recorded"
          : `of ${plural(rehearsal.intentions.length, "intention")} to have it, none was recorded as done${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
      add({
        kind: "rehearsal-avoidance",
        category: "attention",
        subject: rehearsal.withWhom,
        statement: `Rehearsed a conversation with ${rehearsal.label} ${plural(rehearsal.rehearsals, "time")} ${dateRange(rehearsal.rehearsalDays)}; ${intentionText}.`,
        strength: strength((rehearsal.rehearsals + notKept.length) / 8),
        trend: { direction: "steady", current: rehearsal.rehearsals, previous: null, measure: "rehearsals" },
        evidence: evidence({
          messageIds,
          counts: { rehearsals: rehearsal.rehearsals, intentions: rehearsal.intentions.length, postponed, dropped, overdue },
          days: rehearsal.rehearsalDays,
          conversationIds: rehearsal.rehearsalConversationIds,
          recordIds,
        }),
        why: "At least 2 rehearsals with the same person and at least 2 intentions not done (or 3 rehearsals and none done) in this window. Rehearsal can prepare a conversation or stand in for it; this is a question, not a conclusion.",
      });
    }
  }

  // Regulation effect.
  const regulation = summary.regulation;
  if (regulation.rated >= 2 && regulation.meanBefore !== null && regulation.meanAfter !== null && regulation.meanChange !== null) {
    const previous = summary.previousRegulation.rated >= 1 ? summary.previousRegulation.meanChange : null;
    const trend: SignalTrend = { direction: direction(regulation.sessions, hadPrevious ? summary.previousRegulation.sessions : null), current: regulation.sessions, previous: hadPrevious ? summary.previousRegulation.sessions : null, measure: "regulation exercises" };
    const improved = Math.round((regulation.improvedShare ?? 0) * regulation.rated);
    add({
      kind: "regulation-effect",
      category: "pattern",
      subject: null,
      statement: `Did ${plural(regulation.sessions, "regulation exercise")}; rated distress went from ${regulation.meanBefore} to ${regulation.meanAfter} out of 10 on average (${regulation.meanChange > 0 ? "+" : ""}${regulation.meanChange}), lower afterwards in ${improved} of ${regulation.rated}${previous === null ? "" : `; the previous window's average change was ${previous}`}.`,
      strength: strength(Math.abs(regulation.meanChange) / 4),
      trend,
      evidence: evidence({
        counts: { sessions: regulation.sessions, rated: regulation.rated, night: regulation.night },
        recordIds: regulation.sessionIds,
      }),
      why: "The client rated distress from 0 to 10 before and after at least 2 exercises in this window.",
    });
  }

  // Questionnaires.
  for (const trend of summary.questionnaires) {
    const latest = trend.latest;
    if (latest === null) continue;
    const reference = trend.sinceReference;
    const baseline = trend.sinceBaseline;
    const chosen =
      reference !== null && (reference.reliable === "improved" || reference.reliable === "worsened")
        ? { change: reference, against: "the previous score" }
        : baseline !== null && (baseline.reliable === "improved" || baseline.reliable === "worsened")
          ? { change: baseline, against: "the first score on record" }
          : null;
    if (chosen !== null) {
      const { change } = chosen;
      const word = change.reliable === "improved" ? "down" : "up";
      add({
        kind: "questionnaire",
        category: change.reliable === "worsened" ? "attention" : "pattern",
        subject: trend.instrument,
        statement: `${trend.label} went from ${change.from.score} (${change.from.band}) on ${shortDate(change.from.date)} to ${change.to.score} (${change.to.band}) on ${shortDate(change.to.date)}: ${word} ${Math.abs(change.change)} points against ${chosen.against}, beyond the ${trend.threshold}-point reliable-change threshold.`,
        strength: strength(Math.abs(change.change) / (trend.threshold * 2)),
        trend: { direction: change.change < 0 ? "down" : "up", current: change.to.score, previous: change.from.score, measure: `${trend.label} score` },
        evidence: evidence({
          counts: { from: change.from.score, to: change.to.score, change: change.change, threshold: trend.threshold, scores: trend.points.length },
          days: trend.points.map((point) => point.date),
          recordIds: trend.points.map((point) => point.id),
        }),
        why: `A change of ${trend.threshold} points or more on the ${trend.label} is larger than its measurement error (reliable change). Severity bands are the questionnaire's own labels for a score, not a diagnosis.`,
      });
    }
    const item9 = trend.inWindow.filter((point) => point.item9 !== null && point.item9 > 0);
    if (trend.instrument === "phq9" && item9.length > 0) {
      add({
        kind: "questionnaire-item-9",
        category: "attention",
        subject: "phq9",
        statement: `Answered above 0 on PHQ-9 item 9 (thoughts of being better off dead or of self-harm) ${dateRange(item9.map((point) => point.date))}${item9.length > 1 ? ` (${item9.length} times)` : ""}.`,
        strength: strength(Math.max(...item9.map((point) => point.item9 ?? 0)) / 3),
        trend: { direction: "new", current: item9.length, previous: null, measure: "PHQ-9 item 9 answers above 0" },
        evidence: evidence({ counts: { answers: item9.length }, days: item9.map((point) => point.date), recordIds: item9.map((point) => point.id) }),
        why: "Any answer above 0 to PHQ-9 item 9 calls for a direct conversation about safety, whatever the total score.",
      });
    }
  }

  // Practices.
  for (const practice of summary.practices) {
    if (practice.done + practice.notDone === 0) continue;
    add({
      kind: "practice",
      category: "pattern",
      subject: practice.id,
      statement: `Practice “${practice.title}”: marked done ${plural(practice.done, "time")} and not done ${plural(practice.notDone, "time")}${practice.expected === null ? "" : ` (planned: ${practice.expected})`}.`,
      strength: strength(practice.done / Math.max(1, practice.expected ?? practice.done + practice.notDone)),
      trend: { direction: "steady", current: practice.done, previous: null, measure: "times done" },
      evidence: evidence({ messageIds: practice.messageIds, counts: { done: practice.done, notDone: practice.notDone }, recordIds: [practice.id] }),
      why: "The client debriefed this practice in this window.",
    });
  }

  // Safety events.
  const safety = summary.safety;
  if (safety.total > 0) {
    const tiers = (["imminent", "urgent", "concern"] as const).filter((tier) => (safety.byTier[tier] ?? 0) > 0).map((tier) => `${safety.byTier[tier] ?? 0} ${tier}`);
    const previousCount = hadPrevious || summary.previousSafety.total > 0 ? summary.previousSafety.total : null;
    const trend: SignalTrend = { direction: direction(safety.total, previousCount), current: safety.total, previous: previousCount, measure: "safety events" };
    add({
      kind: "safety-events",
      category: "attention",
      subject: null,
      statement: `The risk screen responded ${plural(safety.total, "time")} (${tiers.join(", ")}) ${dateRange(safety.days)}${safety.unacknowledged > 0 ? `; ${safety.unacknowledged} not yet acknowledged` : ""}.`,
      strength: strength((safety.byTier.imminent ?? 0) > 0 ? 1 : (safety.byTier.urgent ?? 0) > 0 ? 0.7 : 0.4),
      trend,
      evidence: evidence({ messageIds: safety.messageIds, counts: { total: safety.total, unacknowledged: safety.unacknowledged, ...safety.byTier }, days: safety.days, recordIds: safety.eventIds }),
      why: "The deterministic risk screen recorded a safety event in this window.",
    });
  }

  const order: Readonly<Record<SignalCategory, number>> = { attention: 0, pattern: 1 };
  return signals.sort((a, b) => order[a.category] - order[b.category] || signalKinds.indexOf(a.kind) - signalKinds.indexOf(b.kind) || b.strength.score - a.strength.score || (a.id < b.id ? -1 : 1));
}

function computeDependencyIndexFromPrevious(summary: WindowSummary): number {
  return computeDependencyIndex({ current: summary.previousBucket, currentDays: summary.previousDays.days, previous: null, previousDays: null }).index;
}

function describeLoop(loop: Loop, people: readonly PersonSummary[]): string {
  const themes = loop.themes.filter((theme) => theme.count * 2 >= loop.count).map((theme) => themeLabels[theme.theme]);
  const who = loop.people
    .filter((person) => person.count * 2 >= loop.count)
    .map((person) => people.find((candidate) => candidate.key === person.key)?.label ?? null)
    .filter((label): label is string => label !== null);
  const parts: string[] = [];
  if (themes.length > 0) parts.push(`with words of ${themes.slice(0, 3).join(", ")}`);
  if (who.length > 0) parts.push(`mentioning ${who.slice(0, 2).join(" and ")}`);
  return parts.length === 0 ? "" : `, ${parts.join(", ")}`;
}

/** The signals a therapist sees for a window: see ComputeSignalsInput. */
export function computeSignals(input: ComputeSignalsInput): Signal[] {
  return signalsFromSummary(summariseWindow(input));
}
