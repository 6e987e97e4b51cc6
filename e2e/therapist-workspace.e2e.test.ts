// The therapist's workspace at a desktop: every page passes axe in light and dark, is saved as a
// screenshot, and shows a client's HTML-laden message as text wherever it appears (alert, brief,
// signals' evidence, transcript). Also: invite codes and setting up two-step sign-in.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../apps/server/test/support/api-client.ts";
import { parseTotpUri, totp } from "../apps/server/test/support/totp.ts";
import { newPerson, signInInBrowser, signUpViaApi, therapistWithInvite, type Person } from "./support/accounts.ts";
import { expectAccessible, launchBrowser, newContext, screenshot, watchForPageErrors } from "./support/browser.ts";
import { DESKTOP_800, HOSTILE_TEXT, IMMINENT_TEXT, expectNoInjection, messageIdOf, redeem, say, startConversation, type LinkedClient } from "./support/therapist.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let therapist: Person;
let client: Person;
let clientApi: ApiClient;
let linked: LinkedClient;

beforeAll(async () => {
  browser = await launchBrowser();
  const made = await therapistWithInvite();
  therapist = made.therapist;
  client = newPerson("client", "Robin Example");
  clientApi = await signUpViaApi(client);
  linked = await redeem(clientApi, { code: made.code, level: "transcripts", riskAlerts: true });

  const talk = await startConversation(clientApi);
  await say(clientApi, talk, HOSTILE_TEXT);
  await say(clientApi, talk, "You're the only one who understands me, I don't want to talk to anyone else");
  await say(clientApi, talk, "I'm scared I'll never feel better about work");
  const moment = await clientApi.post("/api/moments", { messageId: await messageIdOf(clientApi, talk, HOSTILE_TEXT) });
  expect(moment.status, JSON.stringify(moment.body)).toBe(201);
  expect((await clientApi.post("/api/check-ins", { instrument: "phq9", answers: [2, 2, 1, 2, 1, 1, 1, 1, 0] })).status).toBe(201);
  expect((await clientApi.post("/api/check-ins", { instrument: "gad7", answers: [2, 2, 2, 1, 1, 1, 1] })).status).toBe(201);
  await say(clientApi, await startConversation(clientApi), IMMINENT_TEXT);

  context = await newContext(browser, { viewport: DESKTOP_800 });
  page = await context.newPage();
  problems = watchForPageErrors(page);
  await signInInBrowser(page, therapist);
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

async function open(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
}

const clientPath = () => `/therapist/clients/${linked.clientId}`;

describe("the therapist's workspace", () => {
  it("lists the caseload with the client needing attention and their open alert", async () => {
    await open("/therapist", "Your clients");
    const row = page.getByRole("row", { name: /Robin Example/ });
    await row.waitFor();
    await row.getByRole("link", { name: /safety alert/ }).waitFor();
    await page.getByRole("link", { name: /Safety alerts\s*1 not yet acknowledged/ }).waitFor();
    await expectAccessible(page, "caseload");
    await screenshot(page, "therapist-caseload");
  });

  it("shows the session brief, with what the client brought as text, printable and as PDF", async () => {
    await open(clientPath(), "Robin Example");
    await page.getByRole("heading", { name: /Session brief/ }).waitFor();
    const brought = page.getByRole("region", { name: "Brought to session" });
    await brought.getByText(HOSTILE_TEXT, { exact: true }).waitFor();
    await page.getByRole("button", { name: "Print the brief" }).waitFor();
    const pdf = await page.request.get(await page.getByRole("link", { name: "Download as PDF" }).getAttribute("href") ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await expectNoInjection(page);
    await expectAccessible(page, "brief");
    await screenshot(page, "therapist-brief");
    // Printed, the brief stands alone: no workspace navigation around it.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Workspace" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
  });

  it("shows signals with evidence and why, and the charts with text alternatives", async () => {
    await open(`${clientPath()}/signals`, "Robin Example");
    await page.getByRole("heading", { name: "Charts" }).waitFor();
    for (const title of ["Themes over weeks", /When the companion is used/, /Dependency index/, "Distress before and after calming exercises", "PHQ-9 scores", "GAD-7 scores"]) {
      await page.getByRole("figure", { name: title }).waitFor();
    }
    // Each chart's numbers are there as a table.
    const rhythm = page.getByRole("figure", { name: /When the companion is used/ });
    await rhythm.getByText("Show the numbers").click();
    await rhythm.getByRole("table").waitFor();
    // Evidence quotes the client's words as text.
    const safety = page.getByRole("listitem").filter({ hasText: "The risk screen responded" }).first();
    await safety.getByText("Evidence").click();
    await safety.getByText(HOSTILE_TEXT, { exact: true }).waitFor();
    await safety.getByText("Why am I seeing this?").click();
    await safety.getByText(/risk screen recorded/).waitFor();
    await expectNoInjection(page);
    await expectAccessible(page, "signals");
    await screenshot(page, "therapist-signals");
    // Below the sticky header.
    await page.evaluate("window.scrollBy(0, document.querySelector('#charts-title').getBoundingClientRect().top - 80)");
    await screenshot(page, "therapist-charts");
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "therapist-charts-dark");
    await page.emulateMedia({ colorScheme: null });
  });

  it("shows conversations in full at transcripts, the HTML message as text", async () => {
    await open(`${clientPath()}/conversations`, "Robin Example");
    const first = page.getByRole("listitem").filter({ hasText: "Summary from the analysers" }).filter({ hasText: "partner" }).first();
    await first.getByText(/Read the conversation/).click();
    await first.getByText(HOSTILE_TEXT, { exact: true }).waitFor();
    await expectNoInjection(page);
    await expectAccessible(page, "conversations");
    await screenshot(page, "therapist-conversations");
  });

  it("shows the alert with its message as text, and acknowledges it with a note", async () => {
    await open("/therapist/alerts", "Safety alerts");
    const alert = page.getByRole("article").filter({ hasText: IMMINENT_TEXT });
    await alert.getByText("Imminent", { exact: true }).waitFor();
    await expectAccessible(page, "alerts");
    await screenshot(page, "therapist-alerts");
    await alert.getByLabel(/What you did/).fill("Called Robin at 21:10; safe, with their sister tonight.");
    await alert.getByRole("button", { name: "Acknowledge alert" }).click();
    await alert.getByText(/Acknowledged/).waitFor();
    await expect.poll(() => page.getByRole("link", { name: /not yet acknowledged/ }).count()).toBe(0);
  });

  for (const tab of [
    { path: "practices", name: "practices" },
    { path: "frame", name: "frame" },
    { path: "safety", name: "safety" },
    { path: "sessions", name: "sessions" },
  ]) {
    it(`passes axe on the ${tab.name} tab`, async () => {
      await open(`${clientPath()}/${tab.path}`, "Robin Example");
      await page.getByRole("navigation", { name: "Client sections" }).waitFor();
      await page.locator("form").first().waitFor();
      await expectAccessible(page, tab.name);
      await screenshot(page, `therapist-${tab.name}`);
    });
  }

  it("records a session with private notes, which moves the brief's window", async () => {
    await open(`${clientPath()}/sessions`, "Robin Example");
    await page.getByLabel("Private notes").fill("Talked about Sam. <b>not bold</b>");
    await page.getByRole("button", { name: "Record session" }).click();
    await page.getByText("Session recorded.").waitFor();
    await page.getByText("Talked about Sam. <b>not bold</b>", { exact: true }).waitFor();
    await page.getByRole("link", { name: "Session brief" }).click();
    await page.getByText(/Since the last session/).waitFor();
  });

  it("proposes a safety plan change the client then sees", async () => {
    await open(`${clientPath()}/safety`, "Robin Example");
    await page.getByLabel("People I can ask for help").fill("My sister\nMy friend Jo");
    await page.getByRole("button", { name: "Send proposal to the client" }).click();
    await page.getByText("Proposal sent.").waitFor();
    const mine = await clientApi.get<{ proposals: { plan: { peopleICanAsk: string[] }; status: string }[] }>("/api/me/safety-plan");
    expect(mine.body.proposals[0]).toMatchObject({ status: "pending", plan: { peopleICanAsk: ["My sister", "My friend Jo"] } });
  });

  it("creates an invite code to share", async () => {
    await open("/therapist/invite", "Invite a client");
    await page.getByRole("button", { name: "Create an invite code" }).click();
    const code = page.getByRole("status").getByLabel("Invite code");
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectAccessible(page, "invite");
    await screenshot(page, "therapist-invite");
  });

  it("sets up two-step sign-in with the password and a code from the authenticator", async () => {
    await open("/therapist/security", "Two-step sign-in");
    await expectAccessible(page, "two-step sign-in");
    await page.getByLabel("Your password").fill(therapist.password);
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    await page.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
    await page.getByText("Show the full set-up link").click();
    const uri = (await page.getByText(/^otpauth:\/\//).textContent()) ?? "";
    const otp = parseTotpUri(uri);
    await page.getByText(/^Key:/).waitFor();
    await expectAccessible(page, "two-step sign-in, set-up");
    await screenshot(page, "therapist-two-step");
    await page.getByLabel("6-digit code").fill(totp({ secret: otp.secret, period: otp.period, digits: otp.digits }));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await page.getByText("Two-step sign-in is on.").waitFor();

    // Signing in again now takes the password and a code.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email").fill(therapist.email);
    await page.getByLabel("Password").fill(therapist.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Sign in: second step", level: 1 }).waitFor();
    await expectAccessible(page, "sign-in, second step");
    await page.getByLabel("6-digit code from your authenticator app").fill(totp({ secret: otp.secret, period: otp.period, digits: otp.digits }));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await page.getByRole("heading", { name: "Your clients", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Two-step sign-in", exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
