// What the companion keeps between turns: memory, moments brought to session, intentions from
// rehearsals, regulation sessions, check-ins, and per-client companion state (disclosures, nudges).
// Every column holding the client's words is ciphertext.
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { at, bytea, createdAt } from "./columns.ts";
import { conversation, message } from "./conversations.ts";

const clientRef = () =>
  text("client_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" });

export const memoryKinds = ["person", "thread", "preference"] as const;
export type MemoryKind = (typeof memoryKinds)[number];

export const memoryItem = pgTable(
  "memory_item",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    kind: text("kind", { enum: memoryKinds }).notNull(),
    /** Encrypted JSON: the item as the client would read it. */
    body: bytea("body").notNull(),
    /** Set when the client corrected the item: extraction no longer overwrites it. */
    editedByClient: boolean("edited_by_client").notNull().default(false),
    createdAt: createdAt(),
    lastMentionedAt: at("last_mentioned_at").notNull(),
  },
  (t) => [index("memory_item_client_idx").on(t.clientId, t.lastMentionedAt)],
);

/** Something the client chose to bring to session: a message of theirs, or a note. */
export const moment = pgTable(
  "moment",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "cascade" }),
    messageId: text("message_id").references(() => message.id, { onDelete: "cascade" }),
    note: bytea("note"),
    createdAt: createdAt(),
  },
  (t) => [index("moment_client_idx").on(t.clientId, t.createdAt)],
);

export const intentionStatuses = ["pending", "done", "not-yet", "changed-my-mind"] as const;
export type IntentionStatus = (typeof intentionStatuses)[number];

/** What the client says they will do after a rehearsal, and what happened. */
export const intention = pgTable(
  "intention",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "set null" }),
    /** Encrypted JSON: what, with whom, and the outcome debrief. */
    body: bytea("body").notNull(),
    /** The local date the client named ("Saturday"), in their time zone. */
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status", { enum: intentionStatuses }).notNull().default("pending"),
    createdAt: createdAt(),
    followedUpAt: at("followed_up_at"),
    resolvedAt: at("resolved_at"),
  },
  (t) => [index("intention_client_idx").on(t.clientId, t.dueOn)],
);

/** One calming-down exercise with the distress ratings around it (0–10). */
export const regulationSession = pgTable(
  "regulation_session",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "set null" }),
    exercise: text("exercise"),
    distressBefore: integer("distress_before"),
    distressAfter: integer("distress_after"),
    startedAt: at("started_at").notNull(),
    completedAt: at("completed_at"),
  },
  (t) => [index("regulation_client_idx").on(t.clientId, t.startedAt)],
);

export const checkInInstruments = ["mood", "phq9", "gad7"] as const;
export type CheckInInstrument = (typeof checkInInstruments)[number];

export const checkIn = pgTable(
  "check_in",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "set null" }),
    instrument: text("instrument", { enum: checkInInstruments }).notNull(),
    score: integer("score").notNull(),
    band: text("band"),
    /** Item answers (numbers only). */
    answers: jsonb("answers").$type<number[]>(),
    /** Encrypted: the mood check-in's word. */
    word: bytea("word"),
    createdAt: createdAt(),
  },
  (t) => [index("check_in_client_idx").on(t.clientId, t.instrument, t.createdAt)],
);

/** Per-client timing the companion's rules need: disclosures, continuous use, dependency nudges. */
export const companionState = pgTable("companion_state", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  firstUseAt: at("first_use_at"),
  lastActivityAt: at("last_activity_at"),
  continuousUseSince: at("continuous_use_since"),
  lastDisclosureAt: at("last_disclosure_at"),
  lastDependencyNudgeAt: at("last_dependency_nudge_at"),
  /** Encrypted JSON: memory keys the client deleted, never proposed again. */
  forgottenMemory: bytea("forgotten_memory"),
  /**
   * The last weeks as the dependency care reads them, kept as each message arrives: the local dates
   * with night use (00:00–05:00) and with exclusivity cues. Dates only.
   */
  recentPattern: jsonb("recent_pattern").$type<{ nightDays: string[]; exclusivityDays: string[] }>(),
});

/** A finished rehearsal: set-up and debrief (encrypted), for rehearsal → enactment and the brief. */
export const rehearsal = pgTable(
  "rehearsal",
  {
    id: text("id").primaryKey(),
    clientId: clientRef(),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "cascade" }),
    body: bytea("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rehearsal_client_idx").on(t.clientId, t.createdAt)],
);

/**
 * The analysers' running totals for one conversation in one week (encrypted JSON). Signals merge
 * these instead of re-reading messages; a conversation marked private is simply left out.
 */
export const analysisBucket = pgTable(
  "analysis_bucket",
  {
    clientId: clientRef(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversation.id, { onDelete: "cascade" }),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    body: bytea("body").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.weekStart] }), index("analysis_bucket_client_idx").on(t.clientId, t.weekStart)],
);
