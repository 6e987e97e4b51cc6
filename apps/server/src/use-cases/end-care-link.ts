import type { Actor } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { careLink } from "../db/schema/index.ts";
import { findLinkFor, recordConsentChange, type CareLinkRow } from "../repositories/care-links.ts";

/**
 * Either side can end a link: the client revokes it, the therapist ends it. Idempotent. The link's
 * row stays (its history is the client's record of what was shared), but nothing more is visible.
 */
export async function endCareLink(ctx: AppContext, actor: Actor, linkId: string): Promise<CareLinkRow> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await findLinkFor(tx, { actor, linkId });
    if (link.status !== "active") return link;
    const status = actor.userId === link.clientId ? "revoked" : "ended";
    await tx.update(careLink).set({ status, endedAt: now }).where(eq(careLink.id, link.id));
    await recordConsentChange(tx, { careLinkId: link.id, actorId: actor.userId, at: now, field: "status", from: "active", to: status });
    return findLinkFor(tx, { actor, linkId });
  });
}
