import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

export const MemoryKind = z.enum(["person", "thread", "preference"]);

/** One thing the companion remembers, as the client reads it: "Sam (my sister)", "waiting to hear about the job". */
export const MemoryItem = z.object({
  id: Id,
  kind: MemoryKind,
  text: z.string(),
  /** People: the name as the client writes it. */
  name: z.string().nullable(),
  /** People: the relationship in the client's words. */
  relationship: z.string().nullable(),
  lastMentionedAt: Timestamp,
  editedByClient: z.boolean(),
});

export const MemoryList = z.object({ items: z.array(MemoryItem) });

export const UpdateMemoryBody = z
  .strictObject({
    text: z.string().trim().min(1).max(300).optional(),
    name: z.string().trim().min(1).max(100).nullable().optional(),
    relationship: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: "Say what to change: text, name or relationship." });

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
