// Safety over HTTP: check-ins that start the crisis protocol, safety plans with proposals, crisis
// lines for every screen (and an admin's edits), alert re-raising, the referral report, and the
// disclosure rules at each boundary with a fake clock.
import { disclosureCopy } from "@between/core";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../src/db/schema/index.ts";
import { reraiseOverdueAlerts } from "../src/repositories/safety.ts";
import { ApiClient, expectProblem, signIn, signUp, type SignedIn } from "./support/api-client.ts";
import { linkedPair } from "./support/care.ts";
import { queryRows } from "./support/query-rows.ts";
import { collectTurn } from "./support/sse.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-03-02T10:00:00Z") });
});
afterAll(async () => {
  await server.stop();
});

const minutes = (n: number) => n * 60_000;

async function say(client: SignedIn, conversationId: string, text: string) {
  return collectTurn(
    await client.api.raw("POST", `/api/conversations/${conversationId}/messages`, {
      body: JSON.stringify({ text }),
      headers: { "content-type": "application/json" },
    }),
  );
}

/** An admin, made the way the CLI makes one: promoted on the machine, then signed in. */
async function admin(): Promise<SignedIn> {
  const account = await signUp(server.url, "client");
  await server.app.ctx.db.update(user).set({ role: "admin" }).where(eq(user.id, account.id));
  return { ...account, api: await signIn(server.url, account) };
}

describe("check-ins", () => {
  it("scores a GAD-7 with its band and keeps the mood word encrypted", async () => {
    const client = await signUp(server.url, "client");
    const gad = await client.api.post<{ checkIn: { score: number; band: string }; crisis: unknown }>("/api/check-ins", {
      instrument: "gad7",
      answers: [2, 2, 1, 1, 2, 1, 1],
    });
    expect(gad.status).toBe(201);
    expect(gad.body.checkIn).toMatchObject({ score: 10, band: "moderate" });
    expect(gad.body.crisis).toBeNull();
    await client.api.post("/api/check-ins", { instrument: "mood", score: 3, word: "hollow" });
    const listed = await client.api.get<{ checkIns: { instrument: string; word: string | null }[] }>("/api/me/check-ins");
    expect(listed.body.checkIns.map((c) => c.instrument).sort()).toEqual(["gad7", "mood"]);
    expect(listed.body.checkIns.find((c) => c.instrument === "mood")?.word).toBe("hollow");
    expect(JSON.stringify(await queryRows(server.app.ctx.db, sql`select word from check_in`))).not.toContain("hollow");
    expectProblem(await client.api.post("/api/check-ins", { instrument: "phq9", answers: [1, 1, 1] }), 422);
    expectProblem(await client.api.post("/api/check-ins", { instrument: "phq9", answers: [1, 1, 1, 1, 1, 1, 1, 1, 4] }), 422);
  });

  it("meets a PHQ-9 item 9 answer above 0 with the crisis protocol, whatever the total", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: true }, { country: "US" });
    const phq = await client.api.post<{ checkIn: { score: number; band: string }; crisis: { tier: string; therapistAlert: string; lines: { name: string }[] } | null }>(
      "/api/check-ins",
      { instrument: "phq9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] },
    );
    expect(phq.body.checkIn).toMatchObject({ score: 1, band: "minimal" });
    expect(phq.body.crisis?.tier).toBe("urgent");
    expect(phq.body.crisis?.therapistAlert).toBe("offered");
    expect(JSON.stringify(phq.body.crisis)).toContain("988");
    const events = await queryRows(server.app.ctx.db, sql`select source, tier, response from safety_event where client_id = ${client.id}`);
    expect(events).toEqual([{ source: "phq9-item9", tier: "urgent", response: "crisis-protocol" }]);
    expect((await therapist.api.get<{ alerts: unknown[] }>("/api/alerts")).body.alerts).toEqual([]);
  });
});

