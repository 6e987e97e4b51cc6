// Exactly the fields of a client's conversations that leave the server for their therapist (and for
// the client's own mirror of that view): summaries from `summaries`, full text from `transcripts`.
import type { ClientConversationList, ConversationSummaryDetail } from "@between/contracts";
import type { SharedConversation } from "../repositories/conversations.ts";
import { presentMessage } from "./conversation.ts";

export function presentClientConversations(input: {
  level: "summaries" | "transcripts";
  conversations: readonly SharedConversation[];
  summaries: ReadonlyMap<string, ConversationSummaryDetail>;
}): ClientConversationList {
  return {
    level: input.level,
    conversations: input.conversations.map((conversation) => {
      const detail = input.summaries.get(conversation.id) ?? conversation.storedSummary?.detail ?? null;
      return {
        id: conversation.id,
        mode: conversation.mode,
        createdAt: conversation.createdAt.toISOString(),
        lastMessageAt: conversation.lastMessageAt?.toISOString() ?? null,
        messageCount: conversation.messageCount,
        summary: detail?.template ?? null,
        summaryDetail: detail,
        messages: conversation.messages?.map(presentMessage) ?? null,
      };
    }),
  };
}
