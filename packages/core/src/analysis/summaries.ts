// Lower-level summaries over buckets and records: what the dashboard charts and what the signals
// are built from.
import type { RiskTier } from "../domain.ts";
import { feelingThemes, themeIds, themeLabels, type FeelingTheme, type LifeArea, type Relation, type ThemeId } from "../text/index.ts";
import type { Bucket, EvidenceRef, WorryEntry } from "./bucket.ts";
import { dependencyCues, strongDependencyCues, type DependencyCue } from "./dependency-cues.ts";
import { reassuranceKinds, type ReassuranceKind } from "./reassurance.ts";
import type { EnactmentOutcome, AnalysisIntention, AnalysisPractice, AnalysisRegulationSession, AnalysisSafetyEvent } from "./records.ts";
import { daysInclusive, localDateOf, localTime, toIso, toMillis } from "../time/index.ts";
import { isNearRepeat } from "./worry.ts";

export interface AnalysisWindow {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

export interface WindowDays {
  fromDate: string;
  toDate: string;
  days: number;
}

export function windowDays(window: AnalysisWindow, timeZone: string): WindowDays {
  const fromDate = localDateOf(window.from, timeZone);
  const toDate = localDateOf(Math.max(window.from, window.to - 1), timeZone);
  return { fromDate, toDate, days: daysInclusive(fromDate, toDate) };
}

/**
 * The buckets that belong to a window: those with most of their messages on days inside it (a
 * weekly bucket cut by a session date goes wholly to the side holding more of it). For exact cuts,
 * store buckets per (conversation, day) instead; nothing else changes.
 */
export function bucketsInWindow(buckets: readonly Bucket[], days: WindowDays): Bucket[] {
  // Local dates compare as strings ("2025-03-04" < "2025-03-10").
  const { fromDate, toDate } = days;
  return buckets.filter((bucket) => {
    let inside = 0;
    let outside = 0;
    for (const date in bucket.days) {
      const count = bucket.days[date] ?? 0;
      if (date >= fromDate && date <= toDate) inside += count;
      else outside += count;
    }
    return inside > 0 && inside >= outside;
  });
}

/**
 * The merged bucket with its per-day counts (messages, night messages) clipped to the window's
 * days: message and night totals are then exact even when weekly buckets straddle the window.
 * Other tallies stay at bucket granularity.
 */
export function clipToDays(bucket: Bucket, days: WindowDays): Bucket {
  const { fromDate, toDate } = days;
  const keep = (record: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const date in record) if (date >= fromDate && date <= toDate) out[date] = record[date] ?? 0;
    return out;
  };
  const clippedDays = keep(bucket.days);
  const clippedNights = keep(bucket.nightDays);
  const sum = (record: Record<string, number>): number => Object.values(record).reduce((total, count) => total + count, 0);
  return { ...bucket, days: clippedDays, nightDays: clippedNights, messages: sum(clippedDays), night: sum(clippedNights) };
}

export function evidenceIds(evidence: readonly EvidenceRef[]): string[] {
  return evidence.map((item) => item.messageId);
}

// ——— themes ———

export interface ThemeCount {
  theme: ThemeId;
  label: string;
  messages: number;
  /** Share of the client's messages. */
  share: number;
  /** The client's words, most used first. */
  words: { word: string; count: number }[];
  recent: EvidenceRef[];
}

export function themeCounts(bucket: Bucket): ThemeCount[] {
  const out: ThemeCount[] = [];
  for (const theme of themeIds) {
    const tally = bucket.themes[theme];
    if (tally === undefined || tally.messages === 0) continue;
    out.push({
      theme,
      label: themeLabels[theme],
      messages: tally.messages,
      share: bucket.messages === 0 ? 0 : tally.messages / bucket.messages,
      words: Object.entries(tally.words)
        .map(([word, count]) => ({ word, count }))
        .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)),
      recent: tally.recent,
    });
  }
  return out.sort((a, b) => b.messages - a.messages || (a.theme < b.theme ? -1 : 1));
}

