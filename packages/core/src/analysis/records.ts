// The structured records (besides messages) the analysers read. The server maps its rows to these;
// they carry ids so signals can point at them.
import type { RiskTier } from "../domain.ts";
import type { Instant } from "../time/index.ts";

/**
 * What the client recorded when asked how it went: done, not yet, changed my mind (the server's
 * intention statuses; "pending" means no outcome yet).
 */
export type EnactmentOutcome = "done" | "not-yet" | "changed-my-mind";

export interface AnalysisIntention {
  id: string;
  createdAt: Instant;
  /** By when the client meant to do it, if they said. */
  dueAt?: Instant | null;
  /** Who it is with, as a person key ("name:sam", "rel:mother") or the client's words ("Dad"). */
  withWhom?: string | null;
  /** Display name for `withWhom` ("Sam", "my mother"), if different from it. */
  withLabel?: string | null;
  /** The rehearsal conversation it came out of, if any. */
  conversationId?: string | null;
  /** The message in which the client stated it, if any. */
  messageId?: string | null;
  outcome?: EnactmentOutcome | "pending" | null;
  outcomeAt?: Instant | null;
}

export interface AnalysisPracticeDebrief {
  at: Instant;
  done: boolean;
  messageId?: string | null;
}

export interface AnalysisPractice {
  id: string;
  title: string;
  assignedAt: Instant;
  /** How many times it was meant to be done in the window's time, if the therapist said. */
  expected?: number | null;
  debriefs: readonly AnalysisPracticeDebrief[];
}

export interface AnalysisRegulationSession {
  id: string;
  at: Instant;
  conversationId?: string | null;
  /** "breathing", "grounding", "body-scan", … */
  exercise?: string | null;
  /** Distress 0–10 before and after; null when not given. */
  before: number | null;
  after: number | null;
}

export const analysisInstruments = ["phq9", "gad7"] as const;
export type AnalysisInstrument = (typeof analysisInstruments)[number];

export interface AnalysisCheckIn {
  id: string;
  at: Instant;
  /** A questionnaire, or "mood" for a 0–10 mood rating (the server's check-in instruments). */
  instrument: AnalysisInstrument | "mood";
  /** Item answers (0–3 each) for questionnaires; the score is their sum. */
  items?: readonly number[] | null;
  /** The score, when items are not given (or the mood rating). */
  score?: number | null;
}

export interface AnalysisSafetyEvent {
  id: string;
  at: Instant;
  tier: RiskTier;
  acknowledged?: boolean;
  conversationId?: string | null;
  messageId?: string | null;
}
