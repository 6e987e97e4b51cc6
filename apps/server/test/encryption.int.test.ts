// Client-written text is ciphertext at rest, bound to its client, and erasing the account leaves
// nothing readable: the rows go, and the key goes first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accessEvent,
  account,
  careLink,
  clientKey,
  consentChange,
  conversation,
  invite,
  message,
  session,
  user,
} from "../src/db/schema/index.ts";
import { createKeyring } from "../src/privacy/envelope.ts";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import {
  clientMessageRows,
  expectedTexts,
  linkClient,
  seedConversation,
  type CareLinkBody,
  type MessageBody,
  type SeededConversation,
} from "./support/fixtures.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const SECRET_TEXT = "Nobody knows I still drive past the old bakery on Calloway Street every Sunday";
const SECRET_TITLE = "The Calloway Street bakery";

function containsText(bytes: Buffer, text: string): boolean {
  return (
    bytes.includes(Buffer.from(text, "utf8")) ||
    bytes.includes(Buffer.from(text, "utf16le")) ||
    bytes.toString("latin1").toLowerCase().includes(text.toLowerCase().slice(0, 12)) ||
    bytes.toString("base64").includes(Buffer.from(text).toString("base64").slice(0, 16))
  );
}

function masterKeyOf(testServer: TestServer): Buffer {
  return Buffer.from(readFileSync(join(testServer.dataDir, "master.key"), "utf8").trim(), "base64");
}

describe("encryption at rest", () => {
  let client: SignedIn;
  let conversationId: string;
  let seeded: SeededConversation;

  beforeAll(async () => {
    client = await signUp(server.url, "client");
    seeded = await seedConversation(server, client, { texts: [SECRET_TEXT, SECRET_TEXT.toUpperCase()], title: SECRET_TITLE });
    conversationId = seeded.id;
  });

  it("stores message bodies and conversation titles as ciphertext", async () => {
    const db = server.app.ctx.db;
    const messages = await db.select().from(message).where(eq(message.conversationId, conversationId));
    expect(messages).toHaveLength(expectedTexts(seeded, [SECRET_TEXT, SECRET_TEXT]).length);
    for (const row of messages) {
      expect(Buffer.isBuffer(row.body)).toBe(true);
      expect(row.body.length).toBeGreaterThan(SECRET_TEXT.length);
      expect(containsText(row.body, SECRET_TEXT)).toBe(false);
    }
    // Two encryptions of related text share nothing visible (a fresh IV each time).
    expect(messages[0]?.body.subarray(1, 13).equals(messages[1]?.body.subarray(1, 13) ?? Buffer.alloc(0))).toBe(false);

    const [stored] = await db.select().from(conversation).where(eq(conversation.id, conversationId));
    expect(stored?.title).not.toBeNull();
    expect(containsText(stored?.title ?? Buffer.alloc(0), SECRET_TITLE)).toBe(false);

    // The client's data key is stored only wrapped.
    const [key] = await db.select().from(clientKey).where(eq(clientKey.clientId, client.id));
    expect(key?.wrappedKey.length).toBeGreaterThan(32);
  });

  it("nonetheless gives the client their own words back", async () => {
    const messages = await client.api.get<{ messages: MessageBody[] }>(`/api/conversations/${conversationId}/messages`);
    expect(messages.body.messages.map((m) => m.text)).toEqual(expectedTexts(seeded, [SECRET_TEXT, SECRET_TEXT.toUpperCase()]));
    const list = await client.api.get<{ conversations: { id: string; title: string | null }[] }>("/api/conversations");
    expect(list.body.conversations.find((c) => c.id === conversationId)?.title).toBe(SECRET_TITLE);
  });

  it("binds ciphertext to its client: another client's key cannot open it", async () => {
    const other = await signUp(server.url, "client");
    const otherConversation = await seedConversation(server, other, { texts: ["the other client's words"] });
    const { db, keyring } = server.app.ctx;
    const [mine] = await clientMessageRows(server, conversationId);
    const [theirs] = await clientMessageRows(server, otherConversation.id);
    if (mine === undefined || theirs === undefined) throw new Error("missing rows");

    const myCipher = await keyring.forClient(db, client.id);
    const theirCipher = await keyring.forClient(db, other.id);
    expect(myCipher.decrypt(mine.body)).toBe(SECRET_TEXT);
    expect(theirCipher.decrypt(theirs.body)).toBe("the other client's words");
    expect(() => theirCipher.decrypt(mine.body)).toThrow();
    expect(() => myCipher.decrypt(theirs.body)).toThrow();

    // Swapped in the database, the row does not read as the other client's text either.
    await db.update(message).set({ body: mine.body }).where(eq(message.id, theirs.id));
    try {
      const read = await other.api.get(`/api/conversations/${otherConversation.id}/messages`);
      expect(read.status).toBe(500);
      expect(JSON.stringify(read.body)).not.toContain("bakery");
    } finally {
      await db.update(message).set({ body: theirs.body }).where(eq(message.id, theirs.id));
    }
  });

  it("binds the data key to its client: a wrapped key moved to another client does not unwrap", async () => {
    const first = await signUp(server.url, "client");
    const second = await signUp(server.url, "client");
    const firstConversation = await seedConversation(server, first, { texts: ["first"] });
    await seedConversation(server, second, { texts: ["second"] });
    const { db } = server.app.ctx;
    const [firstKey] = await db.select().from(clientKey).where(eq(clientKey.clientId, first.id));
    const [secondKey] = await db.select().from(clientKey).where(eq(clientKey.clientId, second.id));
    if (firstKey === undefined || secondKey === undefined) throw new Error("no key");
    await db.update(clientKey).set({ wrappedKey: firstKey.wrappedKey }).where(eq(clientKey.clientId, second.id));
    try {
      // A fresh keyring (no cache) has to unwrap from the table.
      const fresh = createKeyring(masterKeyOf(server));
      await expect(fresh.forClient(db, second.id)).rejects.toThrow();
      const [row] = await clientMessageRows(server, firstConversation.id);
      expect((await fresh.forClient(db, first.id)).decrypt(row?.body ?? Buffer.alloc(0))).toBe("first");
    } finally {
      await db.update(clientKey).set({ wrappedKey: secondKey.wrappedKey }).where(eq(clientKey.clientId, second.id));
    }
  });
});

