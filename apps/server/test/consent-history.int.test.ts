// Every change to what a therapist may see or do is kept: who, when, from, to — in order, for both
// sides of the link and nobody else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, signUp } from "./support/api-client.ts";
import { linkClient, type ConsentHistoryBody } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-01-05T09:00:00.000Z") });
});
afterAll(async () => {
  await server.stop();
});

const minute = 60_000;

describe("consent history", () => {
  it("lists every change in order — initial consent, level, risk alerts, companion, revoke", async () => {
    const therapist = await signUp(server.url, "therapist", { name: "Dr Wren History" });
    const client = await signUp(server.url, "client", { name: "Sol History" });
    const t0 = server.clock.now.toISOString();
    const link = await linkClient(therapist, client, { level: "moments", riskAlerts: true });

    server.clock.advance(minute);
    const t1 = server.clock.now.toISOString();
    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" })).status).toBe(200);

    server.clock.advance(minute);
    const t2 = server.clock.now.toISOString();
    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { riskAlerts: false })).status).toBe(200);

    server.clock.advance(minute);
    const t3 = server.clock.now.toISOString();
    // Level and risk alerts together: two entries at the same instant, in the order given.
    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "summaries", riskAlerts: true })).status).toBe(200);

    server.clock.advance(minute);
    // Asking for what is already agreed changes nothing and records nothing.
    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "summaries", riskAlerts: true })).status).toBe(200);

    server.clock.advance(minute);
    const t5 = server.clock.now.toISOString();
    expect((await therapist.api.patch(`/api/care-links/${link.id}/companion`, { enabled: false })).status).toBe(200);
    server.clock.advance(minute);
    // Switching to the state it is already in records nothing either.
    expect((await therapist.api.patch(`/api/care-links/${link.id}/companion`, { enabled: false })).status).toBe(200);
    const t6 = server.clock.now.toISOString();
    expect((await therapist.api.patch(`/api/care-links/${link.id}/companion`, { enabled: true })).status).toBe(200);

    server.clock.advance(minute);
    const t7 = server.clock.now.toISOString();
    expect((await client.api.delete(`/api/care-links/${link.id}`)).status).toBe(200);
    server.clock.advance(minute);
    // Ending an ended link again records nothing.
    expect((await therapist.api.delete(`/api/care-links/${link.id}`)).status).toBe(200);

    const byClient = { id: client.id, name: "Sol History" };
    const byTherapist = { id: therapist.id, name: "Dr Wren History" };
    const expected = [
      { at: t0, by: byClient, field: "status", from: null, to: "active" },
      { at: t0, by: byClient, field: "level", from: null, to: "moments" },
      { at: t0, by: byClient, field: "risk-alerts", from: null, to: "true" },
      { at: t1, by: byClient, field: "level", from: "moments", to: "transcripts" },
      { at: t2, by: byClient, field: "risk-alerts", from: "true", to: "false" },
      { at: t3, by: byClient, field: "level", from: "transcripts", to: "summaries" },
      { at: t3, by: byClient, field: "risk-alerts", from: "false", to: "true" },
      { at: t5, by: byTherapist, field: "companion", from: "on", to: "off" },
      { at: t6, by: byTherapist, field: "companion", from: "off", to: "on" },
      { at: t7, by: byClient, field: "status", from: "active", to: "revoked" },
    ];

    const seenByClient = await client.api.get<ConsentHistoryBody>(`/api/care-links/${link.id}/history`);
    expect(seenByClient.status).toBe(200);
    expect(seenByClient.body.changes.map(({ id: _id, ...change }) => change)).toEqual(expected);
    expect(new Set(seenByClient.body.changes.map((change) => change.id)).size).toBe(expected.length);

    const seenByTherapist = await therapist.api.get<ConsentHistoryBody>(`/api/care-links/${link.id}/history`);
    expect(seenByTherapist.status).toBe(200);
    expect(seenByTherapist.body).toEqual(seenByClient.body);
  });

  it("records the therapist ending a link as theirs", async () => {
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    const link = await linkClient(therapist, client, { level: "signals", riskAlerts: false });
    server.clock.advance(minute);
    await therapist.api.delete(`/api/care-links/${link.id}`);
    const history = await client.api.get<ConsentHistoryBody>(`/api/care-links/${link.id}/history`);
    expect(history.body.changes.at(-1)).toMatchObject({
      at: server.clock.now.toISOString(),
      by: { id: therapist.id },
      field: "status",
      from: "active",
      to: "ended",
    });
  });

  it("keeps each link's history to itself", async () => {
    const therapist = await signUp(server.url, "therapist");
    const first = await signUp(server.url, "client");
    const second = await signUp(server.url, "client");
    const firstLink = await linkClient(therapist, first, { level: "signals", riskAlerts: false });
    const secondLink = await linkClient(therapist, second, { level: "transcripts", riskAlerts: true });
    await second.api.patch(`/api/care-links/${secondLink.id}/consent`, { level: "moments" });
    const history = await therapist.api.get<ConsentHistoryBody>(`/api/care-links/${firstLink.id}/history`);
    expect(history.body.changes).toHaveLength(3);
    expect(history.body.changes.map((c) => c.to)).toEqual(["active", "signals", "false"]);
  });

  it("is not visible to anyone outside the link (404), nor to nobody (401)", async () => {
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    const link = await linkClient(therapist, client);
    const otherClient = await signUp(server.url, "client");
    const otherTherapist = await signUp(server.url, "therapist");
    expectProblem(await otherClient.api.get(`/api/care-links/${link.id}/history`), 404);
    expectProblem(await otherTherapist.api.get(`/api/care-links/${link.id}/history`), 404);
    expectProblem(await client.api.get(`/api/care-links/${crypto.randomUUID()}/history`), 404);
    client.api.forgetSession();
    expectProblem(await client.api.get(`/api/care-links/${link.id}/history`), 401);
  });
});
