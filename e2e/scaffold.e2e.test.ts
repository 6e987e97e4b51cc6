// The app's frame: it is served by the real server under its Content-Security-Policy without a
// single violation, the crisis lines are a tap away before anyone signs in, sign-up lands each role
// in its own area, and the therapist's workspace arrives as a separate chunk.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, signUpInBrowser } from "./support/accounts.ts";
import { DESKTOP, launchBrowser, newContext, watchForPageErrors } from "./support/browser.ts";
import { CHAT_BUDGET_BYTES, routeCosts } from "../scripts/web-bundle.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("the app's frame", () => {
  it("ships the client's chat in at most 200 KB of gzipped JavaScript, the therapist's workspace apart", () => {
    const costs = routeCosts();
    expect(costs.chat.gzipBytes).toBeLessThanOrEqual(CHAT_BUDGET_BYTES);
    expect(costs.therapist.files.length).toBeGreaterThan(0);
    expect(costs.chat.files.some((file) => costs.therapist.files.includes(file))).toBe(false);
  });

  it("opens the crisis lines before sign-in, with no CSP violation", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchForPageErrors(page);
    await page.goto("/");
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("button", { name: "Crisis lines" }).click();
    const sheet = page.getByRole("dialog", { name: "Help right now" });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await expect.poll(() => sheet.getByRole("link").count()).toBeGreaterThan(0);
    await sheet.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("signs a client up into their area and a therapist into the workspace, loaded on demand", async () => {
    const clientContext = await newContext(browser);
    const clientPage = await clientContext.newPage();
    const scripts: string[] = [];
    clientPage.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await signUpInBrowser(clientPage, newPerson("client"));
    expect(new URL(clientPage.url()).pathname.startsWith("/app")).toBe(true);
    expect(scripts.some((path) => path.includes("therapist"))).toBe(false);
    await clientContext.close();

    const therapistContext = await newContext(browser, { viewport: DESKTOP });
    const therapistPage = await therapistContext.newPage();
    const therapistScripts: string[] = [];
    therapistPage.on("request", (request) => {
      if (request.resourceType() === "script") therapistScripts.push(new URL(request.url()).pathname);
    });
    await signUpInBrowser(therapistPage, newPerson("therapist"));
    await expect.poll(() => therapistScripts.some((path) => path.includes("therapist"))).toBe(true);
    await therapistContext.close();
  });
});
