// The therapist's work with a client: the frame for the companion, practices set for the week,
// and session dates with private notes.
import { date, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { at, bytea, createdAt } from "./columns.ts";

const person = (name: string) =>
  text(name)
    .notNull()
    .references(() => user.id, { onDelete: "cascade" });

/** Versioned: every save is a new row; the companion reads the latest. Encrypted JSON body. */
export const frame = pgTable(
  "frame",
  {
    id: text("id").primaryKey(),
    clientId: person("client_id"),
    therapistId: person("therapist_id"),
    version: integer("version").notNull(),
    body: bytea("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("frame_client_idx").on(t.clientId, t.version)],
);

export interface PracticeCadence {
  every: "day" | "week";
  times: number;
}

/** A real-life experiment the therapist set (title, why and follow-up question encrypted). */
export const assignedPractice = pgTable(
  "assigned_practice",
  {
    id: text("id").primaryKey(),
    clientId: person("client_id"),
    therapistId: person("therapist_id"),
    body: bytea("body").notNull(),
    cadence: jsonb("cadence").$type<PracticeCadence>().notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    status: text("status", { enum: ["active", "ended"] }).notNull().default("active"),
    createdAt: createdAt(),
  },
  (t) => [index("assigned_practice_client_idx").on(t.clientId)],
);

/** The client's report on one occurrence of a practice: done or not, and a short debrief. */
export const practiceReport = pgTable(
  "practice_report",
  {
    id: text("id").primaryKey(),
    practiceId: text("practice_id")
      .notNull()
      .references(() => assignedPractice.id, { onDelete: "cascade" }),
    clientId: person("client_id"),
    done: text("done", { enum: ["done", "not-done"] }).notNull(),
    debrief: bytea("debrief"),
    reportedAt: at("reported_at").notNull(),
  },
  (t) => [index("practice_report_practice_idx").on(t.practiceId, t.reportedAt)],
);

/** A therapy session. Notes are the therapist's, encrypted, never shown to the client or the companion. */
export const therapySession = pgTable(
  "therapy_session",
  {
    id: text("id").primaryKey(),
    clientId: person("client_id"),
    therapistId: person("therapist_id"),
    heldAt: at("held_at").notNull(),
    notes: bytea("notes"),
    createdAt: createdAt(),
  },
  (t) => [index("therapy_session_client_idx").on(t.clientId, t.heldAt)],
);
