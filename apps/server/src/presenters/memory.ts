// Exactly the fields of memory items and moments that leave the server.
import type { MemoryItem, Moment } from "@between/contracts";
import type { MemoryEntry } from "../repositories/memory.ts";
import type { MomentView } from "../repositories/moments.ts";

export function presentMemoryItem(entry: MemoryEntry): MemoryItem {
  return {
    id: entry.id,
    kind: entry.kind,
    label: entry.label,
    detail: entry.detail,
    lastMentionedAt: entry.lastMentionedAt.toISOString(),
    editedByClient: entry.editedByClient,
  };
}

export function presentMoment(view: MomentView): Moment {
  return {
    id: view.id,
    conversationId: view.conversationId,
    messageId: view.messageId,
    text: view.text,
    kind: view.kind,
    createdAt: view.createdAt.toISOString(),
  };
}
