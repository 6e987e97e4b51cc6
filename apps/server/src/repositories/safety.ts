// Safety at the data boundary: the client's safety plan, the crisis-line directory (curated defaults
// with an admin's edits), safety events and the therapist alerts they raise. Logs name events and
// ids only; spans are positions, never text.
import {
  crisisLinesFor,
  decideClientAccess,
  defaultCrisisLines,
  emptySafetyPlan,
  isSafetyPlan,
  type Actor,
  type CountryCrisisLines,
  type CrisisLineDirectory,
  type RiskTier,
  type SafetyPlan,
} from "@between/core";
import { and, desc, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import {
  careLink,
  crisisLineSet,
  message,
  safetyAlert,
  safetyEvent,
  safetyPlan,
  safetyPlanProposal,
  user,
  type SafetyEventSource,
} from "../db/schema/index.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { authorizeClientRead, linksBetween } from "./client-access.ts";

export async function readSafetyPlan(ctx: AppContext, exec: Executor, clientId: string): Promise<{ plan: SafetyPlan; updatedAt: Date | null }> {
  const [row] = await exec.select().from(safetyPlan).where(eq(safetyPlan.clientId, clientId));
  if (row === undefined) return { plan: emptySafetyPlan(), updatedAt: null };
  const cipher = await ctx.keyring.forClient(exec, clientId);
  const stored = cipher.decryptJson(row.body);
  return { plan: isSafetyPlan(stored) ? stored : emptySafetyPlan(), updatedAt: row.updatedAt };
}

export async function writeSafetyPlan(ctx: AppContext, exec: Executor, request: { clientId: string; plan: SafetyPlan; at: Date }): Promise<void> {
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const body = cipher.encryptJson(request.plan);
  await exec
    .insert(safetyPlan)
    .values({ clientId: request.clientId, body, updatedAt: request.at })
    .onConflictDoUpdate({ target: safetyPlan.clientId, set: { body, updatedAt: request.at } });
}

/** The curated default lines, with any country an admin has edited replaced by the edit. */
export async function crisisDirectory(exec: Executor): Promise<CrisisLineDirectory> {
  const edits = await exec.select().from(crisisLineSet);
  const directory: Record<string, CountryCrisisLines> = { ...defaultCrisisLines };
  for (const edit of edits) directory[edit.country] = edit.lines[0] as CountryCrisisLines;
  return directory;
}

export async function crisisLinesForCountry(exec: Executor, country: string | null): Promise<CountryCrisisLines> {
  return crisisLinesFor({ country, directory: await crisisDirectory(exec) });
}

export async function saveCrisisLines(
  exec: Executor,
  request: { actor: Actor; country: string; lines: CountryCrisisLines; at: Date },
): Promise<void> {
  await exec
    .insert(crisisLineSet)
    .values({ country: request.country, lines: [request.lines], updatedAt: request.at, updatedBy: request.actor.userId })
    .onConflictDoUpdate({ target: crisisLineSet.country, set: { lines: [request.lines], updatedAt: request.at, updatedBy: request.actor.userId } });
}

/** Active links whose client agreed to risk alerts, with the therapist's id. */
export async function alertableLinks(exec: Executor, clientId: string) {
  return exec
    .select({ id: careLink.id, therapistId: careLink.therapistId })
    .from(careLink)
    .where(and(eq(careLink.clientId, clientId), eq(careLink.status, "active"), eq(careLink.riskAlerts, true)));
}

export async function recordSafetyEvent(
  exec: Executor,
  event: {
    /** Given when the id is already shown to the client (the crisis reply names its event). */
    id?: string;
    clientId: string;
    conversationId: string | null;
    messageId: string | null;
    source: SafetyEventSource;
    tier: RiskTier;
    categories: readonly string[];
    spans: readonly { start: number; end: number; category: string }[];
    response: string;
    at: Date;
  },
): Promise<string> {
  const id = event.id ?? newId();
  await exec.insert(safetyEvent).values({
    id,
    clientId: event.clientId,
    conversationId: event.conversationId,
    messageId: event.messageId,
    source: event.source,
    tier: event.tier,
    categories: [...event.categories],
    spans: event.spans.map((span) => ({ start: span.start, end: span.end, category: span.category })),
    response: event.response,
    createdAt: event.at,
  });
  return id;
}

/** Alerts every linked therapist the client agreed may be alerted; returns how many were raised. */
export async function raiseSafetyAlerts(exec: Executor, request: { eventId: string; clientId: string; at: Date }): Promise<number> {
  const links = await alertableLinks(exec, request.clientId);
  for (const link of links) {
    const [existing] = await exec
      .select({ id: safetyAlert.id })
      .from(safetyAlert)
      .where(and(eq(safetyAlert.eventId, request.eventId), eq(safetyAlert.therapistId, link.therapistId)));
    if (existing !== undefined) continue;
    await exec.insert(safetyAlert).values({
      id: newId(),
      eventId: request.eventId,
      clientId: request.clientId,
      therapistId: link.therapistId,
      careLinkId: link.id,
      raisedAt: request.at,
      lastRaisedAt: request.at,
    });
  }
  return links.length;
}

export async function unacknowledgedAlerts(exec: Executor, therapistId: string) {
  return exec
    .select()
    .from(safetyAlert)
    .where(and(eq(safetyAlert.therapistId, therapistId), isNull(safetyAlert.acknowledgedAt)));
}

export interface AlertView {
  id: string;
  clientId: string;
  clientName: string;
  tier: RiskTier;
  categories: string[];
  source: string;
  raisedAt: Date;
  lastRaisedAt: Date;
  raiseCount: number;
  acknowledgedAt: Date | null;
  note: string | null;
  message: { id: string; text: string; at: Date } | null;
}

/**
 * A therapist's alerts, newest first, unacknowledged ones included however old. Each is shown only
 * while the client's risk-alert consent holds, and each read is recorded in the client's access log.
 */
export async function listAlertsForTherapist(ctx: AppContext, actor: Actor, request: { since: Date }): Promise<AlertView[]> {
  if (actor.role !== "therapist") throw forbidden("Safety alerts go to therapists.");
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ alert: safetyAlert, event: safetyEvent, clientName: user.name, messageBody: message.body, messageAt: message.createdAt })
      .from(safetyAlert)
      .innerJoin(safetyEvent, eq(safetyEvent.id, safetyAlert.eventId))
      .innerJoin(user, eq(user.id, safetyAlert.clientId))
      .leftJoin(message, eq(message.id, safetyEvent.messageId))
      .where(and(eq(safetyAlert.therapistId, actor.userId), or(isNull(safetyAlert.acknowledgedAt), gte(safetyAlert.raisedAt, request.since))))
      .orderBy(desc(safetyAlert.lastRaisedAt));
    const views: AlertView[] = [];
    for (const row of rows) {
      const links = await linksBetween(tx, { therapistId: actor.userId, clientId: row.alert.clientId });
      if (!decideClientAccess({ actor, clientId: row.alert.clientId, resource: "safety-alerts", links }).allowed) continue;
      await authorizeClientRead(tx, { actor, clientId: row.alert.clientId, resource: "safety-alerts", resourceId: row.alert.id, now: ctx.now() });
      const cipher = await ctx.keyring.forClient(tx, row.alert.clientId);
      views.push({
        id: row.alert.id,
        clientId: row.alert.clientId,
        clientName: row.clientName,
        tier: row.event.tier,
        categories: row.event.categories,
        source: row.event.source,
        raisedAt: row.alert.raisedAt,
        lastRaisedAt: row.alert.lastRaisedAt,
        raiseCount: row.alert.raiseCount,
        acknowledgedAt: row.alert.acknowledgedAt,
        note: row.alert.note === null ? null : cipher.decrypt(row.alert.note),
        message:
          row.messageBody === null || row.event.messageId === null || row.messageAt === null
            ? null
            : { id: row.event.messageId, text: cipher.decrypt(row.messageBody), at: row.messageAt },
      });
    }
    return views;
  });
}

