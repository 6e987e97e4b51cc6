// A therapist reads a client's signals and the charts' data: authorised and recorded (`signals`) in
// the transaction that computes them, from what the client's consent lets this therapist see.
import type { Actor } from "@between/core";
import type { ClientSignals } from "@between/contracts";
import type { AppContext } from "../context.ts";
import type { RequestedWindow } from "../anchor/windows.ts";
import { authorizeAnchorRead } from "../repositories/anchor-access.ts";
import { computeAnchorView, signalsBodyOf } from "./compute-anchor-views.ts";

export async function readClientSignals(ctx: AppContext, request: { actor: Actor; clientId: string; requested?: RequestedWindow | undefined }): Promise<ClientSignals> {
  const view = await ctx.db.transaction(async (tx) => {
    const grant = await authorizeAnchorRead(tx, { actor: request.actor, clientId: request.clientId, now: ctx.now(), recordAs: "signals" });
    return computeAnchorView(ctx, tx, { grant, requested: request.requested });
  });
  return signalsBodyOf(ctx, view);
}
