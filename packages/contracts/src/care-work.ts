import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

const frameField = z.string().trim().max(2000).nullable().optional();

/** The therapist's guidance to the companion for one client. */
export const FrameBody = z.strictObject({
  focus: frameField,
  approach: frameField,
  avoid: frameField,
  tone: frameField,
  /** e.g. "when night use is high, suggest texting a friend" */
  dependencyPlan: frameField,
});

export const Frame = z.object({
  version: z.number().int(),
  createdAt: Timestamp,
  by: z.object({ id: Id, name: z.string() }).nullable(),
  focus: z.string().nullable(),
  approach: z.string().nullable(),
  avoid: z.string().nullable(),
  tone: z.string().nullable(),
  dependencyPlan: z.string().nullable(),
});

export const FrameHistory = z.object({ current: Frame.nullable(), versions: z.array(Frame) });

export const LocalDate = z.iso.date();

export const Cadence = z.strictObject({ every: z.enum(["day", "week"]), times: z.number().int().min(1).max(14) });

export const AssignPracticeBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  why: z.string().trim().max(2000).optional(),
  cadence: Cadence,
  followUpQuestion: z.string().trim().min(1).max(500),
  startsOn: LocalDate.optional(),
  endsOn: LocalDate.optional(),
});

export const PracticeReport = z.object({
  id: Id,
  done: z.boolean(),
  debrief: z.string().nullable(),
  reportedAt: Timestamp,
});

export const Practice = z.object({
  id: Id,
  title: z.string(),
  why: z.string().nullable(),
  cadence: z.object({ every: z.enum(["day", "week"]), times: z.number().int() }),
  followUpQuestion: z.string(),
  startsOn: LocalDate,
  endsOn: LocalDate.nullable(),
  status: z.enum(["active", "ended"]),
  adherence: z.object({ expected: z.number().int(), done: z.number().int(), notDone: z.number().int() }),
  /** Present where the reader may see the client's words (the client; a therapist with `moments` or more). */
  reports: z.array(PracticeReport).nullable(),
});

export const PracticeList = z.object({ practices: z.array(Practice) });

export const ReportPracticeBody = z.strictObject({
  done: z.boolean(),
  debrief: z.string().trim().max(4000).optional(),
});

export const RecordSessionBody = z.strictObject({
  heldAt: z.iso.datetime({ offset: true }),
  notes: z.string().max(20000).optional(),
});

export const TherapySession = z.object({ id: Id, heldAt: Timestamp, notes: z.string().nullable() });
export const TherapySessionList = z.object({ sessions: z.array(TherapySession) });

export type FrameBody = z.infer<typeof FrameBody>;
export type Practice = z.infer<typeof Practice>;
