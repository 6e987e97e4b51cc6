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
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Transaction } from "../db/database.ts";
import { companionState, conversation } from "../db/schema/index.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { addMessageToBucket } from "../repositories/analysis-buckets.ts";
import { isCompanionPaused } from "../repositories/care-links.ts";
import { appendMessage } from "../repositories/conversations.ts";
import { applyMemory } from "../repositories/memory.ts";
import { recordSafetyEvent } from "../repositories/safety.ts";
import { streamCompanionReply, type ReplyOutcome } from "./companion-reply.ts";
import { crisisPart, prepareCrisisReply, recordCrisis, streamCrisisReply, type CrisisDetection } from "./crisis-turn.ts";
import { persistTurnEvents } from "./persist-turn-events.ts";
import { ReplyChannel } from "./reply-channel.ts";
import { releaseReplyLock, renewReplyLock } from "./reply-lock.ts";
import { loadTurnContext, nextRecentPattern, readClientTurnState, type TurnContext } from "./turn-context.ts";

export const companionPaused = () =>
  new AppError(
    "locked",
    "The companion is paused",
    "Your therapist has paused the companion for now. Crisis lines and your safety plan are still here whenever you need them.",
  );

interface PreparedTurn {
  message: { id: string; seq: number };
  mode: ConversationMode;
  state: unknown;
  timeZone: string;
  country: string | null;
  context: TurnContext;
}

/** Starts a turn and returns the streaming response; the turn finishes whether or not anyone listens. */
export async function takeTurn(ctx: AppContext, actor: Actor, request: { conversationId: string; text: string }): Promise<Response> {
  if (actor.role !== "client") throw forbidden("Only a client talks with the companion.");
  const now = ctx.now();
  const prepared = await ctx.db.transaction((tx) =>
    prepareTurn(ctx, tx, { clientId: actor.userId, conversationId: request.conversationId, text: request.text, now }),
  );
  // From here the client's words are committed; the reply runs detached from the HTTP response.
  const channel = new ReplyChannel();
  const turn = newId();
  const conversationId = request.conversationId;
  void reply(ctx, { clientId: actor.userId, conversationId, text: request.text, prepared, channel, turn, now }).catch(async (error: unknown) => {
    ctx.logger.error({ event: "turn.failed", turn, errorName: (error as Error).name }, "turn failed after the client's message was stored");
    channel.write({ type: "error", errorText: "Something went wrong on our side. Your message is saved; please try again in a moment." });
    channel.close();
    await releaseReplyLock(ctx.db, conversationId).catch(() => undefined);
  });
  return channel.response({ "x-between-message-id": prepared.message.id });
}

/**
 * In one transaction: take the conversation's reply lease (which also proves it is the client's),
 * store their message, its analysis and their activity, and read everything the reply needs — so
 * nothing after this can lose the message, and nothing before the model call waits on the database.
 */
async function prepareTurn(
  ctx: AppContext,
  tx: Transaction,
  request: { clientId: string; conversationId: string; text: string; now: Date },
): Promise<PreparedTurn> {
  const { clientId, conversationId, text, now } = request;
  const [locked] = await tx
    .update(conversation)
    .set({ replyLockedUntil: new Date(now.getTime() + ctx.config.replyLeaseMs), lastMessageAt: now })
    .where(
      and(
        eq(conversation.id, conversationId),
        eq(conversation.clientId, clientId),
        or(isNull(conversation.replyLockedUntil), lt(conversation.replyLockedUntil, now)),
      ),
    )
    .returning({ mode: conversation.mode, state: conversation.state });
  if (locked === undefined) {
    const [exists] = await tx
      .select({ id: conversation.id })
      .from(conversation)
      .where(and(eq(conversation.id, conversationId), eq(conversation.clientId, clientId)));
    if (exists === undefined) throw notFound("conversation");
    throw new AppError(
      "conflict",
      "Still replying",
      "The companion is still answering your last message. Yours hasn't been sent yet — it's still in the box, so you can send it in a moment.",
    );
  }
  if (await isCompanionPaused(tx, clientId)) throw companionPaused();
  const client = await readClientTurnState(ctx, tx, clientId);
  const { saved, recentPattern } = await storeMessageAndActivity(ctx, tx, { clientId, conversationId, mode: locked.mode, text, now, client });
  const cipher = await ctx.keyring.forClient(tx, clientId);
  const context = await loadTurnContext(ctx, tx, {
    clientId,
    conversationId,
    clientSeq: saved.seq,
    clientText: text,
    now,
    timeZone: client.timeZone,
    timing: client.timing,
    forgottenMemoryKeys: client.forgottenMemoryKeys,
    recentPattern,
  });
  return {
    message: { id: saved.id, seq: saved.seq },
    mode: locked.mode,
    state: locked.state === null ? null : cipher.decryptJson(locked.state),
    timeZone: client.timeZone,
    country: client.country,
    context,
  };
}

