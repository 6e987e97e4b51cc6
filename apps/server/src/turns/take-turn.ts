// One turn of a conversation (DESIGN.md, "The turn of a conversation"): store the client's words
// first, then screen for risk before anything is generated; answer with the crisis protocol, or plan
// the companion's turn and stream its reply through the output guard; then store the reply and the
// turn's results together. The reply runs on even if the browser goes away, and the client's message
// is never lost: it is committed before any of the rest can fail.
import {
  analyseMessage,
  nextContinuousUseSince,
  planTurn,
  riskTierAtLeast,
  screenRisk,
  type Actor,
  type CompanionEvent,
  type ConversationMode,
  type RiskScreen,
  type TurnPlan,
} from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import { companionState, conversation, message } from "../db/schema/index.ts";
import { AppError, forbidden } from "../errors.ts";
import { addMessageToBucket } from "../repositories/analysis-buckets.ts";
import { isCompanionPaused } from "../repositories/care-links.ts";
import { clientSettings } from "../repositories/clients.ts";
import { appendMessage, findOwnConversation } from "../repositories/conversations.ts";
import { applyMemory } from "../repositories/memory.ts";
import { recordSafetyEvent } from "../repositories/safety.ts";
import { streamCompanionReply, type ReplyOutcome } from "./companion-reply.ts";
import { crisisPart, prepareCrisisReply, recordCrisis, streamCrisisReply, type CrisisDetection } from "./crisis-turn.ts";
import { persistTurnEvents } from "./persist-turn-events.ts";
import { ReplyChannel } from "./reply-channel.ts";
import { acquireReplyLock, releaseReplyLock, renewReplyLock } from "./reply-lock.ts";
import { loadTurnContext, readCompanionTiming, type CompanionTiming } from "./turn-context.ts";

export const companionPaused = () =>
  new AppError(
    "locked",
    "The companion is paused",
    "Your therapist has paused the companion for now. Crisis lines and your safety plan are still here whenever you need them.",
  );

interface StoredClientMessage {
  id: string;
  seq: number;
  mode: ConversationMode;
  state: unknown;
  timing: CompanionTiming;
  timeZone: string;
  country: string | null;
}

/** Starts a turn and returns the streaming response; the turn finishes whether or not anyone listens. */
export async function takeTurn(ctx: AppContext, actor: Actor, request: { conversationId: string; text: string }): Promise<Response> {
  if (actor.role !== "client") throw forbidden("Only a client talks with the companion.");
  const now = ctx.now();
  const owned = await findOwnConversation(ctx.db, actor, request.conversationId);
  if (await isCompanionPaused(ctx.db, actor.userId)) throw companionPaused();
  if (!(await acquireReplyLock(ctx.db, { conversationId: owned.id, now, leaseMs: ctx.config.replyLeaseMs }))) {
    throw new AppError(
      "conflict",
      "Still replying",
      "The companion is still answering your last message. Yours hasn't been sent yet — it's still in the box, so you can send it in a moment.",
    );
  }
  let stored: StoredClientMessage;
  try {
    stored = await storeClientMessage(ctx, { clientId: actor.userId, conversationId: owned.id, text: request.text, now });
  } catch (error) {
    await releaseReplyLock(ctx.db, owned.id);
    throw error;
  }
  const channel = new ReplyChannel();
  const turn = newId();
  void reply(ctx, { clientId: actor.userId, conversationId: owned.id, text: request.text, stored, channel, turn, now })
    .catch((error: unknown) => {
      ctx.logger.error({ event: "turn.failed", turn, errorName: (error as Error).name }, "turn failed after the client's message was stored");
      channel.write({ type: "error", errorText: "Something went wrong on our side. Your message is saved; please try again in a moment." });
    })
    .finally(async () => {
      channel.close();
      await releaseReplyLock(ctx.db, owned.id).catch(() => undefined);
    });
  return channel.response({ "x-between-message-id": stored.id });
}

/** The client's message, its analysis and their activity, committed before anything else happens. */
async function storeClientMessage(
  ctx: AppContext,
  request: { clientId: string; conversationId: string; text: string; now: Date },
): Promise<StoredClientMessage> {
  const { clientId, conversationId, text, now } = request;
  return ctx.db.transaction(async (tx) => {
    const settings = await clientSettings(tx, clientId);
    const [row] = await tx.select().from(conversation).where(eq(conversation.id, conversationId));
    if (row === undefined) throw new AppError("not-found", "Not found", "That conversation no longer exists.");
    const timing = await readCompanionTiming(tx, clientId);
    const saved = await appendMessage(ctx, tx, { clientId, conversationId, role: "client", text, at: now });
    const [seq] = await tx.select({ seq: message.seq }).from(message).where(eq(message.id, saved.id));
    const features = analyseMessage({ text, at: now, timeZone: settings.timeZone, mode: row.mode });
    await addMessageToBucket(ctx, tx, { clientId, conversationId, messageId: saved.id, at: now, timeZone: settings.timeZone, features });
    const activity = {
      lastActivityAt: now,
      continuousUseSince: nextContinuousUseSince({ now, lastActivityAt: timing.lastActivityAt, continuousUseSince: timing.continuousUseSince }),
    };
    await tx
      .insert(companionState)
      .values({ clientId, firstUseAt: now, ...activity })
      .onConflictDoUpdate({ target: companionState.clientId, set: activity });
    const cipher = await ctx.keyring.forClient(tx, clientId);
    return {
      id: saved.id,
      seq: seq?.seq ?? 0,
      mode: row.mode,
      state: row.state === null ? null : cipher.decryptJson(row.state),
      timing,
      timeZone: settings.timeZone,
      country: settings.country,
    };
  });
}

