// Dependency care: whether to turn the client toward the people in their life this turn. Gently, at
// most once a day, when their own pattern crosses a threshold (many night sessions this week, or
// statements like "you're the only one who gets me"), in line with the therapist's dependency plan.

import { dependencyCopy } from "./copy/care.copy.ts";
import { fillTemplate } from "./template.ts";
import type { DependencyNudge, DependencyReason } from "./types.ts";

export interface DependencyThresholds {
  /** Sessions that started between 00:00 and 05:00 local in the last 7 days. */
  nightSessions: number;
  /** Exclusivity or attachment cues in the client's recent messages. */
  exclusivityCues: number;
  /** Hours between two nudges. */
  minHoursBetween: number;
}

export const defaultDependencyThresholds: DependencyThresholds = { nightSessions: 4, exclusivityCues: 1, minHoursBetween: 24 };

export interface DependencyNudgeInput {
  now: Date;
  /** When the last nudge was given (the `dependency-nudge-given` event's time), or null. */
  lastNudgeAt: Date | string | null;
  nightSessionsThisWeek: number;
  exclusivityCuesRecent: number;
  /** The therapist's dependency plan from the frame, if any. */
  dependencyPlan?: string | null;
  thresholds?: Partial<DependencyThresholds>;
}

/** A nudge to give this turn, or null. Pass it to `planTurn`; the turn reports when it was given. */
export function dependencyNudgeDue({
  now,
  lastNudgeAt,
  nightSessionsThisWeek,
  exclusivityCuesRecent,
  dependencyPlan = null,
  thresholds = {},
}: DependencyNudgeInput): DependencyNudge | null {
  const limits = { ...defaultDependencyThresholds, ...thresholds };
  if (lastNudgeAt !== null) {
    const last = typeof lastNudgeAt === "string" ? Date.parse(lastNudgeAt) : lastNudgeAt.getTime();
    if (Number.isFinite(last) && now.getTime() - last < limits.minHoursBetween * 3_600_000) return null;
  }
  const night = nightSessionsThisWeek >= limits.nightSessions;
  const exclusive = exclusivityCuesRecent >= limits.exclusivityCues;
  let reason: DependencyReason;
  if (night && exclusive) reason = "night-use-and-exclusivity";
  else if (night) reason = "night-use";
  else if (exclusive) reason = "exclusivity";
  else return null;
  const plan = dependencyPlan !== null && dependencyPlan.trim().length > 0 ? dependencyPlan.trim() : null;
  const instruction =
    plan === null ? dependencyCopy.instruction[reason] : `${dependencyCopy.instruction[reason]} ${fillTemplate(dependencyCopy.planInstruction, { plan }) ?? ""}`;
  return { reason, instruction, plan };
}
