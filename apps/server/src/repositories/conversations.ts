// Conversations and messages, always scoped to the acting client: one client can never reach another's
// rows, because every query filters on the actor's own id.
import type { Actor, ConversationMode } from "@between/core";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { conversation, message, type MessageRole } from "../db/schema/index.ts";
import { forbidden, notFound } from "../errors.ts";
import { authorizeHighestRead } from "./client-access.ts";
import { readStoredSummary, type StoredSummary } from "./conversation-summaries.ts";

export interface ConversationView {
  id: string;
  mode: ConversationMode;
  title: string | null;
  private: boolean;
  createdAt: Date;
  lastMessageAt: Date | null;
}

export interface MessageView {
  id: string;
  role: MessageRole;
  text: string;
  createdAt: Date;
  /** Structured parts beside a companion reply (crisis lines, a scale, breathing timing). */
  parts: unknown[] | null;
}

function requireClient(actor: Actor): void {
  if (actor.role !== "client") throw forbidden("Conversations with the companion belong to clients.");
}

/** A new, empty conversation of the client's (the turn layer adds the companion's opening). */
export async function createConversation(
  ctx: AppContext,
  actor: Actor,
  request: { mode: ConversationMode; exec?: Executor },
): Promise<ConversationView> {
  requireClient(actor);
  const row = { id: newId(), clientId: actor.userId, mode: request.mode, createdAt: ctx.now() };
  await (request.exec ?? ctx.db).insert(conversation).values(row);
  return { id: row.id, mode: row.mode, title: null, private: false, createdAt: row.createdAt, lastMessageAt: null };
}

export async function listConversations(ctx: AppContext, actor: Actor): Promise<ConversationView[]> {
  requireClient(actor);
  const rows = await ctx.db
    .select()
    .from(conversation)
    .where(eq(conversation.clientId, actor.userId))
    .orderBy(desc(sql`coalesce(${conversation.lastMessageAt}, ${conversation.createdAt})`));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(ctx.db, actor.userId);
  return rows.map((row) => ({
    id: row.id,
    mode: row.mode,
    title: row.title === null ? null : cipher.decrypt(row.title),
    private: row.private,
    createdAt: row.createdAt,
    lastMessageAt: row.lastMessageAt,
  }));
}

/** The client's own conversation row, or "not found" for anyone else. */
export async function findOwnConversation(exec: Executor, actor: Actor, conversationId: string) {
  const [row] = await exec
    .select()
    .from(conversation)
    .where(and(eq(conversation.id, conversationId), eq(conversation.clientId, actor.userId)));
  if (row === undefined) throw notFound("conversation");
  return row;
}

export async function readOwnMessages(ctx: AppContext, actor: Actor, conversationId: string): Promise<MessageView[]> {
  requireClient(actor);
  await findOwnConversation(ctx.db, actor, conversationId);
  return readMessages(ctx, ctx.db, { clientId: actor.userId, conversationIds: [conversationId] }).then(
    (byConversation) => byConversation.get(conversationId) ?? [],
  );
}

/** Decrypts the messages of some of one client's conversations. Callers have already authorised the read. */
async function readMessages(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; conversationIds: string[] },
): Promise<Map<string, MessageView[]>> {
  const result = new Map<string, MessageView[]>();
  if (request.conversationIds.length === 0) return result;
  const rows = await exec
    .select()
    .from(message)
    .where(and(eq(message.clientId, request.clientId), inArray(message.conversationId, request.conversationIds)))
    .orderBy(asc(message.conversationId), asc(message.seq));
  if (rows.length === 0) return result;
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  for (const row of rows) {
    const list = result.get(row.conversationId) ?? [];
    list.push({ id: row.id, role: row.role, text: cipher.decrypt(row.body), createdAt: row.createdAt, parts: row.parts });
    result.set(row.conversationId, list);
  }
  return result;
}

/**
 * Adds a message at the end of a conversation, encrypted under the client's key, in one statement
 * (its position is computed by the insert itself). The caller keeps `conversation.last_message_at`.
 */
