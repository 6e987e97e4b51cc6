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
import { localTime, toMillis, type Instant } from "./time.ts";

/** Evidence lists keep this many of the most recent messages. */
export const evidenceCap = 12;
/** Worry fingerprints kept per bucket (the most recent). */
export const worryCap = 48;

export interface Evidence {
  messageId: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface ThemeTally {
  messages: number;
  /** The client's words for the theme, with counts (bounded by the lexicon). */
  words: Record<string, number>;
  recent: Evidence[];
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
  recent: Evidence[];
}

export interface CueTally {
  messages: number;
  days: string[];
  recent: Evidence[];
}

export interface ReassuranceTally {
  messages: number;
  kinds: Partial<Record<ReassuranceKind, number>>;
  days: string[];
  recent: Evidence[];
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
  emotions: Record<string, number>;
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

function byRecency(a: Evidence, b: Evidence): number {
  if (a.at !== b.at) return b.at - a.at;
  return a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0;
}

function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[], cap = evidenceCap): Evidence[] {
  const seen = new Set<string>();
  const all: Evidence[] = [];
  for (const item of [...a, ...b]) {
    if (seen.has(item.messageId)) continue;
    seen.add(item.messageId);
    all.push(item);
  }
  return all.sort(byRecency).slice(0, cap);
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function addCounts(a: Readonly<Record<string, number | undefined>>, b: Readonly<Record<string, number | undefined>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return sortedKeys(out);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
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

function mergeKeyed<T>(
  a: Readonly<Record<string, T | undefined>>,
  b: Readonly<Record<string, T | undefined>>,
  merge: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    const value = x === undefined ? y : y === undefined ? x : merge(x, y);
    if (value !== undefined) out[key] = value;
  }
  return sortedKeys(out);
}

function byWorryRecency(a: WorryEntry, b: WorryEntry): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.messageId !== b.messageId) return a.messageId < b.messageId ? -1 : 1;
  return a.sketch.join(",") < b.sketch.join(",") ? -1 : a.sketch.join(",") > b.sketch.join(",") ? 1 : 0;
}

function mergeWorries(a: readonly WorryEntry[], b: readonly WorryEntry[]): WorryEntry[] {
  const seen = new Set<string>();
  const out: WorryEntry[] = [];
  for (const entry of [...a, ...b].sort(byWorryRecency)) {
    const id = `${entry.messageId}|${entry.sketch.join(",")}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
    if (out.length >= worryCap) break;
  }
  return out;
}

export function mergeBuckets(a: Bucket, b: Bucket): Bucket {
  return {
    v: 1,
    conversationIds: union(a.conversationIds, b.conversationIds),
    weeks: union(a.weeks, b.weeks),
    messages: a.messages + b.messages,
    words: a.words + b.words,
    firstAt: minNullable(a.firstAt, b.firstAt),
    lastAt: maxNullable(a.lastAt, b.lastAt),
    days: addCounts(a.days, b.days),
    hours: addCounts(a.hours, b.hours),
    night: a.night + b.night,
    nightDays: addCounts(a.nightDays, b.nightDays),
    modes: addCounts(a.modes, b.modes),
    themes: mergeKeyed<ThemeTally>(a.themes, b.themes, (x, y) => ({
      messages: x.messages + y.messages,
      words: addCounts(x.words, y.words),
      recent: mergeEvidence(x.recent, y.recent),
    })),
    people: mergeKeyed<PersonTally>(a.people, b.people, (x, y) => ({
      label: pickLabel(x.label, y.label),
      messages: x.messages + y.messages,
      feelings: addCounts(x.feelings, y.feelings),
      days: union(x.days, y.days),
      recent: mergeEvidence(x.recent, y.recent),
    })),
    peopleMessages: a.peopleMessages + b.peopleMessages,
    cues: mergeKeyed<CueTally>(a.cues, b.cues, (x, y) => ({
      messages: x.messages + y.messages,
      days: union(x.days, y.days),
      recent: mergeEvidence(x.recent, y.recent),
    })),
    reassurance: {
      messages: a.reassurance.messages + b.reassurance.messages,
      kinds: addCounts(a.reassurance.kinds, b.reassurance.kinds),
      days: union(a.reassurance.days, b.reassurance.days),
      recent: mergeEvidence(a.reassurance.recent, b.reassurance.recent),
    },
    worries: mergeWorries(a.worries, b.worries),
    emotions: addCounts(a.emotions, b.emotions),
  };
}

/** A bucket holding one message. */
export function bucketOf(entry: BucketEntry): Bucket {
  const { features, messageId, conversationId } = entry;
  const at = toMillis(entry.at);
  const evidence: Evidence[] = [{ messageId, at }];
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
  const emotions: Record<string, number> = {};
  for (const label of features.emotions) emotions[label] = 1;
  bucket.emotions = sortedKeys(emotions);
  return bucket;
}

/** Adds one message (once: adding the same message twice counts it twice). Returns a new bucket. */
export function addToBucket(bucket: Bucket, entry: BucketEntry): Bucket {
  return mergeBuckets(bucket, bucketOf(entry));
}

/** Merges any number of buckets (an empty list gives an empty bucket). */
export function mergeAll(buckets: readonly Bucket[]): Bucket {
  let merged = emptyBucket();
  for (const bucket of buckets) merged = mergeBuckets(merged, bucket);
  return merged;
}