export interface EmotionCount {
  /** A GoEmotions label ("sadness"). */
  label: string;
  messages: number;
  share: number;
  recent: EvidenceRef[];
}

/** GoEmotions labels the emotion model gave the client's messages, most frequent first. */
export function emotionCounts(bucket: Bucket): EmotionCount[] {
  const out: EmotionCount[] = [];
  for (const [label, tally] of Object.entries(bucket.emotions)) {
    if (tally.messages === 0) continue;
    out.push({ label, messages: tally.messages, share: bucket.messages === 0 ? 0 : tally.messages / bucket.messages, recent: tally.recent });
  }
  return out.sort((a, b) => b.messages - a.messages || (a.label < b.label ? -1 : 1));
}

export interface ThemeWeek {
  week: string;
  messages: number;
  themes: ThemeCount[];
}

/** Themes per ISO week (a bucket spanning several weeks counts in its last). */
export function summariseThemesByWeek(buckets: readonly Bucket[]): ThemeWeek[] {
  const byWeek = new Map<string, { messages: number; themes: Map<ThemeId, { messages: number; words: Map<string, number>; recent: EvidenceRef[] }> }>();
  for (const bucket of buckets) {
    const week = bucket.weeks[bucket.weeks.length - 1];
    if (week === undefined) continue;
    let entry = byWeek.get(week);
    if (entry === undefined) {
      entry = { messages: 0, themes: new Map() };
      byWeek.set(week, entry);
    }
    entry.messages += bucket.messages;
    for (const theme of themeIds) {
      const tally = bucket.themes[theme];
      if (tally === undefined) continue;
      let into = entry.themes.get(theme);
      if (into === undefined) {
        into = { messages: 0, words: new Map(), recent: [] };
        entry.themes.set(theme, into);
      }
      into.messages += tally.messages;
      for (const word in tally.words) into.words.set(word, (into.words.get(word) ?? 0) + (tally.words[word] ?? 0));
      into.recent.push(...tally.recent);
    }
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, entry]) => ({
      week,
      messages: entry.messages,
      themes: [...entry.themes.entries()]
        .map(([theme, tally]) => ({
          theme,
          label: themeLabels[theme],
          messages: tally.messages,
          share: entry.messages === 0 ? 0 : tally.messages / entry.messages,
          words: [...tally.words.entries()].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)),
          recent: tally.recent.sort((a, b) => b.at - a.at || (a.messageId < b.messageId ? -1 : 1)).slice(0, 12),
        }))
        .sort((a, b) => b.messages - a.messages || (a.theme < b.theme ? -1 : 1)),
    }));
}

// ——— rhythm ———

export interface Rhythm {
  /** matrix[weekday][hour]: client messages; weekday 0 = Monday. */
  matrix: number[][];
  messages: number;
  night: number;
  /** Share of messages between 00:00 and 05:00 local. */
  nightShare: number;
  /** Days with at least one night message. */
  nightDays: string[];
  activeDays: number;
  /** The busiest hour of the day (0–23), or null. */
  peakHour: number | null;
}

export function summariseRhythm(bucket: Bucket): Rhythm {
  const matrix = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const [key, count] of Object.entries(bucket.hours)) {
    const [weekday, hour] = key.split("-").map(Number);
    const row = matrix[weekday ?? 0];
    if (row === undefined || hour === undefined) continue;
    row[hour] = (row[hour] ?? 0) + count;
    byHour[hour] = (byHour[hour] ?? 0) + count;
  }
  let peakHour: number | null = null;
  let peak = 0;
  byHour.forEach((count, hour) => {
    if (count > peak) {
      peak = count;
      peakHour = hour;
    }
  });
  return {
    matrix,
    messages: bucket.messages,
    night: bucket.night,
    nightShare: bucket.messages === 0 ? 0 : bucket.night / bucket.messages,
    nightDays: Object.keys(bucket.nightDays).sort(),
    activeDays: Object.keys(bucket.days).length,
    peakHour,
  };
}

// ——— people ———

