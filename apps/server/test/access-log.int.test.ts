// Every therapist read of client content leaves exactly one access event, in the same transaction as
// the read; the client sees them at GET /api/me/access-log.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { message } from "../src/db/schema/index.ts";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import { linkClient, seedConversation, type AccessLogBody, type CareLinkBody } from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-03-02T21:15:00.000Z") });
});
afterAll(async () => {
  await server.stop();
});

async function accessLog(client: SignedIn) {
  const response = await client.api.get<AccessLogBody>("/api/me/access-log");
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.events;
}

describe("access events", () => {
  let therapist: SignedIn;
  let client: SignedIn;
  let link: CareLinkBody;

  beforeAll(async () => {
    therapist = await signUp(server.url, "therapist", { name: "Dr Imogen Access" });
    client = await signUp(server.url, "client");
    link = await linkClient(therapist, client, { level: "transcripts", riskAlerts: false });
    await seedConversation(server, client, { texts: ["the first thing", "and a reply"] });
  });

  it("starts empty: linking and the client's own reads write nothing", async () => {
    await client.api.get("/api/conversations");
    const [first] = (await client.api.get<{ conversations: { id: string }[] }>("/api/conversations")).body.conversations;
    await client.api.get(`/api/conversations/${first?.id ?? ""}/messages`);
    await client.api.get("/api/care-links");
    expect(await accessLog(client)).toEqual([]);
  });

  it("writes exactly one event per therapist read, with who, what and when", async () => {
    const firstAt = new Date(server.clock.now);
    expect((await therapist.api.get(`/api/clients/${client.id}/conversations`)).status).toBe(200);
    server.clock.advance(60_000);
    const secondAt = new Date(server.clock.now);
    expect((await therapist.api.get(`/api/clients/${client.id}/conversations`)).status).toBe(200);

    const events = await accessLog(client);
    expect(events).toHaveLength(2);
    // Most recent first.
    expect(events.map((e) => e.at)).toEqual([secondAt.toISOString(), firstAt.toISOString()]);
    for (const event of events) {
      expect(event).toMatchObject({
        actor: { id: therapist.id, name: "Dr Imogen Access", role: "therapist" },
        action: "read",
        resource: "transcripts",
      });
    }
  });

  it("names the level actually read: summaries after the client narrows consent", async () => {
    await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "summaries" });
    const before = (await accessLog(client)).length;
    expect((await therapist.api.get(`/api/clients/${client.id}/conversations`)).status).toBe(200);
    const events = await accessLog(client);
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({ resource: "summaries", actor: { id: therapist.id } });
  });

  it("writes nothing for a denied read (not consented, not linked, after revoke)", async () => {
    const before = await accessLog(client);

    await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "moments" });
    expectProblem(await therapist.api.get(`/api/clients/${client.id}/conversations`), 403);

    const stranger = await signUp(server.url, "therapist");
    expectProblem(await stranger.api.get(`/api/clients/${client.id}/conversations`), 404);

    await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" });
    await client.api.delete(`/api/care-links/${link.id}`);
    expectProblem(await therapist.api.get(`/api/clients/${client.id}/conversations`), 404);

    expect(await accessLog(client)).toEqual(before);
  });

  it("is the client's alone: therapists cannot read it, other clients see only their own", async () => {
    expectProblem(await therapist.api.get("/api/me/access-log"), 403);
    const other = await signUp(server.url, "client");
    expect(await accessLog(other)).toEqual([]);
    client.api.forgetSession();
    expectProblem(await client.api.get("/api/me/access-log"), 401);
    expect((await client.api.post("/api/auth/sign-in/email", { email: client.email, password: client.password })).status).toBe(200);
  });
});

describe("access events and the read they record", () => {
  it("roll back together: a read that fails part-way leaves no event", async () => {
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    await linkClient(therapist, client, { level: "transcripts", riskAlerts: false });
    const conversation = await seedConversation(server, client, { texts: ["readable"] });
    // Damage the stored ciphertext so the read fails after it was authorised.
    const db = server.app.ctx.db;
    const [row] = await db.select().from(message).where(eq(message.conversationId, conversation.id));
    if (row === undefined) throw new Error("no message row");
    const damaged = Buffer.from(row.body);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 0xff;
    await db.update(message).set({ body: damaged }).where(eq(message.id, row.id));

    const response = await therapist.api.get(`/api/clients/${client.id}/conversations`);
    expectProblem(response, 500);
    expect(await accessLog(client)).toEqual([]);
  });
});
