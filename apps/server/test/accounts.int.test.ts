// Accounts through Better Auth: sign-up roles, sign-in, sign-out, the session cookie's attributes,
// account fields a user may and may not change, and a therapist's TOTP second factor end to end.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { practice, practiceMember, user } from "../src/db/schema/index.ts";
import { ApiClient, expectProblem, signUp } from "./support/api-client.ts";
import type { Problem } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { parseTotpUri, totp } from "./support/totp.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface MeBody {
  id: string;
  name: string;
  email: string;
  role: string;
  timeZone: string;
  country: string | null;
  twoFactorEnabled: boolean;
}

let counter = 0;
function newEmail(tag: string) {
  counter += 1;
  return `${tag}-${counter}-${Date.now()}@example.test`;
}
const password = "a long enough passphrase";

function signUpBody(fields: Record<string, unknown>) {
  return { name: "Juniper Account", email: newEmail("account"), password, ...fields };
}

describe("sign-up", () => {
  it.each(["client", "therapist"] as const)("makes a %s account with that role", async (role) => {
    const api = new ApiClient(server.url);
    const response = await api.post<{ user: { id: string } }>("/api/auth/sign-up/email", signUpBody({ role }));
    expect(response.status).toBe(200);
    const me = await api.get<MeBody>("/api/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: response.body.user.id, role, timeZone: "UTC", country: null, twoFactorEnabled: false });
  });

  it("makes a client when no role is given", async () => {
    const api = new ApiClient(server.url);
    expect((await api.post("/api/auth/sign-up/email", signUpBody({}))).status).toBe(200);
    expect((await api.get<MeBody>("/api/me")).body.role).toBe("client");
  });

  it("gives a therapist who signs up alone a practice of their own", async () => {
    const therapist = await signUp(server.url, "therapist", { name: "Dr Practice Owner" });
    const db = server.app.ctx.db;
    const [member] = await db.select().from(practiceMember).where(eq(practiceMember.therapistId, therapist.id));
    expect(member?.role).toBe("owner");
    const [own] = await db.select().from(practice).where(eq(practice.id, member?.practiceId ?? ""));
    expect(own).toBeDefined();
    const client = await signUp(server.url, "client");
    expect(await db.select().from(practiceMember).where(eq(practiceMember.therapistId, client.id))).toEqual([]);
  });

  it.each(["admin", "superuser", 7])("refuses role %s, and creates nothing", async (role) => {
    const api = new ApiClient(server.url);
    const body = signUpBody({ role });
    const response = await api.post<Problem>("/api/auth/sign-up/email", body);
    expectProblem(response, 400);
    expect(response.body.detail).toMatch(/role/);
    const rows = await server.app.ctx.db.select().from(user).where(eq(user.email, body.email));
    expect(rows).toEqual([]);
    expectProblem(await api.get("/api/me"), 401);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, /time ?zone/i],
    ["a country that isn't a code", { country: "Narnia" }, /country/i],
  ])("refuses %s", async (_what, fields, message) => {
    const api = new ApiClient(server.url);
    const response = await api.post<Problem>("/api/auth/sign-up/email", signUpBody(fields));
    expectProblem(response, 400);
    expect(response.body.detail).toMatch(message);
  });

  it("keeps a valid time zone and country", async () => {
    const api = new ApiClient(server.url);
    await api.post("/api/auth/sign-up/email", signUpBody({ timeZone: "Europe/Lisbon", country: "PT" }));
    expect((await api.get<MeBody>("/api/me")).body).toMatchObject({ timeZone: "Europe/Lisbon", country: "PT" });
  });

  it("refuses a second account with the same email, and a short password", async () => {
    const existing = await signUp(server.url, "client");
    expectProblem(await new ApiClient(server.url).post("/api/auth/sign-up/email", signUpBody({ email: existing.email })), 422);
    expectProblem(await new ApiClient(server.url).post("/api/auth/sign-up/email", signUpBody({ password: "short" })), 400);
  });
});

describe("account fields after sign-up", () => {
  it.each(["therapist", "admin"])("a client cannot make themselves %s", async (role) => {
    const client = await signUp(server.url, "client");
    expectProblem(await client.api.post("/api/auth/update-user", { role }), 403);
    // Not even alongside a harmless change.
    expectProblem(await client.api.post("/api/auth/update-user", { name: "Still A Client", role }), 403);
    expect((await client.api.get<MeBody>("/api/me")).body.role).toBe("client");
    const [row] = await server.app.ctx.db.select().from(user).where(eq(user.id, client.id));
    expect(row?.role).toBe("client");
  });

  it("a therapist cannot make themselves a client or an admin", async () => {
    const therapist = await signUp(server.url, "therapist");
    expectProblem(await therapist.api.post("/api/auth/update-user", { role: "admin" }), 403);
    expectProblem(await therapist.api.post("/api/auth/update-user", { role: "client" }), 403);
    expect((await therapist.api.get<MeBody>("/api/me")).body.role).toBe("therapist");
  });

  it("time zone and country are checked however they are changed", async () => {
    const client = await signUp(server.url, "client");
    expectProblem(await client.api.patch("/api/me", { timeZone: "Atlantis/Deep" }), 422);
    expectProblem(await client.api.post("/api/auth/update-user", { timeZone: "Atlantis/Deep" }), 400);
    expectProblem(await client.api.post("/api/auth/update-user", { country: "atlantis" }), 400);
    expect((await client.api.get<MeBody>("/api/me")).body).toMatchObject({ timeZone: "UTC", country: null });
    // …while valid changes go through.
    expect((await client.api.patch("/api/me", { timeZone: "America/Chicago", country: "US" })).status).toBe(200);
    expect((await client.api.post("/api/auth/update-user", { name: "Juniper Renamed" })).status).toBe(200);
    expect((await client.api.get<MeBody>("/api/me")).body).toMatchObject({
      name: "Juniper Renamed",
      timeZone: "America/Chicago",
      country: "US",
    });
  });
});

