// The therapist's side of the API: queries and mutations for the workspace, typed from the
// contracts (type-only imports: no schema code reaches the browser). Every read of a client's
// content is authorised and recorded by the server; this only asks.
import type * as C from "@between/contracts";
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../api/http.ts";

type Of<T extends z.ZodType> = z.output<T>;

export type Caseload = Of<typeof C.Caseload>;
export type CaseloadEntry = Of<typeof C.CaseloadEntry>;
export type ClientSignals = Of<typeof C.ClientSignals>;
export type AnchorSignal = ClientSignals["signals"][number];
export type SessionBrief = Of<typeof C.SessionBrief>;
export type ClientConversationList = Of<typeof C.ClientConversationList>;
export type ClientConversation = ClientConversationList["conversations"][number];
export type FrameHistory = Of<typeof C.FrameHistory>;
export type Frame = Of<typeof C.Frame>;
export type FrameBody = Of<typeof C.FrameBody>;
export type Practice = Of<typeof C.Practice>;
export type PracticeList = Of<typeof C.PracticeList>;
export type AssignPracticeBody = Of<typeof C.AssignPracticeBody>;
export type TherapySession = Of<typeof C.TherapySession>;
export type TherapySessionList = Of<typeof C.TherapySessionList>;
export type SafetyAlert = Of<typeof C.SafetyAlert>;
export type SafetyAlertList = Of<typeof C.SafetyAlertList>;
export type SafetyPlanBody = Of<typeof C.SafetyPlanBody>;
export type SafetyPlanDocument = Of<typeof C.SafetyPlanDocument>;
export type SafetyPlanProposal = Of<typeof C.SafetyPlanProposal>;
export type CareLink = Of<typeof C.CareLink>;
export type CareLinkList = Of<typeof C.CareLinkList>;
export type CreateInviteResponse = Of<typeof C.CreateInviteResponse>;
export type ConsentLevel = Of<typeof C.ConsentLevel>;

/** GET /api/clients/:id/safety-plan: the plan document with this therapist's proposals beside it. */
export type ClientSafetyPlan = SafetyPlanDocument & { proposals: SafetyPlanProposal[] };

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export const keys = {
  all: ["therapist"] as const,
  caseload: ["therapist", "caseload"] as const,
  alerts: ["therapist", "alerts"] as const,
  careLinks: ["therapist", "care-links"] as const,
  client: (clientId: string) => ["therapist", "client", clientId] as const,
  part: (clientId: string, part: string) => ["therapist", "client", clientId, part] as const,
};

// Client content must not linger in memory longer than it is looked at, and must follow consent
// changes: refetch when the page is opened again or the window regains focus.
const fresh = { staleTime: 0, gcTime: 5 * 60_000, refetchOnWindowFocus: true } as const;

export function useCaseload() {
  return useQuery({ queryKey: keys.caseload, queryFn: () => api<Caseload>("/api/clients"), ...fresh });
}

export function useAlerts() {
  return useQuery({ queryKey: keys.alerts, queryFn: () => api<SafetyAlertList>("/api/alerts"), ...fresh });
}

export function useCareLinks() {
  return useQuery({ queryKey: keys.careLinks, queryFn: () => api<CareLinkList>("/api/care-links"), ...fresh });
}

export function useSignals(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "signals"), queryFn: () => api<ClientSignals>(`${clientPath(clientId)}/signals`), ...fresh });
}

export function useBrief(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "brief"), queryFn: () => api<SessionBrief>(`${clientPath(clientId)}/brief`), ...fresh });
}

export function briefPdfUrl(clientId: string): string {
  return `${clientPath(clientId)}/brief.pdf`;
}

export function useConversations(clientId: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: keys.part(clientId, "conversations"),
    queryFn: () => api<ClientConversationList>(`${clientPath(clientId)}/conversations`),
    enabled: options.enabled,
    ...fresh,
  });
}

export function useFrame(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "frame"), queryFn: () => api<FrameHistory>(`${clientPath(clientId)}/frame`), ...fresh });
}

export function usePractices(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "practices"), queryFn: () => api<PracticeList>(`${clientPath(clientId)}/practices`), ...fresh });
}

export function useSessions(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "sessions"), queryFn: () => api<TherapySessionList>(`${clientPath(clientId)}/sessions`), ...fresh });
}

export function useClientSafetyPlan(clientId: string) {
  return useQuery({ queryKey: keys.part(clientId, "safety-plan"), queryFn: () => api<ClientSafetyPlan>(`${clientPath(clientId)}/safety-plan`), ...fresh });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return (...queryKeys: QueryKey[]) => Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useSaveFrame(clientId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: FrameBody) => api<Frame>(`${clientPath(clientId)}/frame`, { method: "PUT", body }),
    onSuccess: () => invalidate(keys.part(clientId, "frame")),
  });
}

export function useAssignPractice(clientId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AssignPracticeBody) => api<Practice>(`${clientPath(clientId)}/practices`, { method: "POST", body }),
    onSuccess: () => invalidate(keys.part(clientId, "practices"), keys.client(clientId), keys.caseload),
  });
}

export function useEndPractice(clientId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (practiceId: string) => api<unknown>(`${clientPath(clientId)}/practices/${encodeURIComponent(practiceId)}`, { method: "DELETE" }),
    onSuccess: () => invalidate(keys.client(clientId), keys.caseload),
  });
}

export function useRecordSession(clientId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { heldAt: string; notes?: string }) => api<TherapySession>(`${clientPath(clientId)}/sessions`, { method: "POST", body }),
    // A session moves the brief's and the signals' window.
    onSuccess: () => invalidate(keys.client(clientId), keys.caseload),
  });
}

export function useProposeSafetyPlan(clientId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SafetyPlanBody) => api<SafetyPlanProposal>(`${clientPath(clientId)}/safety-plan/proposals`, { method: "POST", body }),
    onSuccess: () => invalidate(keys.part(clientId, "safety-plan")),
  });
}

export function useAcknowledgeAlert() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { alertId: string; note: string }) =>
      api<SafetyAlert>(`/api/alerts/${encodeURIComponent(input.alertId)}/acknowledge`, { method: "POST", body: { note: input.note } }),
    onSuccess: () => invalidate(keys.alerts, keys.caseload),
  });
}

export function useSetCompanion() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { careLinkId: string; enabled: boolean }) =>
      api<CareLink>(`/api/care-links/${encodeURIComponent(input.careLinkId)}/companion`, { method: "PATCH", body: { enabled: input.enabled } }),
    onSuccess: () => invalidate(keys.caseload, keys.careLinks),
  });
}

export function useCreateInvite() {
  return useMutation({ mutationFn: () => api<CreateInviteResponse>("/api/invites", { method: "POST", body: {} }) });
}

// ——— the second factor (Better Auth's two-factor plugin) ———

export interface TwoFactorEnabled {
  totpURI: string;
  backupCodes: string[];
}

export function useEnableTwoFactor() {
  return useMutation({ mutationFn: (password: string) => api<TwoFactorEnabled>("/api/auth/two-factor/enable", { method: "POST", body: { password } }) });
}

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<unknown>("/api/auth/two-factor/verify-totp", { method: "POST", body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["me"] }),
  });
}
