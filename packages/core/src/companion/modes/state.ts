// The mode state of one conversation: a JSON value the server stores on the conversation (encrypted:
// it holds the client's words from a rehearsal set-up or a debrief) and hands back next turn.
// `flow` is the mode active now; a talk can flow into a rehearsal or an exercise and back.

import type { ConversationMode } from "../../domain.ts";
import type { InstrumentId } from "../../questionnaires/index.ts";
import type { LocalDate } from "../calendar.ts";
import type { Difficulty, ExerciseKind, FollowUpKind, FollowUpOutcome, ReactionKind } from "../types.ts";

export const modeStateVersion = 1;

export type OfferKind = "regulate" | "rehearse" | "moment";

/** What is known of a rehearsal before it starts. */
export interface RehearsePrefill {
  /** As the client wrote it ("my dad"). */
  withWhom: string | null;
  /** As the companion says it ("your dad"). */
  other: string | null;
  name: string | null;
  relationship: string | null;
  say: string | null;
}

export interface PendingOffer {
  kind: OfferKind;
  /** The client message the offer was about (a moment's text; a rehearsal's kick-off). */
  text: string;
  /** Rehearse: who and what, as far as known. */
  rehearse: RehearsePrefill | null;
  /** Regulate: a 0–10 rating the client already gave. */
  rating: number | null;
}

/** A due intention or practice the companion asked about, while the client answers. */
export interface FollowUpProgress {
  kind: FollowUpKind;
  id: string;
  what: string;
  withWhom: string | null;
  due: LocalDate;
  step: "outcome" | "debrief";
  outcome: FollowUpOutcome | null;
  /** The client's words so far about how it went. */
  note: string;
  retries: number;
}

export interface TalkFlow {
  mode: "talk";
  offer: PendingOffer | null;
  followUp: FollowUpProgress | null;
}

export type RehearseStep = "start" | "who" | "relationship" | "say" | "fear" | "difficulty" | "role-play" | "hardest" | "body" | "keep" | "intention" | "when";

export interface RehearseFlow {
  mode: "rehearse";
  step: RehearseStep;
  /** Who, as the client wrote it ("my dad", "Ana"). */
  withWhom: string | null;
  /** Who, as the companion says it ("your dad", "Ana"). */
  other: string | null;
  name: string | null;
  relationship: string | null;
  say: string | null;
  fear: string | null;
  difficulty: Difficulty | null;
  turns: number;
  reactions: ReactionKind[];
  fearUsed: boolean;
  reminderGiven: boolean;
  hardest: string | null;
  body: string | null;
  keep: string | null;
  intentionWhat: string | null;
  retries: number;
}

export type RegulateStep = "start" | "before" | "choose" | "exercise" | "after";

export interface RegulateFlow {
  mode: "regulate";
  step: RegulateStep;
  before: number | null;
  exercise: ExerciseKind | null;
  /** Index of the exercise step being done (grounding and body scan have five). */
  exerciseStep: number;
  finished: boolean;
  retries: number;
}

export type CheckInStep = "start" | "mood" | "mood-word" | "offer" | "item" | "functional";

export interface CheckInFlow {
  mode: "check-in";
  step: CheckInStep;
  mood: number | null;
  instrument: InstrumentId | null;
  answers: number[];
  /** Questionnaires still to do (e.g. those the therapist asked for). */
  queue: InstrumentId[];
  retries: number;
}

export type DebriefStep = "start" | "which" | "happened" | "outcome" | "felt" | "noticed" | "next";

export interface DebriefTarget {
  kind: FollowUpKind;
  id: string;
  what: string;
  withWhom: string | null;
  due: LocalDate;
}

export interface DebriefFlow {
  mode: "debrief";
  step: DebriefStep;
  target: DebriefTarget | null;
  choices: DebriefTarget[];
  outcome: FollowUpOutcome | null;
  happened: string | null;
  felt: string | null;
  noticed: string | null;
  next: string | null;
  retries: number;
}

export type Flow = TalkFlow | RehearseFlow | RegulateFlow | CheckInFlow | DebriefFlow;

