// The session brief, without a model: what happened since the last session, built from the window's
// summaries and signals (already computed from what the therapist may see). A short headline, the
// themes with their trend, what the client brought, intentions and practices with outcomes,
// questionnaire scores, the signals worth raising, and questions worth asking. Everything here
// describes what the client wrote and did; where a model writes a narrative, it sits beside this.
import type { ConversationMode } from "../domain.ts";
import type { Signal, SignalKind, TrendDirection, WindowSummary } from "../analysis/signals.ts";
import type { EnactmentStatus } from "../analysis/summaries.ts";
import type { ReliableChange } from "../analysis/questionnaires.ts";
import { conversationModes } from "../domain.ts";
import { shortDate } from "../time/index.ts";
import { questionsWorthAsking } from "./questions.ts";

export interface BriefMomentInput {
  id: string;
  kind: "message" | "note";
  text: string;
  at: string;
  date: string;
}

export interface BriefPracticeInput {
  id: string;
  title: string;
  status: "active" | "ended";
  cadence: { every: "day" | "week"; times: number };
  /** Since it started, up to today. */
  adherence: { expected: number; done: number; notDone: number };
}

export interface SessionBriefInput {
  summary: WindowSummary;
  signals: readonly Signal[];
  /** What the client brought to session in the window; null where consent does not share moments. */
  moments: readonly BriefMomentInput[] | null;
  practices: readonly BriefPracticeInput[];
  /** The local date of the last recorded session, or null when none is recorded. */
  lastSessionDate: string | null;
}

export interface BriefTheme {
  theme: string;
  label: string;
  messages: number;
  share: number;
  previousShare: number | null;
  direction: TrendDirection;
  /** The client's words for it; empty where consent shares counts only. */
  words: string[];
}

export interface BriefIntention {
  id: string;
  withLabel: string | null;
  status: EnactmentStatus;
  createdDate: string;
  dueDate: string | null;
  outcomeDate: string | null;
}

export interface BriefPractice {
  id: string;
  title: string;
  status: "active" | "ended";
  cadence: { every: "day" | "week"; times: number };
  inWindow: { done: number; notDone: number; lastDate: string | null };
  adherence: { expected: number; done: number; notDone: number };
}

export interface BriefScore {
  date: string;
  score: number;
  band: string;
}

export interface BriefQuestionnaire {
  instrument: "phq9" | "gad7";
  label: string;
  threshold: number;
  latest: BriefScore | null;
  change: { from: BriefScore; to: BriefScore; change: number; reliable: ReliableChange; against: "previous" | "first" } | null;
  points: BriefScore[];
}

export interface BriefActivity {
  messages: number;
  activeDays: number;
  days: number;
  conversations: number;
  perDay: number;
  previousPerDay: number | null;
  nightShare: number;
  peakHour: number | null;
  byMode: Partial<Record<ConversationMode, number>>;
}

export interface SessionBriefContent {
  headline: string[];
  /** The template narrative (a model's, where configured, is kept beside it, never instead of the evidence). */
  narrative: string;
  activity: BriefActivity;
  themes: BriefTheme[];
  brought: BriefMomentInput[] | null;
  intentions: { kept: number; dropped: number; postponed: number; pending: number; overdue: number; items: BriefIntention[] };
  practices: BriefPractice[];
  questionnaires: BriefQuestionnaire[];
  /** The signals worth raising (dependency, avoidance, loops, safety events, scores…), attention first. */
  signals: Signal[];
  questions: string[];
}

const briefSignalKinds: ReadonlySet<SignalKind> = new Set<SignalKind>([
  "safety-events",
  "questionnaire-item-9",
  "dependency",
  "night-use",
  "rehearsal-avoidance",
  "rehearsal-enactment",
  "loop",
  "reassurance",
  "questionnaire",
  "regulation-effect",
  "emotion",
]);

const round2 = (value: number): number => Math.round(value * 100) / 100;
const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

