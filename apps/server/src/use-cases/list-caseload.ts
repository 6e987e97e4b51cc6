// The therapist's caseload: their linked clients ordered by what needs attention (unacknowledged
// safety alerts, then rising dependency, worsening scores, practices due, other signals), with last
// activity and a one-line reason, as far as each client's consent allows.
//
// Listing names and last activity needs only the live link (the policy's `profile`) and writes no
// access event. Ordering computes each client's signals, which is a read of their signals: it is
// recorded as a `caseload` access event, at most once per client per day (their local day), so the
// client's access log stays honest without filling up with every refresh of the list.
import { localDateOf, orderCaseload, rankClient, riskTiers, type Actor, type RiskTier } from "@between/core";
import type { CaseloadEntry } from "@between/contracts";
import { and, eq, gte, inArray, isNull } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { accessEvent, careLink, companionState, safetyAlert, safetyEvent, user } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";
import { authorizeAnchorRead } from "../repositories/anchor-access.ts";
import { endOfLocalDay, type AnchorGrant } from "../repositories/anchor-inputs.ts";
import { computeAnchorViews } from "./compute-anchor-views.ts";

export async function listCaseload(ctx: AppContext, actor: Actor): Promise<{ clients: CaseloadEntry[] }> {
  if (actor.role !== "therapist") throw forbidden("The caseload is a therapist's list of their clients.");
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const links = await tx
      .select({
        id: careLink.id,
        clientId: careLink.clientId,
        name: user.name,
        timeZone: user.timeZone,
        level: careLink.consentLevel,
        riskAlerts: careLink.riskAlerts,
        companionEnabled: careLink.companionEnabled,
        lastActivityAt: companionState.lastActivityAt,
      })
      .from(careLink)
      .innerJoin(user, eq(user.id, careLink.clientId))
      .leftJoin(companionState, eq(companionState.clientId, careLink.clientId))
      .where(and(eq(careLink.therapistId, actor.userId), eq(careLink.status, "active")));
    if (links.length === 0) return { clients: [] };
    const clientIds = links.map((link) => link.clientId);

    // One `caseload` event per client per local day, written through the access policy.
    const earliestDayStart = Math.min(...links.map((link) => endOfLocalDay(localDateOf(now, link.timeZone), link.timeZone) - 86_400_000 * 2));
    const recorded = await tx
      .select({ clientId: accessEvent.clientId, at: accessEvent.at })
      .from(accessEvent)
      .where(and(eq(accessEvent.actorId, actor.userId), eq(accessEvent.resource, "caseload"), inArray(accessEvent.clientId, clientIds), gte(accessEvent.at, new Date(earliestDayStart))));
    for (const link of links) {
      const today = localDateOf(now, link.timeZone);
      if (recorded.some((event) => event.clientId === link.clientId && localDateOf(event.at, link.timeZone) === today)) continue;
      await authorizeAnchorRead(tx, { actor, clientId: link.clientId, now, recordAs: "caseload" });
    }

    const grants: AnchorGrant[] = links.map((link) => ({ clientId: link.clientId, therapistId: actor.userId, careLinkId: link.id, level: link.level, riskAlerts: link.riskAlerts }));
    const views = await computeAnchorViews(ctx, tx, grants.map((grant) => ({ grant })));

    const alertRows = await tx
      .select({ clientId: safetyAlert.clientId, tier: safetyEvent.tier })
      .from(safetyAlert)
      .innerJoin(safetyEvent, eq(safetyEvent.id, safetyAlert.eventId))
      .where(and(eq(safetyAlert.therapistId, actor.userId), isNull(safetyAlert.acknowledgedAt), inArray(safetyAlert.clientId, clientIds)));

    const entries = links.map((link, i) => {
      const view = views[i];
      const alerts = alertRows.filter((row) => row.clientId === link.clientId);
      const highest = alerts.reduce<RiskTier | null>((top, row) => (top === null || riskTiers.indexOf(row.tier) > riskTiers.indexOf(top) ? row.tier : top), null);
      const facts = {
        clientId: link.clientId,
        name: link.name,
        lastActivityAt: link.lastActivityAt?.toISOString() ?? null,
        // Alerts are theirs to see only with the client's risk-alert consent.
        alerts: link.riskAlerts ? { count: alerts.length, highestTier: highest } : null,
        signals: view?.signals ?? [],
        practicesDue: (view?.inputs.practiceFacts ?? []).filter((practice) => practice.status === "active").map((practice) => ({ title: practice.title, missing: practice.missing })),
      };
      return { facts, ranking: rankClient(facts), link, view };
    });

    return {
      clients: orderCaseload(entries).map(({ facts, ranking, link, view }) => ({
        id: link.clientId,
        name: link.name,
        careLinkId: link.id,
        consent: { level: link.level, riskAlerts: link.riskAlerts },
        companionEnabled: link.companionEnabled,
        lastActivityAt: facts.lastActivityAt,
        lastSessionAt: view?.window.lastSessionAt == null ? null : new Date(view.window.lastSessionAt).toISOString(),
        unacknowledgedAlerts: facts.alerts === null ? null : facts.alerts.count,
        dependencyIndex: view?.summary.dependency.index ?? 0,
        attention: ranking.attention,
        reason: ranking.reason,
      })),
    };
  });
}
