// Bad input is answered with the right status and a problem document a person can read: malformed
// JSON, wrong types, unknown fields, oversize bodies, missing or forged sessions, foreign origins,
// unknown routes — on our routes and on Better Auth's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, expectProblem, signUp, type ApiResponse, type SignedIn } from "./support/api-client.ts";
import { createInvite, type Problem } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let client: SignedIn;
let therapist: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  client = await signUp(server.url, "client");
  therapist = await signUp(server.url, "therapist");
});
afterAll(async () => {
  await server.stop();
});

async function send(api: ApiClient, method: string, path: string, body: string | undefined, headers: Record<string, string> = {}) {
  const response = await api.raw(method, path, { ...(body === undefined ? {} : { body }), headers });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed } satisfies ApiResponse;
}

const json = { "content-type": "application/json" };

describe("malformed JSON", () => {
  it.each([
    ["POST", "/api/care-links", '{"code": "ABCD-'],
    ["POST", "/api/conversations", "{mode: talk}"],
    ["PATCH", "/api/me", "not json at all"],
  ])("%s %s → 400 problem", async (method, path, body) => {
    const response = await send(client.api, method, path, body, json);
    expectProblem(response, 400);
  });

  it("on a Better Auth route → 400 problem", async () => {
    const response = await send(new ApiClient(server.url), "POST", "/api/auth/sign-in/email", '{"email": ', json);
    expectProblem(response, 400);
  });
});

describe("wrong types and values → 422 naming each field", () => {
  it("names every wrong field by its path", async () => {
    const response = await client.api.post<Problem>("/api/care-links", { code: 1234, consent: { level: "everything", riskAlerts: "yes" } });
    expectProblem(response, 422);
    const paths = (response.body.errors ?? []).map((e) => e.path).sort();
    expect(paths).toEqual(["code", "consent.level", "consent.riskAlerts"]);
    for (const error of response.body.errors ?? []) expect(error.message.length).toBeGreaterThan(5);
    expect(response.body.detail).toContain("consent.level");
  });

  it("names a missing field", async () => {
    const response = await client.api.post<Problem>("/api/care-links", { code: "ABCD-EFGH-JKMN" });
    expectProblem(response, 422);
    expect(response.body.errors).toEqual([{ path: "consent", message: "This is required." }]);
  });

  it("refuses an empty change", async () => {
    const response = await client.api.patch<Problem>(`/api/care-links/${crypto.randomUUID()}/consent`, {});
    expectProblem(response, 422);
  });

  it("refuses a body that is JSON but not an object", async () => {
    expectProblem(await send(client.api, "POST", "/api/conversations", "[1,2,3]", json), 422);
    expectProblem(await send(client.api, "POST", "/api/conversations", '"talk"', json), 422);
  });
});

describe("unknown fields → 422 naming the field", () => {
  it.each([
    ["at the top", { mode: "talk", model: "gpt-9" }, "model"],
    ["nested", { code: "ABCD-EFGH-JKMN", consent: { level: "signals", riskAlerts: false, therapistMaySee: "all" } }, "consent.therapistMaySee"],
  ])("%s", async (_where, body, field) => {
    const path = "mode" in body ? "/api/conversations" : "/api/care-links";
    const response = await client.api.post<Problem>(path, body);
    expectProblem(response, 422);
    expect(response.body.errors?.map((e) => e.path)).toEqual([field]);
    expect(response.body.detail).toContain(field);
  });

  it("a client cannot slip a history into a new conversation", async () => {
    const response = await client.api.post<Problem>("/api/conversations", { mode: "talk", messages: [{ role: "companion", text: "hi" }] });
    expectProblem(response, 422);
    expect(response.body.detail).toContain("messages");
  });
});

