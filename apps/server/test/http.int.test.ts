// HTTP plumbing every response shares: health, the OpenAPI document, security headers, request ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signUp, type SignedIn } from "./support/api-client.ts";
import type { Problem } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let client: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  client = await signUp(server.url, "client");
});
afterAll(async () => {
  await server.stop();
});

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; requestBody?: unknown }>>;
}

describe("health", () => {
  it("answers {status: ok} without a session", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("the OpenAPI document", () => {
  let doc: OpenApiDocument;

  beforeAll(async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    doc = (await response.json()) as OpenApiDocument;
  });

  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe("Between API");
  });

  it.each([
    ["/api/invites", "post"],
    ["/api/care-links", "post"],
    ["/api/care-links", "get"],
    ["/api/care-links/{id}/consent", "patch"],
    ["/api/care-links/{id}/companion", "patch"],
    ["/api/care-links/{id}", "delete"],
    ["/api/care-links/{id}/history", "get"],
    ["/api/consent-texts", "get"],
    ["/api/me", "get"],
    ["/api/me", "delete"],
    ["/api/me/access-log", "get"],
    ["/api/conversations", "post"],
    ["/api/clients/{id}/conversations", "get"],
  ])("lists %s (%s)", (path, method) => {
    expect(Object.keys(doc.paths)).toContain(path);
    expect(Object.keys(doc.paths[path] ?? {})).toContain(method);
  });

  it("describes request bodies and problem responses", () => {
    expect(doc.paths["/api/care-links"]?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths["/api/care-links/{id}/consent"]?.patch?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "401", "403", "404", "422"]),
    );
  });
});

describe("security headers", () => {
  it.each([
    ["a JSON answer", "GET", "/api/health"],
    ["a problem", "GET", "/api/nothing-here"],
    ["a Better Auth answer", "POST", "/api/auth/sign-in/email"],
  ])("are on %s", async (_what, method, path) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: server.url },
      ...(method === "POST" ? { body: JSON.stringify({ email: "nobody@example.test", password: "not a password at all" }) } : {}),
    });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("request ids", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it.each([
    ["200", "GET", "/api/health", undefined, false],
    ["401", "GET", "/api/care-links", undefined, true],
    ["404", "GET", "/api/nothing-here", undefined, true],
    ["422", "POST", "/api/conversations", { mode: "wander" }, true],
    ["Better Auth 401", "POST", "/api/auth/sign-in/email", { email: "nobody@example.test", password: "not a password at all" }, true],
    ["Better Auth 200", "GET", "/api/auth/get-session", undefined, false],
  ] as const)("are on every response (%s) and in the problem's instance", async (_what, method, path, body, isProblem) => {
    const api = path === "/api/conversations" ? client.api : new ApiClient(server.url);
    const response = await api.request<Problem>(method, path, body);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(uuid);
    if (isProblem) expect(response.body.instance).toBe(`urn:between:request:${id ?? ""}`);
  });

  it("are on 413 answers too", async () => {
    const response = await client.api.raw("POST", "/api/conversations", {
      body: JSON.stringify({ mode: "talk", padding: "x".repeat(70 * 1024) }),
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(413);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(uuid);
    expect(((await response.json()) as Problem).instance).toBe(`urn:between:request:${id ?? ""}`);
  });

  it("differ between requests, and match the request's log line", async () => {
    const first = await fetch(`${server.url}/api/health`);
    const second = await fetch(`${server.url}/api/health`);
    const ids = [first.headers.get("x-request-id"), second.headers.get("x-request-id")];
    expect(ids[0]).not.toBe(ids[1]);
    const logged = server.logs.filter((line) => line.event === "http.request").map((line) => line.requestId);
    expect(logged).toEqual(expect.arrayContaining(ids));
  });
});
