// Rate limits on sign-in, sign-up and second-factor attempts (BETWEEN_RATE_LIMIT, on by default):
// a 429 problem document with Retry-After, not bypassable by a forged X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, expectProblem, type ApiResponse } from "./support/api-client.ts";
import type { Problem } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BETWEEN_RATE_LIMIT: "true" } });
});
afterAll(async () => {
  await server.stop();
});

function expectRateLimited(response: ApiResponse) {
  expectProblem(response, 429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect((response.body as Problem).detail).toMatch(/wait/i);
}

describe("rate limits", () => {
  it("stop repeated failed sign-ins with 429 and Retry-After, whatever X-Forwarded-For says", async () => {
    const api = new ApiClient(server.url);
    const attempt = (n: number) =>
      api.raw("POST", "/api/auth/sign-in/email", {
        body: JSON.stringify({ email: "guessing@example.test", password: `guess number ${n}` }),
        headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${n}` },
      });
    const statuses: number[] = [];
    let limited: ApiResponse | undefined;
    for (let n = 1; n <= 10 && limited === undefined; n += 1) {
      const response = await attempt(n);
      statuses.push(response.status);
      if (response.status === 429) limited = { status: 429, headers: response.headers, body: await response.json() };
      else await response.body?.cancel();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(limited).toBeDefined();
    if (limited !== undefined) expectRateLimited(limited);
  });

  it("stop repeated sign-ups", async () => {
    const statuses: number[] = [];
    let limited: ApiResponse | undefined;
    for (let n = 1; n <= 10 && limited === undefined; n += 1) {
      const response = await new ApiClient(server.url).post("/api/auth/sign-up/email", {
        name: `Rate Limited ${n}`,
        email: `rate-${n}-${Date.now()}@example.test`,
        password: "a long enough passphrase",
        role: "client",
      });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(limited).toBeDefined();
    if (limited !== undefined) expectRateLimited(limited);
  });

  it("stop guessing second-factor codes", async () => {
    const api = new ApiClient(server.url);
    let limited: ApiResponse | undefined;
    for (let n = 1; n <= 10 && limited === undefined; n += 1) {
      const response = await api.post("/api/auth/two-factor/verify-totp", { code: String(n).padStart(6, "0") });
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(401);
    }
    expect(limited).toBeDefined();
    if (limited !== undefined) expectRateLimited(limited);
  });

  it("leave the rest of the API alone", async () => {
    for (let n = 0; n < 15; n += 1) expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe("with BETWEEN_RATE_LIMIT=false", () => {
  it("no limit applies", async () => {
    const unlimited = await startTestServer({ env: { BETWEEN_RATE_LIMIT: "false" } });
    try {
      const api = new ApiClient(unlimited.url);
      for (let n = 0; n < 8; n += 1) {
        const response = await api.post("/api/auth/sign-in/email", { email: "guessing@example.test", password: `guess ${n}` });
        expect(response.status).toBe(401);
      }
    } finally {
      await unlimited.stop();
    }
  });
});
