// Per-conversation summaries for the `summaries` level. The template over the analysers (themes,
// people, mode, recorded outcomes) is always there and is the evidence; with a model configured, a
// generated summary sits beside it, marked as generated, for conversations gone quiet. Summaries are
// computed on read, stored encrypted on the conversation, and recomputed only when it changed. A
// private conversation is never summarised, never sent to a model; nothing is sent to a model at all
// for a reader whose consent does not reach `summaries`.
import { createHash } from "node:crypto";
import {
  consentIncludes,
  checkGeneratedText,
  localDateOf,
  mergeAll,
  summariseConversation,
  type ConsentLevel,
  type EnactmentStatus,
  type RiskTier,
} from "@between/core";
import type { ConversationSummaryDetail } from "@between/contracts";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import type { AppContext } from "../context.ts";
import { ModelFailure } from "../companion/model-engine.ts";
import { checkIn, conversation, intention, message, moment, regulationSession, safetyEvent } from "../db/schema/index.ts";
import { readConversationBuckets } from "../repositories/anchor-inputs.ts";
import { writeSummaries, type StoredSummary } from "../repositories/conversation-summaries.ts";
import type { SharedConversation } from "../repositories/conversations.ts";
import { timeoutOf } from "./build-session-brief.ts";

/** A conversation is summarised by a model once it has been quiet this long. */
export const QUIET_MS = 30 * 60_000;
/** At most this many model summaries per read; the rest come on later reads. */
const MODEL_SUMMARIES_PER_READ = 3;
/** The transcript sent to the model is cut to its last this-many characters. */
const TRANSCRIPT_CHARS = 12_000;

const SummarySchema = z.object({ summary: z.string().min(1).max(1200) });

const summaryInstructions = [
  "You summarise one conversation between a client and an AI companion, for the client's therapist.",
  "Write 2 to 4 plain sentences about what the client talked about and did (people, situations, what they rehearsed or decided).",
  "Describe what the client wrote; never diagnose, never name a disorder, never state a mental state as fact, never advise, never quote the companion as an authority.",
  "Refer to \"the client\". Answer with JSON: {\"summary\": \"...\"}.",
].join("\n");

const intentionStatus: Readonly<Record<"pending" | "done" | "not-yet" | "changed-my-mind", EnactmentStatus>> = {
  pending: "pending",
  done: "kept",
  "not-yet": "postponed",
  "changed-my-mind": "dropped",
};

interface ConversationRecords {
  intentions: { withLabel: string | null; status: EnactmentStatus; dueDate: string | null; outcomeDate: string | null }[];
  regulation: { exercise: string | null; before: number | null; after: number | null }[];
  checkIns: { instrument: "phq9" | "gad7" | "mood"; score: number; band: string | null }[];
  moments: number;
  safetyEvents: { tier: RiskTier }[];
}

function emptyRecords(): ConversationRecords {
  return { intentions: [], regulation: [], checkIns: [], moments: 0, safetyEvents: [] };
}