export interface PersonSummary {
  key: string;
  /** How to refer to them: "Ana (sister)", "their mother", "her sister". */
  label: string;
  name: string | null;
  relation: Relation | null;
  owner: string | null;
  area: LifeArea | null;
  messages: number;
  days: string[];
  feelings: { theme: FeelingTheme; count: number }[];
  recent: EvidenceRef[];
}

export function personLabel(person: { name: string | null; relation: Relation | null; owner: string | null }): string {
  if (person.name !== null) return person.relation === null ? person.name : `${person.name} (${person.relation})`;
  if (person.relation === null) return "someone";
  if (person.owner === null || person.owner === "self") return `their ${person.relation}`;
  if (person.owner === "her" || person.owner === "his" || person.owner === "their") return `${person.owner} ${person.relation}`;
  return `${person.owner}'s ${person.relation}`;
}

/**
 * People by number of messages. An unnamed own relation ("rel:sister") is folded into the one named
 * person with that relation ("name:ana"), when there is exactly one — from these buckets alone.
 */
export function summarisePeople(bucket: Bucket): PersonSummary[] {
  const entries = Object.entries(bucket.people);
  const namedByRelation = new Map<Relation, string[]>();
  for (const [key, tally] of entries) {
    const { name, relation, owner } = tally.label;
    if (name !== null && relation !== null && (owner === "self" || owner === null)) {
      namedByRelation.set(relation, [...(namedByRelation.get(relation) ?? []), key]);
    }
  }
  const people = new Map<string, PersonSummary>();
  const add = (key: string, tally: Bucket["people"][string], labelFrom: Bucket["people"][string]): void => {
    const existing = people.get(key);
    const feelings = new Map<FeelingTheme, number>(existing?.feelings.map((item) => [item.theme, item.count]) ?? []);
    for (const theme of feelingThemes) {
      const count = tally.feelings[theme];
      if (count !== undefined) feelings.set(theme, (feelings.get(theme) ?? 0) + count);
    }
    const { name, relation, owner, area } = labelFrom.label;
    people.set(key, {
      key,
      label: personLabel({ name, relation, owner }),
      name,
      relation,
      owner,
      area,
      messages: (existing?.messages ?? 0) + tally.messages,
      days: [...new Set([...(existing?.days ?? []), ...tally.days])].sort(),
      feelings: [...feelings.entries()].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : 1)),
      recent: [...(existing?.recent ?? []), ...tally.recent].sort((a, b) => b.at - a.at || (a.messageId < b.messageId ? -1 : 1)).slice(0, 12),
    });
  };
  for (const [key, tally] of entries) {
    const { name, relation, owner, plural } = tally.label;
    if (name === null && relation !== null && owner === "self" && !plural) {
      const named = namedByRelation.get(relation);
      const target = named?.length === 1 ? named[0] : undefined;
      const targetTally = target === undefined ? undefined : bucket.people[target];
      if (target !== undefined && targetTally !== undefined) {
        add(target, tally, targetTally);
        continue;
      }
    }
    add(key, tally, tally);
  }
  return [...people.values()].sort((a, b) => b.messages - a.messages || (a.key < b.key ? -1 : 1));
}

/** People the client talks about (own relations and named people; not someone else's relations). */
export function isOwnPerson(person: { owner: string | null }): boolean {
  return person.owner === null || person.owner === "self";
}

// ——— loops ———

export interface Loop {
  id: string;
  /** Worry sentences in the loop. */
  count: number;
  messageIds: string[];
  conversationIds: string[];
  days: string[];
  firstDay: string;
  lastDay: string;
  spanDays: number;
  themes: { theme: ThemeId; count: number }[];
  people: { key: string; count: number }[];
  /** A few members' fingerprints (first and latest), to recognise the same loop in another window. */
  sketches: number[][];
}

/** Whether two loops (say, in consecutive windows) are the same returning worry. */
export function sameLoop(a: Loop, b: Loop): boolean {
  return a.sketches.some((x) => b.sketches.some((y) => isNearRepeat(x, y)));
}