describe("safety plans", () => {
  it("are the client's to write; a therapist proposes and the client decides; the crisis protocol walks through them", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: false }, { country: "GB" });
    const plan = {
      warningSigns: ["Not answering texts"],
      thingsICanDo: ["Cold water on my face"],
      peopleAndPlaces: ["The allotment"],
      peopleICanAsk: ["My brother Tom"],
      professionalsAndLines: ["Samaritans 116 123"],
      makingSurroundingsSafer: ["Give the pills to Tom"],
      reasonsForLiving: ["My niece"],
    };
    expect((await client.api.put("/api/me/safety-plan", plan)).status).toBe(200);
    const seen = await therapist.api.get<{ plan: typeof plan }>(`/api/clients/${client.id}/safety-plan`);
    expect(seen.body.plan.reasonsForLiving).toEqual(["My niece"]);
    const proposal = await therapist.api.post<{ id: string; status: string }>(`/api/clients/${client.id}/safety-plan/proposals`, {
      ...plan,
      peopleICanAsk: ["My brother Tom", "My friend Jo"],
    });
    expect(proposal.body.status).toBe("pending");
    expectProblem(await therapist.api.post(`/api/me/safety-plan/proposals/${proposal.body.id}/accept`), 403);
    expect((await client.api.post(`/api/me/safety-plan/proposals/${proposal.body.id}/accept`)).status).toBe(204);
    expectProblem(await client.api.post(`/api/me/safety-plan/proposals/${proposal.body.id}/decline`), 409);
    const mine = await client.api.get<{ plan: typeof plan; proposals: { status: string }[] }>("/api/me/safety-plan");
    expect(mine.body.plan.peopleICanAsk).toEqual(["My brother Tom", "My friend Jo"]);
    expect(mine.body.proposals[0]?.status).toBe("accepted");

    const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    const crisis = await say(client, conversation.body.id, "i'm going to kill myself tonight, i've got the rope");
    // Imminent risk walks through the parts of the plan that matter now: people, reasons, safer surroundings.
    expect(crisis.text).toContain("My friend Jo");
    expect(crisis.text).toContain("My niece");
    expect(crisis.text).toContain("116 123");
    const stranger = await signUp(server.url, "therapist");
    expectProblem(await stranger.api.get(`/api/clients/${client.id}/safety-plan`), 404);
  });
});

describe("crisis lines", () => {
  it("are there for every screen without signing in, and follow an admin's edits", async () => {
    const anyone = new ApiClient(server.url);
    const gb = await anyone.get<{ country: string; lines: { name: string; phone?: string }[] }>("/api/crisis-lines?country=GB");
    expect(gb.status).toBe(200);
    expect(JSON.stringify(gb.body)).toContain("116 123");
    const unknown = await anyone.get<{ country: string }>("/api/crisis-lines?country=ZZ");
    expect(unknown.body.country).toBe("INTL");
    const all = await anyone.get<{ countries: { country: string }[] }>("/api/crisis-lines/all");
    for (const country of ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "NL", "ES", "IN"]) {
      expect(all.body.countries.map((c) => c.country)).toContain(country);
    }

    const edited = {
      country: "NZ",
      countryName: "New Zealand",
      emergency: { number: "111", label: "Emergency services" },
      lines: [{ name: "Need to talk?", description: "Free call or text, any time", phone: "1737", text: { number: "1737" }, hours: "24/7" }],
    };
    const client = await signUp(server.url, "client");
    expectProblem(await client.api.put("/api/admin/crisis-lines/NZ", edited), 403);
    const boss = await admin();
    expect((await boss.api.put("/api/admin/crisis-lines/NZ", edited)).status).toBe(200);
    const nz = await anyone.get<{ lines: { name: string }[] }>("/api/crisis-lines?country=NZ");
    expect(nz.body.lines.map((line) => line.name)).toEqual(["Need to talk?"]);
    expectProblem(await boss.api.put("/api/admin/crisis-lines/NZ", { ...edited, lines: [] }), 422);
  });
});