async function recordsByConversation(ctx: AppContext, request: { clientId: string; conversationIds: readonly string[]; timeZone: string }): Promise<Map<string, ConversationRecords>> {
  const out = new Map<string, ConversationRecords>();
  if (request.conversationIds.length === 0) return out;
  const ids = [...request.conversationIds];
  const at = (conversationId: string | null): ConversationRecords | undefined => {
    if (conversationId === null) return undefined;
    let records = out.get(conversationId);
    if (records === undefined) {
      records = emptyRecords();
      out.set(conversationId, records);
    }
    return records;
  };
  const [intentions, regulation, checkIns, moments, events] = await Promise.all([
    ctx.db
      .select({ conversationId: intention.conversationId, body: intention.body, status: intention.status, dueOn: intention.dueOn, resolvedAt: intention.resolvedAt, createdAt: intention.createdAt })
      .from(intention)
      .where(and(eq(intention.clientId, request.clientId), inArray(intention.conversationId, ids)))
      .orderBy(asc(intention.createdAt)),
    ctx.db
      .select({ conversationId: regulationSession.conversationId, exercise: regulationSession.exercise, before: regulationSession.distressBefore, after: regulationSession.distressAfter })
      .from(regulationSession)
      .where(and(eq(regulationSession.clientId, request.clientId), inArray(regulationSession.conversationId, ids)))
      .orderBy(asc(regulationSession.startedAt)),
    ctx.db
      .select({ conversationId: checkIn.conversationId, instrument: checkIn.instrument, score: checkIn.score, band: checkIn.band })
      .from(checkIn)
      .where(and(eq(checkIn.clientId, request.clientId), inArray(checkIn.conversationId, ids)))
      .orderBy(asc(checkIn.createdAt), asc(checkIn.instrument)),
    ctx.db
      .select({ conversationId: moment.conversationId })
      .from(moment)
      .where(and(eq(moment.clientId, request.clientId), inArray(moment.conversationId, ids))),
    ctx.db
      .select({ conversationId: safetyEvent.conversationId, tier: safetyEvent.tier })
      .from(safetyEvent)
      .where(and(eq(safetyEvent.clientId, request.clientId), inArray(safetyEvent.conversationId, ids), ne(safetyEvent.tier, "none")))
      .orderBy(asc(safetyEvent.createdAt)),
  ]);
  const cipher = await ctx.keyring.forClient(ctx.db, request.clientId);
  for (const row of intentions) {
    const body = cipher.decryptJson(row.body) as { withWhom?: string | null };
    at(row.conversationId)?.intentions.push({
      withLabel: body.withWhom ?? null,
      status: intentionStatus[row.status],
      dueDate: row.dueOn,
      outcomeDate: row.resolvedAt === null ? null : localDateOf(row.resolvedAt, request.timeZone),
    });
  }
  for (const row of regulation) at(row.conversationId)?.regulation.push({ exercise: row.exercise, before: row.before, after: row.after });
  for (const row of checkIns) at(row.conversationId)?.checkIns.push({ instrument: row.instrument, score: row.score, band: row.band });
  for (const row of moments) {
    const records = at(row.conversationId);
    if (records !== undefined) records.moments++;
  }
  for (const row of events) at(row.conversationId)?.safetyEvents.push({ tier: row.tier });
  return out;
}

function fingerprint(records: ConversationRecords): string {
  return createHash("sha256").update(JSON.stringify(records)).digest("base64url").slice(0, 22);
}

/**
 * Brings the stored summaries of these (non-private) conversations up to date and returns each one's
 * detail. `level` is what the reader may see: below `summaries` this does nothing at all.
 */
