// Scoring: the sum of the item answers (each 0–3), the severity band it falls in, and for the PHQ-9
// whether item 9 was answered above 0. Incomplete or out-of-range answers are rejected, never guessed.

import { questionnaireDefinition, type Gad7Band, type InstrumentId, type Phq9Band } from "./definitions.ts";

export type SeverityBandLabel = Phq9Band | Gad7Band;

export interface QuestionnaireScore {
  instrument: InstrumentId;
  total: number;
  band: SeverityBandLabel;
  /** At or above the instrument's common screening cut-off (10 for both). */
  aboveCutoff: boolean;
  /** PHQ-9 only: item 9 answered above 0. The caller starts the safety follow-up. */
  item9Positive?: boolean;
}

export class QuestionnaireAnswerError extends Error {
  override readonly name = "QuestionnaireAnswerError";
}

/** Why these answers cannot be scored, or null when they can. `answers[0]` is item 1. */
export function checkAnswers({ instrument, answers }: { instrument: InstrumentId; answers: readonly unknown[] }): string | null {
  const definition = questionnaireDefinition(instrument);
  if (answers.length !== definition.items.length) {
    return `${definition.name} needs ${definition.items.length} answers, got ${answers.length}`;
  }
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i];
    if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer > 3) {
      return `${definition.name} item ${i + 1}: answer must be an integer from 0 to 3`;
    }
  }
  return null;
}

export function scoreQuestionnaire({ instrument, answers }: { instrument: InstrumentId; answers: readonly number[] }): QuestionnaireScore {
  const problem = checkAnswers({ instrument, answers });
  if (problem !== null) throw new QuestionnaireAnswerError(problem);
  const definition = questionnaireDefinition(instrument);
  const total = answers.reduce((sum, answer) => sum + answer, 0);
  const band = definition.bands.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!band) throw new QuestionnaireAnswerError(`${definition.name}: no band for total ${total}`);
  const score: QuestionnaireScore = {
    instrument,
    total,
    band: band.label as SeverityBandLabel,
    aboveCutoff: total >= definition.screeningCutoff,
  };
  if (instrument === "phq9") score.item9Positive = (answers[8] ?? 0) > 0;
  return score;
}
