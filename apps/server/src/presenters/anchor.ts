// Exactly the fields of the anchor's views that leave the server: signals with their evidence (and
// excerpts only where computed for the consent), the charts' data, the brief and the caseload. The
// bucket itself, GoEmotions tallies, worry fingerprints and feeling words below `moments` never leave.
import {
  computeDependencyIndex,
  localDateOf,
  toIso,
  windowDays,
  type SessionBriefContent,
  type Signal,
  type WindowSummary,
} from "@between/core";
import type { ClientSignals, SessionBrief } from "@between/contracts";
import type { ResolvedWindow } from "../anchor/windows.ts";
import type { AnchorGrant, AnchorInputs } from "../repositories/anchor-inputs.ts";

export interface Excerpt {
  text: string;
  at: string;
  broughtToSession: boolean;
}

function presentWindow(window: { from: number; to: number }, timeZone: string) {
  const days = windowDays(window, timeZone);
  return { from: toIso(window.from), to: toIso(window.to), fromDate: days.fromDate, toDate: days.toDate, days: days.days };
}

export function presentSignal(signal: Signal, excerpts: ReadonlyMap<string, Excerpt>): ClientSignals["signals"][number] {
  return {
    id: signal.id,
    kind: signal.kind,
    category: signal.category,
    subject: signal.subject,
    statement: signal.statement,
    window: signal.window,
    strength: signal.strength,
    trend: signal.trend,
    evidence: {
      messageIds: signal.evidence.messageIds,
      counts: signal.evidence.counts,
      days: signal.evidence.days,
      conversationIds: signal.evidence.conversationIds,
      recordIds: signal.evidence.recordIds,
      excerpts: signal.evidence.messageIds.flatMap((messageId) => {
        const excerpt = excerpts.get(messageId);
        return excerpt === undefined ? [] : [{ messageId, at: excerpt.at, text: excerpt.text, broughtToSession: excerpt.broughtToSession }];
      }),
    },
    why: signal.why,
  };
}

const words = (showsWords: boolean, list: readonly { word: string; count: number }[]) => (showsWords ? list.slice(0, 8).map((item) => ({ word: item.word, count: item.count })) : []);

