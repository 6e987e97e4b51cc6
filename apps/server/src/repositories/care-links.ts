// Care links as each side sees them. A link is only ever visible to its own client and therapist.
import type { Actor } from "@between/core";
import { and, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../db/database.ts";
import { careLink, consentChange, user, type ConsentField } from "../db/schema/index.ts";
import { notFound } from "../errors.ts";
import { newId } from "../context.ts";

const clientUser = alias(user, "client_user");
const therapistUser = alias(user, "therapist_user");

const linkColumns = {
  id: careLink.id,
  clientId: careLink.clientId,
  clientName: clientUser.name,
  therapistId: careLink.therapistId,
  therapistName: therapistUser.name,
  status: careLink.status,
  consentLevel: careLink.consentLevel,
  riskAlerts: careLink.riskAlerts,
  companionEnabled: careLink.companionEnabled,
  createdAt: careLink.createdAt,
  endedAt: careLink.endedAt,
};

export type CareLinkRow = Awaited<ReturnType<typeof listLinksFor>>[number];

function ownedBy(actor: Actor) {
  return or(eq(careLink.clientId, actor.userId), eq(careLink.therapistId, actor.userId));
}

export function listLinksFor(exec: Executor, actor: Actor) {
  return exec
    .select(linkColumns)
    .from(careLink)
    .innerJoin(clientUser, eq(clientUser.id, careLink.clientId))
    .innerJoin(therapistUser, eq(therapistUser.id, careLink.therapistId))
    .where(ownedBy(actor))
    .orderBy(careLink.createdAt);
}

/** The link if the actor is one of its two sides; otherwise "not found" (others may not learn it exists). */
export async function findLinkFor(exec: Executor, request: { actor: Actor; linkId: string }): Promise<CareLinkRow> {
  const [row] = await exec
    .select(linkColumns)
    .from(careLink)
    .innerJoin(clientUser, eq(clientUser.id, careLink.clientId))
    .innerJoin(therapistUser, eq(therapistUser.id, careLink.therapistId))
    .where(and(eq(careLink.id, request.linkId), ownedBy(request.actor)));
  if (row === undefined) throw notFound("care link");
  return row;
}

export async function recordConsentChange(
  exec: Executor,
  change: { careLinkId: string; actorId: string; at: Date; field: ConsentField; from: string | null; to: string },
): Promise<void> {
  await exec.insert(consentChange).values({
    id: newId(),
    careLinkId: change.careLinkId,
    actorId: change.actorId,
    at: change.at,
    field: change.field,
    fromValue: change.from,
    toValue: change.to,
  });
}

export function listConsentChanges(exec: Executor, careLinkId: string) {
  return exec
    .select({
      id: consentChange.id,
      at: consentChange.at,
      actorId: consentChange.actorId,
      actorName: user.name,
      field: consentChange.field,
      fromValue: consentChange.fromValue,
      toValue: consentChange.toValue,
    })
    .from(consentChange)
    .leftJoin(user, eq(user.id, consentChange.actorId))
    .where(eq(consentChange.careLinkId, careLinkId))
    .orderBy(consentChange.seq);
}

/** The companion is paused for a client while any of their therapists has switched it off. */
export async function isCompanionPaused(exec: Executor, clientId: string): Promise<boolean> {
  const rows = await exec
    .select({ id: careLink.id })
    .from(careLink)
    .where(and(eq(careLink.clientId, clientId), eq(careLink.status, "active"), eq(careLink.companionEnabled, false)))
    .limit(1);
  return rows.length > 0;
}
