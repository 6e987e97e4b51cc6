// Common set-ups: a therapist linked with a client at a given consent.
import { expect } from "vitest";
import { signUp, type SignedIn } from "./api-client.ts";

export interface LinkedPair {
  therapist: SignedIn;
  client: SignedIn;
  linkId: string;
}

export async function linkedPair(
  baseUrl: string,
  consent: { level: "signals" | "moments" | "summaries" | "transcripts"; riskAlerts: boolean },
  clientExtra: { timeZone?: string; country?: string } = {},
): Promise<LinkedPair> {
  const therapist = await signUp(baseUrl, "therapist");
  const client = await signUp(baseUrl, "client", clientExtra);
  const invite = await therapist.api.post<{ code: string }>("/api/invites");
  expect(invite.status).toBe(201);
  const link = await client.api.post<{ id: string }>("/api/care-links", { code: invite.body.code, consent });
  expect(link.status).toBe(201);
  return { therapist, client, linkId: link.body.id };
}
