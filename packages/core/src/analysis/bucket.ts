// Buckets: the mergeable, JSON-serialisable tally of one conversation's client messages in one ISO
// week (or any set of messages). The server adds each message's features once, on arrival, and
// stores one bucket per (conversation, week). Signals are computed from the buckets the therapist
// may see: a private conversation's buckets are simply left out, and nothing of it remains.
//
// mergeBuckets is associative and commutative (counts add; evidence lists keep the most recent N
// by time, then message id; labels take the latest), and addToBucket(b, m) equals
// mergeBuckets(b, bucketOf(m)).
import type { ConversationMode } from "../domain.ts";
import type { FeelingTheme, LifeArea, Relation, ThemeId } from "../text/index.ts";
import type { DependencyCue } from "./dependency-cues.ts";
import type { MessageFeatures } from "./message.ts";
import type { ReassuranceKind } from "./reassurance.ts";
import { localTime, toMillis, type Instant } from "../time/index.ts";

/** EvidenceRef lists keep this many of the most recent messages. */
export const evidenceCap = 12;
/** Worry fingerprints kept per bucket (the most recent). */
export const worryCap = 48;
/** Evidence kept per emotion label: fewer than for themes, as up to 27 labels can be present. */
export const emotionEvidenceCap = 6;

export interface EvidenceRef {
  messageId: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface ThemeTally {
  messages: number;
  /** The client's words for the theme, with counts (bounded by the lexicon). */
  words: Record<string, number>;
  recent: EvidenceRef[];
}

export interface PersonLabel {
  name: string | null;
  relation: Relation | null;
  owner: string | null;
  area: LifeArea | null;
  plural: boolean;
  /** When this label was written (the latest informative one wins). */
  at: number;
}

export interface PersonTally {
  label: PersonLabel;
  messages: number;
  /** Feeling themes near the mentions, with counts. */
  feelings: Partial<Record<FeelingTheme, number>>;
  days: string[];
  recent: EvidenceRef[];
}

export interface CueTally {
  messages: number;
  days: string[];
  recent: EvidenceRef[];
}

export interface ReassuranceTally {
  messages: number;
  kinds: Partial<Record<ReassuranceKind, number>>;
  days: string[];
  recent: EvidenceRef[];
}

/** One GoEmotions label: messages the emotion model gave it, and the most recent of them. */
export interface EmotionTally {
  messages: number;
  recent: EvidenceRef[];
}

export interface WorryEntry {
  messageId: string;
  conversationId: string;
  at: number;
  date: string;
  sketch: number[];
  themes: ThemeId[];
  people: string[];
}

export interface Bucket {
  v: 1;
  conversationIds: string[];
  weeks: string[];
  messages: number;
  words: number;
  firstAt: number | null;
  lastAt: number | null;
  /** Local date → client messages. */
  days: Record<string, number>;
  /** "weekday-hour" (weekday 0 = Monday) → client messages. */
  hours: Record<string, number>;
  night: number;
  /** Local date → client messages between 00:00 and 05:00. */
  nightDays: Record<string, number>;
  modes: Partial<Record<ConversationMode, number>>;
  themes: Partial<Record<ThemeId, ThemeTally>>;
  people: Record<string, PersonTally>;
  /** Messages that mention at least one person (not counting someone else's relations). */
  peopleMessages: number;
  cues: Partial<Record<DependencyCue, CueTally>>;
  reassurance: ReassuranceTally;
  worries: WorryEntry[];
  /** GoEmotions label → tally (the label set is bounded; no text). */
  emotions: Record<string, EmotionTally>;
}

export function emptyBucket(): Bucket {
  return {
    v: 1,
    conversationIds: [],
    weeks: [],
    messages: 0,
    words: 0,
    firstAt: null,
    lastAt: null,
    days: {},
    hours: {},
    night: 0,
    nightDays: {},
    modes: {},
    themes: {},
    people: {},
    peopleMessages: 0,
    cues: {},
    reassurance: { messages: 0, kinds: {}, days: [], recent: [] },
    worries: [],
    emotions: {},
  };
}

export interface BucketKey {
  conversationId: string;
  week: string;
}

export interface BucketKeyInput {
  conversationId: string;
  at: Instant;
  timeZone: string;
}

/** The (conversation, ISO week in the client's zone) a message's bucket is stored under. */
export function bucketKey(input: BucketKeyInput): BucketKey {
  return { conversationId: input.conversationId, week: localTime(toMillis(input.at), input.timeZone).week };
}

export interface BucketEntry {
  messageId: string;
  conversationId: string;
  at: Instant;
  features: MessageFeatures;
}

// ——— merging helpers: all associative and commutative ———

function byRecency(a: EvidenceRef, b: EvidenceRef): number {
  if (a.at !== b.at) return b.at - a.at;
  return a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0;
}

function mergeEvidence(a: readonly EvidenceRef[], b: readonly EvidenceRef[], cap = evidenceCap): EvidenceRef[] {
  // Keep the `cap` most recent, without sorting everything: most items are older than the worst kept.
  const kept: EvidenceRef[] = [];
  const consider = (item: EvidenceRef): void => {
    if (kept.length >= cap) {
      const worst = kept[kept.length - 1];
      if (worst !== undefined && byRecency(item, worst) >= 0) return;
    }
    if (kept.some((existing) => existing.messageId === item.messageId)) return;
    let i = kept.length;
    while (i > 0) {
      const previous = kept[i - 1];
      if (previous === undefined || byRecency(previous, item) <= 0) break;
      i--;
    }
    kept.splice(i, 0, item);
    if (kept.length > cap) kept.pop();
  };
  for (const item of a) consider(item);
  for (const item of b) consider(item);
  return kept;
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}



function minNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function maxNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function informative(label: PersonLabel): number {
  return (label.relation === null ? 0 : 2) + (label.name === null ? 0 : 1);
}

/** The most informative label, then the latest, then a fixed tie-break: a total order, so merging is associative. */
function pickLabel(a: PersonLabel, b: PersonLabel): PersonLabel {
  const ia = informative(a);
  const ib = informative(b);
  if (ia !== ib) return ia > ib ? a : b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}


function byWorryRecency(a: WorryEntry, b: WorryEntry): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.messageId !== b.messageId) return a.messageId < b.messageId ? -1 : 1;
  return a.sketch.join(",") < b.sketch.join(",") ? -1 : a.sketch.join(",") > b.sketch.join(",") ? 1 : 0;
}

