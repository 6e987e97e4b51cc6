// The analysers' running totals, one encrypted bucket per (conversation, ISO week in the client's
// zone). Each client message is added once, in the transaction that stores it; readers merge the
// buckets they may see, so marking a conversation private removes it from every signal at once.
import { addToBucket, bucketKey, emptyBucket, mondayOfIsoWeek, type Bucket, type MessageFeatures } from "@between/core";
import { and, eq, gte, inArray } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { analysisBucket, conversation } from "../db/schema/index.ts";

export async function addMessageToBucket(
  ctx: AppContext,
  exec: Executor,
  entry: { clientId: string; conversationId: string; messageId: string; at: Date; timeZone: string; features: MessageFeatures },
): Promise<void> {
  const key = bucketKey({ conversationId: entry.conversationId, at: entry.at, timeZone: entry.timeZone });
  const weekStart = mondayOfIsoWeek(key.week);
  const cipher = await ctx.keyring.forClient(exec, entry.clientId);
  const [row] = await exec
    .select({ body: analysisBucket.body })
    .from(analysisBucket)
    .where(and(eq(analysisBucket.conversationId, entry.conversationId), eq(analysisBucket.weekStart, weekStart)));
  const current = row === undefined ? emptyBucket() : (cipher.decryptJson(row.body) as Bucket);
  const next = addToBucket(current, {
    messageId: entry.messageId,
    conversationId: entry.conversationId,
    at: entry.at.getTime(),
    features: entry.features,
  });
  const body = cipher.encryptJson(next);
  await exec
    .insert(analysisBucket)
    .values({ clientId: entry.clientId, conversationId: entry.conversationId, weekStart, body, updatedAt: entry.at })
    .onConflictDoUpdate({ target: [analysisBucket.conversationId, analysisBucket.weekStart], set: { body, updatedAt: entry.at } });
}

/**
 * A client's buckets. Callers that show them to a therapist pass `includePrivate: false` (and have
 * authorised the read); the companion's own care for the client may see all of them.
 */
export async function readBuckets(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; includePrivate: boolean; fromWeekStart?: string; conversationIds?: readonly string[] },
): Promise<Bucket[]> {
  const filters = [eq(analysisBucket.clientId, request.clientId)];
  if (!request.includePrivate) filters.push(eq(conversation.private, false));
  if (request.fromWeekStart !== undefined) filters.push(gte(analysisBucket.weekStart, request.fromWeekStart));
  if (request.conversationIds !== undefined) {
    if (request.conversationIds.length === 0) return [];
    filters.push(inArray(analysisBucket.conversationId, [...request.conversationIds]));
  }
  const rows = await exec
    .select({ body: analysisBucket.body })
    .from(analysisBucket)
    .innerJoin(conversation, eq(conversation.id, analysisBucket.conversationId))
    .where(and(...filters));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  return rows.map((row) => cipher.decryptJson(row.body) as Bucket);
}