function presentCharts(summary: WindowSummary, options: { showsWords: boolean; practiceFacts: AnchorInputs["practiceFacts"] }): ClientSignals["charts"] {
  const { showsWords } = options;
  const hadPrevious = summary.previousBucket.messages > 0;
  const dependency = summary.dependency;
  return {
    messages: summary.bucket.messages,
    previousMessages: summary.previousBucket.messages,
    themes: summary.themes.map((theme) => ({
      theme: theme.theme,
      label: theme.label,
      messages: theme.messages,
      share: Math.round(theme.share * 1000) / 1000,
      words: words(showsWords, theme.words),
      previousShare: hadPrevious ? Math.round((summary.previousThemes.find((item) => item.theme === theme.theme)?.share ?? 0) * 1000) / 1000 : null,
    })),
    themesByWeek: summary.themesByWeek.map((week) => ({
      week: week.week,
      messages: week.messages,
      themes: week.themes.map((theme) => ({ theme: theme.theme, label: theme.label, messages: theme.messages, share: Math.round(theme.share * 1000) / 1000, words: words(showsWords, theme.words) })),
    })),
    rhythm: {
      matrix: summary.rhythm.matrix,
      messages: summary.rhythm.messages,
      night: summary.rhythm.night,
      nightShare: Math.round(summary.rhythm.nightShare * 1000) / 1000,
      previousNightShare: hadPrevious ? Math.round(summary.previousRhythm.nightShare * 1000) / 1000 : null,
      nightDays: summary.rhythm.nightDays,
      activeDays: summary.rhythm.activeDays,
      peakHour: summary.rhythm.peakHour,
    },
    people: summary.people.map((person) => ({
      key: person.key,
      label: person.label,
      relation: person.relation,
      messages: person.messages,
      days: person.days.length,
      feelings: person.feelings.map((feeling) => ({ theme: feeling.theme, count: feeling.count })),
    })),
    loops: summary.loops.map((loop) => ({
      id: loop.id,
      count: loop.count,
      days: loop.days,
      spanDays: loop.spanDays,
      themes: loop.themes.map((theme) => ({ theme: theme.theme, count: theme.count })),
      messageIds: loop.messageIds.slice(-20).reverse(),
    })),
    reassurance: { messages: summary.reassurance.messages, days: summary.reassurance.days, kinds: summary.reassurance.kinds.map((kind) => ({ kind: kind.kind, count: kind.count })) },
    dependency: {
      index: dependency.index,
      level: dependency.level,
      previousIndex: hadPrevious
        ? computeDependencyIndex({ current: summary.previousBucket, currentDays: summary.previousDays.days, previous: null, previousDays: null }).index
        : null,
      components: dependency.components,
    },
    enactment: {
      kept: summary.intentions.kept,
      dropped: summary.intentions.dropped,
      postponed: summary.intentions.postponed,
      pending: summary.intentions.pending,
      overdue: summary.intentions.overdue,
      rehearsals: summary.rehearsals.map((rehearsal) => ({
        withWhom: rehearsal.withWhom,
        label: rehearsal.label,
        rehearsals: rehearsal.rehearsals,
        rehearsalDays: rehearsal.rehearsalDays,
        intentionIds: rehearsal.intentions.map((item) => item.id),
      })),
      intentions: summary.intentions.items.map((item) => ({
        id: item.id,
        withLabel: item.withLabel,
        status: item.status,
        createdDate: item.createdDate,
        dueDate: item.dueDate,
        outcomeDate: item.outcomeDate,
      })),
    },
    regulation: {
      sessions: summary.regulation.sessions,
      rated: summary.regulation.rated,
      meanBefore: summary.regulation.meanBefore,
      meanAfter: summary.regulation.meanAfter,
      meanChange: summary.regulation.meanChange,
      improvedShare: summary.regulation.improvedShare,
      night: summary.regulation.night,
      byExercise: summary.regulation.byExercise,
      previousMeanChange: summary.previousRegulation.meanChange,
    },
    questionnaires: summary.questionnaires.map((trend) => {
      const point = (item: { id: string; date: string; score: number; band: string }) => ({ id: item.id, date: item.date, score: item.score, band: item.band });
      const change = (item: typeof trend.sinceReference) =>
        item === null ? null : { from: point(item.from), to: point(item.to), change: item.change, reliable: item.reliable };
      return {
        instrument: trend.instrument,
        label: trend.label,
        threshold: trend.threshold,
        points: trend.points.map(point),
        latest: trend.latest === null ? null : point(trend.latest),
        sinceReference: change(trend.sinceReference),
        sinceBaseline: change(trend.sinceBaseline),
      };
    }),
    practices: options.practiceFacts.map((practice) => {
      const inWindow = summary.practices.find((item) => item.id === practice.id);
      return {
        id: practice.id,
        title: practice.title,
        status: practice.status,
        done: inWindow?.done ?? 0,
        notDone: inWindow?.notDone ?? 0,
        lastDate: inWindow?.lastDate ?? null,
        adherence: practice.adherence,
      };
    }),
    safety: { total: summary.safety.total, byTier: summary.safety.byTier, unacknowledged: summary.safety.unacknowledged, days: summary.safety.days },
  };
}

export function presentClientSignals(input: {
  grant: AnchorGrant;
  window: ResolvedWindow;
  summary: WindowSummary;
  signals: readonly Signal[];
  excerpts: ReadonlyMap<string, Excerpt>;
  showsWords: boolean;
  timeZone: string;
  practiceFacts: AnchorInputs["practiceFacts"];
}): ClientSignals {
  const { grant, window, timeZone } = input;
  return {
    clientId: grant.clientId,
    level: grant.level,
    window: presentWindow(window, timeZone),
    basis: window.basis,
    previousWindow: presentWindow(window.previous, timeZone),
    lastSessionAt: window.lastSessionAt === null ? null : toIso(window.lastSessionAt),
    showsWords: input.showsWords,
    signals: input.signals.map((signal) => presentSignal(signal, input.excerpts)),
    charts: presentCharts(input.summary, { showsWords: input.showsWords, practiceFacts: input.practiceFacts }),
  };
}

export function presentSessionBrief(input: {
  signalsBody: ClientSignals;
  content: SessionBriefContent;
  narrative: SessionBrief["narrative"];
}): SessionBrief {
  const { signalsBody, content } = input;
  const byId = new Map(signalsBody.signals.map((signal) => [signal.id, signal]));
  return {
    clientId: signalsBody.clientId,
    level: signalsBody.level,
    window: signalsBody.window,
    basis: signalsBody.basis,
    lastSessionAt: signalsBody.lastSessionAt,
    headline: content.headline,
    narrative: input.narrative,
    activity: content.activity,
    themes: content.themes,
    brought: content.brought,
    intentions: content.intentions,
    practices: content.practices,
    questionnaires: content.questionnaires,
    signals: content.signals.flatMap((signal) => {
      const presented = byId.get(signal.id);
      return presented === undefined ? [] : [presented];
    }),
    questions: content.questions,
  };
}

/** The local date of a session, for the brief's wording. */
export function sessionDate(at: number | null, timeZone: string): string | null {
  return at === null ? null : localDateOf(at, timeZone);
}
