// The data boundary for reading a client's content. Every read by someone other than the client
// goes through `authorizeClientRead`: it applies the pure access policy from core to the care links
// that exist right now (so a revocation takes effect on the next request) and writes the access
// event in the caller's transaction, so there is no read without its record.
import { decideClientAccess, type Actor, type CareLinkGrant, type ClientResource } from "@between/core";
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { accessEvent, careLink, user } from "../db/schema/index.ts";
import { AppError, notFound } from "../errors.ts";
import { newId } from "../context.ts";

export async function linksBetween(exec: Executor, pair: { therapistId: string; clientId: string }): Promise<CareLinkGrant[]> {
  return exec
    .select({
      id: careLink.id,
      clientId: careLink.clientId,
      therapistId: careLink.therapistId,
      status: careLink.status,
      consentLevel: careLink.consentLevel,
      riskAlerts: careLink.riskAlerts,
    })
    .from(careLink)
    .where(and(eq(careLink.therapistId, pair.therapistId), eq(careLink.clientId, pair.clientId)));
}

export interface ReadGrant {
  via: "self" | "care-link";
  careLinkId: string | null;
}

const notShared: Record<Exclude<ClientResource, "profile" | "care">, string> = {
  signals: "This client hasn't shared patterns with you.",
  moments: "This client shares patterns only, not the moments they bring to session.",
  summaries: "This client hasn't chosen to share conversation summaries.",
  transcripts: "This client hasn't chosen to share full conversations.",
  "safety-alerts": "This client hasn't agreed to risk alerts being sent to you.",
};

export async function authorizeClientRead(
  exec: Executor,
  request: {
    actor: Actor;
    clientId: string;
    resource: ClientResource;
    resourceId?: string;
    now: Date;
    /** `write` for a therapist's changes to the client's care (a frame, a practice). */
    action?: "read" | "write";
    /** What the access log names, when it is more than the policy's resource (`brief`, `caseload`). */
    recordAs?: string;
  },
): Promise<ReadGrant> {
  const { actor, clientId, resource } = request;
  const links = actor.role === "therapist" ? await linksBetween(exec, { therapistId: actor.userId, clientId }) : [];
  const decision = decideClientAccess({ actor, clientId, resource, links });
  if (!decision.allowed) {
    switch (decision.reason) {
      case "role":
      case "not-linked":
        // Say nothing about whether the client exists.
        throw notFound("client");
      case "not-consented":
        throw new AppError(
          "forbidden",
          "Not shared with you",
          resource === "profile" || resource === "care" ? "This client hasn't shared this with you." : notShared[resource],
        );
    }
  }
  if (decision.via === "self") return { via: "self", careLinkId: null };
  await exec.insert(accessEvent).values({
    id: newId(),
    at: request.now,
    actorId: actor.userId,
    clientId,
    careLinkId: decision.careLinkId,
    action: request.action ?? "read",
    resource: request.recordAs ?? resource,
    resourceId: request.resourceId ?? null,
  });
  return { via: "care-link", careLinkId: decision.careLinkId };
}

/**
 * For reads that degrade with consent (full text, else summaries): authorises the first resource in
 * `resources` the actor may read, records that read, and returns it; if none is allowed, fails as
 * the last one does.
 */
export async function authorizeHighestRead<R extends ClientResource>(
  exec: Executor,
  request: { actor: Actor; clientId: string; resources: readonly [R, ...R[]]; now: Date },
): Promise<R> {
  const { actor, clientId } = request;
  const links = actor.role === "therapist" ? await linksBetween(exec, { therapistId: actor.userId, clientId }) : [];
  const granted =
    request.resources.find((resource) => decideClientAccess({ actor, clientId, resource, links }).allowed) ??
    request.resources[request.resources.length - 1] ?? request.resources[0];
  await authorizeClientRead(exec, { actor, clientId, resource: granted, now: request.now });
  return granted;
}

export async function listAccessEvents(exec: Executor, request: { actor: Actor; limit: number }) {
  if (request.actor.role !== "client") {
    throw new AppError("forbidden", "Not allowed", "Only a client has an access log: it lists who read their content.");
  }
  return exec
    .select({
      id: accessEvent.id,
      at: accessEvent.at,
      action: accessEvent.action,
      resource: accessEvent.resource,
      resourceId: accessEvent.resourceId,
      actorId: accessEvent.actorId,
      actorName: user.name,
      actorRole: user.role,
    })
    .from(accessEvent)
    .leftJoin(user, eq(user.id, accessEvent.actorId))
    .where(eq(accessEvent.clientId, request.actor.userId))
    .orderBy(desc(accessEvent.at))
    .limit(request.limit);
}
