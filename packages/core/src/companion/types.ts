// The companion's inputs: what the server reads from its database and hands to `planTurn` each turn.
// Plain JSON-shaped data, so it can be stored, logged by id and passed to the browser unchanged.

import type { Relation } from "../text/index.ts";
import type { LocalDate } from "./calendar.ts";

/** One stored message of this conversation, oldest first. */
export interface ConversationMessage {
  role: "client" | "companion";
  text: string;
}

/** The therapist's guidance for this client (every field optional, free text written by the therapist). */
export interface Frame {
  focus?: string | null;
  approach?: string | null;
  avoid?: string | null;
  tone?: string | null;
  dependencyPlan?: string | null;
}

export const memoryKinds = ["person", "thread", "preference"] as const;
export type MemoryKind = (typeof memoryKinds)[number];

/**
 * Something the companion keeps about the client. The client can read, correct and delete every
 * item; the server stores them encrypted. `key` identifies an item across turns ("person:sam",
 * "person:my-boss", "thread:job-interview"); `id` is the server's own, passed through untouched.
 */
export interface MemoryItem {
  id?: string;
  key: string;
  kind: MemoryKind;
  /** What the client sees and the companion uses: "Sam (partner)", "waiting to hear back about the job". */
  text: string;
  /** People: the name as the client writes it ("Sam"), absent when they only say "my boss". */
  name?: string;
  /** People: the relationship in the client's words ("partner", "boss", "sis"). */
  relationship?: string;
  /** People: the relationship as `text/` names it ("sister"), to recognise them next time. */
  relation?: Relation;
  /** ISO instants. */
  firstMentionedAt: string;
  lastMentionedAt: string;
  mentions: number;
  /** Set by the server when the client corrects the item: extraction then never rewrites its text. */
  editedByClient?: boolean;
}

export const followUpKinds = ["intention", "practice"] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

/** An intention or practice whose date has come (see `isFollowUpDue`) and that has no outcome yet. */
export interface DueFollowUp {
  kind: FollowUpKind;
  id: string;
  /**
   * Intentions: what the client meant to do, in their words ("talk to Ana about the holidays").
   * Practices: the practice as the therapist wrote it ("say no to one extra shift").
   */
  what: string;
  /** Intentions: who with, in the client's words ("Ana", "my dad"). */
  withWhom?: string | null;
  /** Practices: the follow-up question the therapist wrote, asked as written. */
  question?: string | null;
  due: LocalDate;
}

/**
 * A disclosure that is due, as the safety layer's disclosure rules decide (`disclosureDue(...)` from
 * `safety/` passes as it is): why ("first-use", "asked", "returning-after-7-days",
 * "three-hours-continuous") and the exact words to show, which the safety layer (or a practice's
 * compliance profile) owns.
 */
export interface DueDisclosure {
  reason: string;
  text: string;
}

export const dependencyReasons = ["night-use", "exclusivity", "night-use-and-exclusivity"] as const;
export type DependencyReason = (typeof dependencyReasons)[number];

/** Returned by `dependencyNudgeDue`; passed back to `planTurn`. */
export interface DependencyNudge {
  reason: DependencyReason;
  /** The instruction for a model (also in the assembled prompt). */
  instruction: string;
  /** The therapist's dependency plan, when there is one. */
  plan: string | null;
}

export const reactionKinds = ["defensive", "dismissive", "hurt", "receptive"] as const;
/** How the other person answers in a rehearsal. */
export type ReactionKind = (typeof reactionKinds)[number];

export const difficulties = ["gentle", "realistic", "tough"] as const;
export type Difficulty = (typeof difficulties)[number];

export const exerciseKinds = ["breathing", "grounding", "body-scan"] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

export const followUpOutcomes = ["done", "not-yet", "changed-my-mind"] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

/** Paced breathing the web app animates: seconds per phase, and how many cycles. */
export interface BreathingPattern {
  inhale: number;
  hold: number;
  exhale: number;
  /** A pause after the exhale (0 for none). */
  holdAfter: number;
  cycles: number;
}
