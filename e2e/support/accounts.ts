// People for the journeys: made through the API where the journey is not about signing up, and
// through the browser where it is. Fictional names only.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ApiClient } from "../../apps/server/test/support/api-client.ts";
import { baseUrl } from "./browser.ts";

export interface Person {
  name: string;
  email: string;
  password: string;
  role: "client" | "therapist";
}

export function newPerson(role: Person["role"], name = role === "client" ? "Robin" : "Dr Ash Example"): Person {
  return { name, email: `${role}-${randomUUID()}@example.test`, password: "correct horse battery staple", role };
}

/** An account made through the API, with a client holding its session cookie. */
export async function signUpViaApi(person: Person, options: { baseURL?: string } = {}): Promise<ApiClient> {
  const api = new ApiClient(options.baseURL ?? baseUrl());
  const response = await api.post("/api/auth/sign-up/email", {
    name: person.name,
    email: person.email,
    password: person.password,
    role: person.role,
    timeZone: "Europe/London",
    country: "GB",
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return api;
}

/** A therapist with an invite code for a new client. */
export async function therapistWithInvite(): Promise<{ therapist: Person; api: ApiClient; code: string }> {
  const therapist = newPerson("therapist");
  const api = await signUpViaApi(therapist);
  const invite = await api.post<{ code: string }>("/api/invites", {});
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  return { therapist, api, code: invite.body.code };
}

/** Signs up in the browser, as a person would. */
export async function signUpInBrowser(page: Page, person: Person): Promise<void> {
  await page.goto("/sign-up");
  await page.getByRole("radio", { name: person.role === "client" ? "Someone looking for support" : "A therapist", exact: true }).check();
  await page.getByLabel(person.role === "client" ? "What should the companion call you?" : "Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(person.role === "client" ? /\/app/ : /\/therapist/);
}

export async function signInInBrowser(page: Page, person: Person): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(person.role === "client" ? /\/app/ : /\/therapist/);
}
