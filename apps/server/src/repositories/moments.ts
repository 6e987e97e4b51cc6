// Moments: what the client chose to bring to session. The client makes and sees their own; a
// therapist sees them under `moments` consent or above, never from a private conversation.
import type { Actor } from "@between/core";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { conversation, message, moment } from "../db/schema/index.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { authorizeClientRead } from "./client-access.ts";
import { findOwnConversation } from "./conversations.ts";

export interface MomentView {
  id: string;
  conversationId: string | null;
  messageId: string | null;
  text: string;
  kind: "message" | "note";
  createdAt: Date;
}

export async function createMoment(
  ctx: AppContext,
  actor: Actor,
  request: { messageId: string } | { note: string; conversationId?: string | undefined },
): Promise<MomentView> {
  if (actor.role !== "client") throw forbidden("Only a client brings moments to session.");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const cipher = await ctx.keyring.forClient(tx, actor.userId);
    if ("messageId" in request) {
      const [row] = await tx
        .select({ message, private: conversation.private })
        .from(message)
        .innerJoin(conversation, eq(conversation.id, message.conversationId))
        .where(and(eq(message.id, request.messageId), eq(message.clientId, actor.userId)));
      if (row === undefined) throw notFound("message");
      if (row.private) {
        throw new AppError(
          "conflict",
          "This conversation is private",
          "Your therapist can't see private conversations. To bring this to session, turn off private for the conversation, or write it as a note.",
        );
      }
      const created = { id: newId(), clientId: actor.userId, conversationId: row.message.conversationId, messageId: row.message.id, createdAt: now };
      await tx.insert(moment).values(created);
      return {
        id: created.id,
        conversationId: created.conversationId,
        messageId: created.messageId,
        text: cipher.decrypt(row.message.body),
        kind: "message",
        createdAt: now,
      };
    }
    if (request.conversationId !== undefined) {
      const owned = await findOwnConversation(tx, actor, request.conversationId);
      if (owned.private) {
        throw new AppError("conflict", "This conversation is private", "Notes from a private conversation stay private. Add the note without a conversation instead.");
      }
    }
    const created = { id: newId(), clientId: actor.userId, conversationId: request.conversationId ?? null, messageId: null, note: cipher.encrypt(request.note), createdAt: now };
    await tx.insert(moment).values(created);
    return { id: created.id, conversationId: created.conversationId, messageId: null, text: request.note, kind: "note", createdAt: now };
  });
}

/** The client's moments, or — for a therapist — after authorisation and its access event. */
export async function readMoments(
  ctx: AppContext,
  exec: Executor,
  request: { actor: Actor; clientId: string; since?: Date },
): Promise<MomentView[]> {
  await authorizeClientRead(exec, { actor: request.actor, clientId: request.clientId, resource: "moments", now: ctx.now() });
  const rows = await exec
    .select({ moment, messageBody: message.body })
    .from(moment)
    .leftJoin(message, eq(message.id, moment.messageId))
    .leftJoin(conversation, eq(conversation.id, moment.conversationId))
    .where(and(eq(moment.clientId, request.clientId), or(isNull(moment.conversationId), eq(conversation.private, false))))
    .orderBy(desc(moment.createdAt));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  return rows
    .filter((row) => request.since === undefined || row.moment.createdAt >= request.since)
    .map((row) => ({
      id: row.moment.id,
      conversationId: row.moment.conversationId,
      messageId: row.moment.messageId,
      text: row.messageBody !== null ? cipher.decrypt(row.messageBody) : row.moment.note !== null ? cipher.decrypt(row.moment.note) : "",
      kind: row.moment.messageId === null ? "note" : "message",
      createdAt: row.moment.createdAt,
    }));
}

export async function deleteMoment(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (actor.role !== "client") throw forbidden("Only a client can take a moment back.");
  const deleted = await ctx.db
    .delete(moment)
    .where(and(eq(moment.id, id), eq(moment.clientId, actor.userId)))
    .returning({ id: moment.id });
  if (deleted.length === 0) throw notFound("moment");
}
