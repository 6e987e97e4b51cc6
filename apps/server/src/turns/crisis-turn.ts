// The crisis protocol's turn: fixed copy, the client's own safety plan and their country's lines —
// never model text, and the client's message never goes to a model. The reply is shown even if
// reading the plan or the directory fails; then the event is recorded and, for imminent risk, the
// therapists the client agreed may be alerted are alerted at once.
import {
  buildCrisisReply,
  crisisLinesFor,
  defaultCrisisLines,
  type CountryCrisisLines,
  type CrisisReply,
  type RiskCategory,
  type SafetyPlan,
} from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { user, type SafetyEventSource } from "../db/schema/index.ts";
import { alertableLinks, crisisLinesForCountry, raiseSafetyAlerts, readSafetyPlan, recordSafetyEvent } from "../repositories/safety.ts";
import type { ReplyChannel } from "./reply-channel.ts";

export interface CrisisDetection {
  tier: "urgent" | "imminent";
  categories: readonly RiskCategory[];
  spans: readonly { start: number; end: number; category: string }[];
  source: SafetyEventSource;
}

export async function prepareCrisisReply(
  ctx: AppContext,
  request: { clientId: string; country: string | null; detection: CrisisDetection; turn: string },
): Promise<CrisisReply> {
  let plan: SafetyPlan | null = null;
  let lines: CountryCrisisLines = crisisLinesFor({ country: request.country, directory: defaultCrisisLines });
  let links: { therapistId: string }[] = [];
  let therapistName: string | null = null;
  try {
    plan = (await readSafetyPlan(ctx, ctx.db, request.clientId)).plan;
    lines = await crisisLinesForCountry(ctx.db, request.country);
    links = await alertableLinks(ctx.db, request.clientId);
    const first = links[0];
    if (links.length === 1 && first !== undefined) {
      const [row] = await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, first.therapistId));
      therapistName = row?.name ?? null;
    }
  } catch (error) {
    // The reply must not wait on anything: answer with the defaults.
    ctx.logger.error({ event: "crisis.context-failed", turn: request.turn, errorName: (error as Error).name }, "crisis context unavailable");
  }
  return buildCrisisReply({
    tier: request.detection.tier,
    categories: request.detection.categories,
    safetyPlan: plan,
    crisisLines: lines,
    therapistAlert: { linked: links.length > 0, consented: links.length > 0, therapistName },
  });
}

export function streamCrisisReply(channel: ReplyChannel, reply: CrisisReply, ids: { text: string; safetyEventId: string }): void {
  channel.write({ type: "text-start", id: ids.text });
  channel.write({ type: "text-delta", id: ids.text, delta: reply.text });
  channel.write({ type: "text-end", id: ids.text });
  channel.write({ type: "data-crisis", data: crisisPart(reply, ids.safetyEventId) });
}

/** What the app renders beside the crisis text (and what is stored with the message): no client words. */
export function crisisPart(reply: CrisisReply, safetyEventId: string) {
  return {
    kind: "crisis" as const,
    safetyEventId,
    tier: reply.tier,
    parts: reply.parts,
    emergency: reply.emergency,
    lines: reply.lines,
    actions: reply.actions,
    pinCrisisLines: reply.pinCrisisLines,
    therapistAlert: reply.therapistAlert,
  };
}

/** Records the event (and, for imminent risk, the alerts) in the turn's transaction. */
export async function recordCrisis(
  exec: Executor,
  request: {
    clientId: string;
    conversationId: string | null;
    messageId: string | null;
    detection: CrisisDetection;
    at: Date;
    safetyEventId: string;
  },
): Promise<void> {
  await recordSafetyEvent(exec, {
    id: request.safetyEventId,
    clientId: request.clientId,
    conversationId: request.conversationId,
    messageId: request.messageId,
    source: request.detection.source,
    tier: request.detection.tier,
    categories: request.detection.categories,
    spans: request.detection.spans,
    response: "crisis-protocol",
    at: request.at,
  });
  if (request.detection.tier === "imminent") {
    await raiseSafetyAlerts(exec, { eventId: request.safetyEventId, clientId: request.clientId, at: request.at });
  }
}