/** What is remembered across flows within one conversation. */
export interface SharedState {
  /** Client turns so far. */
  turn: number;
  /** Follow-ups (ids) already asked about in this conversation. */
  asked: string[];
  /** The turn of the last offer (calm down, rehearse, bring to session), for spacing them out. */
  lastOfferTurn: number | null;
  lastMomentTurn: number | null;
  /** Offers the client said no to, and when. */
  declined: { kind: OfferKind; turn: number }[];
  /** The client asked to just be listened to. */
  justListen: boolean;
  /** Dependency care given in this conversation (at most once per conversation, besides the daily limit). */
  nudged: boolean;
}

export interface ModeState {
  v: typeof modeStateVersion;
  shared: SharedState;
  flow: Flow;
}

export function initialShared(): SharedState {
  return { turn: 0, asked: [], lastOfferTurn: null, lastMomentTurn: null, declined: [], justListen: false, nudged: false };
}

export function talkFlow(): TalkFlow {
  return { mode: "talk", offer: null, followUp: null };
}

export function rehearseFlow(prefill: Partial<RehearsePrefill> = {}): RehearseFlow {
  return {
    mode: "rehearse",
    step: "start",
    withWhom: prefill.withWhom ?? null,
    other: prefill.other ?? null,
    name: prefill.name ?? null,
    relationship: prefill.relationship ?? null,
    say: prefill.say ?? null,
    fear: null,
    difficulty: null,
    turns: 0,
    reactions: [],
    fearUsed: false,
    reminderGiven: false,
    hardest: null,
    body: null,
    keep: null,
    intentionWhat: null,
    retries: 0,
  };
}

export function regulateFlow(prefill: { before?: number | null } = {}): RegulateFlow {
  return { mode: "regulate", step: "start", before: prefill.before ?? null, exercise: null, exerciseStep: 0, finished: false, retries: 0 };
}

export function checkInFlow(prefill: { queue?: readonly InstrumentId[] } = {}): CheckInFlow {
  return { mode: "check-in", step: "start", mood: null, instrument: null, answers: [], queue: [...(prefill.queue ?? [])], retries: 0 };
}

export function debriefFlow(): DebriefFlow {
  return { mode: "debrief", step: "start", target: null, choices: [], outcome: null, happened: null, felt: null, noticed: null, next: null, retries: 0 };
}

export interface InitialStateOptions {
  mode: ConversationMode;
  /** Check-in: questionnaires to do after the mood rating (e.g. those the therapist asked for). */
  questionnaires?: readonly InstrumentId[];
}

/** The state of a new conversation in this mode. */
export function initialModeState({ mode, questionnaires }: InitialStateOptions): ModeState {
  const shared = initialShared();
  switch (mode) {
    case "talk":
      return { v: modeStateVersion, shared, flow: talkFlow() };
    case "rehearse":
      return { v: modeStateVersion, shared, flow: rehearseFlow() };
    case "regulate":
      return { v: modeStateVersion, shared, flow: regulateFlow() };
    case "check-in":
      return { v: modeStateVersion, shared, flow: checkInFlow({ queue: questionnaires ?? [] }) };
    case "debrief":
      return { v: modeStateVersion, shared, flow: debriefFlow() };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const flowModes = new Set<string>(["talk", "rehearse", "regulate", "check-in", "debrief"]);

/**
 * The stored state, checked: null when it is missing, from another version, or malformed (the
 * server then starts again from `initialModeState`). A shallow check of the shape: the state is only
 * ever written by this module.
 */
export function parseModeState(value: unknown): ModeState | null {
  if (!isRecord(value) || value["v"] !== modeStateVersion) return null;
  const shared = value["shared"];
  const flow = value["flow"];
  if (!isRecord(shared) || !isRecord(flow)) return null;
  if (typeof shared["turn"] !== "number" || !Array.isArray(shared["asked"]) || !Array.isArray(shared["declined"])) return null;
  if (typeof flow["mode"] !== "string" || !flowModes.has(flow["mode"])) return null;
  return value as unknown as ModeState;
}
