import type { Actor, ConsentLevel } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { careLink } from "../db/schema/index.ts";
import { AppError, forbidden } from "../errors.ts";
import { findLinkFor, recordConsentChange, type CareLinkRow } from "../repositories/care-links.ts";

/** The client changes what their therapist sees. Effective on the therapist's next request. */
export async function changeConsent(
  ctx: AppContext,
  actor: Actor,
  request: { linkId: string; level?: ConsentLevel | undefined; riskAlerts?: boolean | undefined },
): Promise<CareLinkRow> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await findLinkFor(tx, { actor, linkId: request.linkId });
    if (link.clientId !== actor.userId) throw forbidden("Only the client decides what is shared.");
    if (link.status !== "active") {
      throw new AppError("conflict", "Link has ended", "This link has ended, so there is nothing shared to change.");
    }
    const change = { careLinkId: link.id, actorId: actor.userId, at: now };
    if (request.level !== undefined && request.level !== link.consentLevel) {
      await tx.update(careLink).set({ consentLevel: request.level }).where(eq(careLink.id, link.id));
      await recordConsentChange(tx, { ...change, field: "level", from: link.consentLevel, to: request.level });
    }
    if (request.riskAlerts !== undefined && request.riskAlerts !== link.riskAlerts) {
      await tx.update(careLink).set({ riskAlerts: request.riskAlerts }).where(eq(careLink.id, link.id));
      await recordConsentChange(tx, {
        ...change,
        field: "risk-alerts",
        from: String(link.riskAlerts),
        to: String(request.riskAlerts),
      });
    }
    return findLinkFor(tx, { actor, linkId: link.id });
  });
}
