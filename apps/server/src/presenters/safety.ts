// Exactly the fields of alerts and safety-plan proposals that leave the server.
import type { AlertView, ProposalView } from "../repositories/safety.ts";

export function presentAlert(view: AlertView) {
  return {
    id: view.id,
    client: { id: view.clientId, name: view.clientName },
    tier: view.tier,
    categories: view.categories,
    source: view.source,
    raisedAt: view.raisedAt.toISOString(),
    lastRaisedAt: view.lastRaisedAt.toISOString(),
    raiseCount: view.raiseCount,
    acknowledgedAt: view.acknowledgedAt?.toISOString() ?? null,
    note: view.note,
    message: view.message === null ? null : { id: view.message.id, text: view.message.text, at: view.message.at.toISOString() },
  };
}

export function presentProposal(view: ProposalView) {
  return {
    id: view.id,
    by: view.by,
    plan: view.plan,
    status: view.status,
    createdAt: view.createdAt.toISOString(),
    decidedAt: view.decidedAt?.toISOString() ?? null,
  };
}