/** The client's message, its analysis (into its bucket) and their activity: what every message leaves behind. */
async function storeMessageAndActivity(
  ctx: AppContext,
  tx: Transaction,
  request: {
    clientId: string;
    conversationId: string;
    mode: ConversationMode;
    text: string;
    now: Date;
    client: Awaited<ReturnType<typeof readClientTurnState>>;
  },
) {
  const { clientId, conversationId, text, now, client } = request;
  const saved = await appendMessage(ctx, tx, { clientId, conversationId, role: "client", text, at: now });
  const features = analyseMessage({ text, at: now, timeZone: client.timeZone, mode: request.mode });
  await addMessageToBucket(ctx, tx, { clientId, conversationId, messageId: saved.id, at: now, timeZone: client.timeZone, features });
  const recentPattern = nextRecentPattern(client.recentPattern, {
    date: features.date,
    night: features.night,
    exclusivity: features.cues.includes("exclusivity"),
  });
  const activity = {
    lastActivityAt: now,
    continuousUseSince: nextContinuousUseSince({ now, lastActivityAt: client.timing.lastActivityAt, continuousUseSince: client.timing.continuousUseSince }),
    recentPattern,
  };
  await tx
    .insert(companionState)
    .values({ clientId, firstUseAt: now, ...activity })
    .onConflictDoUpdate({ target: companionState.clientId, set: activity });
  return { saved, recentPattern };
}

/**
 * Stores a client message exactly as a turn does, without a reply: for seeding synthetic histories
 * (tests, the benchmark, the demo) through the real storage.
 */
export async function storeClientMessage(
  ctx: AppContext,
  request: { clientId: string; conversationId: string; text: string; now: Date },
): Promise<{ id: string; seq: number }> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ mode: conversation.mode })
      .from(conversation)
      .where(and(eq(conversation.id, request.conversationId), eq(conversation.clientId, request.clientId)));
    if (row === undefined) throw notFound("conversation");
    await tx.update(conversation).set({ lastMessageAt: request.now }).where(eq(conversation.id, request.conversationId));
    const client = await readClientTurnState(ctx, tx, request.clientId);
    const { saved } = await storeMessageAndActivity(ctx, tx, { ...request, mode: row.mode, client });
    return { id: saved.id, seq: saved.seq };
  });
}

function crisisFrom(screen: RiskScreen): CrisisDetection | null {
  if (screen.tier !== "urgent" && screen.tier !== "imminent") return null;
  return { tier: screen.tier, categories: screen.categories, spans: screen.spans, source: "risk-screen" };
}

async function reply(
  ctx: AppContext,
  request: { clientId: string; conversationId: string; text: string; prepared: PreparedTurn; channel: ReplyChannel; turn: string; now: Date },
): Promise<void> {
  const { clientId, conversationId, prepared: stored, channel, now } = request;
  const { context } = stored;
  const replyId = newId();
  channel.write({ type: "start", messageId: replyId, messageMetadata: { clientMessageId: stored.message.id } });

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
      seed: `${conversationId}:${stored.message.seq}`,
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
    const at = ctx.now();
    const companionMessage = await appendMessage(ctx, tx, { clientId, conversationId, role: "companion", text, at, id: replyId, engine, parts });
    const facts = { clientId, conversationId, at: now, timeZone: stored.timeZone };
    const cipher = await ctx.keyring.forClient(tx, clientId);
    // The reply is stored: the conversation takes the next message.
    await tx
      .update(conversation)
      .set({ lastMessageAt: at, replyLockedUntil: null, ...(plan === null ? {} : { mode: plan.mode, state: cipher.encryptJson(plan.nextState) }) })
      .where(eq(conversation.id, conversationId));
    if (plan !== null) {
      const events: CompanionEvent[] = crisis === null ? plan.events : plan.events.filter((event) => event.type !== "disclosure-given");
      await persistTurnEvents(ctx, tx, { facts, events });
      await applyMemory(ctx, tx, { clientId, proposal: plan.memory });
    }
    if (crisis !== null) {
      await recordCrisis(tx, { clientId, conversationId, messageId: stored.message.id, detection: crisis, at: now, safetyEventId });
    } else if (riskTierAtLeast(screen.tier, "concern")) {
      await recordSafetyEvent(tx, {
        clientId,
        conversationId,
        messageId: stored.message.id,
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
  channel.write({ type: "finish", messageMetadata: { clientMessageId: stored.message.id, replyId, engine } });
  channel.close();
  ctx.logger.info(
    { event: "turn.completed", turn: request.turn, conversationId, engine, risk: screen.tier, listening: channel.connected },
    "turn completed",
  );
}
