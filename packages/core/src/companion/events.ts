// Structured events a turn produces: the server persists each one (as rows of its own tables) in the
// same transaction as the companion's reply. They carry the client's words where the therapist will
// need them (set-up, debriefs, notes), so store them encrypted like messages.

import type { LocalDate } from "./calendar.ts";
import type { Difficulty, DependencyReason, ExerciseKind, FollowUpKind, FollowUpOutcome } from "./types.ts";
import type { InstrumentId, SeverityBandLabel } from "../questionnaires/index.ts";

/** What the client set up and took away from a rehearsal. */
export interface RehearsalNotes {
  /** Who the other person is, in the client's words ("my dad", "Ana"). */
  withWhom: string;
  relationship: string | null;
  wantToSay: string | null;
  fearToHear: string | null;
  difficulty: Difficulty;
  /** Client lines spoken in the role-play. */
  rolePlayTurns: number;
  hardest: string | null;
  body: string | null;
  keep: string | null;
}

export interface IntentionCreatedEvent {
  type: "intention-created";
  /** What the client means to do, in their words, without the date ("talk to him about moving out"). */
  what: string;
  withWhom: string | null;
  /** The day to follow up on, in the client's time zone. */
  due: LocalDate;
  /** How they said when ("saturday"), or null when we chose the default (a week). */
  dueText: string | null;
  source: "rehearse" | "debrief" | "talk";
}

export interface IntentionOutcomeEvent {
  type: "intention-outcome";
  intentionId: string;
  outcome: FollowUpOutcome;
  /** The client's own short debrief: how it went, what they noticed. */
  note: string;
}

export interface PracticeDebriefEvent {
  type: "practice-debrief";
  practiceId: string;
  outcome: FollowUpOutcome;
  happened: string | null;
  felt: string | null;
  noticed: string | null;
  next: string | null;
}

export interface DebriefCompletedEvent {
  /** A debrief of a real-life conversation not linked to an intention or practice. */
  type: "debrief-completed";
  happened: string | null;
  felt: string | null;
  noticed: string | null;
  next: string | null;
}

export interface RehearsalCompletedEvent {
  type: "rehearsal-completed";
  rehearsal: RehearsalNotes;
}

export interface DistressRatingEvent {
  type: "distress-rating";
  phase: "before" | "after";
  /** 0–10. */
  value: number;
  exercise: ExerciseKind | null;
}

export interface ExerciseCompletedEvent {
  type: "exercise-completed";
  exercise: ExerciseKind;
  before: number | null;
  after: number | null;
  /** False when the client stopped part-way. */
  finished: boolean;
}

export interface MoodCheckInEvent {
  type: "check-in-completed";
  instrument: "mood";
  /** 0–10. */
  score: number;
  /** The client's word for it, or null. */
  word: string | null;
}

export interface QuestionnaireCheckInEvent {
  type: "check-in-completed";
  instrument: InstrumentId;
  score: number;
  band: SeverityBandLabel;
  /** Item answers (0–3), item 1 first. */
  answers: number[];
  /** The unscored functional item (0–3), or null when not asked or not answered. */
  functional: number | null;
}

export interface Phq9Item9PositiveEvent {
  /** The server starts the crisis flow (safety layer); the companion only reports it. */
  type: "phq9-item9-positive";
  /** 1, 2 or 3. */
  value: number;
}

export interface MomentRequestedEvent {
  /** The client accepted the invitation to bring something to session. */
  type: "moment-requested";
  /** The client's message the invitation was about. */
  text: string;
}

export interface DisclosureGivenEvent {
  type: "disclosure-given";
  /** The safety layer's reason, passed through. */
  reason: string;
}

export interface DependencyNudgeGivenEvent {
  /** Record the time: `dependencyNudgeDue` takes it back as `lastNudgeAt`. */
  type: "dependency-nudge-given";
  reason: DependencyReason;
}

export interface FollowUpAskedEvent {
  /** The companion asked about a due intention or practice (so it is not asked again this conversation). */
  type: "follow-up-asked";
  kind: FollowUpKind;
  id: string;
}

export type CompanionEvent =
  | IntentionCreatedEvent
  | IntentionOutcomeEvent
  | PracticeDebriefEvent
  | DebriefCompletedEvent
  | RehearsalCompletedEvent
  | DistressRatingEvent
  | ExerciseCompletedEvent
  | MoodCheckInEvent
  | QuestionnaireCheckInEvent
  | Phq9Item9PositiveEvent
  | MomentRequestedEvent
  | DisclosureGivenEvent
  | DependencyNudgeGivenEvent
  | FollowUpAskedEvent;

export type CompanionEventType = CompanionEvent["type"];

export const companionEventTypes: readonly CompanionEventType[] = [
  "intention-created",
  "intention-outcome",
  "practice-debrief",
  "debrief-completed",
  "rehearsal-completed",
  "distress-rating",
  "exercise-completed",
  "check-in-completed",
  "phq9-item9-positive",
  "moment-requested",
  "disclosure-given",
  "dependency-nudge-given",
  "follow-up-asked",
];