function direction(current: number, previous: number | null): TrendDirection {
  if (previous === null) return current > 0 ? "new" : "none";
  if (previous === 0) return current > 0 ? "new" : "steady";
  if (current >= previous * 1.25 && current - previous > 0.01) return "up";
  if (current <= previous * 0.8 && previous - current > 0.01) return "down";
  return "steady";
}

function since(lastSessionDate: string | null, summary: WindowSummary): string {
  return lastSessionDate === null ? `between ${shortDate(summary.days.fromDate)} and ${shortDate(summary.days.toDate)}` : `since the session on ${shortDate(lastSessionDate)}`;
}

function activityOf(summary: WindowSummary): BriefActivity {
  const messages = summary.bucket.messages;
  const perDay = messages / Math.max(1, summary.days.days);
  const previousPerDay = summary.previousBucket.messages > 0 ? summary.previousBucket.messages / Math.max(1, summary.previousDays.days) : null;
  const byMode: Partial<Record<ConversationMode, number>> = {};
  for (const mode of conversationModes) {
    const count = summary.bucket.modes[mode];
    if (count !== undefined && count > 0) byMode[mode] = count;
  }
  return {
    messages,
    activeDays: summary.rhythm.activeDays,
    days: summary.days.days,
    conversations: summary.bucket.conversationIds.length,
    perDay: Math.round(perDay * 10) / 10,
    previousPerDay: previousPerDay === null ? null : Math.round(previousPerDay * 10) / 10,
    nightShare: round2(summary.rhythm.nightShare),
    peakHour: summary.rhythm.peakHour,
    byMode,
  };
}

function themesOf(summary: WindowSummary): BriefTheme[] {
  const hadPrevious = summary.previousBucket.messages > 0;
  return summary.themes.slice(0, 6).map((theme) => {
    const previous = hadPrevious ? (summary.previousThemes.find((candidate) => candidate.theme === theme.theme)?.share ?? 0) : null;
    return {
      theme: theme.theme,
      label: theme.label,
      messages: theme.messages,
      share: round2(theme.share),
      previousShare: previous === null ? null : round2(previous),
      direction: direction(theme.share, previous),
      words: summary.showWords ? theme.words.slice(0, 5).map((word) => word.word) : [],
    };
  });
}

function questionnairesOf(summary: WindowSummary): BriefQuestionnaire[] {
  const score = (point: { date: string; score: number; band: string }): BriefScore => ({ date: point.date, score: point.score, band: point.band });
  return summary.questionnaires.map((trend) => {
    const reliable = (change: typeof trend.sinceReference): boolean => change !== null && (change.reliable === "improved" || change.reliable === "worsened");
    const chosen = reliable(trend.sinceReference)
      ? { change: trend.sinceReference, against: "previous" as const }
      : reliable(trend.sinceBaseline)
        ? { change: trend.sinceBaseline, against: "first" as const }
        : trend.sinceReference !== null
          ? { change: trend.sinceReference, against: "previous" as const }
          : null;
    return {
      instrument: trend.instrument,
      label: trend.label,
      threshold: trend.threshold,
      latest: trend.latest === null ? null : score(trend.latest),
      change:
        chosen === null || chosen.change === null
          ? null
          : { from: score(chosen.change.from), to: score(chosen.change.to), change: chosen.change.change, reliable: chosen.change.reliable, against: chosen.against },
      points: trend.points.slice(-12).map(score),
    };
  });
}

function practicesOf(summary: WindowSummary, practices: readonly BriefPracticeInput[]): BriefPractice[] {
  return practices.map((practice) => {
    const inWindow = summary.practices.find((item) => item.id === practice.id);
    return {
      id: practice.id,
      title: practice.title,
      status: practice.status,
      cadence: practice.cadence,
      inWindow: { done: inWindow?.done ?? 0, notDone: inWindow?.notDone ?? 0, lastDate: inWindow?.lastDate ?? null },
      adherence: practice.adherence,
    };
  });
}

