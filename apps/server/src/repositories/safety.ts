// Safety at the data boundary: the client's safety plan, the crisis-line directory (curated defaults
// with an admin's edits), safety events and the therapist alerts they raise. Logs name events and
// ids only; spans are positions, never text.
import {
  crisisLinesFor,
  defaultCrisisLines,
  emptySafetyPlan,
  isSafetyPlan,
  type Actor,
  type CountryCrisisLines,
  type CrisisLineDirectory,
  type RiskTier,
  type SafetyPlan,
} from "@between/core";
import { and, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { careLink, crisisLineSet, safetyAlert, safetyEvent, safetyPlan, type SafetyEventSource } from "../db/schema/index.ts";

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
