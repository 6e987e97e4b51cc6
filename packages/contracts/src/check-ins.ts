import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

const itemAnswer = z.number().int().min(0).max(3);

export const RecordCheckInBody = z.discriminatedUnion("instrument", [
  z.strictObject({ instrument: z.literal("mood"), score: z.number().int().min(0).max(10), word: z.string().trim().min(1).max(60).optional() }),
  z.strictObject({ instrument: z.literal("phq9"), answers: z.array(itemAnswer).length(9), functional: itemAnswer.optional() }),
  z.strictObject({ instrument: z.literal("gad7"), answers: z.array(itemAnswer).length(7), functional: itemAnswer.optional() }),
]);

export const CheckIn = z.object({
  id: Id,
  instrument: z.enum(["mood", "phq9", "gad7"]),
  score: z.number().int(),
  band: z.string().nullable(),
  word: z.string().nullable(),
  createdAt: Timestamp,
});

export const RecordCheckInResponse = z.object({
  checkIn: CheckIn,
  /** Set when a PHQ-9 item 9 answer was above 0: the crisis protocol to show, at once. */
  crisis: z.record(z.string(), z.unknown()).nullable(),
});

export const CheckInList = z.object({ checkIns: z.array(CheckIn) });

export type RecordCheckInBody = z.infer<typeof RecordCheckInBody>;
