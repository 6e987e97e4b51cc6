// Pure shaping of the signals' chart data (GET /api/clients/:id/signals → charts) into what the
// SVG charts draw and what their text alternatives say. No React, no I/O: unit-tested on its own.
// The numbers come from the server; this only arranges them and words them as counts, never as a
// judgement about the client.
import type { ClientSignals } from "@between/contracts";
import { dependencyCueLabels, dependencyWeights, severityBands } from "../domain.ts";

export type Charts = ClientSignals["charts"];
type Questionnaire = Charts["questionnaires"][number];

export const weekdayLabels = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const weekdayShortLabels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Night, as DESIGN.md defines it for the rhythm: 00:00 to 05:00 local. */
export const nightHours: ReadonlySet<number> = new Set([0, 1, 2, 3, 4]);

const monthShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/** "2026-11-23" → "23 Nov". Dates are the server's local dates; no time zone is applied here. */
export function shortDate(date: string): string {
  const [, month, day] = date.split("-").map(Number);
  return `${day ?? "?"} ${monthShort[(month ?? 1) - 1] ?? "?"}`;
}

/** The Monday an ISO week ("2026-W48") starts on, as a date ("2026-11-23"). */
export function isoWeekStart(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) throw new Error(`Not an ISO week: ${week}`);
  const year = Number(match[1]);
  const weekNumber = Number(match[2]);
  // 4 January is always in week 1; its week's Monday starts week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4Weekday * 86_400_000 + (weekNumber - 1) * 7 * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

// ——— themes over weeks ———

export interface ThemeSeries {
  theme: string;
  label: string;
  /** Share of the week's messages touching the theme (0–1), one per week. */
  shares: number[];
  /** Messages touching the theme, one per week. */
  counts: number[];
  total: number;
}

export interface ThemesOverWeeks {
  weeks: { week: string; label: string; messages: number }[];
  series: ThemeSeries[];
  /** Themes left out of the chart (beyond `limit`), still listed in the table. */
  others: ThemeSeries[];
  summary: string;
}

/**
 * The themes as lines over the window's weeks: the `limit` themes with the most messages in the
 * window get a line; the rest are kept for the table. Weeks are in order; a theme absent from a
 * week counts 0 there.
 */
