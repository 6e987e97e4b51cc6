import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

export const MemoryKind = z.enum(["person", "thread", "preference"]);

/** One thing the companion remembers, as the client reads it: "Sam — my sister", "waiting to hear about the job". */
export const MemoryItem = z.object({
  id: Id,
  kind: MemoryKind,
  label: z.string(),
  detail: z.string().nullable(),
  lastMentionedAt: Timestamp,
  editedByClient: z.boolean(),
});

export const MemoryList = z.object({ items: z.array(MemoryItem) });

export const UpdateMemoryBody = z
  .strictObject({
    label: z.string().trim().min(1).max(200).optional(),
    detail: z.string().trim().max(500).nullable().optional(),
  })
  .refine((body) => body.label !== undefined || body.detail !== undefined, { error: "Say what to change: label, detail, or both." });

export const CreateMomentBody = z.union([
  z.strictObject({ messageId: Id }),
  z.strictObject({ note: z.string().trim().min(1).max(4000), conversationId: Id.optional() }),
]);

export const Moment = z.object({
  id: Id,
  conversationId: Id.nullable(),
  messageId: Id.nullable(),
  /** The marked message's text, or the note. */
  text: z.string(),
  kind: z.enum(["message", "note"]),
  createdAt: Timestamp,
});

export const MomentList = z.object({ moments: z.array(Moment) });

export type MemoryItem = z.infer<typeof MemoryItem>;
export type Moment = z.infer<typeof Moment>;
