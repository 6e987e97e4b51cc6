// Conversations and messages. Everything the client wrote (and the companion's replies, which echo
// it) is ciphertext under the client's data key.
import { boolean, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { ConversationMode } from "@between/core";
import { user } from "./auth.ts";
import { at, bytea, createdAt } from "./columns.ts";

export const conversation = pgTable(
  "conversation",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    mode: text("mode").$type<ConversationMode>().notNull(),
    /** Encrypted; null until the client names it. */
    title: bytea("title"),
    /** A private conversation is invisible to the therapist, signals included. */
    private: boolean("private").notNull().default(false),
    /** Encrypted JSON: the mode's state (rehearsal set-up, ratings…), which holds the client's words. */
    state: bytea("state"),
    /** Encrypted: the conversation's summary, for therapists with `summaries` consent. */
    summary: bytea("summary"),
    createdAt: createdAt(),
    lastMessageAt: at("last_message_at"),
    /** Held while a reply streams (a lease, so a crashed process cannot hold it for ever). */
    replyLockedUntil: at("reply_locked_until"),
  },
  (t) => [index("conversation_client_idx").on(t.clientId, t.lastMessageAt)],
);

export const messageRoles = ["client", "companion"] as const;
export type MessageRole = (typeof messageRoles)[number];

export const message = pgTable(
  "message",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversation.id, { onDelete: "cascade" }),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Order within the conversation. */
    seq: integer("seq").notNull(),
    role: text("role", { enum: messageRoles }).notNull(),
    body: bytea("body").notNull(),
    /** Companion replies: which engine spoke (`built-in`, `model`, `crisis-protocol`, `fallback`, …). */
    engine: text("engine"),
    /** Structured parts the app renders beside the text (crisis lines, exercise timing); never client text. */
    parts: jsonb("parts").$type<unknown[]>(),
    createdAt: createdAt(),
  },
  (t) => [index("message_conversation_idx").on(t.conversationId, t.seq), index("message_client_idx").on(t.clientId, t.createdAt)],
);
