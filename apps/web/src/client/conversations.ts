// Conversations: the list, starting one (the companion speaks first), and the history of one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/http.ts";
import type { Conversation, ConversationList, ConversationMode, MessageList, StartedConversation } from "../api/types.ts";

export const conversationsKey = ["conversations"] as const;
export const messagesKey = (id: string) => ["conversations", id, "messages"] as const;

export function useConversations() {
  return useQuery({ queryKey: conversationsKey, queryFn: () => api<ConversationList>("/api/conversations") });
}

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mode: ConversationMode) => api<StartedConversation>("/api/conversations", { method: "POST", body: { mode } }),
    onSuccess: (started) => {
      // The opening is the history so far: the chat shows it without another round trip.
      queryClient.setQueryData<MessageList>(messagesKey(started.id), { messages: started.opening === null ? [] : [started.opening] });
      void queryClient.invalidateQueries({ queryKey: conversationsKey, exact: true });
    },
  });
}

export function useMessages(conversationId: string) {
  return useQuery({
    queryKey: messagesKey(conversationId),
    queryFn: () => api<MessageList>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`),
    // The chat owns the live list once it is open; a refetch would fight the stream.
    staleTime: Infinity,
  });
}

export function useUpdateConversation(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: { private?: boolean; title?: string | null }) =>
      api<Conversation>(`/api/conversations/${encodeURIComponent(conversationId)}`, { method: "PATCH", body: patch }),
    onSuccess: (updated) => {
      queryClient.setQueryData<ConversationList>(conversationsKey, (list) =>
        list === undefined ? list : { conversations: list.conversations.map((c) => (c.id === updated.id ? updated : c)) },
      );
    },
  });
}

export const modeCopy: Record<ConversationMode, { title: string; description: string }> = {
  talk: { title: "Talk", description: "Say what's on your mind, and be heard." },
  rehearse: { title: "Rehearse a conversation", description: "Practise a hard talk: I play the other person, then we look back." },
  regulate: { title: "Calm down", description: "A short breathing or grounding exercise, right now." },
  "check-in": { title: "Check in", description: "How you're doing today, or the questionnaires your therapist asked for." },
  debrief: { title: "Debrief", description: "Look back at something you tried: what happened, and how it went." },
};