export interface FindLoopsOptions {
  /** Fewest occurrences (3) and distinct days (3) that make a loop. */
  minCount?: number;
  minDays?: number;
}

/** Near-repeats of the same worry across days, clustered from the buckets' worry fingerprints. */
export function findLoops(bucket: Bucket, options: FindLoopsOptions = {}): Loop[] {
  const minCount = options.minCount ?? 3;
  const minDays = options.minDays ?? 3;
  const entries = [...bucket.worries].sort((a, b) => a.at - b.at || (a.messageId < b.messageId ? -1 : 1));
  // Single-link clustering with union-find; candidates come from an index of shared hashes.
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  // Each hash remembers its most recent entries: a returning worry links to its latest repeats.
  const perHash = 48;
  const index = new Map<number, number[]>();
  const exact = new Map<string, number>();
  entries.forEach((entry, i) => {
    const sketchKey = entry.sketch.join(",");
    const same = exact.get(sketchKey);
    if (same !== undefined) {
      const [low, high] = [find(i), find(same)].sort((x, y) => x - y);
      if (low !== undefined && high !== undefined) parent[high] = low;
    } else {
      const candidates = new Set<number>();
      for (const hash of entry.sketch) for (const j of index.get(hash) ?? []) candidates.add(j);
      for (const j of candidates) {
        const other = entries[j];
        if (other !== undefined && find(i) !== find(j) && isNearRepeat(other.sketch, entry.sketch)) {
          const [low, high] = [find(i), find(j)].sort((x, y) => x - y);
          if (low !== undefined && high !== undefined) parent[high] = low;
        }
      }
    }
    exact.set(sketchKey, i);
    for (const hash of entry.sketch) {
      let list = index.get(hash);
      if (list === undefined) {
        list = [];
        index.set(hash, list);
      }
      list.push(i);
      if (list.length > perHash) list.shift();
    }
  });
  const groups = new Map<number, WorryEntry[]>();
  entries.forEach((entry, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [entry]);
    else group.push(entry);
  });
  const clusters = [...groups.values()];
  const loops: Loop[] = [];
  for (const members of clusters) {
    const days = [...new Set(members.map((member) => member.date))].sort();
    if (members.length < minCount || days.length < minDays) continue;
    const first = members[0];
    const firstDay = days[0];
    const lastDay = days[days.length - 1];
    if (first === undefined || firstDay === undefined || lastDay === undefined) continue;
    const themes = new Map<ThemeId, number>();
    const people = new Map<string, number>();
    for (const member of members) {
      for (const theme of member.themes) themes.set(theme, (themes.get(theme) ?? 0) + 1);
      for (const key of member.people) people.set(key, (people.get(key) ?? 0) + 1);
    }
    loops.push({
      id: `loop:${first.messageId}`,
      count: members.length,
      messageIds: [...new Set(members.map((member) => member.messageId))],
      conversationIds: [...new Set(members.map((member) => member.conversationId))].sort(),
      days,
      firstDay,
      lastDay,
      spanDays: daysInclusive(firstDay, lastDay),
      themes: [...themes.entries()].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : 1)),
      people: [...people.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
      sketches: [...new Set([first, ...members.slice(-4)])].map((member) => member.sketch),
    });
  }
  return loops.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

// ——— reassurance ———

export interface ReassuranceSummary {
  messages: number;
  days: string[];
  kinds: { kind: ReassuranceKind; count: number }[];
  recent: EvidenceRef[];
}

export function summariseReassurance(bucket: Bucket): ReassuranceSummary {
  return {
    messages: bucket.reassurance.messages,
    days: bucket.reassurance.days,
    kinds: reassuranceKinds
      .map((kind) => ({ kind, count: bucket.reassurance.kinds[kind] ?? 0 }))
      .filter((item) => item.count > 0),
    recent: bucket.reassurance.recent,
  };
}

// ——— dependency index ———

