// Exactly the fields of memory items and moments that leave the server.
import type { MemoryItem, Moment } from "@between/contracts";
import type { StoredMemoryItem } from "../repositories/memory.ts";
import type { MomentView } from "../repositories/moments.ts";

export function presentMemoryItem(item: StoredMemoryItem): MemoryItem {
  return {
    id: item.id,
    kind: item.kind,
    text: item.text,
    name: item.name ?? null,
    relationship: item.relationship ?? null,
    lastMentionedAt: new Date(item.lastMentionedAt).toISOString(),
    editedByClient: item.editedByClient ?? false,
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