describe("sign-in and sign-out", () => {
  it("signs in with the right password, not a wrong one", async () => {
    const account = await signUp(server.url, "client");
    const fresh = new ApiClient(server.url);
    const wrong = await fresh.post<Problem>("/api/auth/sign-in/email", { email: account.email, password: "not the password" });
    expectProblem(wrong, 401);
    expectProblem(await fresh.get("/api/me"), 401);
    const unknown = await fresh.post<Problem>("/api/auth/sign-in/email", { email: newEmail("nobody"), password });
    expectProblem(unknown, 401);
    // Same answer for an unknown email as for a wrong password: no account discovery.
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const right = await fresh.post("/api/auth/sign-in/email", { email: account.email, password: account.password });
    expect(right.status).toBe(200);
    expect((await fresh.get<MeBody>("/api/me")).body.id).toBe(account.id);
  });

  it("sets the session cookie httpOnly and SameSite", async () => {
    const account = await signUp(server.url, "client");
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("between.session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it("signs out: the old session cookie no longer works", async () => {
    const account = await signUp(server.url, "client");
    const cookie = account.api.cookieHeader();
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
    const out = await account.api.post("/api/auth/sign-out");
    expect(out.status).toBe(200);
    expectProblem(await account.api.get("/api/me"), 401);
    // Replaying the cookie from before sign-out: the session is gone on the server, too.
    const replay = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(replay.status).toBe(401);
    expect(replay.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("a therapist's second factor (TOTP)", () => {
  it("enables with the password, then sign-in needs a right code", async () => {
    const therapist = await signUp(server.url, "therapist");

    // Enabling needs the password.
    expectProblem(await therapist.api.post("/api/auth/two-factor/enable", { password: "not the password" }), 400);
    const enabled = await therapist.api.post<{ totpURI: string; backupCodes: string[] }>("/api/auth/two-factor/enable", {
      password: therapist.password,
    });
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
    const otp = parseTotpUri(enabled.body.totpURI);
    expect(otp.issuer).toBe("Between");
    expect(otp.digits).toBe(6);
    expect(enabled.body.backupCodes.length).toBeGreaterThan(0);
    // Not on until a code from the authenticator proves the secret was taken.
    expect((await therapist.api.get<MeBody>("/api/me")).body.twoFactorEnabled).toBe(false);

    const code = () => totp({ secret: otp.secret, period: otp.period, digits: otp.digits });
    const verified = await therapist.api.post("/api/auth/two-factor/verify-totp", { code: code() });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect((await therapist.api.get<MeBody>("/api/me")).body.twoFactorEnabled).toBe(true);

    expect((await therapist.api.post("/api/auth/sign-out")).status).toBe(200);

    // The password alone no longer signs in: it asks for the second factor and sets no session.
    const first = await therapist.api.post<{ twoFactorRedirect?: boolean }>("/api/auth/sign-in/email", {
      email: therapist.email,
      password: therapist.password,
    });
    expect(first.status).toBe(200);
    expect(first.body.twoFactorRedirect).toBe(true);
    expect(first.headers.getSetCookie().some((c) => /^between\.session_token=[^;]+/.test(c) && !/max-age=0/i.test(c))).toBe(false);
    expectProblem(await therapist.api.get("/api/me"), 401);

    // A wrong code (one not valid in any accepted time step) fails.
    const valid = new Set([-1, 0, 1].map((step) => totp({ secret: otp.secret, step })));
    let wrongCode = "000000";
    for (let n = 0; valid.has(wrongCode); n += 1) wrongCode = String(n).padStart(6, "0");
    const wrong = await therapist.api.post("/api/auth/two-factor/verify-totp", { code: wrongCode });
    expectProblem(wrong, 401);
    expectProblem(await therapist.api.get("/api/me"), 401);

    // Without the pending sign-in cookie, even the right code signs nobody in.
    const stranger = new ApiClient(server.url);
    expectProblem(await stranger.post("/api/auth/two-factor/verify-totp", { code: code() }), 401);

    // The right code signs in.
    const right = await therapist.api.post("/api/auth/two-factor/verify-totp", { code: code() });
    expect(right.status, JSON.stringify(right.body)).toBe(200);
    const me = await therapist.api.get<MeBody>("/api/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: therapist.id, twoFactorEnabled: true });
  });
});
