// The joint journey: a therapist (desktop) signs up and invites; a client (phone) signs up in their
// app, redeems the code choosing full conversations and risk alerts, chats, and writes something
// that raises an alert; the therapist acknowledges it,
// reads the brief, writes a frame and sets a practice, both of which reach the client; the client
// lowers consent to signals and the therapist no longer sees any of their words; the client erases
// their account and disappears from the caseload.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, signUpInBrowser, type Person } from "./support/accounts.ts";
import { PHONE, expectAccessible, launchBrowser, newContext, screenshot, watchForPageErrors } from "./support/browser.ts";
import { DESKTOP_800, HOSTILE_TEXT, IMMINENT_TEXT, expectNoInjection, redeemInApp, sayInApp } from "./support/therapist.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let phone: BrowserContext;
let app: Page;
let appProblems: string[];
const therapist: Person = newPerson("therapist", "Dr Sam Journey");
const client: Person = newPerson("client", "Alex Journey");
let code = "";
let clientPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: DESKTOP_800 });
  page = await context.newPage();
  problems = watchForPageErrors(page);
  phone = await newContext(browser, { viewport: PHONE });
  app = await phone.newPage();
  appProblems = watchForPageErrors(app);
});

afterAll(async () => {
  await phone.close();
  await context.close();
  await browser.close();
});

async function openClientTab(tab: string): Promise<void> {
  await page.goto(`${clientPath}${tab === "" ? "" : `/${tab}`}`);
  await page.getByRole("heading", { name: client.name, level: 1 }).waitFor();
}

