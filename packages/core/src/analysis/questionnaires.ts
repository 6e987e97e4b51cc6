// PHQ-9 and GAD-7 trends: scores, the instruments' severity bands (from the verbatim definitions in
// questionnaires/), and reliable change (PHQ-9 ±5 points, GAD-7 ±4).
import { gad7, phq9 } from "../questionnaires/definitions.ts";
import type { AnalysisCheckIn, AnalysisInstrument } from "./records.ts";
import { localDateOf, toIso, toMillis } from "../time/index.ts";

const definitions = { phq9, gad7 } as const;

export const questionnaireLabels: Readonly<Record<AnalysisInstrument, string>> = { phq9: phq9.name, gad7: gad7.name };
export const questionnaireItemCounts: Readonly<Record<AnalysisInstrument, number>> = {
  phq9: phq9.items.length,
  gad7: gad7.items.length,
};
/** Points of change taken as reliable (beyond measurement error). */
export const reliableChangeThreshold: Readonly<Record<AnalysisInstrument, number>> = { phq9: 5, gad7: 4 };

export function questionnaireBand(instrument: AnalysisInstrument, score: number): string {
  for (const band of definitions[instrument].bands) if (score >= band.min && score <= band.max) return band.label;
  return "out of range";
}

/** The score of a questionnaire check-in: the sum of its items, or its recorded score. */
export function questionnaireScore(checkIn: AnalysisCheckIn): number | null {
  if (checkIn.items !== undefined && checkIn.items !== null && checkIn.items.length > 0) {
    return checkIn.items.reduce((sum, item) => sum + item, 0);
  }
  return checkIn.score ?? null;
}

export type ReliableChange = "improved" | "worsened" | "no reliable change" | "not enough data";

export interface QuestionnairePoint {
  id: string;
  at: string;
  date: string;
  score: number;
  band: string;
  /** PHQ-9 item 9 answer, when items were given. */
  item9: number | null;
}

export interface ScoreChange {
  from: QuestionnairePoint;
  to: QuestionnairePoint;
  /** to − from; lower is better on both analysisInstruments. */
  change: number;
  reliable: ReliableChange;
}

export interface QuestionnaireTrend {
  instrument: AnalysisInstrument;
  label: string;
  threshold: number;
  /** Every score up to the end of the window, oldest first. */
  points: QuestionnairePoint[];
  /** Scores inside the window. */
  inWindow: QuestionnairePoint[];
  latest: QuestionnairePoint | null;
  /** Latest against the last score before the window (or the first in it). */
  sinceReference: ScoreChange | null;
  /** Latest against the first score on record. */
  sinceBaseline: ScoreChange | null;
}

function classify(change: number, threshold: number): ReliableChange {
  if (change <= -threshold) return "improved";
  if (change >= threshold) return "worsened";
  return "no reliable change";
}

function changeBetween(from: QuestionnairePoint, to: QuestionnairePoint, threshold: number): ScoreChange {
  const change = to.score - from.score;
  return { from, to, change, reliable: classify(change, threshold) };
}

export interface SummariseQuestionnairesInput {
  checkIns: readonly AnalysisCheckIn[];
  window: { from: number; to: number };
  timeZone: string;
}

export function summariseQuestionnaires(input: SummariseQuestionnairesInput): QuestionnaireTrend[] {
  const trends: QuestionnaireTrend[] = [];
  for (const instrument of ["phq9", "gad7"] as const) {
    const threshold = reliableChangeThreshold[instrument];
    const points: QuestionnairePoint[] = input.checkIns
      .filter((checkIn) => checkIn.instrument === instrument && toMillis(checkIn.at) < input.window.to)
      .map((checkIn) => ({ checkIn, score: questionnaireScore(checkIn), at: toMillis(checkIn.at) }))
      .filter((entry): entry is { checkIn: AnalysisCheckIn; score: number; at: number } => entry.score !== null)
      .sort((a, b) => a.at - b.at || (a.checkIn.id < b.checkIn.id ? -1 : 1))
      .map(({ checkIn, score, at }) => ({
        id: checkIn.id,
        at: toIso(at),
        date: localDateOf(at, input.timeZone),
        score,
        band: questionnaireBand(instrument, score),
        item9: instrument === "phq9" && checkIn.items !== undefined && checkIn.items !== null ? (checkIn.items[8] ?? null) : null,
      }));
    if (points.length === 0) continue;
    const inWindow = points.filter((point) => Date.parse(point.at) >= input.window.from);
    const before = points.filter((point) => Date.parse(point.at) < input.window.from);
    const latest = inWindow[inWindow.length - 1] ?? null;
    const reference = before[before.length - 1] ?? (inWindow.length >= 2 ? inWindow[0] : undefined);
    const baseline = points[0];
    trends.push({
      instrument,
      label: questionnaireLabels[instrument],
      threshold,
      points,
      inWindow,
      latest,
      sinceReference: latest !== null && reference !== undefined && reference !== latest ? changeBetween(reference, latest, threshold) : null,
      sinceBaseline: latest !== null && baseline !== undefined && baseline !== latest ? changeBetween(baseline, latest, threshold) : null,
    });
  }
  return trends;
}
