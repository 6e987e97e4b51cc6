// Logs carry ids, routes, statuses and timings — never message text, names or emails. One full run
// of the foundation's flows, then a scan of every byte the server logged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signUp } from "./support/api-client.ts";
import { createInvite, seedConversation } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { parseTotpUri, totp } from "./support/totp.ts";

let server: TestServer;

beforeAll(async () => {
  // debug: the most a production operator could turn on.
  server = await startTestServer({ env: { LOG_LEVEL: "debug", BETWEEN_RATE_LIMIT: "true" } });
});
afterAll(async () => {
  await server.stop();
});

const NAMES = {
  therapist: "Dr Ottoline Featherstonehaugh",
  client: "Peregrine Ashdown-Quill",
  other: "Clementine Varga-Holloway",
};
const TEXTS = [
  "My sister Philippa keeps the blue caravan by the estuary and I can't face her",
  "What would it be like to say that to Philippa directly?",
  "I rehearsed it twelve times in the bathroom mirror at Marchbank",
];
const TITLE = "The Marchbank caravan";
const NOTE_IN_ERROR = "Philippa's caravan secret in a bad field";

describe("logs", () => {
  const secrets: string[] = [];

  it("run a full flow (sign-ups, invites, consent, messages, reads, errors, erasure)", async () => {
    const therapist = await signUp(server.url, "therapist", { name: NAMES.therapist });
    const client = await signUp(server.url, "client", { name: NAMES.client, timeZone: "Europe/Dublin", country: "IE" });
    const other = await signUp(server.url, "client", { name: NAMES.other });
    secrets.push(therapist.email, client.email, other.email, therapist.password);

    // Care link with consent, a change, the companion switch, the history.
    const code = await createInvite(therapist);
    secrets.push(code, code.replace(/-/g, ""));
    const link = await client.api.post<{ id: string }>("/api/care-links", { code, consent: { level: "transcripts", riskAlerts: true } });
    expect(link.status).toBe(201);
    await client.api.patch(`/api/care-links/${link.body.id}/consent`, { level: "summaries" });
    await client.api.patch(`/api/care-links/${link.body.id}/consent`, { level: "transcripts" });
    await therapist.api.patch(`/api/care-links/${link.body.id}/companion`, { enabled: false });
    await client.api.post("/api/conversations", { mode: "talk" });
    await therapist.api.patch(`/api/care-links/${link.body.id}/companion`, { enabled: true });
    await client.api.get(`/api/care-links/${link.body.id}/history`);

    // Messages with distinctive text, a title, reads on both sides, the access log.
    const conversation = await seedConversation(server, client, { texts: TEXTS, title: TITLE });
    await client.api.get(`/api/conversations/${conversation.id}/messages`);
    await client.api.get("/api/conversations");
    await therapist.api.get(`/api/clients/${client.id}/conversations`);
    await client.api.get("/api/me/access-log");
    await client.api.get("/api/me");

    // The therapist's second factor.
    const enabled = await therapist.api.post<{ totpURI: string; backupCodes: string[] }>("/api/auth/two-factor/enable", {
      password: therapist.password,
    });
    const otp = parseTotpUri(enabled.body.totpURI);
    secrets.push(enabled.body.totpURI, ...enabled.body.backupCodes);
    await therapist.api.post("/api/auth/two-factor/verify-totp", { code: totp({ secret: otp.secret }) });
    await therapist.api.post("/api/auth/sign-out");
    await therapist.api.post("/api/auth/sign-in/email", { email: therapist.email, password: therapist.password });
    await therapist.api.post("/api/auth/two-factor/verify-totp", { code: "000000" });

    // Errors of every kind, carrying the secrets where a careless logger would print them.
    await new ApiClient(server.url).post("/api/auth/sign-in/email", { email: client.email, password: "wrong password entirely" });
    await new ApiClient(server.url).post("/api/auth/sign-up/email", { name: NAMES.client, email: client.email, password: "another long passphrase" });
    await new ApiClient(server.url).post("/api/auth/sign-up/email", { name: NAMES.other, email: `not-an-email ${NAMES.other}` });
    await new ApiClient(server.url).post("/api/auth/sign-up/email", { name: NAMES.other, email: "admin-attempt@example.test", password: "a long enough passphrase", role: "admin" });
    await client.api.post("/api/auth/update-user", { role: "admin", name: NAMES.other });
    await client.api.post("/api/care-links", { code: NOTE_IN_ERROR, consent: { level: NOTE_IN_ERROR, riskAlerts: NOTE_IN_ERROR } });
    await client.api.post("/api/conversations", { mode: "talk", text: NOTE_IN_ERROR, [NOTE_IN_ERROR]: 1 });
    await client.api.raw("POST", "/api/conversations", { body: `{"text": "${NOTE_IN_ERROR}`, headers: { "content-type": "application/json" } });
    await client.api.patch(`/api/conversations/${conversation.id}`, { title: "x".repeat(500) + NOTE_IN_ERROR });
    await other.api.get(`/api/conversations/${conversation.id}/messages`);
    await client.api.raw("POST", "/api/conversations", {
      body: JSON.stringify({ mode: "talk", pad: `${NOTE_IN_ERROR} `.repeat(3000) }),
      headers: { "content-type": "application/json" },
    });
    await client.api.raw("POST", "/api/care-links", {
      body: JSON.stringify({ code: NOTE_IN_ERROR, consent: { level: "signals", riskAlerts: false } }),
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    await fetch(`${server.url}/api/nothing/${encodeURIComponent(NAMES.client)}`);
    for (let n = 0; n < 7; n += 1) {
      await new ApiClient(server.url).post("/api/auth/sign-in/email", { email: other.email, password: `guess ${NOTE_IN_ERROR} ${n}` });
    }

    // Erasure.
    expect((await client.api.delete("/api/me")).status).toBe(204);
    secrets.push(client.api.cookieHeader(), therapist.api.cookieHeader());
  });

  it("contain no message text, title, name, email, password, invite code or second-factor secret", () => {
    const raw = server.rawLogs();
    const forbidden = [
      ...Object.values(NAMES),
      ...Object.values(NAMES).flatMap((name) => name.split(/[\s-]/).filter((part) => part.length > 4)),
      ...TEXTS,
      ...TEXTS.flatMap((text) => text.split(" ").filter((word) => /^[A-Z][a-z]{5,}/.test(word))),
      TITLE,
      NOTE_IN_ERROR,
      "Philippa",
      "caravan",
      ...secrets.filter((secret) => secret.length > 0),
      ...secrets.filter((secret) => secret.includes("@")).map((email) => email.split("@")[0] ?? ""),
      "example.test",
    ];
    const found = forbidden.filter((needle) => needle.length >= 4 && raw.toLowerCase().includes(needle.toLowerCase()));
    expect(found).toEqual([]);
  });

  it("do contain the run, event by event (so the scan above is not vacuous)", () => {
    const requests = server.logs.filter((line) => line.event === "http.request");
    expect(requests.length).toBeGreaterThan(40);
    const statuses = new Set(requests.map((line) => line.status));
    for (const status of [200, 201, 204, 400, 401, 403, 404, 413, 422, 423, 429]) expect(statuses).toContain(status);
    expect(requests.every((line) => typeof line.requestId === "string" && typeof line.ms === "number")).toBe(true);
    expect(requests.some((line) => line.route === "/api/clients/:id/conversations" && typeof line.userId === "string")).toBe(true);
    expect(server.logs.some((line) => line.event === "account.erased")).toBe(true);
    // The raw text really is the parsed lines: nothing escaped the scan by being written elsewhere.
    expect(server.rawLogs().trim().split("\n")).toHaveLength(server.logs.length);
  });
});