/** A short line for a signal in the headline (the full statement is in the signals section). */
function headlineOf(signal: Signal): string {
  const counts = signal.evidence.counts;
  const trend = signal.trend;
  const from = trend.previous === null ? "" : trend.direction === "up" || trend.direction === "down" ? ` (${trend.direction} from ${String(trend.previous)})` : "";
  switch (signal.kind) {
    case "safety-events":
      return `The risk screen responded ${plural(counts.total ?? 0, "time")}${(counts.unacknowledged ?? 0) > 0 ? `, ${counts.unacknowledged ?? 0} not yet acknowledged` : ""}.`;
    case "questionnaire-item-9":
      return "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above 0.";
    case "dependency":
      return `Dependency index ${counts.index ?? 0}/100${from}: worth exploring how the companion is being used.`;
    case "night-use":
      return `${percent(trend.current)} of messages were written between midnight and 5am${trend.previous === null ? "" : ` (previous window: ${percent(trend.previous)})`}.`;
    case "questionnaire":
      return `${signal.subject === "gad7" ? "GAD-7" : "PHQ-9"} went from ${counts.from ?? 0} to ${counts.to ?? 0}, beyond the reliable-change threshold.`;
    case "rehearsal-avoidance":
    case "rehearsal-enactment":
    case "loop":
    case "reassurance":
    case "regulation-effect":
    case "practice":
    case "theme":
    case "emotion":
    case "person":
    case "rhythm":
      return firstSentence(signal.statement);
  }
}

function firstSentence(text: string): string {
  const semicolon = text.indexOf("; ");
  return semicolon > 0 ? `${text.slice(0, semicolon)}.` : text;
}