export async function appendMessage(
  ctx: AppContext,
  exec: Executor,
  request: {
    clientId: string;
    conversationId: string;
    role: MessageRole;
    text: string;
    at: Date;
    /** Companion replies: the id already announced to the browser, the engine, and structured parts. */
    id?: string;
    engine?: string;
    parts?: unknown[] | null;
  },
): Promise<MessageView & { seq: number }> {
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const row = {
    id: request.id ?? newId(),
    conversationId: request.conversationId,
    clientId: request.clientId,
    seq: sql<number>`(select coalesce(max(${message.seq}), 0) + 1 from ${message} where ${message.conversationId} = ${request.conversationId})`,
    role: request.role,
    body: cipher.encrypt(request.text),
    engine: request.engine ?? null,
    parts: request.parts ?? null,
    createdAt: request.at,
  };
  const [inserted] = await exec.insert(message).values(row).returning({ seq: message.seq });
  return { id: row.id, role: row.role, text: request.text, createdAt: row.createdAt, parts: row.parts, seq: inserted?.seq ?? 0 };
}

export async function updateConversation(
  ctx: AppContext,
  actor: Actor,
  request: { conversationId: string; title?: string | null | undefined; private?: boolean | undefined },
): Promise<ConversationView> {
  requireClient(actor);
  return ctx.db.transaction(async (tx) => {
    const row = await findOwnConversation(tx, actor, request.conversationId);
    const cipher = await ctx.keyring.forClient(tx, actor.userId);
    const title = request.title === undefined ? row.title : request.title === null ? null : cipher.encrypt(request.title);
    const isPrivate = request.private ?? row.private;
    await tx.update(conversation).set({ title, private: isPrivate }).where(eq(conversation.id, row.id));
    return {
      id: row.id,
      mode: row.mode,
      title: title === null ? null : cipher.decrypt(title),
      private: isPrivate,
      createdAt: row.createdAt,
      lastMessageAt: row.lastMessageAt,
    };
  });
}

export async function deleteConversation(ctx: AppContext, actor: Actor, conversationId: string): Promise<void> {
  requireClient(actor);
  const row = await findOwnConversation(ctx.db, actor, conversationId);
  await ctx.db.delete(conversation).where(eq(conversation.id, row.id));
}

/** One of a client's conversations as a therapist may see it (summary and text by consent). */
export type SharedConversation = ConversationView & {
  messageCount: number;
  /** The stored summary's template text, under `summaries` and above. */
  summary: string | null;
  storedSummary: StoredSummary | null;
  messages: MessageView[] | null;
};

/**
 * A therapist's view of a client's conversations: never private ones; summaries under `summaries`,
 * full text under `transcripts`. The authorisation and the access event happen here, in one transaction.
 */
export async function readClientConversations(
  ctx: AppContext,
  request: { actor: Actor; clientId: string },
): Promise<{ level: "summaries" | "transcripts"; conversations: SharedConversation[] }> {
  return ctx.db.transaction(async (tx) => {
    const level = await authorizeHighestRead(tx, {
      actor: request.actor,
      clientId: request.clientId,
      resources: ["transcripts", "summaries"],
      now: ctx.now(),
    });
    return { level, conversations: await readConsentedConversations(ctx, tx, { clientId: request.clientId, level }) };
  });
}

/**
 * The conversations as a grant at `level` sees them. No authorisation here: for callers that have
 * authorised (above) or read the client's own mirror of what their therapist sees.
 */
export async function readConsentedConversations(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; level: "summaries" | "transcripts" },
): Promise<SharedConversation[]> {
  const { level } = request;
  const rows = await exec
    .select({
      id: conversation.id,
      mode: conversation.mode,
      createdAt: conversation.createdAt,
      lastMessageAt: conversation.lastMessageAt,
      summary: conversation.summary,
      messageCount: count(message.id),
    })
    .from(conversation)
    .leftJoin(message, eq(message.conversationId, conversation.id))
    .where(and(eq(conversation.clientId, request.clientId), eq(conversation.private, false)))
    .groupBy(conversation.id)
    .orderBy(desc(conversation.createdAt), asc(conversation.id));
  const texts =
    level === "transcripts"
      ? await readMessages(ctx, exec, { clientId: request.clientId, conversationIds: rows.map((row) => row.id) })
      : new Map<string, MessageView[]>();
  const cipher = rows.length === 0 ? null : await ctx.keyring.forClient(exec, request.clientId);
  return rows.map((row) => {
    const stored = cipher === null ? null : readStoredSummary(cipher, row.summary);
    return {
      id: row.id,
      mode: row.mode,
      title: null,
      private: false,
      createdAt: row.createdAt,
      lastMessageAt: row.lastMessageAt,
      messageCount: row.messageCount,
      summary: stored?.detail.template ?? null,
      storedSummary: stored,
      messages: level === "transcripts" ? (texts.get(row.id) ?? []) : null,
    };
  });
}