describe("a therapist and a client, from invite to erasure", () => {
  it("the therapist signs up and creates an invite code", async () => {
    await signUpInBrowser(page, therapist);
    await page.getByRole("heading", { name: "Your clients", level: 1 }).waitFor();
    await page.getByText(/No clients yet/).waitFor();
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Invite a client" }).click();
    await page.getByRole("button", { name: "Create an invite code" }).click();
    const shown = page.getByLabel("Invite code");
    await shown.waitFor();
    code = (await shown.textContent()) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  it("the client signs up, redeems it choosing full conversations and risk alerts, chats, and writes words of imminent risk", async () => {
    await signUpInBrowser(app, client);
    await redeemInApp(app, { code, levelTitle: "Everything, including full conversations", riskAlerts: true });
    await app.getByRole("heading", { name: therapist.name, level: 2 }).waitFor();
    await app.goto("/app");
    await app.getByRole("button", { name: /^Talk/ }).click();
    await app.waitForURL(/\/app\/c\//);
    await sayInApp(app, HOSTILE_TEXT);
    await sayInApp(app, "Work has been boring and I keep thinking about it at night");
    await sayInApp(app, IMMINENT_TEXT);
  });

  it("the therapist sees the alert with the message as text, and acknowledges it with a note", async () => {
    await page.goto("/therapist");
    const row = page.getByRole("row", { name: new RegExp(client.name) });
    await row.getByRole("link", { name: client.name }).click();
    await page.getByRole("heading", { name: client.name, level: 1 }).waitFor();
    clientPath = new URL(page.url()).pathname;
    await page.goto("/therapist");
    await row.getByRole("link", { name: /safety alert/ }).click();
    await page.getByRole("heading", { name: "Safety alerts", level: 1 }).waitFor();
    const alert = page.getByRole("article").filter({ hasText: IMMINENT_TEXT });
    await alert.getByText("Imminent", { exact: true }).waitFor();
    await alert.getByLabel(/What you did/).fill("Phoned Alex straight away; they are safe and with a friend.");
    await alert.getByRole("button", { name: "Acknowledge alert" }).click();
    await alert.getByText(/Acknowledged/).waitFor();
    await alert.getByText("Phoned Alex straight away; they are safe and with a friend.").waitFor();
  });

  it("reads the brief", async () => {
    await openClientTab("");
    await page.getByRole("heading", { name: /Session brief/ }).waitFor();
    await page.getByRole("region", { name: "Headline" }).getByRole("listitem").first().waitFor();
    await page.getByText(/imminent/).first().waitFor();
    await expectNoInjection(page);
  });

  it("writes a frame, which the client can read", async () => {
    await openClientTab("frame");
    await page.getByLabel("Focus").fill("Noticing the pull to work late and what it protects against.");
    await page.getByLabel("Approach").fill("Reflect first; one question at a time.");
    await page.getByLabel("What to avoid").fill("Advice about the job itself.");
    await page.getByLabel("Tone").fill("Warm and brief.");
    await page.getByLabel("Dependency plan").fill("When night use is high, suggest texting a friend.");
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await page.getByText("Saved as version 1.", { exact: false }).waitFor();
    await page.getByText(/Version 1,/).waitFor();
    const frame = await app.request.get("/api/me/frame");
    expect(frame.status()).toBe(200);
    expect(await frame.text()).toContain("Noticing the pull to work late");
  });

  it("sets a practice, which reaches the client", async () => {
    await openClientTab("practices");
    await page.getByLabel("Title").fill("Text one friend before 22:00");
    await page.getByLabel("Why (shown to the client)").fill("So evenings have a person in them, not only the companion.");
    await page.getByLabel("Times").fill("3");
    await page.getByLabel("Every").selectOption("week");
    await page.getByLabel("Follow-up question the companion asks").fill("Did you text someone this evening? How was it?");
    await page.getByRole("button", { name: "Set practice" }).click();
    await page.getByRole("status").getByText(/Practice “Text one friend before 22:00” set/).waitFor();
    await page.getByRole("heading", { name: /Text one friend before 22:00/ }).waitFor();
    await page.getByText(/done 0 of \d+ expected/).first().waitFor();
    const mine = (await (await app.request.get("/api/me/practices")).json()) as { practices: { title: string; cadence: unknown }[] };
    expect(mine.practices).toEqual([expect.objectContaining({ title: "Text one friend before 22:00", cadence: { every: "week", times: 3 } })]);
    await screenshot(page, "journey-therapist-practices");
  });

  it("sees the conversation text at transcripts, as text", async () => {
    await openClientTab("conversations");
    const conversation = page.getByRole("listitem").filter({ hasText: "Summary from the analysers" }).first();
    await conversation.getByText(/Read the conversation/).click();
    await conversation.getByText(HOSTILE_TEXT, { exact: true }).waitFor();
    await expectNoInjection(page);
  });

  it("no longer sees any of the client's words once they lower consent to signals", async () => {
    await app.goto("/app/me/therapist");
    await app.getByRole("radio", { name: "Patterns only", exact: true }).check();
    await app.getByRole("button", { name: "Save what they can see" }).click();
    await app.getByText("Saved. It applies from now on.").waitFor();

    await openClientTab("conversations");
    await page.getByRole("heading", { name: "No conversation text" }).waitFor();
    await page.getByText(/Shares: Signals only/).waitFor();
    expect(await page.getByText(/lonely since my partner/).count()).toBe(0);
    await expectAccessible(page, "conversations at signals");
    await screenshot(page, "journey-therapist-signals-only");

    await openClientTab("signals");
    await page.getByRole("heading", { name: "Charts" }).waitFor();
    await page.getByText("Evidence").first().click();
    await page.getByText("No quotes: the client shares trends and counts only.").first().waitFor();
    expect(await page.getByText(/lonely since my partner|boring/).count()).toBe(0);

    await openClientTab("");
    await page.getByText("The client shares signals only: what they bring to session is not shown.").waitFor();
    expect(await page.getByText(/lonely since my partner/).count()).toBe(0);
  });

  it("loses the client from the caseload when they erase their account", async () => {
    await app.goto("/app/me/data");
    await app.getByRole("button", { name: "Delete my account…" }).click();
    await app.getByLabel("Type “delete” to confirm").fill("delete");
    await app.getByRole("button", { name: "Delete my account for good" }).click();
    await app.waitForURL((url) => !url.pathname.startsWith("/app"));
    await page.goto("/therapist");
    await page.getByText(/No clients yet/).waitFor();
    await page.goto(clientPath);
    await page.getByRole("heading", { name: "Client not found", level: 1 }).waitFor();
    expect(problems).toEqual([]);
    expect(appProblems).toEqual([]);
  });
});