export interface DependencyComponents {
  /** Messages per day now against the previous window (score 1 at double or more). */
  volumeTrend: { score: number; perDay: number; previousPerDay: number | null };
  /** Share of messages between 00:00 and 05:00 (score 1 at 35% or more). */
  nightShare: { score: number; share: number; previousShare: number | null };
  /** Messages with dependency cues; strong cues weigh 1, others 0.5. */
  cues: { score: number; messages: number; weighted: number; byCue: { cue: DependencyCue; messages: number }[] };
  /** Share of messages that mention people now against before (score 1 when it halves or less). */
  fewerPeople: { score: number; share: number; previousShare: number | null; people: number; previousPeople: number | null };
}

export interface DependencyIndex {
  /** 0–100. */
  index: number;
  level: StrengthLevel;
  components: DependencyComponents;
}

export type StrengthLevel = "low" | "medium" | "high";

const clamp01 = (value: number): number => Math.max(0, Math.min(1, value));
const round2 = (value: number): number => Math.round(value * 100) / 100;
const round1 = (value: number): number => Math.round(value * 10) / 10;

export const dependencyWeights = { volumeTrend: 0.2, nightShare: 0.25, cues: 0.35, fewerPeople: 0.2 } as const;

export interface DependencyIndexInput {
  current: Bucket;
  currentDays: number;
  previous: Bucket | null;
  previousDays: number | null;
}

export function computeDependencyIndex(input: DependencyIndexInput): DependencyIndex {
  const { current, previous } = input;
  const perDay = current.messages / Math.max(1, input.currentDays);
  const hasPrevious = previous !== null && previous.messages > 0 && input.previousDays !== null;
  const previousPerDay = hasPrevious ? previous.messages / Math.max(1, input.previousDays ?? 1) : null;
  const volumeScore = previousPerDay === null || previousPerDay === 0 ? 0 : clamp01(perDay / previousPerDay - 1);

  const share = current.messages === 0 ? 0 : current.night / current.messages;
  const previousShare = hasPrevious ? previous.night / previous.messages : null;
  const nightScore = clamp01(share / 0.35);

  let weighted = 0;
  let cueMessages = 0;
  const byCue: { cue: DependencyCue; messages: number }[] = [];
  for (const cue of dependencyCues) {
    const tally = current.cues[cue];
    if (tally === undefined) continue;
    byCue.push({ cue, messages: tally.messages });
    cueMessages += tally.messages;
    weighted += tally.messages * (strongDependencyCues.has(cue) ? 1 : 0.5);
  }
  const cueScore = clamp01(1 - Math.exp(-weighted / 4));

  const own = (bucket: Bucket): number => Object.values(bucket.people).filter((tally) => isOwnPerson(tally.label)).length;
  const peopleShare = current.messages === 0 ? 0 : current.peopleMessages / current.messages;
  const previousPeopleShare = hasPrevious ? previous.peopleMessages / previous.messages : null;
  const fewerScore =
    previousPeopleShare === null || previousPeopleShare === 0 ? 0 : clamp01((1 - peopleShare / previousPeopleShare) * 2);

  const index = Math.round(
    100 *
      (dependencyWeights.volumeTrend * volumeScore +
        dependencyWeights.nightShare * nightScore +
        dependencyWeights.cues * cueScore +
        dependencyWeights.fewerPeople * fewerScore),
  );
  return {
    index,
    level: index >= 55 ? "high" : index >= 35 ? "medium" : "low",
    components: {
      volumeTrend: { score: round2(volumeScore), perDay: round1(perDay), previousPerDay: previousPerDay === null ? null : round1(previousPerDay) },
      nightShare: { score: round2(nightScore), share: round2(share), previousShare: previousShare === null ? null : round2(previousShare) },
      cues: { score: round2(cueScore), messages: cueMessages, weighted, byCue },
      fewerPeople: {
        score: round2(fewerScore),
        share: round2(peopleShare),
        previousShare: previousPeopleShare === null ? null : round2(previousPeopleShare),
        people: own(current),
        previousPeople: hasPrevious ? own(previous) : null,
      },
    },
  };
}

