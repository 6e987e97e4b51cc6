// Everything a turn reads before it plans: the conversation's history, the client's memory, the
// latest frame, follow-ups that are due, disclosure timing and the pattern the dependency care
// watches. All of it is the client's own data, read on the client's own turn.
import {
  dependencyNudgeDue,
  disclosureDue,
  localTime,
  practiceFollowUpDue,
  shiftDate,
  type ConversationMessage,
  type DependencyNudge,
  type DueDisclosure,
  type DueFollowUp,
  type Frame,
} from "@between/core";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { companionState, intention, message, user } from "../db/schema/index.ts";
import { notFound } from "../errors.ts";
import { latestFrame, loadPractices } from "../repositories/care-work.ts";
import { listMemory, type StoredMemoryItem } from "../repositories/memory.ts";

/** How many earlier messages a turn reads; prompt assembly summarises what does not fit its budget. */
const HISTORY_LIMIT = 60;

export interface CompanionTiming {
  firstUseAt: Date | null;
  lastActivityAt: Date | null;
  continuousUseSince: Date | null;
  lastDisclosureAt: Date | null;
  lastDependencyNudgeAt: Date | null;
}

export interface RecentPattern {
  nightDays: string[];
  exclusivityDays: string[];
}

/** What a turn needs to know about the client, in one read: their zone and country, and the companion's timing. */
export async function readClientTurnState(ctx: AppContext, exec: Executor, clientId: string) {
  const [row] = await exec
    .select({ timeZone: user.timeZone, country: user.country, state: companionState })
    .from(user)
    .leftJoin(companionState, eq(companionState.clientId, user.id))
    .where(eq(user.id, clientId));
  if (row === undefined) throw notFound("account");
  const state = row.state;
  const timing: CompanionTiming = {
    firstUseAt: state?.firstUseAt ?? null,
    lastActivityAt: state?.lastActivityAt ?? null,
    continuousUseSince: state?.continuousUseSince ?? null,
    lastDisclosureAt: state?.lastDisclosureAt ?? null,
    lastDependencyNudgeAt: state?.lastDependencyNudgeAt ?? null,
  };
  const forgotten = state?.forgottenMemory == null ? [] : ((await ctx.keyring.forClient(exec, clientId)).decryptJson(state.forgottenMemory) as string[]);
  return {
    timeZone: row.timeZone,
    country: row.country,
    timing,
    forgottenMemoryKeys: forgotten,
    recentPattern: state?.recentPattern ?? { nightDays: [], exclusivityDays: [] },
  };
}

/** The pattern after one more message: kept to the last two weeks. */
export function nextRecentPattern(pattern: RecentPattern, message: { date: string; night: boolean; exclusivity: boolean }): RecentPattern {
  const since = shiftDate(message.date, -13);
  const add = (days: string[], yes: boolean) => [...new Set(yes ? [...days, message.date] : days)].filter((day) => day >= since).sort();
  return { nightDays: add(pattern.nightDays, message.night), exclusivityDays: add(pattern.exclusivityDays, message.exclusivity) };
}

export async function readHistory(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; conversationId: string; beforeSeq: number },
): Promise<ConversationMessage[]> {
  const rows = await exec
    .select({ role: message.role, body: message.body, seq: message.seq })
    .from(message)
    .where(and(eq(message.conversationId, request.conversationId), lte(message.seq, request.beforeSeq - 1)))
    .orderBy(desc(message.seq))
    .limit(HISTORY_LIMIT);
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  return rows.reverse().map((row) => ({ role: row.role, text: cipher.decrypt(row.body) }));
}

interface StoredIntention {
  what: string;
  withWhom: string | null;
}

export async function dueFollowUps(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; now: Date; timeZone: string },
): Promise<DueFollowUp[]> {
  const local = localTime(request.now, request.timeZone);
  const intentions = await exec
    .select()
    .from(intention)
    .where(and(eq(intention.clientId, request.clientId), eq(intention.status, "pending"), lte(intention.dueOn, local.date)))
    .orderBy(asc(intention.dueOn));
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const due: DueFollowUp[] = intentions.map((row) => {
    const body = cipher.decryptJson(row.body) as StoredIntention;
    return { kind: "intention", id: row.id, what: body.what, withWhom: body.withWhom, due: row.dueOn };
  });
  const practices = await loadPractices(ctx, exec, { clientId: request.clientId, today: local.date, withReports: true, timeZone: request.timeZone });
  for (const practice of practices) {
    const reports = (practice.reports ?? []).map((report) => ({ done: report.done, on: localTime(report.reportedAt, request.timeZone).date }));
    const schedule = { cadence: practice.cadence, startsOn: practice.startsOn, endsOn: practice.endsOn, status: practice.status };
    if (practiceFollowUpDue({ schedule, reports, today: local.date, localHour: local.hour })) {
      due.push({ kind: "practice", id: practice.id, what: practice.title, question: practice.followUpQuestion, due: local.date });
    }
  }
  return due;
}

export interface TurnContext {
  history: ConversationMessage[];
  memory: StoredMemoryItem[];
  forgottenMemoryKeys: string[];
  frame: Frame | null;
  dueFollowUps: DueFollowUp[];
  disclosure: DueDisclosure | null;
  dependencyNudge: DependencyNudge | null;
  timing: CompanionTiming;
}

export async function loadTurnContext(
  ctx: AppContext,
  exec: Executor,
  request: {
    clientId: string;
    conversationId: string;
    clientSeq: number;
    clientText: string;
    now: Date;
    timeZone: string;
    timing: CompanionTiming;
    forgottenMemoryKeys: string[];
    recentPattern: RecentPattern;
  },
): Promise<TurnContext> {
  const { clientId, now, timeZone, timing } = request;
  const history = await readHistory(ctx, exec, { clientId, conversationId: request.conversationId, beforeSeq: request.clientSeq });
  const memory = await listMemory(ctx, exec, clientId);
  const frame = await latestFrame(ctx, exec, clientId);
  const due = await dueFollowUps(ctx, exec, { clientId, now, timeZone });
  const weekAgo = shiftDate(localTime(now, timeZone).date, -6);
  const disclosure = disclosureDue({
    now,
    firstUseAt: timing.firstUseAt,
    lastActivityAt: timing.lastActivityAt,
    lastDisclosureAt: timing.lastDisclosureAt,
    continuousUseSince: timing.continuousUseSince,
    clientText: request.clientText,
  });
  const dependencyNudge = dependencyNudgeDue({
    now,
    lastNudgeAt: timing.lastDependencyNudgeAt,
    nightSessionsThisWeek: request.recentPattern.nightDays.filter((day) => day >= weekAgo).length,
    exclusivityCuesRecent: request.recentPattern.exclusivityDays.filter((day) => day >= weekAgo).length,
    dependencyPlan: frame?.dependencyPlan ?? null,
  });
  return {
    history,
    memory,
    forgottenMemoryKeys: request.forgottenMemoryKeys,
    frame: frame === undefined ? null : frame,
    dueFollowUps: due,
    disclosure: disclosure === null ? null : { reason: disclosure.reason, text: disclosure.text },
    dependencyNudge,
    timing,
  };
}
