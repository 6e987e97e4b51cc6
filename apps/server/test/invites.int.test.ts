// Invite codes: made by therapists, redeemed once by a client, within 7 days, forgiving about case
// and separators, and safe under simultaneous redemption.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { careLink, invite } from "../src/db/schema/index.ts";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import { createInvite, type CareLinkBody, type Problem } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-02-01T12:00:00.000Z") });
});
afterAll(async () => {
  await server.stop();
});

const consent = { level: "summaries", riskAlerts: true } as const;
const day = 24 * 60 * 60 * 1000;

function redeem(client: SignedIn, code: string) {
  return client.api.post<CareLinkBody | Problem>("/api/care-links", { code, consent });
}

describe("invites", () => {
  let therapist: SignedIn;

  beforeAll(async () => {
    therapist = await signUp(server.url, "therapist");
  });

  it("are created by a therapist, expire 7 days later, and are stored only as a hash", async () => {
    const created = await therapist.api.post<{ code: string; expiresAt: string }>("/api/invites");
    expect(created.status).toBe(201);
    expect(created.body.expiresAt).toBe(new Date(server.clock.now.getTime() + 7 * day).toISOString());
    const rows = await server.app.ctx.db.select().from(invite).where(eq(invite.therapistId, therapist.id));
    const serialised = JSON.stringify(rows);
    expect(serialised).not.toContain(created.body.code);
    expect(serialised).not.toContain(created.body.code.replace(/-/g, ""));
  });

  it("cannot be created by a client, nor by nobody", async () => {
    const client = await signUp(server.url, "client");
    expectProblem(await client.api.post("/api/invites"), 403);
    client.api.forgetSession();
    expectProblem(await client.api.post("/api/invites"), 401);
  });

  it("are single use: a second redemption is 410, by anyone", async () => {
    const code = await createInvite(therapist);
    const first = await signUp(server.url, "client");
    const second = await signUp(server.url, "client");
    expect((await redeem(first, code)).status).toBe(201);
    expectProblem(await redeem(second, code), 410);
    expectProblem(await redeem(first, code), 410);
    const links = await second.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(links.body.careLinks).toEqual([]);
  });

  it("expire after exactly 7 days", async () => {
    const justInTime = await createInvite(therapist);
    const tooLate = await createInvite(therapist);
    server.clock.advance(7 * day - 1000);
    const client = await signUp(server.url, "client");
    expect((await redeem(client, justInTime)).status).toBe(201);
    server.clock.advance(1000);
    const other = await signUp(server.url, "client");
    const expired = await redeem(other, tooLate);
    expectProblem(expired, 410);
    expect((expired.body as Problem).detail).toMatch(/expired/i);
  });

  it("answer 404 for a code that was never issued", async () => {
    const client = await signUp(server.url, "client");
    expectProblem(await redeem(client, "ZZZZ-ZZZZ-ZZZZ"), 404);
  });

  it("cannot be redeemed by a therapist", async () => {
    const code = await createInvite(therapist);
    const otherTherapist = await signUp(server.url, "therapist");
    expectProblem(await otherTherapist.api.post("/api/care-links", { code, consent }), 403);
    expectProblem(await therapist.api.post("/api/care-links", { code, consent }), 403);
    // …and the code is still good for a client.
    const client = await signUp(server.url, "client");
    expect((await redeem(client, code)).status).toBe(201);
  });

  it.each([
    ["lower case", (code: string) => code.toLowerCase()],
    ["spaces for dashes", (code: string) => code.replace(/-/g, " ")],
    ["no separators, surrounding spaces", (code: string) => `  ${code.replace(/-/g, "").toLowerCase()}  `],
  ])("accept the code typed with %s", async (_how, typed) => {
    const code = await createInvite(therapist);
    const client = await signUp(server.url, "client");
    const linked = await redeem(client, typed(code));
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    expect((linked.body as CareLinkBody).therapist.id).toBe(therapist.id);
  });

  it("refuse a second active link with the same therapist (409)", async () => {
    const client = await signUp(server.url, "client");
    expect((await redeem(client, await createInvite(therapist))).status).toBe(201);
    const code = await createInvite(therapist);
    expectProblem(await redeem(client, code), 409);
    // The refused invite was not used up.
    const other = await signUp(server.url, "client");
    expect((await redeem(other, code)).status).toBe(201);
  });

  it("make exactly one link when one code is redeemed by many clients at once", async () => {
    const code = await createInvite(therapist);
    const clients = await Promise.all(Array.from({ length: 6 }, () => signUp(server.url, "client")));
    const results = await Promise.all(clients.map((client) => redeem(client, code)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 410, 410, 410, 410, 410]);
    for (const result of results.filter((r) => r.status !== 201)) expectProblem(result, 410);
    const winner = results.find((r) => r.status === 201)?.body as CareLinkBody;
    const [row] = await server.app.ctx.db.select().from(invite).where(eq(invite.redeemedBy, winner.client.id));
    expect(row?.redeemedAt).not.toBeNull();
    const links = await Promise.all(clients.map((client) => client.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links")));
    expect(links.flatMap((l) => l.body.careLinks).map((l) => l.id)).toEqual([winner.id]);
  });

  it("make exactly one link when one client redeems two codes from the same therapist at once", async () => {
    const codes = [await createInvite(therapist), await createInvite(therapist)];
    const client = await signUp(server.url, "client");
    const results = await Promise.all(codes.map((code) => redeem(client, code)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    for (const result of results.filter((r) => r.status !== 201)) expectProblem(result, 409);
    const rows = await server.app.ctx.db.select().from(careLink).where(eq(careLink.clientId, client.id));
    expect(rows).toHaveLength(1);
  });
});
