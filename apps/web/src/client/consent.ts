// Care links and consent: the plain-language texts, redeeming an invite, changing and revoking.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/http.ts";
import type { CareLink, CareLinkList, Consent, ConsentHistory, ConsentTexts } from "../api/types.ts";

export const careLinksKey = ["care-links"] as const;

export function useConsentTexts() {
  return useQuery({ queryKey: ["consent-texts"], queryFn: () => api<ConsentTexts>("/api/consent-texts"), staleTime: Infinity });
}

export function useCareLinks() {
  return useQuery({ queryKey: careLinksKey, queryFn: () => api<CareLinkList>("/api/care-links") });
}

export function useConsentHistory(linkId: string) {
  return useQuery({ queryKey: [...careLinksKey, linkId, "history"], queryFn: () => api<ConsentHistory>(`/api/care-links/${encodeURIComponent(linkId)}/history`) });
}

export function useRedeemInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; consent: Consent }) => api<CareLink>("/api/care-links", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careLinksKey }),
  });
}

export function useChangeConsent(linkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Consent>) => api<CareLink>(`/api/care-links/${encodeURIComponent(linkId)}/consent`, { method: "PATCH", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careLinksKey }),
  });
}

export function useRevokeLink(linkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<CareLink>(`/api/care-links/${encodeURIComponent(linkId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careLinksKey }),
  });
}