// ——— rehearsal → enactment ———

export type EnactmentStatus = "kept" | "dropped" | "postponed" | "pending" | "overdue";

export interface IntentionItem {
  id: string;
  status: EnactmentStatus;
  withWhom: string | null;
  withLabel: string | null;
  createdAt: string;
  createdDate: string;
  dueDate: string | null;
  outcome: EnactmentOutcome | null;
  outcomeDate: string | null;
  conversationId: string | null;
  messageId: string | null;
}

export interface IntentionSummary {
  kept: number;
  dropped: number;
  postponed: number;
  pending: number;
  overdue: number;
  items: IntentionItem[];
}

/** The recorded outcome, with "pending" read as none yet. */
function outcomeOf(intention: AnalysisIntention): EnactmentOutcome | null {
  const outcome = intention.outcome ?? null;
  return outcome === "pending" ? null : outcome;
}

/** Whether an intention is kept, dropped, postponed, pending or overdue at `now`. */
export function enactmentStatus(intention: AnalysisIntention, now: number): EnactmentStatus {
  switch (outcomeOf(intention)) {
    case "done":
      return "kept";
    case "changed-my-mind":
      return "dropped";
    case "not-yet":
      return "postponed";
    case null: {
      const due = intention.dueAt === undefined || intention.dueAt === null ? null : toMillis(intention.dueAt);
      return due !== null && due < now ? "overdue" : "pending";
    }
  }
}

export interface SummariseIntentionsInput {
  intentions: readonly AnalysisIntention[];
  window: AnalysisWindow;
  now: number;
  timeZone: string;
}

/** Intentions made in the window, or resolved in it, or still open and due in it (or with no date). */
export function summariseIntentions(input: SummariseIntentionsInput): IntentionSummary {
  const { window, now, timeZone } = input;
  const items: IntentionItem[] = [];
  for (const intention of input.intentions) {
    const created = toMillis(intention.createdAt);
    if (created >= window.to) continue;
    const outcomeAt = intention.outcomeAt === undefined || intention.outcomeAt === null ? null : toMillis(intention.outcomeAt);
    const open = outcomeOf(intention) === null;
    const due = intention.dueAt === undefined || intention.dueAt === null ? null : toMillis(intention.dueAt);
    const relevant =
      created >= window.from ||
      (outcomeAt !== null && outcomeAt >= window.from && outcomeAt < window.to) ||
      (open && (due === null || due >= window.from));
    if (!relevant) continue;
    items.push({
      id: intention.id,
      status: enactmentStatus(intention, Math.min(now, window.to)),
      withWhom: intention.withWhom ?? null,
      withLabel: intention.withLabel ?? intention.withWhom ?? null,
      createdAt: toIso(created),
      createdDate: localDateOf(created, timeZone),
      dueDate: due === null ? null : localDateOf(due, timeZone),
      outcome: outcomeOf(intention),
      outcomeDate: outcomeAt === null ? null : localDateOf(outcomeAt, timeZone),
      conversationId: intention.conversationId ?? null,
      messageId: intention.messageId ?? null,
    });
  }
  items.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const count = (status: EnactmentStatus): number => items.filter((item) => item.status === status).length;
  return { kept: count("kept"), dropped: count("dropped"), postponed: count("postponed"), pending: count("pending"), overdue: count("overdue"), items };
}

// ——— regulation effect ———

export interface RegulationEffect {
  sessions: number;
  /** Sessions with both ratings. */
  rated: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** after − before (negative: distress went down). */
  meanChange: number | null;
  /** Share of rated sessions where distress went down. */
  improvedShare: number | null;
  night: number;
  byExercise: { exercise: string; rated: number; meanChange: number | null }[];
  sessionIds: string[];
}

export interface SummariseRegulationInput {
  sessions: readonly AnalysisRegulationSession[];
  window: AnalysisWindow;
  timeZone: string;
}

