// Practices, care links and their consent, and the audit log: who may see what of a client, and
// who did.
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ConsentLevel } from "@between/core";
import { user } from "./auth.ts";
import { at, bytea, createdAt } from "./columns.ts";

export const practice = pgTable("practice", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Which features are on, disclosure cadence and consent wording for this practice's jurisdiction. */
  complianceProfile: jsonb("compliance_profile").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

export const practiceMember = pgTable("practice_member", {
  therapistId: text("therapist_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  practiceId: text("practice_id")
    .notNull()
    .references(() => practice.id, { onDelete: "cascade" }),
  role: text("role", { enum: ["owner", "member"] }).notNull(),
  createdAt: createdAt(),
});

/** A client's data key, wrapped by the master key. Deleting the row makes their ciphertext unreadable. */
export const clientKey = pgTable("client_key", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  wrappedKey: bytea("wrapped_key").notNull(),
  createdAt: createdAt(),
});

export const invite = pgTable("invite", {
  id: text("id").primaryKey(),
  /** SHA-256 of the code: a leaked table does not leak usable codes. */
  codeHash: text("code_hash").notNull().unique(),
  therapistId: text("therapist_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  expiresAt: at("expires_at").notNull(),
  redeemedAt: at("redeemed_at"),
  redeemedBy: text("redeemed_by").references(() => user.id, { onDelete: "set null" }),
});

export const careLinkStatuses = ["active", "revoked", "ended"] as const;
export type CareLinkStatus = (typeof careLinkStatuses)[number];

export const careLink = pgTable(
  "care_link",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    therapistId: text("therapist_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: careLinkStatuses }).notNull().default("active"),
    consentLevel: text("consent_level").$type<ConsentLevel>().notNull(),
    riskAlerts: boolean("risk_alerts").notNull(),
    companionEnabled: boolean("companion_enabled").notNull().default(true),
    createdAt: createdAt(),
    endedAt: at("ended_at"),
  },
  (t) => [
    index("care_link_client_idx").on(t.clientId),
    index("care_link_therapist_idx").on(t.therapistId),
    // One live link per pair: a client re-linking to the same therapist reuses nothing stale.
    uniqueIndex("care_link_active_pair_idx").on(t.clientId, t.therapistId).where(sql`status = 'active'`),
  ],
);

export const consentFields = ["level", "risk-alerts", "status", "companion"] as const;
export type ConsentField = (typeof consentFields)[number];

/** Every change to what a therapist may see or do, kept for both sides to read. */
export const consentChange = pgTable(
  "consent_change",
  {
    id: text("id").primaryKey(),
    careLinkId: text("care_link_id")
      .notNull()
      .references(() => careLink.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    at: at("at").notNull(),
    field: text("field", { enum: consentFields }).notNull(),
    fromValue: text("from_value"),
    toValue: text("to_value").notNull(),
    /** Insertion order, for changes made in the same instant (a link's first consent). */
    seq: integer("seq").generatedAlwaysAsIdentity(),
  },
  (t) => [index("consent_change_link_idx").on(t.careLinkId, t.seq)],
);

/** The audit log: one row per read (or change) of a client's content by someone other than them. */
export const accessEvent = pgTable(
  "access_event",
  {
    id: text("id").primaryKey(),
    at: at("at").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    clientId: text("client_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    careLinkId: text("care_link_id").references(() => careLink.id, { onDelete: "set null" }),
    action: text("action", { enum: ["read", "write"] }).notNull(),
    /** What was touched, in the policy's words (`transcripts`, `signals`, `brief`, …). */
    resource: text("resource").notNull(),
    resourceId: text("resource_id"),
  },
  (t) => [index("access_event_client_idx").on(t.clientId, t.at)],
);