function crisisFrom(screen: RiskScreen): CrisisDetection | null {
  if (screen.tier !== "urgent" && screen.tier !== "imminent") return null;
  return { tier: screen.tier, categories: screen.categories, spans: screen.spans, source: "risk-screen" };
}

async function reply(
  ctx: AppContext,
  request: { clientId: string; conversationId: string; text: string; stored: StoredClientMessage; channel: ReplyChannel; turn: string; now: Date },
): Promise<void> {
  const { clientId, conversationId, stored, channel, now } = request;
  const replyId = newId();
  channel.write({ type: "start", messageId: replyId, messageMetadata: { clientMessageId: stored.id } });
  const context = await loadTurnContext(ctx, ctx.db, {
    clientId,
    conversationId,
    clientSeq: stored.seq,
    clientText: request.text,
    now,
    timeZone: stored.timeZone,
    timing: stored.timing,
  });

  // Safety first: the screen is pure and runs before any generation.
  const previousCompanion = context.history.findLast((entry) => entry.role === "companion")?.text;
  const recentClient = context.history.filter((entry) => entry.role === "client").slice(-3).map((entry) => entry.text);
  const screen = screenRisk({ text: request.text, context: { previousCompanionMessage: previousCompanion, recentClientMessages: recentClient } });
  let crisis = crisisFrom(screen);
  let plan: TurnPlan | null = null;
  if (crisis === null) {
    plan = planTurn({
      conversation: { mode: stored.mode, state: stored.state },
      clientText: request.text,
      history: context.history,
      memory: context.memory,
      frame: context.frame,
      dueFollowUps: context.dueFollowUps,
      disclosure: context.disclosure,
      dependencyNudge: context.dependencyNudge,
      seed: `${conversationId}:${stored.seq}`,
      now,
      timeZone: stored.timeZone,
      forgottenMemoryKeys: context.forgottenMemoryKeys,
    });
    // A PHQ-9 item 9 answer above 0 is met by the crisis protocol, whatever the rest of the turn.
    if (plan.events.some((event) => event.type === "phq9-item9-positive")) {
      crisis = { tier: "urgent", categories: ["suicidal-thoughts"], spans: [], source: "phq9-item9" };
    }
  }

  let text: string;
  let engine: string;
  let parts: unknown[] | null = null;
  let outcome: ReplyOutcome | null = null;
  const safetyEventId = newId();
  if (crisis !== null) {
    const crisisReply = await prepareCrisisReply(ctx, { clientId, country: stored.country, detection: crisis, turn: request.turn });
    streamCrisisReply(channel, crisisReply, { text: `${replyId}-text`, safetyEventId });
    text = crisisReply.text;
    engine = "crisis-protocol";
    parts = [crisisPart(crisisReply, safetyEventId)];
  } else if (plan !== null) {
    const keepAlive = setInterval(() => {
      void renewReplyLock(ctx.db, { conversationId, now: ctx.now(), leaseMs: ctx.config.replyLeaseMs }).catch(() => undefined);
    }, ctx.config.replyLeaseMs / 3);
    try {
      outcome = await streamCompanionReply({
        plan,
        model: ctx.model,
        channel,
        logger: ctx.logger,
        ids: { text: `${replyId}-text`, replacement: `${replyId}-safe`, turn: request.turn },
      });
    } finally {
      clearInterval(keepAlive);
    }
    text = outcome.text;
    engine = outcome.engine;
    if (plan.structured !== null && outcome.guardViolation === null) {
      parts = [plan.structured];
      channel.write({ type: "data-structured", data: plan.structured });
    }
  } else {
    throw new Error("a turn has neither a plan nor a crisis");
  }

  await ctx.db.transaction(async (tx) => {
    const companionMessage = await appendMessage(ctx, tx, { clientId, conversationId, role: "companion", text, at: ctx.now(), id: replyId, engine, parts });
    const facts = { clientId, conversationId, at: now, timeZone: stored.timeZone };
    if (plan !== null) {
      const cipher = await ctx.keyring.forClient(tx, clientId);
      await tx.update(conversation).set({ mode: plan.mode, state: cipher.encryptJson(plan.nextState) }).where(eq(conversation.id, conversationId));
      const events: CompanionEvent[] = crisis === null ? plan.events : plan.events.filter((event) => event.type !== "disclosure-given");
      await persistTurnEvents(ctx, tx, { facts, events });
      await applyMemory(ctx, tx, { clientId, proposal: plan.memory });
    }
    if (crisis !== null) {
      await recordCrisis(tx, { clientId, conversationId, messageId: stored.id, detection: crisis, at: now, safetyEventId });
    } else if (riskTierAtLeast(screen.tier, "concern")) {
      await recordSafetyEvent(tx, {
        clientId,
        conversationId,
        messageId: stored.id,
        source: "risk-screen",
        tier: screen.tier,
        categories: screen.categories,
        spans: screen.spans,
        response: "companion",
        at: now,
      });
    }
    if (outcome?.guardViolation != null) {
      await recordSafetyEvent(tx, {
        clientId,
        conversationId,
        messageId: companionMessage.id,
        source: "output-guard",
        tier: "none",
        categories: [outcome.guardViolation.violation],
        spans: [],
        response: "guard-replacement",
        at: now,
      });
    }
  });
  channel.write({ type: "finish", messageMetadata: { clientMessageId: stored.id, replyId, engine } });
  ctx.logger.info(
    { event: "turn.completed", turn: request.turn, conversationId, engine, risk: screen.tier, listening: channel.connected },
    "turn completed",
  );
}