function headlineFor(input: SessionBriefInput, content: Omit<SessionBriefContent, "headline" | "narrative" | "questions">): string[] {
  const { summary, lastSessionDate } = input;
  const lines: string[] = [];
  const { activity } = content;
  lines.push(
    activity.messages === 0
      ? `No messages to the companion ${since(lastSessionDate, summary)}.`
      : `${plural(activity.messages, "message")} to the companion on ${activity.activeDays} of ${activity.days} days ${since(lastSessionDate, summary)}${activity.previousPerDay === null ? "" : ` (${activity.perDay} a day; previous window ${activity.previousPerDay})`}.`,
  );
  const attention = content.signals.filter((signal) => signal.category === "attention").slice(0, 2);
  for (const signal of attention) lines.push(headlineOf(signal));
  const topThemes = content.themes.slice(0, 3);
  if (topThemes.length > 0) lines.push(`Wrote most about ${listOf(topThemes.map((theme) => `${theme.label} (${percent(theme.share)})`))}.`);
  const { intentions } = content;
  const parts: string[] = [];
  if (intentions.items.length > 0) {
    const open = intentions.pending + intentions.overdue + intentions.postponed;
    parts.push(`intentions: ${intentions.kept} done, ${open} open${intentions.dropped > 0 ? `, ${intentions.dropped} let go` : ""}`);
  }
  for (const practice of content.practices.filter((item) => item.inWindow.done + item.inWindow.notDone > 0).slice(0, 2)) {
    parts.push(`“${practice.title}” done ${practice.inWindow.done} of ${practice.inWindow.done + practice.inWindow.notDone} times reported`);
  }
  if (parts.length > 0 && lines.length < 5) lines.push(`${capitalise(parts.join("; "))}.`);
  const scores = content.questionnaires.filter((item) => item.latest !== null && !attention.some((signal) => signal.kind === "questionnaire" && signal.subject === item.instrument));
  if (scores.length > 0 && lines.length < 5) {
    lines.push(`Latest scores: ${scores.map((item) => `${item.label} ${item.latest?.score ?? 0} (${item.latest?.band ?? ""}, ${shortDate(item.latest?.date ?? summary.days.toDate)})`).join("; ")}.`);
  }
  if (lines.length < 3) lines.push(content.brought === null ? "This client shares patterns only: no words of theirs appear here." : content.brought.length === 0 ? "Nothing was marked to bring to session." : `Brought ${plural(content.brought.length, "moment")} to session.`);
  if (lines.length < 3) lines.push("No intentions, practices or questionnaires were recorded in this window.");
  return lines.slice(0, 5);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function narrativeFor(input: SessionBriefInput, content: Omit<SessionBriefContent, "headline" | "narrative" | "questions">): string {
  const { summary, lastSessionDate } = input;
  const sentences: string[] = [];
  const { activity } = content;
  const when = capitalise(since(lastSessionDate, summary));
  if (activity.messages === 0) {
    sentences.push(`${when}, the client did not write to the companion.`);
  } else {
    const peak = activity.peakHour === null ? "" : `, most often around ${String(activity.peakHour).padStart(2, "0")}:00`;
    sentences.push(`${when}, the client wrote ${plural(activity.messages, "message")} to the companion on ${activity.activeDays} of ${activity.days} days${peak}; ${percent(activity.nightShare)} were written between midnight and 5am.`);
  }
  if (content.themes.length > 0) sentences.push(`They wrote most about ${listOf(content.themes.slice(0, 3).map((theme) => theme.label))}.`);
  const people = summary.people.filter((person) => person.owner === null || person.owner === "self").slice(0, 3);
  if (people.length > 0) sentences.push(`The people they mentioned most were ${listOf(people.map((person) => person.label))}.`);
  for (const rehearsal of summary.rehearsals) {
    const kept = rehearsal.intentions.filter((item) => item.status === "kept").length;
    sentences.push(
      `They rehearsed a conversation with ${rehearsal.label} ${plural(rehearsal.rehearsals, "time")}${rehearsal.intentions.length === 0 ? "" : ` and recorded ${plural(rehearsal.intentions.length, "intention")} to have it, ${kept} done`}.`,
    );
  }
  const { regulation } = summary;
  if (regulation.rated > 0 && regulation.meanBefore !== null && regulation.meanAfter !== null) {
    sentences.push(`They did ${plural(regulation.sessions, "calming exercise")}; rated distress went from ${regulation.meanBefore} to ${regulation.meanAfter} out of 10 on average.`);
  }
  for (const practice of content.practices.filter((item) => item.inWindow.done + item.inWindow.notDone > 0)) {
    sentences.push(`The practice “${practice.title}” was reported done ${plural(practice.inWindow.done, "time")} and not done ${plural(practice.inWindow.notDone, "time")}.`);
  }
  const latest = content.questionnaires.filter((item) => item.latest !== null);
  if (latest.length > 0) sentences.push(`Latest questionnaire scores: ${latest.map((item) => `${item.label} ${item.latest?.score ?? 0} (${item.latest?.band ?? ""})`).join(", ")}.`);
  if (content.brought !== null && content.brought.length > 0) sentences.push(`They marked ${plural(content.brought.length, "thing")} to bring to session.`);
  return sentences.join(" ");
}

export function buildSessionBrief(input: SessionBriefInput): SessionBriefContent {
  const { summary } = input;
  const base = {
    activity: activityOf(summary),
    themes: themesOf(summary),
    brought: input.moments === null ? null : [...input.moments],
    intentions: {
      kept: summary.intentions.kept,
      dropped: summary.intentions.dropped,
      postponed: summary.intentions.postponed,
      pending: summary.intentions.pending,
      overdue: summary.intentions.overdue,
      items: summary.intentions.items.map((item) => ({
        id: item.id,
        withLabel: item.withLabel,
        status: item.status,
        createdDate: item.createdDate,
        dueDate: item.dueDate,
        outcomeDate: item.outcomeDate,
      })),
    },
    practices: practicesOf(summary, input.practices),
    questionnaires: questionnairesOf(summary),
    signals: input.signals.filter((signal) => briefSignalKinds.has(signal.kind)),
  };
  return {
    headline: headlineFor(input, base),
    narrative: narrativeFor(input, base),
    ...base,
    questions: questionsWorthAsking({ signals: input.signals, summary }),
  };
}