export function themesOverWeeks(themesByWeek: Charts["themesByWeek"], options: { limit?: number } = {}): ThemesOverWeeks {
  const limit = options.limit ?? 5;
  const weeks = [...themesByWeek].sort((a, b) => a.week.localeCompare(b.week));
  const byTheme = new Map<string, ThemeSeries>();
  weeks.forEach((week, index) => {
    for (const item of week.themes) {
      let series = byTheme.get(item.theme);
      if (series === undefined) {
        series = { theme: item.theme, label: item.label, shares: weeks.map(() => 0), counts: weeks.map(() => 0), total: 0 };
        byTheme.set(item.theme, series);
      }
      series.shares[index] = item.share;
      series.counts[index] = item.messages;
      series.total += item.messages;
    }
  });
  const ranked = [...byTheme.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const series = ranked.slice(0, limit);
  const others = ranked.slice(limit);
  const shaped = { weeks: weeks.map((week) => ({ week: week.week, label: `w/c ${shortDate(isoWeekStart(week.week))}`, messages: week.messages })), series, others };
  return { ...shaped, summary: themesSummary(shaped) };
}

function themesSummary(shaped: Omit<ThemesOverWeeks, "summary">): string {
  if (shaped.weeks.length === 0 || shaped.series.length === 0) return "No themes in this window.";
  const weeks = shaped.weeks.length === 1 ? "1 week" : `${shaped.weeks.length} weeks`;
  const parts = shaped.series.map((series) => {
    const first = series.shares[0] ?? 0;
    const last = series.shares[series.shares.length - 1] ?? 0;
    if (shaped.weeks.length === 1) return `${series.label} ${percent(last)}`;
    return `${series.label} ${percent(first)} → ${percent(last)}`;
  });
  return `Share of messages touching each theme over ${weeks}: ${parts.join("; ")}.`;
}

// ——— rhythm: hour × weekday ———

export interface RhythmCell {
  weekday: number;
  hour: number;
  count: number;
  /** count / the busiest cell's count, 0–1 (0 when there is no use at all). */
  intensity: number;
  night: boolean;
}

export interface RhythmHeatmap {
  rows: { weekday: number; label: string; short: string; cells: RhythmCell[]; total: number }[];
  hourTotals: number[];
  max: number;
  busiest: { weekday: number; hour: number; count: number } | null;
  summary: string;
}

/** The 7 × 24 matrix (weekday 0 = Monday, client's local time) as rows of cells with intensities. */
export function rhythmHeatmap(rhythm: Charts["rhythm"]): RhythmHeatmap {
  const counts = weekdayLabels.map((_, weekday) => Array.from({ length: 24 }, (_unused, hour) => rhythm.matrix[weekday]?.[hour] ?? 0));
  let max = 0;
  let busiest: RhythmHeatmap["busiest"] = null;
  counts.forEach((row, weekday) =>
    row.forEach((count, hour) => {
      if (count > max) {
        max = count;
        busiest = { weekday, hour, count };
      }
    }),
  );
  const rows = counts.map((row, weekday) => ({
    weekday,
    label: weekdayLabels[weekday] ?? "",
    short: weekdayShortLabels[weekday] ?? "",
    cells: row.map((count, hour) => ({ weekday, hour, count, intensity: max === 0 ? 0 : count / max, night: nightHours.has(hour) })),
    total: row.reduce((sum, count) => sum + count, 0),
  }));
  const hourTotals = Array.from({ length: 24 }, (_, hour) => counts.reduce((sum, row) => sum + (row[hour] ?? 0), 0));
  return { rows, hourTotals, max, busiest, summary: rhythmSummary({ rhythm, rows, busiest }) };
}

function rhythmSummary(input: { rhythm: Charts["rhythm"]; rows: RhythmHeatmap["rows"]; busiest: RhythmHeatmap["busiest"] }): string {
  const { rhythm, rows, busiest } = input;
  if (rhythm.messages === 0 || busiest === null) return "No messages in this window.";
  const top = [...rows].sort((a, b) => b.total - a.total || a.weekday - b.weekday)[0];
  const messages = rhythm.messages === 1 ? "1 message" : `${rhythm.messages} messages`;
  const days = rhythm.activeDays === 1 ? "1 day" : `${rhythm.activeDays} days`;
  const b: { weekday: number; hour: number; count: number } = busiest;
  const parts = [
    `${messages} on ${days}`,
    `busiest hour: ${weekdayLabels[b.weekday] ?? ""} ${hourLabel(b.hour)}–${hourLabel((b.hour + 1) % 24)} (${b.count})`,
    top === undefined ? null : `busiest day: ${top.label} (${top.total})`,
    `${percent(rhythm.nightShare)} between 00:00 and 05:00${rhythm.previousNightShare === null ? "" : ` (previous window: ${percent(rhythm.previousNightShare)})`}`,
  ];
  return `${parts.filter((part) => part !== null).join("; ")}.`;
}

// ——— questionnaires with their bands ———

export interface BandRegion {
  label: string;
  min: number;
  max: number;
}

export interface QuestionnaireChart {
  instrument: Questionnaire["instrument"];
  label: string;
  /** The top of the scale: 27 for PHQ-9, 21 for GAD-7. */
  maxScore: number;
  bands: BandRegion[];
  /** `day`: days since the first point, so the chart spaces points by time, not by count. */
  points: { id: string; date: string; label: string; score: number; band: string; day: number }[];
  /** Days from the first point to the last (0 with one point). */
  spanDays: number;
  /** Points this many apart or more are a reliable change (PHQ-9 5, GAD-7 4). */
  threshold: number;
  change: { text: string; reliable: string } | null;
  summary: string;
}

const instrumentBands = severityBands;

export function bandFor(instrument: Questionnaire["instrument"], score: number): string {
  return instrumentBands[instrument].find((band) => score >= band.min && score <= band.max)?.label ?? "unknown";
}

/** A questionnaire's scores in date order with the published severity bands behind them. */
export function questionnaireChart(questionnaire: Questionnaire): QuestionnaireChart {
  const bands = instrumentBands[questionnaire.instrument].map((band) => ({ label: band.label, min: band.min, max: band.max }));
  const maxScore = Math.max(...bands.map((band) => band.max));
  const sorted = [...questionnaire.points].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0]?.date;
  const points = sorted.map((point) => ({
    id: point.id,
    date: point.date,
    label: shortDate(point.date),
    score: point.score,
    band: point.band,
    day: first === undefined ? 0 : daysBetween(first, point.date),
  }));
  const spanDays = points.at(-1)?.day ?? 0;
  const changeSource = questionnaire.sinceReference ?? questionnaire.sinceBaseline;
  const change =
    changeSource === null
      ? null
      : {
          reliable: changeSource.reliable,
          text: `${changeSource.from.score} on ${shortDate(changeSource.from.date)} → ${changeSource.to.score} on ${shortDate(changeSource.to.date)} (${signed(changeSource.change)}): ${changeSource.reliable}`,
        };
  const latest = questionnaire.latest;
  const summary =
    latest === null
      ? `${questionnaire.label}: no scores in this window.`
      : [
          `${questionnaire.label}: ${points.length === 1 ? "1 score" : `${points.length} scores`}, latest ${latest.score} of ${maxScore} (${latest.band}) on ${shortDate(latest.date)}`,
          change === null ? null : `change ${change.text}; ${questionnaire.threshold} points or more is a reliable change`,
        ]
          .filter((part) => part !== null)
          .join("; ") + ".";
  return { instrument: questionnaire.instrument, label: questionnaire.label, maxScore, bands, points, spanDays, threshold: questionnaire.threshold, change, summary };
}

