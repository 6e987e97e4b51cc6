// Exactly the fields of conversations and messages that leave the server.
import type { Conversation, Message } from "@between/contracts";
import type { ConversationView, MessageView } from "../repositories/conversations.ts";

export function presentConversation(view: ConversationView): Conversation {
  return {
    id: view.id,
    mode: view.mode,
    title: view.title,
    private: view.private,
    createdAt: view.createdAt.toISOString(),
    lastMessageAt: view.lastMessageAt?.toISOString() ?? null,
  };
}

export function presentMessage(view: MessageView): Message {
  return { id: view.id, role: view.role, text: view.text, createdAt: view.createdAt.toISOString(), parts: view.parts };
}