describe("erasing an account (DELETE /api/me)", () => {
  it("removes the client's rows and leaves any copied ciphertext unreadable", async () => {
    const { db } = server.app.ctx;
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    const bystander = await signUp(server.url, "client");
    const link: CareLinkBody = await linkClient(therapist, client, { level: "transcripts", riskAlerts: true });
    const bystanderLink = await linkClient(therapist, bystander, { level: "transcripts", riskAlerts: true });
    const seeded = await seedConversation(server, client, { texts: [SECRET_TEXT, "a reply"], title: SECRET_TITLE });
    const bystanderConversation = await seedConversation(server, bystander, { texts: ["the bystander's words"] });
    expect((await therapist.api.get(`/api/clients/${client.id}/conversations`)).status).toBe(200);
    await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "summaries" });

    // What a backup would hold: ciphertext and (separately) nothing else.
    const [copied] = await clientMessageRows(server, seeded.id);
    if (copied === undefined) throw new Error("no message");
    const savedCookie = client.api.cookieHeader();

    const erased = await client.api.delete("/api/me");
    expect(erased.status).toBe(204);

    const countFor = async (rows: Promise<unknown[]>) => (await rows).length;
    expect(await countFor(db.select().from(user).where(eq(user.id, client.id)))).toBe(0);
    expect(await countFor(db.select().from(account).where(eq(account.userId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(session).where(eq(session.userId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(clientKey).where(eq(clientKey.clientId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(conversation).where(eq(conversation.clientId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(message).where(eq(message.clientId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(careLink).where(eq(careLink.clientId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(consentChange).where(eq(consentChange.careLinkId, link.id)))).toBe(0);
    expect(await countFor(db.select().from(accessEvent).where(eq(accessEvent.clientId, client.id)))).toBe(0);
    expect(await countFor(db.select().from(invite).where(eq(invite.redeemedBy, client.id)))).toBe(0);

    // The key is gone from the running server's keyring and from the database: a fresh keyring with
    // the same master key has nothing to open the copy with.
    expect(await server.app.ctx.keyring.existingForClient(db, client.id)).toBeUndefined();
    const fresh = createKeyring(masterKeyOf(server));
    expect(await fresh.existingForClient(db, client.id)).toBeUndefined();
    // Any other key, even one made under the same client id, cannot open it.
    const keysLeft = await db.select().from(clientKey);
    for (const key of keysLeft) {
      const cipher = await fresh.forClient(db, key.clientId);
      expect(() => cipher.decrypt(copied.body)).toThrow();
    }

    // The old session no longer works, and the therapist sees nothing of the client.
    const stale = await fetch(`${server.url}/api/me`, { headers: { cookie: savedCookie } });
    expect(stale.status).toBe(401);
    expectProblem(await therapist.api.get(`/api/clients/${client.id}/conversations`), 404);
    const links = await therapist.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(links.body.careLinks.map((l) => l.id)).toEqual([bystanderLink.id]);

    // Nobody else lost anything.
    const theirs = await bystander.api.get<{ messages: MessageBody[] }>(`/api/conversations/${bystanderConversation.id}/messages`);
    expect(theirs.body.messages.map((m) => m.text)).toEqual(expectedTexts(bystanderConversation, ["the bystander's words"]));
    expect((await therapist.api.get("/api/me")).status).toBe(200);
  });

  it("is only for clients", async () => {
    const therapist = await signUp(server.url, "therapist");
    expectProblem(await therapist.api.delete("/api/me"), 403);
    expect((await therapist.api.get("/api/me")).status).toBe(200);
  });
});
