// A client's conversations as their therapist may see them, with each one's summary brought up to
// date. The therapist's route authorises and records the read (readClientConversations); the client's
// mirror reads the same thing through `presentConversationsFor` without an access event.
import { consentIncludes, type Actor } from "@between/core";
import type { ClientConversationList } from "@between/contracts";
import type { AppContext } from "../context.ts";
import { presentClientConversations } from "../presenters/shared-conversations.ts";
import type { AnchorGrant } from "../repositories/anchor-inputs.ts";
import { clientSettings } from "../repositories/clients.ts";
import { readClientConversations, readConsentedConversations, type SharedConversation } from "../repositories/conversations.ts";
import { refreshConversationSummaries } from "./summarise-conversations.ts";

async function withSummaries(
  ctx: AppContext,
  request: { clientId: string; level: "summaries" | "transcripts"; conversations: SharedConversation[] },
): Promise<ClientConversationList> {
  const { timeZone } = await clientSettings(ctx.db, request.clientId);
  const summaries = await refreshConversationSummaries(ctx, { clientId: request.clientId, timeZone, level: request.level, conversations: request.conversations });
  return presentClientConversations({ level: request.level, conversations: request.conversations, summaries });
}

/** GET /api/clients/:id/conversations. */
export async function readSharedConversations(ctx: AppContext, request: { actor: Actor; clientId: string }): Promise<ClientConversationList> {
  const result = await readClientConversations(ctx, request);
  return withSummaries(ctx, { clientId: request.clientId, level: result.level, conversations: result.conversations });
}

/** The same list for a grant (the client's mirror); null below `summaries`, where the therapist sees none. */
export async function presentConversationsFor(ctx: AppContext, grant: AnchorGrant): Promise<ClientConversationList | null> {
  if (!consentIncludes(grant.level, "summaries")) return null;
  const level = consentIncludes(grant.level, "transcripts") ? "transcripts" : "summaries";
  const conversations = await readConsentedConversations(ctx, ctx.db, { clientId: grant.clientId, level });
  return withSummaries(ctx, { clientId: grant.clientId, level, conversations });
}
