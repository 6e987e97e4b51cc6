// Safety events (risk detections, the response given, escalation), therapist alerts, safety plans
// and the admin-edited crisis lines.
import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { RiskTier } from "@between/core";
import { user } from "./auth.ts";
import { careLink } from "./care.ts";
import { at, bytea, createdAt } from "./columns.ts";
import { conversation, message } from "./conversations.ts";

export const safetyEventSources = ["risk-screen", "phq9-item9", "output-guard"] as const;
export type SafetyEventSource = (typeof safetyEventSources)[number];

export const safetyEvent = pgTable(
  "safety_event",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversation.id, { onDelete: "set null" }),
    messageId: text("message_id").references(() => message.id, { onDelete: "set null" }),
    source: text("source", { enum: safetyEventSources }).notNull(),
    tier: text("tier").$type<RiskTier>().notNull(),
    categories: jsonb("categories").$type<string[]>().notNull(),
    /** Character offsets into the message the detection rests on — never the text itself. */
    spans: jsonb("spans").$type<{ start: number; end: number; category: string }[]>().notNull(),
    /** What the client was shown: `crisis-protocol`, `guard-replacement`, … */
    response: text("response").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("safety_event_client_idx").on(t.clientId, t.createdAt)],
);

/** One alert per linked therapist who has the client's risk-alert consent. */
export const safetyAlert = pgTable(
  "safety_alert",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => safetyEvent.id, { onDelete: "cascade" }),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    therapistId: text("therapist_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    careLinkId: text("care_link_id").references(() => careLink.id, { onDelete: "set null" }),
    raisedAt: at("raised_at").notNull(),
    /** Imminent alerts not acknowledged in time are raised again. */
    lastRaisedAt: at("last_raised_at").notNull(),
    raiseCount: integer("raise_count").notNull().default(1),
    acknowledgedAt: at("acknowledged_at"),
    /** Encrypted (client's key): the therapist's acknowledgement note. */
    note: bytea("note"),
  },
  (t) => [index("safety_alert_therapist_idx").on(t.therapistId, t.acknowledgedAt)],
);

export const safetyPlan = pgTable("safety_plan", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  /** Encrypted JSON: the seven sections. */
  body: bytea("body").notNull(),
  updatedAt: at("updated_at").notNull(),
});

export const safetyPlanProposal = pgTable(
  "safety_plan_proposal",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    therapistId: text("therapist_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    body: bytea("body").notNull(),
    status: text("status", { enum: ["pending", "accepted", "declined"] }).notNull().default("pending"),
    createdAt: createdAt(),
    decidedAt: at("decided_at"),
  },
  (t) => [index("safety_plan_proposal_client_idx").on(t.clientId, t.status)],
);

/** An admin's edit of one country's crisis lines; without a row the curated default applies. */
export const crisisLineSet = pgTable("crisis_line_set", {
  country: text("country").primaryKey(),
  lines: jsonb("lines").$type<unknown[]>().notNull(),
  updatedAt: at("updated_at").notNull(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
});
