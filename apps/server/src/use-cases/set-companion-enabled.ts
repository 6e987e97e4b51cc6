import type { Actor } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { careLink } from "../db/schema/index.ts";
import { AppError, forbidden } from "../errors.ts";
import { findLinkFor, recordConsentChange, type CareLinkRow } from "../repositories/care-links.ts";

/** A therapist can pause the companion for a client (crisis lines and the safety plan stay available). */
export async function setCompanionEnabled(
  ctx: AppContext,
  actor: Actor,
  request: { linkId: string; enabled: boolean },
): Promise<CareLinkRow> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await findLinkFor(tx, { actor, linkId: request.linkId });
    if (link.therapistId !== actor.userId) throw forbidden("Only the client's therapist can switch the companion on or off.");
    if (link.status !== "active") {
      throw new AppError("conflict", "Link has ended", "This link has ended; the companion is no longer yours to switch.");
    }
    if (link.companionEnabled !== request.enabled) {
      await tx.update(careLink).set({ companionEnabled: request.enabled }).where(eq(careLink.id, link.id));
      await recordConsentChange(tx, {
        careLinkId: link.id,
        actorId: actor.userId,
        at: now,
        field: "companion",
        from: link.companionEnabled ? "on" : "off",
        to: request.enabled ? "on" : "off",
      });
    }
    return findLinkFor(tx, { actor, linkId: link.id });
  });
}