function mergeWorries(a: readonly WorryEntry[], b: readonly WorryEntry[], cap = worryCap): WorryEntry[] {
  const seen = new Set<string>();
  const out: WorryEntry[] = [];
  for (const entry of [...a, ...b].sort(byWorryRecency)) {
    const id = `${entry.messageId}|${entry.sketch.join(",")}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
    if (out.length >= cap) break;
  }
  return out;
}

export interface MergeOptions {
  /** Worry fingerprints kept (default worryCap). Raise it to cluster loops over a long window. */
  worryCap?: number;
}

/** Buckets stored before emotions carried evidence held a bare count per label: read those as counts. */
function emotionTally(value: EmotionTally | number | undefined): EmotionTally | null {
  if (value === undefined) return null;
  if (typeof value === "number") return { messages: value, recent: [] };
  return value;
}

function addInto(target: Record<string, number>, source: Readonly<Record<string, number | undefined>>): void {
  for (const key in source) target[key] = (target[key] ?? 0) + (source[key] ?? 0);
}

interface PersonAccumulator {
  label: PersonLabel;
  messages: number;
  feelings: Record<string, number>;
  days: Set<string>;
  recent: EvidenceRef[];
}

/**
 * Merges any number of buckets in one pass (an empty list gives an empty bucket). The result is the
 * same as folding mergeBuckets over them, in any order.
 */
export function mergeAll(buckets: readonly Bucket[], options: MergeOptions = {}): Bucket {
  const conversationIds = new Set<string>();
  const weeks = new Set<string>();
  let messages = 0;
  let words = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  const days: Record<string, number> = {};
  const hours: Record<string, number> = {};
  let night = 0;
  const nightDays: Record<string, number> = {};
  const modes: Record<string, number> = {};
  const themes = new Map<string, { messages: number; words: Record<string, number>; recent: EvidenceRef[] }>();
  const people = new Map<string, PersonAccumulator>();
  let peopleMessages = 0;
  const cues = new Map<string, { messages: number; days: Set<string>; recent: EvidenceRef[] }>();
  const reassurance = { messages: 0, kinds: {} as Record<string, number>, days: new Set<string>(), recent: [] as EvidenceRef[] };
  const worries: WorryEntry[] = [];
  const emotions = new Map<string, { messages: number; recent: EvidenceRef[] }>();

  for (const bucket of buckets) {
    for (const id of bucket.conversationIds) conversationIds.add(id);
    for (const week of bucket.weeks) weeks.add(week);
    messages += bucket.messages;
    words += bucket.words;
    firstAt = minNullable(firstAt, bucket.firstAt);
    lastAt = maxNullable(lastAt, bucket.lastAt);
    addInto(days, bucket.days);
    addInto(hours, bucket.hours);
    night += bucket.night;
    addInto(nightDays, bucket.nightDays);
    addInto(modes, bucket.modes);
    for (const key in bucket.themes) {
      const tally = bucket.themes[key as ThemeId];
      if (tally === undefined) continue;
      const into = themes.get(key) ?? { messages: 0, words: {}, recent: [] };
      into.messages += tally.messages;
      addInto(into.words, tally.words);
      into.recent.push(...tally.recent);
      themes.set(key, into);
    }
    for (const key in bucket.people) {
      const tally = bucket.people[key];
      if (tally === undefined) continue;
      const into = people.get(key);
      if (into === undefined) {
        const feelings: Record<string, number> = {};
        addInto(feelings, tally.feelings);
        people.set(key, { label: tally.label, messages: tally.messages, feelings, days: new Set(tally.days), recent: [...tally.recent] });
      } else {
        into.label = pickLabel(into.label, tally.label);
        into.messages += tally.messages;
        addInto(into.feelings, tally.feelings);
        for (const day of tally.days) into.days.add(day);
        into.recent.push(...tally.recent);
      }
    }
    peopleMessages += bucket.peopleMessages;
    for (const key in bucket.cues) {
      const tally = bucket.cues[key as DependencyCue];
      if (tally === undefined) continue;
      const into = cues.get(key) ?? { messages: 0, days: new Set<string>(), recent: [] };
      into.messages += tally.messages;
      for (const day of tally.days) into.days.add(day);
      into.recent.push(...tally.recent);
      cues.set(key, into);
    }
    reassurance.messages += bucket.reassurance.messages;
    addInto(reassurance.kinds, bucket.reassurance.kinds);
    for (const day of bucket.reassurance.days) reassurance.days.add(day);
    reassurance.recent.push(...bucket.reassurance.recent);
    worries.push(...bucket.worries);
    for (const key in bucket.emotions) {
      const tally = emotionTally(bucket.emotions[key]);
      if (tally === null) continue;
      const into = emotions.get(key) ?? { messages: 0, recent: [] };
      into.messages += tally.messages;
      into.recent.push(...tally.recent);
      emotions.set(key, into);
    }
  }

  const finishEvidence = (items: readonly EvidenceRef[]): EvidenceRef[] => mergeEvidence(items, []);
  const themesOut: Record<string, ThemeTally> = {};
  for (const [key, tally] of themes) themesOut[key] = { messages: tally.messages, words: sortedKeys(tally.words), recent: finishEvidence(tally.recent) };
  const peopleOut: Record<string, PersonTally> = {};
  for (const [key, tally] of people) {
    peopleOut[key] = { label: tally.label, messages: tally.messages, feelings: sortedKeys(tally.feelings), days: [...tally.days].sort(), recent: finishEvidence(tally.recent) };
  }
  const cuesOut: Record<string, CueTally> = {};
  for (const [key, tally] of cues) cuesOut[key] = { messages: tally.messages, days: [...tally.days].sort(), recent: finishEvidence(tally.recent) };
  const emotionsOut: Record<string, EmotionTally> = {};
  for (const [key, tally] of emotions) emotionsOut[key] = { messages: tally.messages, recent: mergeEvidence(tally.recent, [], emotionEvidenceCap) };
  return {
    v: 1,
    conversationIds: [...conversationIds].sort(),
    weeks: [...weeks].sort(),
    messages,
    words,
    firstAt,
    lastAt,
    days: sortedKeys(days),
    hours: sortedKeys(hours),
    night,
    nightDays: sortedKeys(nightDays),
    modes: sortedKeys(modes),
    themes: sortedKeys(themesOut),
    people: sortedKeys(peopleOut),
    peopleMessages,
    cues: sortedKeys(cuesOut),
    reassurance: { messages: reassurance.messages, kinds: sortedKeys(reassurance.kinds), days: [...reassurance.days].sort(), recent: finishEvidence(reassurance.recent) },
    worries: mergeWorries(worries, [], options.worryCap ?? worryCap),
    emotions: sortedKeys(emotionsOut),
  };
}

export function mergeBuckets(a: Bucket, b: Bucket): Bucket {
  return mergeAll([a, b]);
}

/** A bucket holding one message. */
export function bucketOf(entry: BucketEntry): Bucket {
  const { features, messageId, conversationId } = entry;
  const at = toMillis(entry.at);
  const evidence: EvidenceRef[] = [{ messageId, at }];
  const bucket = emptyBucket();
  bucket.conversationIds = [conversationId];
  bucket.weeks = [features.week];
  bucket.messages = 1;
  bucket.words = features.words;
  bucket.firstAt = at;
  bucket.lastAt = at;
  bucket.days = { [features.date]: 1 };
  bucket.hours = { [`${features.weekday}-${features.hour}`]: 1 };
  if (features.night) {
    bucket.night = 1;
    bucket.nightDays = { [features.date]: 1 };
  }
  if (features.mode !== null) bucket.modes = { [features.mode]: 1 };
  const themes: Partial<Record<ThemeId, ThemeTally>> = {};
  for (const hit of features.themes) {
    const words: Record<string, number> = {};
    for (const word of hit.words) words[word] = 1;
    themes[hit.theme] = { messages: 1, words: sortedKeys(words), recent: evidence };
  }
  bucket.themes = sortedKeys(themes);
  const people: Record<string, PersonTally> = {};
  let mentionsSomeone = false;
  for (const person of features.people) {
    if (person.owner === null || person.owner === "self") mentionsSomeone = true;
    const feelings: Partial<Record<FeelingTheme, number>> = {};
    for (const feeling of person.feelings) feelings[feeling] = 1;
    people[person.key] = {
      label: { name: person.name, relation: person.relation, owner: person.owner, area: person.area, plural: person.plural, at },
      messages: 1,
      feelings,
      days: [features.date],
      recent: evidence,
    };
  }
  bucket.people = sortedKeys(people);
  bucket.peopleMessages = mentionsSomeone ? 1 : 0;
  const cues: Partial<Record<DependencyCue, CueTally>> = {};
  for (const cue of features.cues) cues[cue] = { messages: 1, days: [features.date], recent: evidence };
  bucket.cues = sortedKeys(cues);
  if (features.reassurance.length > 0) {
    const kinds: Partial<Record<ReassuranceKind, number>> = {};
    for (const kind of features.reassurance) kinds[kind] = 1;
    bucket.reassurance = { messages: 1, kinds: sortedKeys(kinds), days: [features.date], recent: evidence };
  }
  const themeIds = features.themes.map((hit) => hit.theme);
  const personKeys = features.people.map((person) => person.key).sort();
  bucket.worries = mergeWorries(
    [],
    features.worries.map((sketch) => ({ messageId, conversationId, at, date: features.date, sketch, themes: themeIds, people: personKeys })),
  );
  const emotions: Record<string, EmotionTally> = {};
  for (const label of features.emotions) emotions[label] = { messages: 1, recent: evidence };
  bucket.emotions = sortedKeys(emotions);
  return bucket;
}

/** Adds one message (once: adding the same message twice counts it twice). Returns a new bucket. */
export function addToBucket(bucket: Bucket, entry: BucketEntry): Bucket {
  return mergeBuckets(bucket, bucketOf(entry));
}