/** Whole days between two local dates ("2026-11-02" → "2026-11-20": 18). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split("-").map(Number);
    return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

// ——— dependency index and its parts ———

export type DependencyPartKey = keyof typeof dependencyWeights;

export interface DependencyPart {
  key: DependencyPartKey;
  label: string;
  weight: number;
  /** The part's own score, 0–1. */
  score: number;
  /** Points it adds to the 0–100 index: weight × score × 100. */
  points: number;
  /** What was counted, in plain words. */
  detail: string;
}

export interface DependencyChart {
  index: number;
  previousIndex: number | null;
  level: Charts["dependency"]["level"];
  parts: DependencyPart[];
  cues: { cue: string; label: string; messages: number }[];
  summary: string;
}

const partLabels: Record<DependencyPartKey, string> = {
  volumeTrend: "More messages per day",
  nightShare: "Night use (00:00–05:00)",
  cues: "Attachment cues toward the companion",
  fewerPeople: "Fewer people mentioned",
};

export function dependencyChart(dependency: Charts["dependency"]): DependencyChart {
  const c = dependency.components;
  const details: Record<DependencyPartKey, string> = {
    volumeTrend: `${c.volumeTrend.perDay} a day${c.volumeTrend.previousPerDay === null ? "" : `; previous window ${c.volumeTrend.previousPerDay}`}`,
    nightShare: `${percent(c.nightShare.share)} of messages${c.nightShare.previousShare === null ? "" : `; previous window ${percent(c.nightShare.previousShare)}`}`,
    cues: c.cues.messages === 1 ? "1 message" : `${c.cues.messages} messages`,
    fewerPeople: `${percent(c.fewerPeople.share)} of messages mention someone${c.fewerPeople.previousShare === null ? "" : `; previous window ${percent(c.fewerPeople.previousShare)}`}`,
  };
  const keys = Object.keys(dependencyWeights) as DependencyPartKey[];
  const parts = keys.map((key) => {
    const weight = dependencyWeights[key];
    const score = c[key].score;
    return { key, label: partLabels[key], weight, score, points: Math.round(weight * score * 1000) / 10, detail: details[key] };
  });
  const cues = c.cues.byCue.map((item) => ({
    cue: item.cue,
    label: dependencyCueLabels[item.cue] ?? item.cue,
    messages: item.messages,
  }));
  const previous = dependency.previousIndex === null ? "" : ` (previous window: ${dependency.previousIndex})`;
  const contributing = parts.filter((part) => part.points > 0).map((part) => `${part.label.toLowerCase()} ${part.points}`);
  const summary = `Dependency index ${dependency.index} of 100, ${dependency.level}${previous}. ${
    contributing.length === 0 ? "No part contributes." : `Points from: ${contributing.join("; ")}.`
  }`;
  return { index: dependency.index, previousIndex: dependency.previousIndex, level: dependency.level, parts, cues, summary };
}

// ——— regulation before and after ———

export interface RegulationChart {
  /** 0–10 distress ratings. */
  before: number | null;
  after: number | null;
  change: number | null;
  rows: { exercise: string; label: string; rated: number; meanChange: number | null }[];
  summary: string;
}

const exerciseLabels: Record<string, string> = {
  breathing: "Paced breathing",
  grounding: "5-4-3-2-1 grounding",
  "body-scan": "Body scan",
};

export function exerciseLabel(exercise: string): string {
  return exerciseLabels[exercise] ?? exercise.replace(/-/g, " ");
}

export function regulationChart(regulation: Charts["regulation"]): RegulationChart {
  const rows = regulation.byExercise.map((item) => ({ ...item, label: exerciseLabel(item.exercise) }));
  const sessions = regulation.sessions === 1 ? "1 exercise" : `${regulation.sessions} exercises`;
  let summary: string;
  if (regulation.sessions === 0) summary = "No calming exercises in this window.";
  else if (regulation.rated === 0 || regulation.meanBefore === null || regulation.meanAfter === null) summary = `${sessions}, none rated before and after.`;
  else {
    const change = regulation.meanChange === null ? "" : ` (${signed(round1(regulation.meanChange))})`;
    const improved = regulation.improvedShare === null ? "" : `; distress lower afterwards in ${percent(regulation.improvedShare)}`;
    const previous = regulation.previousMeanChange === null ? "" : `; previous window: ${signed(round1(regulation.previousMeanChange))}`;
    summary = `${sessions}, ${regulation.rated} rated: distress ${round1(regulation.meanBefore)} of 10 before, ${round1(regulation.meanAfter)} after on average${change}${improved}${previous}.`;
  }
  return { before: regulation.meanBefore, after: regulation.meanAfter, change: regulation.meanChange, rows, summary };
}

/** One decimal, halves away from zero (so -3.25 and 3.25 read alike). */
function round1(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
}