describe("alerts and reporting", () => {
  it("raises an unacknowledged imminent alert again, and stops once acknowledged", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: true });
    const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    await say(client, conversation.body.id, "i've taken all my pills, i'm sorry");
    const first = await therapist.api.get<{ alerts: { id: string; raiseCount: number }[] }>("/api/alerts");
    expect(first.body.alerts[0]?.raiseCount).toBe(1);
    server.clock.advance(minutes(10));
    await reraiseOverdueAlerts(server.app.ctx, { now: server.clock.now, afterMinutes: 15 });
    expect((await therapist.api.get<{ alerts: { raiseCount: number }[] }>("/api/alerts")).body.alerts[0]?.raiseCount).toBe(1);
    server.clock.advance(minutes(6));
    await reraiseOverdueAlerts(server.app.ctx, { now: server.clock.now, afterMinutes: 15 });
    expect((await therapist.api.get<{ alerts: { raiseCount: number }[] }>("/api/alerts")).body.alerts[0]?.raiseCount).toBe(2);
    expect(server.logs.some((line) => line.event === "alert.reraised")).toBe(true);

    const alertId = first.body.alerts[0]?.id ?? "";
    expectProblem(await therapist.api.post(`/api/alerts/${alertId}/acknowledge`, { note: "" }), 422);
    expect((await therapist.api.post(`/api/alerts/${alertId}/acknowledge`, { note: "Called her; she is with her brother." })).status).toBe(204);
    server.clock.advance(minutes(30));
    await reraiseOverdueAlerts(server.app.ctx, { now: server.clock.now, afterMinutes: 15 });
    const after = await therapist.api.get<{ alerts: { raiseCount: number; acknowledgedAt: string | null; note: string }[] }>("/api/alerts");
    expect(after.body.alerts[0]).toMatchObject({ raiseCount: 2, note: "Called her; she is with her brother." });
    expect(after.body.alerts[0]?.acknowledgedAt).not.toBeNull();
    const log = await client.api.get<{ events: { resource: string; action: string }[] }>("/api/me/access-log");
    expect(log.body.events.some((event) => event.resource === "safety-alerts" && event.action === "write")).toBe(true);
  });

  it("counts crisis referrals per month for an admin, without personal data", async () => {
    const boss = await admin();
    const report = await boss.api.get<{ rows: { month: string; tier: string; referrals: number }[] }>("/api/admin/reports/crisis-referrals");
    expect(report.body.rows.length).toBeGreaterThan(0);
    expect(report.body.rows.every((row) => /^\d{4}-\d{2}$/.test(row.month))).toBe(true);
    expect(report.body.rows.reduce((sum, row) => sum + row.referrals, 0)).toBeGreaterThanOrEqual(3);
    expect(Object.keys(report.body.rows[0] ?? {}).sort()).toEqual(["clients", "month", "referrals", "tier"]);
    const csv = await boss.api.raw("GET", "/api/admin/reports/crisis-referrals.csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split("\n")[0]).toBe("month,tier,referrals,clients");
    const therapist = await signUp(server.url, "therapist");
    expectProblem(await therapist.api.get("/api/admin/reports/crisis-referrals"), 403);
  });
});

describe("disclosures", () => {
  it("are given before first use, after 7 days away, after 3 hours of continuous use, and when asked", async () => {
    const client = await signUp(server.url, "client");
    const conversation = await client.api.post<{ id: string; opening: { text: string } }>("/api/conversations", { mode: "talk" });
    expect(conversation.body.opening.text).toContain(disclosureCopy["first-use"]);
    const id = conversation.body.id;

    const next = await say(client, id, "work was long today");
    expect(next.text).not.toContain("I'm an AI");

    // Continuous use: a message every 20 minutes; the disclosure comes back at three hours, not before.
    for (let elapsed = 20; elapsed < 180; elapsed += 20) {
      server.clock.advance(minutes(20));
      expect((await say(client, id, `still thinking about it ${elapsed}`)).text).not.toContain(disclosureCopy["three-hours-continuous"]);
    }
    server.clock.advance(minutes(20));
    expect((await say(client, id, "still here")).text).toContain(disclosureCopy["three-hours-continuous"]);

    // Just under 7 days away: nothing; a week away: the returning disclosure.
    server.clock.advance(7 * 24 * 60 * 60_000 - minutes(1));
    expect((await say(client, id, "hi again")).text).not.toContain(disclosureCopy["returning-after-7-days"]);
    server.clock.advance(7 * 24 * 60 * 60_000);
    expect((await say(client, id, "back after a while")).text).toContain(disclosureCopy["returning-after-7-days"]);

    expect((await say(client, id, "are you a real person?")).text).toContain("I'm an AI");
  });
});