describe("oversize bodies → 413", () => {
  const big = JSON.stringify({ mode: "talk", padding: "x".repeat(70 * 1024) });

  it("with a Content-Length", async () => {
    expectProblem(await send(client.api, "POST", "/api/conversations", big, json), 413);
  });

  it("streamed without a Content-Length", async () => {
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 8192) controller.enqueue(bytes.slice(offset, offset + 8192));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/conversations`, {
      method: "POST",
      headers: { ...json, cookie: client.api.cookieHeader(), origin: server.url },
      body: stream,
      duplex: "half",
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("on a Better Auth route", async () => {
    const response = await send(
      new ApiClient(server.url),
      "POST",
      "/api/auth/sign-up/email",
      JSON.stringify({ name: "x".repeat(70 * 1024), email: "big@example.test", password: "a long enough passphrase" }),
      json,
    );
    expectProblem(response, 413);
  });

  it("but just under the limit is read", async () => {
    const body = JSON.stringify({ mode: "talk", padding: "x".repeat(60 * 1024) });
    // Readable, and refused only for its unknown field.
    expectProblem(await send(client.api, "POST", "/api/conversations", body, json), 422);
  });
});

describe("sessions", () => {
  it("missing → 401 problem", async () => {
    const anonymous = new ApiClient(server.url);
    for (const [method, path] of [
      ["GET", "/api/me"],
      ["GET", "/api/care-links"],
      ["POST", "/api/invites"],
      ["GET", "/api/me/access-log"],
      ["DELETE", "/api/me"],
    ] as const) {
      expectProblem(await anonymous.request(method, path, method === "GET" || method === "DELETE" ? undefined : {}), 401);
    }
  });

  it.each([
    ["garbage", "between.session_token=garbage"],
    ["a token with a forged signature", () => `between.session_token=${forge(client.api.cookieHeader())}`],
    ["a session token for another cookie name", () => client.api.cookieHeader().replace("between.session_token", "better-auth.session_token")],
  ])("%s → 401 problem", async (_what, cookie) => {
    const header = typeof cookie === "function" ? cookie() : cookie;
    const response = await fetch(`${server.url}/api/me`, { headers: { cookie: header } });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("the genuine cookie works (so the forgeries above are close)", async () => {
    const response = await fetch(`${server.url}/api/me`, { headers: { cookie: client.api.cookieHeader() } });
    expect(response.status).toBe(200);
  });
});

/** The session cookie's token with its signature altered. */
function forge(cookieHeader: string): string {
  const value = /between\.session_token=([^;]+)/.exec(cookieHeader)?.[1];
  if (value === undefined) throw new Error("no session cookie");
  const decoded = decodeURIComponent(value);
  const dot = decoded.lastIndexOf(".");
  const signature = decoded.slice(dot + 1);
  const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
  return encodeURIComponent(`${decoded.slice(0, dot)}.${flipped}`);
}

describe("cross-site requests", () => {
  it("refuses a state change from a foreign Origin with 403, and does nothing", async () => {
    const before = await therapist.api.get<{ careLinks: unknown[] }>("/api/care-links");
    const code = await createInvite(therapist);
    const foreign = await send(client.api, "POST", "/api/care-links", JSON.stringify({ code, consent: { level: "transcripts", riskAlerts: true } }), {
      ...json,
      origin: "https://evil.example",
    });
    expectProblem(foreign, 403);
    const after = await therapist.api.get<{ careLinks: unknown[] }>("/api/care-links");
    expect(after.body.careLinks).toHaveLength(before.body.careLinks.length);
  });

  it.each([
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Origin: null", { origin: "null" }],
  ])("refuses a state change with %s", async (_what, headers) => {
    expectProblem(await send(client.api, "POST", "/api/conversations", JSON.stringify({ mode: "talk" }), { ...json, ...headers }), 403);
  });

  it("refuses a foreign Origin on Better Auth routes too (sign-out, sign-in)", async () => {
    const foreignOut = await send(client.api, "POST", "/api/auth/sign-out", "{}", { ...json, origin: "https://evil.example" });
    expectProblem(foreignOut, 403);
    expect((await client.api.get("/api/me")).status).toBe(200);
  });

  it("allows reads from anywhere and requests without an Origin (non-browser clients)", async () => {
    expect((await send(client.api, "GET", "/api/me", undefined, { origin: "https://evil.example" })).status).toBe(200);
    const noOrigin = new ApiClient(server.url);
    noOrigin.origin = undefined;
    const response = await fetch(`${server.url}/api/conversations`, {
      method: "POST",
      headers: { ...json, cookie: client.api.cookieHeader() },
      body: JSON.stringify({ mode: "talk" }),
    });
    expect(response.status).toBe(201);
  });
});

describe("unknown routes", () => {
  it.each([
    ["GET", "/api/nothing-here"],
    ["POST", "/api/nothing-here"],
    ["GET", "/api/clients/no-such-client/nowhere"],
    ["PUT", "/api/care-links"],
  ])("%s %s → 404 problem", async (method, path) => {
    expectProblem(await client.api.request(method, path, method === "GET" ? undefined : {}), 404);
  });

  it("404 without a session, too (not 401)", async () => {
    expectProblem(await new ApiClient(server.url).get("/api/nothing-here"), 404);
  });
});

describe("Better Auth routes answer with problem documents a person can read", () => {
  it("sign-up with missing fields", async () => {
    const response = await new ApiClient(server.url).post<Problem>("/api/auth/sign-up/email", { email: "incomplete@example.test" });
    expectProblem(response, 400);
    expect(response.body.detail).not.toMatch(/\[body|invalid_type|ZodError|received undefined/i);
    expect(response.body.errors).toEqual([
      { path: "name", message: "This is required." },
      { path: "password", message: "This is required." },
    ]);
    expect(response.body.detail).toBe("name: This is required. password: This is required.");
  });

  it("sign-in with a wrong password", async () => {
    const response = await new ApiClient(server.url).post<Problem>("/api/auth/sign-in/email", {
      email: client.email,
      password: "definitely wrong",
    });
    expectProblem(response, 401);
    expect(response.body.detail).toMatch(/email or password/i);
  });

  it("an unknown auth route", async () => {
    expectProblem(await new ApiClient(server.url).get("/api/auth/nothing-here"), 404);
  });
});