export function summariseRegulation(input: SummariseRegulationInput): RegulationEffect {
  const inWindow = input.sessions
    .filter((session) => {
      const at = toMillis(session.at);
      return at >= input.window.from && at < input.window.to;
    })
    .sort((a, b) => toMillis(a.at) - toMillis(b.at) || (a.id < b.id ? -1 : 1));
  const rated = inWindow.filter(
    (session): session is AnalysisRegulationSession & { before: number; after: number } => session.before !== null && session.after !== null,
  );
  const mean = (values: readonly number[]): number | null =>
    values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);
  const exercises = new Map<string, number[]>();
  for (const session of rated) {
    const name = session.exercise ?? "exercise";
    exercises.set(name, [...(exercises.get(name) ?? []), session.after - session.before]);
  }
  const night = inWindow.filter((session) => localTime(session.at, input.timeZone).hour < 5).length;
  return {
    sessions: inWindow.length,
    rated: rated.length,
    meanBefore: mean(rated.map((session) => session.before)),
    meanAfter: mean(rated.map((session) => session.after)),
    meanChange: mean(rated.map((session) => session.after - session.before)),
    improvedShare: rated.length === 0 ? null : round2(rated.filter((session) => session.after < session.before).length / rated.length),
    night,
    byExercise: [...exercises.entries()]
      .map(([exercise, changes]) => ({ exercise, rated: changes.length, meanChange: mean(changes) }))
      .sort((a, b) => (a.exercise < b.exercise ? -1 : 1)),
    sessionIds: inWindow.map((session) => session.id),
  };
}

// ——— practices ———

export interface PracticeSummary {
  id: string;
  title: string;
  done: number;
  notDone: number;
  expected: number | null;
  lastDate: string | null;
  messageIds: string[];
}

export interface SummarisePracticesInput {
  practices: readonly AnalysisPractice[];
  window: AnalysisWindow;
  timeZone: string;
}

export function summarisePractices(input: SummarisePracticesInput): PracticeSummary[] {
  return input.practices
    .filter((practice) => toMillis(practice.assignedAt) < input.window.to)
    .map((practice) => {
      const debriefs = practice.debriefs
        .filter((debrief) => {
          const at = toMillis(debrief.at);
          return at >= input.window.from && at < input.window.to;
        })
        .sort((a, b) => toMillis(a.at) - toMillis(b.at));
      const last = debriefs[debriefs.length - 1];
      return {
        id: practice.id,
        title: practice.title,
        done: debriefs.filter((debrief) => debrief.done).length,
        notDone: debriefs.filter((debrief) => !debrief.done).length,
        expected: practice.expected ?? null,
        lastDate: last === undefined ? null : localDateOf(last.at, input.timeZone),
        messageIds: debriefs.map((debrief) => debrief.messageId).filter((id): id is string => typeof id === "string"),
      };
    });
}

// ——— safety events ———

export interface SafetySummary {
  total: number;
  byTier: Partial<Record<RiskTier, number>>;
  unacknowledged: number;
  eventIds: string[];
  messageIds: string[];
  days: string[];
}

export interface SummariseSafetyInput {
  events: readonly AnalysisSafetyEvent[];
  window: AnalysisWindow;
  timeZone: string;
}

export function summariseSafety(input: SummariseSafetyInput): SafetySummary {
  const events = input.events
    .filter((event) => {
      const at = toMillis(event.at);
      return event.tier !== "none" && at >= input.window.from && at < input.window.to;
    })
    .sort((a, b) => toMillis(a.at) - toMillis(b.at) || (a.id < b.id ? -1 : 1));
  const byTier: Partial<Record<RiskTier, number>> = {};
  for (const event of events) byTier[event.tier] = (byTier[event.tier] ?? 0) + 1;
  return {
    total: events.length,
    byTier,
    unacknowledged: events.filter((event) => event.acknowledged !== true).length,
    eventIds: events.map((event) => event.id),
    messageIds: events.map((event) => event.messageId).filter((id): id is string => typeof id === "string"),
    days: [...new Set(events.map((event) => localDateOf(event.at, input.timeZone)))].sort(),
  };
}