export async function acknowledgeAlert(ctx: AppContext, actor: Actor, request: { alertId: string; note: string }): Promise<void> {
  if (actor.role !== "therapist") throw forbidden("Safety alerts go to therapists.");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(safetyAlert)
      .where(and(eq(safetyAlert.id, request.alertId), eq(safetyAlert.therapistId, actor.userId)));
    if (row === undefined) throw notFound("alert");
    await authorizeClientRead(tx, { actor, clientId: row.clientId, resource: "safety-alerts", resourceId: row.id, action: "write", now: ctx.now() });
    const cipher = await ctx.keyring.forClient(tx, row.clientId);
    await tx.update(safetyAlert).set({ acknowledgedAt: ctx.now(), note: cipher.encrypt(request.note) }).where(eq(safetyAlert.id, row.id));
  });
  ctx.logger.info({ event: "alert.acknowledged", alertId: request.alertId, therapistId: actor.userId }, "alert acknowledged");
}

/** The client asks for their therapist to be told (the crisis protocol offers it for urgent risk). */
export async function alertTherapistOnRequest(ctx: AppContext, actor: Actor, safetyEventId: string): Promise<number> {
  if (actor.role !== "client") throw forbidden("Only the client can ask for their therapist to be alerted.");
  return ctx.db.transaction(async (tx) => {
    const [event] = await tx
      .select({ id: safetyEvent.id })
      .from(safetyEvent)
      .where(and(eq(safetyEvent.id, safetyEventId), eq(safetyEvent.clientId, actor.userId)));
    if (event === undefined) throw notFound("safety event");
    const raised = await raiseSafetyAlerts(tx, { eventId: event.id, clientId: actor.userId, at: ctx.now() });
    if (raised === 0) {
      throw new AppError(
        "conflict",
        "No one to alert",
        "You don't have a therapist who has agreed to receive alerts. Crisis lines are there for you right now, day and night.",
      );
    }
    return raised;
  });
}

