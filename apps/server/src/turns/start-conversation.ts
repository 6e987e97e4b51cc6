// A new conversation, in which the companion speaks first: in `rehearse` it asks who the
// conversation is with, in `regulate` for a rating, in `check-in` for the mood, in `debrief` what
// happened, in `talk` a greeting or a due follow-up. The opening is the built-in engine's fixed
// words (checked by the output guard like every reply), stored as the conversation's first message.
import { guardReplacement, guardReply, initialModeState, openConversation, type Actor, type ConversationMode } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { companionState, conversation } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";
import { appendMessage, createConversation, type ConversationView, type MessageView } from "../repositories/conversations.ts";
import { persistTurnEvents } from "./persist-turn-events.ts";
import { loadTurnContext, readClientTurnState } from "./turn-context.ts";

export async function startConversation(
  ctx: AppContext,
  actor: Actor,
  request: { mode: ConversationMode },
): Promise<{ conversation: ConversationView; opening: MessageView | null }> {
  if (actor.role !== "client") throw forbidden("Conversations with the companion belong to clients.");
  const now = ctx.now();
  const clientId = actor.userId;
  return ctx.db.transaction(async (tx) => {
    const { id } = await createConversation(ctx, actor, { mode: request.mode, exec: tx });
    const client = await readClientTurnState(ctx, tx, clientId);
    const timeZone = client.timeZone;
    const context = await loadTurnContext(ctx, tx, {
      clientId,
      conversationId: id,
      clientSeq: 1,
      clientText: "",
      now,
      timeZone,
      timing: client.timing,
      forgottenMemoryKeys: client.forgottenMemoryKeys,
      recentPattern: client.recentPattern,
    });
    const plan = openConversation({
      conversation: { mode: request.mode, state: initialModeState({ mode: request.mode }) },
      history: [],
      memory: context.memory,
      frame: context.frame,
      dueFollowUps: context.dueFollowUps,
      disclosure: context.disclosure,
      dependencyNudge: null,
      seed: id,
      now,
      timeZone,
    });
    const view: ConversationView = { id, mode: plan.mode, title: null, private: false, createdAt: now, lastMessageAt: null };
    const cipher = await ctx.keyring.forClient(tx, clientId);
    const hasOpening = plan.builtInReply.trim() !== "";
    await tx
      .update(conversation)
      .set({ mode: plan.mode, state: cipher.encryptJson(plan.nextState), ...(hasOpening ? { lastMessageAt: now } : {}) })
      .where(eq(conversation.id, id));
    if (!hasOpening) return { conversation: view, opening: null };
    const checked = guardReply(plan.builtInReply);
    const text = checked.ok ? plan.builtInReply : guardReplacement(checked.violation);
    const opening = await appendMessage(ctx, tx, {
      clientId,
      conversationId: id,
      role: "companion",
      text,
      at: now,
      engine: "built-in",
      parts: plan.structured === null ? null : [plan.structured],
    });
    // Opening a conversation is using the companion: the disclosure it carries counts as given.
    await tx.insert(companionState).values({ clientId, firstUseAt: now }).onConflictDoNothing();
    await persistTurnEvents(ctx, tx, { facts: { clientId, conversationId: id, at: now, timeZone }, events: plan.events });
    return { conversation: { ...view, lastMessageAt: now }, opening };
  });
}
