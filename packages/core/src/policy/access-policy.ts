// Who may read what of a client. One pure rule, applied by the server's repositories where data is
// read — no route re-implements it. The client always sees everything of their own; a therapist
// sees what an active care link's consent allows; nobody else sees anything.
import { consentIncludes, type ConsentLevel, type Role } from "../domain.ts";

export interface Actor {
  userId: string;
  role: Role;
}

/** The parts of a care link the policy reads. */
export interface CareLinkGrant {
  id: string;
  clientId: string;
  therapistId: string;
  status: "active" | "revoked" | "ended";
  consentLevel: ConsentLevel;
  riskAlerts: boolean;
}

/**
 * What a reader asks for. The content kinds follow the consent levels; `safety-alerts` follow the
 * separate risk-alert consent; `profile` (name, last activity) and `care` (frames, practices,
 * sessions — the therapist's own work with the client) need only an active link.
 */
export type ClientResource =
  | "signals"
  | "moments"
  | "summaries"
  | "transcripts"
  | "safety-alerts"
  | "profile"
  | "care";

export type AccessDecision =
  | { allowed: true; via: "self" }
  | { allowed: true; via: "care-link"; careLinkId: string }
  | { allowed: false; reason: "not-linked" | "not-consented" | "role" };

const consentNeeded: Record<"signals" | "moments" | "summaries" | "transcripts", ConsentLevel> = {
  signals: "signals",
  moments: "moments",
  summaries: "summaries",
  transcripts: "transcripts",
};

function linkAllows(link: CareLinkGrant, resource: ClientResource): boolean {
  switch (resource) {
    case "signals":
    case "moments":
    case "summaries":
    case "transcripts":
      return consentIncludes(link.consentLevel, consentNeeded[resource]);
    case "safety-alerts":
      return link.riskAlerts;
    case "profile":
    case "care":
      return true;
  }
}

export function decideClientAccess(request: {
  actor: Actor;
  clientId: string;
  resource: ClientResource;
  /** The care links between this actor and this client (any status). */
  links: readonly CareLinkGrant[];
}): AccessDecision {
  const { actor, clientId, resource, links } = request;
  if (actor.userId === clientId) return { allowed: true, via: "self" };
  if (actor.role !== "therapist") return { allowed: false, reason: "role" };
  const active = links.find(
    (link) => link.status === "active" && link.clientId === clientId && link.therapistId === actor.userId,
  );
  if (active === undefined) return { allowed: false, reason: "not-linked" };
  if (!linkAllows(active, resource)) return { allowed: false, reason: "not-consented" };
  return { allowed: true, via: "care-link", careLinkId: active.id };
}

/** The most a therapist may see under a consent level, for the client's "what my therapist sees". */
export function resourcesVisibleUnder(link: Pick<CareLinkGrant, "consentLevel" | "riskAlerts">): ClientResource[] {
  const all: ClientResource[] = ["profile", "care", "signals", "moments", "summaries", "transcripts", "safety-alerts"];
  return all.filter((resource) =>
    linkAllows({ ...link, id: "", clientId: "", therapistId: "", status: "active" }, resource),
  );
}