/**
 * Imminent-risk alerts nobody has acknowledged are raised again after `afterMinutes`: they move back
 * to the top of the therapist's list with a count, and the event is logged for an operator's pager.
 */
export async function reraiseOverdueAlerts(ctx: AppContext, request: { now: Date; afterMinutes: number }): Promise<number> {
  const cutoff = new Date(request.now.getTime() - request.afterMinutes * 60_000);
  const overdue = await ctx.db
    .select({ id: safetyAlert.id })
    .from(safetyAlert)
    .innerJoin(safetyEvent, eq(safetyEvent.id, safetyAlert.eventId))
    .where(and(isNull(safetyAlert.acknowledgedAt), eq(safetyEvent.tier, "imminent"), lt(safetyAlert.lastRaisedAt, cutoff)));
  for (const alert of overdue) {
    // Conditional on the old timestamp: two server processes never both re-raise the same alert.
    const updated = await ctx.db
      .update(safetyAlert)
      .set({ lastRaisedAt: request.now, raiseCount: sql`${safetyAlert.raiseCount} + 1` })
      .where(and(eq(safetyAlert.id, alert.id), isNull(safetyAlert.acknowledgedAt), lt(safetyAlert.lastRaisedAt, cutoff)))
      .returning({ id: safetyAlert.id });
    if (updated.length > 0) ctx.logger.warn({ event: "alert.reraised", alertId: alert.id }, "imminent-risk alert not acknowledged: raised again");
  }
  return overdue.length;
}

export interface ProposalView {
  id: string;
  by: { id: string; name: string } | null;
  plan: SafetyPlan;
  status: "pending" | "accepted" | "declined";
  createdAt: Date;
  decidedAt: Date | null;
}

export async function proposeSafetyPlan(ctx: AppContext, actor: Actor, request: { clientId: string; plan: SafetyPlan }): Promise<ProposalView> {
  if (actor.role !== "therapist") throw forbidden("Only a linked therapist can propose changes to a safety plan.");
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await authorizeClientRead(tx, { actor, clientId: request.clientId, resource: "care", resourceId: id, action: "write", now: ctx.now() });
    const cipher = await ctx.keyring.forClient(tx, request.clientId);
    await tx.insert(safetyPlanProposal).values({ id, clientId: request.clientId, therapistId: actor.userId, body: cipher.encryptJson(request.plan), createdAt: ctx.now() });
    const [therapist] = await tx.select({ name: user.name }).from(user).where(eq(user.id, actor.userId));
    return { id, by: { id: actor.userId, name: therapist?.name ?? "" }, plan: request.plan, status: "pending", createdAt: ctx.now(), decidedAt: null };
  });
}

/** A client's safety plan and its proposals, for the client or a linked therapist (recorded). */
export async function readSafetyPlanFor(ctx: AppContext, actor: Actor, clientId: string) {
  return ctx.db.transaction(async (tx) => {
    await authorizeClientRead(tx, { actor, clientId, resource: "care", now: ctx.now() });
    const current = await readSafetyPlan(ctx, tx, clientId);
    const rows = await tx
      .select({ proposal: safetyPlanProposal, therapistName: user.name })
      .from(safetyPlanProposal)
      .leftJoin(user, eq(user.id, safetyPlanProposal.therapistId))
      .where(eq(safetyPlanProposal.clientId, clientId))
      .orderBy(desc(safetyPlanProposal.createdAt));
    const cipher = await ctx.keyring.forClient(tx, clientId);
    const proposals: ProposalView[] = rows.map((row) => {
      const plan = cipher.decryptJson(row.proposal.body);
      return {
        id: row.proposal.id,
        by: row.therapistName === null ? null : { id: row.proposal.therapistId, name: row.therapistName },
        plan: isSafetyPlan(plan) ? plan : emptySafetyPlan(),
        status: row.proposal.status,
        createdAt: row.proposal.createdAt,
        decidedAt: row.proposal.decidedAt,
      };
    });
    return { ...current, proposals };
  });
}

export async function decideProposal(ctx: AppContext, actor: Actor, request: { proposalId: string; accept: boolean }): Promise<void> {
  if (actor.role !== "client") throw forbidden("Only the client decides what goes in their safety plan.");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(safetyPlanProposal)
      .where(and(eq(safetyPlanProposal.id, request.proposalId), eq(safetyPlanProposal.clientId, actor.userId)));
    if (row === undefined) throw notFound("proposal");
    if (row.status !== "pending") throw new AppError("conflict", "Already decided", "You've already decided on this suggestion.");
    if (request.accept) {
      const cipher = await ctx.keyring.forClient(tx, actor.userId);
      const proposed = cipher.decryptJson(row.body);
      if (isSafetyPlan(proposed)) await writeSafetyPlan(ctx, tx, { clientId: actor.userId, plan: proposed, at: ctx.now() });
    }
    await tx
      .update(safetyPlanProposal)
      .set({ status: request.accept ? "accepted" : "declined", decidedAt: ctx.now() })
      .where(eq(safetyPlanProposal.id, row.id));
  });
}
