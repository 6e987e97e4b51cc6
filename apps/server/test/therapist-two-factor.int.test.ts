// BETWEEN_REQUIRE_THERAPIST_2FA: a therapist reads no client content until their second factor is
// set up; everything they need to get there (and their own work) stays open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, expectProblem, signUp } from "./support/api-client.ts";
import { expectedTexts, linkClient, seedConversation, type AccessLogBody, type ClientConversationsBody } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { parseTotpUri, totp } from "./support/totp.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BETWEEN_REQUIRE_THERAPIST_2FA: "true" } });
});
afterAll(async () => {
  await server.stop();
});

describe("with BETWEEN_REQUIRE_THERAPIST_2FA=true", () => {
  it("a therapist without a second factor reads nothing of a client's, and no read is recorded", async () => {
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    await linkClient(therapist, client, { level: "transcripts", riskAlerts: true });
    const seeded = await seedConversation(server, client, { texts: ["only for a therapist with a second factor"] });

    const refused = await therapist.api.get<{ detail: string }>(`/api/clients/${client.id}/conversations`);
    expectProblem(refused, 403);
    expect(refused.body.detail).toMatch(/two-step|second factor/i);
    expect(JSON.stringify(refused.body)).not.toContain("only for a therapist");
    expect((await client.api.get<AccessLogBody>("/api/me/access-log")).body.events).toEqual([]);

    // What they need meanwhile still works: their links, invites, setting up the second factor.
    expect((await therapist.api.get("/api/care-links")).status).toBe(200);
    expect((await therapist.api.post("/api/invites")).status).toBe(201);
    const enabled = await therapist.api.post<{ totpURI: string }>("/api/auth/two-factor/enable", { password: therapist.password });
    expect(enabled.status).toBe(200);
    const otp = parseTotpUri(enabled.body.totpURI);
    expect((await therapist.api.post("/api/auth/two-factor/verify-totp", { code: totp({ secret: otp.secret }) })).status).toBe(200);

    const allowed = await therapist.api.get<ClientConversationsBody>(`/api/clients/${client.id}/conversations`);
    expect(allowed.status).toBe(200);
    expect(allowed.body.conversations[0]?.messages?.map((m) => m.text)).toEqual(
      expectedTexts(seeded, ["only for a therapist with a second factor"]),
    );
    expect((await client.api.get<AccessLogBody>("/api/me/access-log")).body.events).toHaveLength(1);
  });

  it("a therapist cannot claim a second factor they haven't set up", async () => {
    const client = await signUp(server.url, "client");
    const claimant = new ApiClient(server.url);
    const signedUp = await claimant.post("/api/auth/sign-up/email", {
      name: "Dr Claims Twofactor",
      email: `claims-2fa-${Date.now()}@example.test`,
      password: "a long enough passphrase",
      role: "therapist",
      twoFactorEnabled: true,
    });
    // Accepted, but the claim is ignored…
    expect(signedUp.status).toBe(200);
    expect((await claimant.get<{ twoFactorEnabled: boolean }>("/api/me")).body.twoFactorEnabled).toBe(false);
    const code = await claimant.post<{ code: string }>("/api/invites");
    await client.api.post("/api/care-links", { code: code.body.code, consent: { level: "transcripts", riskAlerts: false } });
    expectProblem(await claimant.get(`/api/clients/${client.id}/conversations`), 403);
    // …and can't be made afterwards either.
    expectProblem(await claimant.post("/api/auth/update-user", { twoFactorEnabled: true }), 400);
    expectProblem(await claimant.get(`/api/clients/${client.id}/conversations`), 403);
  });

  it("clients are not asked for a second factor", async () => {
    const client = await signUp(server.url, "client");
    expect((await client.api.post("/api/conversations", { mode: "talk" })).status).toBe(201);
    expect((await client.api.get("/api/me/access-log")).status).toBe(200);
  });
});
