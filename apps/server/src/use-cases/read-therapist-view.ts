// "What my therapist sees": for each of the client's live care links (or the one asked for), exactly
// the bodies their therapist's routes answer — signals, brief, conversations — built by the same code
// (computeAnchorViews, briefOf, presentConversationsFor) from the same grant. Reading your own mirror
// writes no access event.
import type { Actor } from "@between/core";
import type { TherapistViewEntry } from "@between/contracts";
import type { AppContext } from "../context.ts";
import { mirrorGrants } from "../repositories/anchor-access.ts";
import { briefOf } from "./build-session-brief.ts";
import { computeAnchorViews, signalsBodyOf } from "./compute-anchor-views.ts";
import { presentConversationsFor } from "./read-shared-conversations.ts";

export async function readTherapistView(ctx: AppContext, request: { actor: Actor; therapistId?: string | undefined }): Promise<{ views: TherapistViewEntry[] }> {
  const grants = await mirrorGrants(ctx.db, { actor: request.actor, ...(request.therapistId === undefined ? {} : { therapistId: request.therapistId }) });
  const views = await computeAnchorViews(ctx, ctx.db, grants.map((grant) => ({ grant })));
  const entries: TherapistViewEntry[] = [];
  for (const [i, grant] of grants.entries()) {
    const view = views[i];
    if (view === undefined) continue;
    entries.push({
      therapist: { id: grant.therapistId, name: grant.therapistName },
      careLinkId: grant.careLinkId,
      consent: { level: grant.level, riskAlerts: grant.riskAlerts },
      signals: await signalsBodyOf(ctx, view),
      brief: await briefOf(ctx, view),
      conversations: await presentConversationsFor(ctx, grant),
    });
  }
  return { views: entries };
}
