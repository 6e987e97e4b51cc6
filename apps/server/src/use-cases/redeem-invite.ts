import type { Actor, ConsentLevel } from "@between/core";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import { careLink, invite } from "../db/schema/index.ts";
import { AppError, forbidden } from "../errors.ts";
import { findLinkFor, recordConsentChange, type CareLinkRow } from "../repositories/care-links.ts";
import { hashInviteCode } from "./create-invite.ts";

export async function redeemInvite(
  ctx: AppContext,
  actor: Actor,
  request: { code: string; consent: { level: ConsentLevel; riskAlerts: boolean } },
): Promise<CareLinkRow> {
  if (actor.role !== "client") throw forbidden("Only a client can accept an invite from a therapist.");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx.select().from(invite).where(eq(invite.codeHash, hashInviteCode(request.code)));
    if (found === undefined) {
      throw new AppError(
        "not-found",
        "Invite not found",
        "That code doesn't match an invite. Check it with your therapist — codes look like K7QX-2M9P-TR40.",
      );
    }
    if (found.redeemedAt !== null) {
      throw new AppError("gone", "Invite already used", "That invite has already been used. Ask your therapist for a new one.");
    }
    if (found.expiresAt.getTime() <= now.getTime()) {
      throw new AppError("gone", "Invite expired", "That invite has expired (they last 7 days). Ask your therapist for a new one.");
    }
    const alreadyLinked = () => new AppError("conflict", "Already linked", "You are already linked with this therapist.");
    const [existing] = await tx
      .select({ id: careLink.id })
      .from(careLink)
      .where(and(eq(careLink.clientId, actor.userId), eq(careLink.therapistId, found.therapistId), eq(careLink.status, "active")));
    if (existing !== undefined) throw alreadyLinked();
    // Claim the invite conditionally: of two simultaneous redemptions, exactly one wins.
    const claimed = await tx
      .update(invite)
      .set({ redeemedAt: now, redeemedBy: actor.userId })
      .where(and(eq(invite.id, found.id), isNull(invite.redeemedAt)))
      .returning({ id: invite.id });
    if (claimed.length === 0) {
      throw new AppError("gone", "Invite already used", "That invite has already been used. Ask your therapist for a new one.");
    }
    const linkId = newId();
    // The check above can race with the same client redeeming another of this therapist's invites:
    // the partial unique index decides, and the loser is told it is already linked (its invite's
    // claim rolls back with the transaction, so that code stays usable).
    const inserted = await tx
      .insert(careLink)
      .values({
        id: linkId,
        clientId: actor.userId,
        therapistId: found.therapistId,
        status: "active",
        consentLevel: request.consent.level,
        riskAlerts: request.consent.riskAlerts,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [careLink.clientId, careLink.therapistId], where: sql`status = 'active'` })
      .returning({ id: careLink.id });
    if (inserted.length === 0) throw alreadyLinked();
    const first = { careLinkId: linkId, actorId: actor.userId, at: now, from: null };
    await recordConsentChange(tx, { ...first, field: "status", to: "active" });
    await recordConsentChange(tx, { ...first, field: "level", to: request.consent.level });
    await recordConsentChange(tx, { ...first, field: "risk-alerts", to: String(request.consent.riskAlerts) });
    return findLinkFor(tx, { actor, linkId });
  });
}
