// "Bring to session": the moments the client chose for their next session.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/http.ts";
import type { Moment, MomentList } from "../api/types.ts";

export const momentsKey = ["moments"] as const;

export function useMoments() {
  return useQuery({ queryKey: momentsKey, queryFn: () => api<MomentList>("/api/moments") });
}

export function useBringToSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { messageId: string } | { note: string; conversationId?: string }) => api<Moment>("/api/moments", { method: "POST", body }),
    onSuccess: (moment) => {
      queryClient.setQueryData<MomentList>(momentsKey, (list) => (list === undefined ? list : { moments: [moment, ...list.moments] }));
    },
  });
}

export function useTakeBack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/moments/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_, id) => {
      queryClient.setQueryData<MomentList>(momentsKey, (list) => (list === undefined ? list : { moments: list.moments.filter((m) => m.id !== id) }));
    },
  });
}
