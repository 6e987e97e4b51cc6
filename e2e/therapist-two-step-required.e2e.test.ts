// A practice that requires two-step sign-in (BETWEEN_REQUIRE_THERAPIST_2FA): a therapist without
// it sees no client content, only the server's reason and the way to set it up; once it is on, the
// caseload opens.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { parseTotpUri, totp } from "../apps/server/test/support/totp.ts";
import { newPerson, signUpViaApi } from "./support/accounts.ts";
import { expectAccessible, launchBrowser, newContext } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { DESKTOP_800 } from "./support/therapist.ts";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const therapist = newPerson("therapist", "Dr Kit Careful");

beforeAll(async () => {
  server = await startServer({ env: { BETWEEN_REQUIRE_THERAPIST_2FA: "true" } });
  await signUpViaApi(therapist, { baseURL: server.baseUrl });
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: DESKTOP_800, baseURL: server.baseUrl });
  page = await context.newPage();
});

afterAll(async () => {
  await context.close();
  await browser.close();
  await server.stop();
});

describe("a practice that requires two-step sign-in", () => {
  it("shows the refusal with the way to set it up, then the caseload once it is on", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(therapist.email);
    await page.getByLabel("Password").fill(therapist.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText(/two-step sign-in/).waitFor();
    await expectAccessible(page, "caseload refused");
    await page.getByRole("main").getByRole("link", { name: "Set up two-step sign-in" }).click();

    await page.getByLabel("Your password").fill(therapist.password);
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    await page.getByText("Show the full set-up link").click();
    const otp = parseTotpUri((await page.getByText(/^otpauth:\/\//).textContent()) ?? "");
    await page.getByLabel("6-digit code").fill(totp({ secret: otp.secret, period: otp.period, digits: otp.digits }));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await page.getByText("Two-step sign-in is on.").waitFor();

    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Clients" }).click();
    await page.getByText(/No clients yet/).waitFor();
  });
});
