// A browser-like client for tests: keeps cookies, sends the Origin header a browser would.
import { expect } from "vitest";

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

let counter = 0;

export class ApiClient {
  readonly baseUrl: string;
  private cookies = new Map<string, string>();
  origin: string | undefined;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
    this.origin = baseUrl;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    // A test that sets its own Origin (a foreign site, "null") means it: don't overwrite it.
    if (this.origin !== undefined && headers.origin === undefined) headers.origin = this.origin;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: init.body, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair === undefined || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const response = await this.raw(method, path, {
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === "" ? undefined : JSON.parse(text)) as T };
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body ?? {});
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PUT", path, body ?? {});
  }
  delete<T = unknown>(path: string) {
    return this.request<T>("DELETE", path);
  }

  forgetSession(): void {
    this.cookies.clear();
  }
}

export interface SignedIn {
  api: ApiClient;
  id: string;
  email: string;
  name: string;
  password: string;
}

/** Signs up a fresh account with fictional details and returns a client holding its session. */
export async function signUp(
  baseUrl: string,
  role: "client" | "therapist",
  extra: { name?: string; timeZone?: string; country?: string } = {},
): Promise<SignedIn> {
  counter += 1;
  const api = new ApiClient(baseUrl);
  const name = extra.name ?? `${role === "client" ? "Robin" : "Dr Avery"} Test${counter}`;
  const email = `${role}-${counter}-${Date.now()}@example.test`;
  const password = "correct horse battery staple";
  const response = await api.post<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name,
    email,
    password,
    role,
    ...(extra.timeZone === undefined ? {} : { timeZone: extra.timeZone }),
    ...(extra.country === undefined ? {} : { country: extra.country }),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { api, id: response.body.user.id, email, name, password };
}

export function expectProblem(response: ApiResponse, status: number): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const body = response.body as { status: number; title: string; detail: string };
  expect(body.status).toBe(status);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(10);
}

/** Signs in to an existing account with a fresh client (a new session, so fresh session data). */
export async function signIn(baseUrl: string, account: { email: string; password: string }): Promise<ApiClient> {
  const api = new ApiClient(baseUrl);
  const response = await api.post("/api/auth/sign-in/email", { email: account.email, password: account.password });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return api;
}
