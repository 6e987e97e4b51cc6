// Who is signed in, and the account actions (Better Auth under /api/auth).
import type { Me } from "@between/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "./http.ts";

export const meKey = ["me"] as const;

/** The signed-in person, or null when nobody is. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>("/api/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/** The country the browser's language names ("en-GB" → GB): it picks which crisis lines are shown. */
export function localCountry(): string | undefined {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region;
    return region !== undefined && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

export type Role = "client" | "therapist";

export async function signUp(input: { name: string; email: string; password: string; role: Role }): Promise<void> {
  const country = localCountry();
  await api("/api/auth/sign-up/email", { method: "POST", body: { ...input, timeZone: localTimeZone(), ...(country === undefined ? {} : { country }) } });
}

/** Signs in; `twoFactor` when the account has two-step sign-in and the session waits for a code. */
export async function signIn(input: { email: string; password: string }): Promise<{ twoFactor: boolean }> {
  const body = await api<{ twoFactorRedirect?: boolean } | undefined>("/api/auth/sign-in/email", { method: "POST", body: input });
  return { twoFactor: body?.twoFactorRedirect === true };
}

/** The second step of a two-step sign-in: a code from the authenticator app. */
export async function verifySignInCode(code: string): Promise<void> {
  await api("/api/auth/two-factor/verify-totp", { method: "POST", body: { code } });
}

export async function signOut(): Promise<void> {
  await api("/api/auth/sign-out", { method: "POST", body: {} });
}

/** Forget everything cached about the previous person (a shared phone must not show it). */
export function useResetSession() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.clear();
    await queryClient.invalidateQueries({ queryKey: meKey });
  };
}