export async function refreshConversationSummaries(
  ctx: AppContext,
  request: { clientId: string; timeZone: string; level: ConsentLevel; conversations: readonly SharedConversation[] },
): Promise<Map<string, ConversationSummaryDetail>> {
  const out = new Map<string, ConversationSummaryDetail>();
  if (!consentIncludes(request.level, "summaries") || request.conversations.length === 0) return out;
  const { clientId, timeZone } = request;
  const records = await recordsByConversation(ctx, { clientId, conversationIds: request.conversations.map((item) => item.id), timeZone });
  const changed = new Map<string, StoredSummary>();
  const current = new Map<string, StoredSummary>();

  const stale = request.conversations.filter((item) => {
    const stored = item.storedSummary;
    const upTo = item.lastMessageAt?.toISOString() ?? null;
    const fresh = stored !== null && stored.upTo === upTo && stored.messages === item.messageCount && stored.records === fingerprint(records.get(item.id) ?? emptyRecords());
    if (fresh) current.set(item.id, stored);
    return !fresh;
  });
  if (stale.length > 0) {
    const buckets = await readConversationBuckets(ctx, ctx.db, { clientId, conversationIds: stale.map((item) => item.id) });
    const byConversation = new Map<string, typeof buckets>();
    for (const bucket of buckets) {
      const id = bucket.conversationIds[0];
      if (id !== undefined) byConversation.set(id, [...(byConversation.get(id) ?? []), bucket]);
    }
    for (const item of stale) {
      const own = records.get(item.id) ?? emptyRecords();
      const bucket = mergeAll(byConversation.get(item.id) ?? []);
      const summary = summariseConversation({
        mode: item.mode,
        startedAt: item.createdAt,
        lastMessageAt: item.lastMessageAt,
        clientMessages: bucket.messages,
        bucket,
        ...own,
        timeZone,
      });
      const previous = item.storedSummary;
      // A generated summary stays while the conversation's messages are the ones it read.
      const generated = previous !== null && previous.generatedFor === item.messageCount ? previous.detail.generated : null;
      const stored: StoredSummary = {
        v: 1,
        upTo: item.lastMessageAt?.toISOString() ?? null,
        messages: item.messageCount,
        records: fingerprint(own),
        detail: { template: summary.text, facts: summary.facts, generated },
        generatedFor: generated === null ? null : item.messageCount,
      };
      current.set(item.id, stored);
      changed.set(item.id, stored);
    }
  }

  const model = ctx.model;
  if (model !== undefined) {
    const quietBefore = ctx.now().getTime() - QUIET_MS;
    const candidates = request.conversations
      .filter((item) => item.messageCount > 0 && item.lastMessageAt !== null && item.lastMessageAt.getTime() <= quietBefore)
      .filter((item) => current.get(item.id)?.generatedFor !== item.messageCount)
      .sort((a, b) => (b.lastMessageAt?.getTime() ?? 0) - (a.lastMessageAt?.getTime() ?? 0))
      .slice(0, MODEL_SUMMARIES_PER_READ);
    for (const item of candidates) {
      const stored = current.get(item.id);
      if (stored === undefined) continue;
      const generated = await generateSummary(ctx, { clientId, conversationId: item.id, template: stored.detail.template });
      if (generated === null) continue;
      const next: StoredSummary = { ...stored, detail: { ...stored.detail, generated: { text: generated, model: model.name, at: ctx.now().toISOString() } }, generatedFor: item.messageCount };
      current.set(item.id, next);
      changed.set(item.id, next);
    }
  }

  await writeSummaries(ctx, ctx.db, { clientId, summaries: [...changed.entries()].map(([conversationId, stored]) => ({ conversationId, stored })) });
  for (const [id, stored] of current) out.set(id, stored.detail);
  return out;
}

/** The model's summary of one conversation, or null (the template stands) on any failure. */
async function generateSummary(ctx: AppContext, request: { clientId: string; conversationId: string; template: string }): Promise<string | null> {
  const model = ctx.model;
  if (model === undefined) return null;
  // Read it afresh: a conversation turned private a moment ago is never sent.
  const rows = await ctx.db
    .select({ role: message.role, body: message.body })
    .from(message)
    .innerJoin(conversation, eq(conversation.id, message.conversationId))
    .where(and(eq(message.conversationId, request.conversationId), eq(message.clientId, request.clientId), eq(conversation.private, false)))
    .orderBy(asc(message.seq));
  if (rows.length === 0) return null;
  const cipher = await ctx.keyring.forClient(ctx.db, request.clientId);
  const transcript = rows.map((row) => `${row.role === "client" ? "Client" : "Companion"}: ${cipher.decrypt(row.body)}`).join("\n").slice(-TRANSCRIPT_CHARS);
  try {
    const answer = await model.generateStructured({
      instructions: summaryInstructions,
      prompt: `What the analysers found: ${request.template}\n\nThe conversation:\n${transcript}`,
      schema: SummarySchema,
      timeoutMs: timeoutOf(ctx),
    });
    const text = answer.summary.trim();
    const check = checkGeneratedText(text);
    if (!check.ok) {
      ctx.logger.warn({ event: "summary.generated-refused", conversationId: request.conversationId, rule: check.rule }, "generated summary not used");
      return null;
    }
    return text;
  } catch (error) {
    ctx.logger.warn(
      { event: "summary.generation-failed", conversationId: request.conversationId, kind: error instanceof ModelFailure ? error.kind : (error as Error).name },
      "model summary failed; the template stands",
    );
    return null;
  }
}
