// Who may see the anchor's view of a client, decided where the data is read. A therapist's read goes
// through the access policy (authorizeClientRead: a live care link, consent at least `signals`) and
// writes its access event in the caller's transaction; the grant says what the link's consent shows.
// The client's own mirror reads the same grants without an access event: it is their own data.
import type { Actor } from "@between/core";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { careLink, user } from "../db/schema/index.ts";
import { forbidden, notFound } from "../errors.ts";
import type { AnchorGrant } from "./anchor-inputs.ts";
import { authorizeClientRead, linksBetween } from "./client-access.ts";

/** Authorises a therapist's read of a client's signals (and what builds on them) and records it. */
export async function authorizeAnchorRead(
  exec: Executor,
  request: { actor: Actor; clientId: string; now: Date; recordAs: "signals" | "brief" | "caseload"; resourceId?: string },
): Promise<AnchorGrant> {
  if (request.actor.role !== "therapist") throw forbidden("This is a therapist's view of a client.");
  await authorizeClientRead(exec, {
    actor: request.actor,
    clientId: request.clientId,
    resource: "signals",
    recordAs: request.recordAs,
    ...(request.resourceId === undefined ? {} : { resourceId: request.resourceId }),
    now: request.now,
  });
  const links = await linksBetween(exec, { therapistId: request.actor.userId, clientId: request.clientId });
  const link = links.find((candidate) => candidate.status === "active");
  // authorizeClientRead has just found it; a link ended in between reads as never there.
  if (link === undefined) throw notFound("client");
  return { clientId: request.clientId, therapistId: request.actor.userId, careLinkId: link.id, level: link.consentLevel, riskAlerts: link.riskAlerts };
}

export interface MirrorGrant extends AnchorGrant {
  therapistName: string;
}

/** The client's live care links, as the grants their therapists read under (no access event: their own data). */
export async function mirrorGrants(exec: Executor, request: { actor: Actor; therapistId?: string }): Promise<MirrorGrant[]> {
  if (request.actor.role !== "client") throw forbidden("Only a client has a therapist's view of themselves.");
  const filters = [eq(careLink.clientId, request.actor.userId), eq(careLink.status, "active")];
  if (request.therapistId !== undefined) filters.push(eq(careLink.therapistId, request.therapistId));
  const rows = await exec
    .select({ id: careLink.id, therapistId: careLink.therapistId, therapistName: user.name, level: careLink.consentLevel, riskAlerts: careLink.riskAlerts })
    .from(careLink)
    .innerJoin(user, eq(user.id, careLink.therapistId))
    .where(and(...filters))
    .orderBy(asc(careLink.createdAt));
  if (request.therapistId !== undefined && rows.length === 0) throw notFound("therapist");
  return rows.map((row) => ({
    clientId: request.actor.userId,
    therapistId: row.therapistId,
    therapistName: row.therapistName,
    careLinkId: row.id,
    level: row.level,
    riskAlerts: row.riskAlerts,
  }));
}
