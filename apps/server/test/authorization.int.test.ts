// Who may see and do what: client vs client, linked vs unlinked therapist, each consent level, after
// a revoke, after the therapist ends the link, and with the companion switched off.
import type { ConsentLevel } from "@between/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import {
  linkClient,
  expectedTexts,
  seedConversation,
  type CareLinkBody,
  type ClientConversationsBody,
  type ConversationBody,
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

const SHARED_TEXTS = ["I keep rehearsing what to say to my brother about the lighthouse", "What would you want him to hear first?"];
const PRIVATE_TEXT = "something I only tell the companion about the orchard";

async function clientWithConversations(therapist: SignedIn, level: ConsentLevel) {
  const client = await signUp(server.url, "client");
  const link = await linkClient(therapist, client, { level, riskAlerts: false });
  const shared = await seedConversation(server, client, { texts: SHARED_TEXTS });
  const hidden = await seedConversation(server, client, { texts: [PRIVATE_TEXT], private: true });
  return { client, link, shared, hidden };
}

describe("client A vs client B", () => {
  let a: SignedIn;
  let b: SignedIn;
  let conversation: SeededConversation;

  beforeAll(async () => {
    a = await signUp(server.url, "client");
    b = await signUp(server.url, "client");
    conversation = await seedConversation(server, a, { texts: ["A's words about the ferry"], title: "Ferry" });
  });

  it.each([
    ["read the messages of", "GET", (id: string) => `/api/conversations/${id}/messages`, undefined],
    ["rename", "PATCH", (id: string) => `/api/conversations/${id}`, { title: "Mine now" }],
    ["make private", "PATCH", (id: string) => `/api/conversations/${id}`, { private: true }],
    ["delete", "DELETE", (id: string) => `/api/conversations/${id}`, undefined],
  ] as const)("B cannot %s A's conversation (404)", async (_what, method, path, body) => {
    const response = await b.api.request(method, path(conversation.id), body);
    expectProblem(response, 404);
  });

  it("leaves A's conversation untouched and out of B's list", async () => {
    const own = await a.api.get<{ messages: MessageBody[] }>(`/api/conversations/${conversation.id}/messages`);
    expect(own.status).toBe(200);
    expect(own.body.messages.map((m) => m.text)).toEqual(expectedTexts(conversation, ["A's words about the ferry"]));
    const list = await a.api.get<{ conversations: ConversationBody[] }>("/api/conversations");
    expect(list.body.conversations).toEqual([expect.objectContaining({ id: conversation.id, title: "Ferry", private: false })]);
    const bList = await b.api.get<{ conversations: ConversationBody[] }>("/api/conversations");
    expect(bList.status).toBe(200);
    expect(bList.body.conversations).toEqual([]);
  });

  it("answers 404 for A's conversation exactly as for one that never existed", async () => {
    const foreign = await b.api.get(`/api/conversations/${conversation.id}/messages`);
    const missing = await b.api.get(`/api/conversations/${crypto.randomUUID()}/messages`);
    expect(missing.status).toBe(404);
    expect((foreign.body as { detail: string }).detail).toBe((missing.body as { detail: string }).detail);
  });

  it("does not let a client use the therapist's view of another client", async () => {
    expectProblem(await b.api.get(`/api/clients/${a.id}/conversations`), 403);
  });

  it("does not give therapists conversations of their own", async () => {
    const therapist = await signUp(server.url, "therapist");
    expectProblem(await therapist.api.post("/api/conversations", { mode: "talk" }), 403);
    expectProblem(await therapist.api.get("/api/conversations"), 403);
    expectProblem(await therapist.api.get(`/api/conversations/${conversation.id}/messages`), 403);
  });
});

describe("therapist reads under each consent level", () => {
  let therapist: SignedIn;
  let stranger: SignedIn;

  beforeAll(async () => {
    therapist = await signUp(server.url, "therapist");
    stranger = await signUp(server.url, "therapist");
  });

  const levels: { level: ConsentLevel; status: 200 | 403; text: boolean }[] = [
    { level: "signals", status: 403, text: false },
    { level: "moments", status: 403, text: false },
    { level: "summaries", status: 200, text: false },
    { level: "transcripts", status: 200, text: true },
  ];

  it.each(levels)("under $level: the linked therapist gets $status (text: $text), an unlinked one 404", async ({ level, status, text }) => {
    const { client, shared, hidden } = await clientWithConversations(therapist, level);
    const response = await therapist.api.get<ClientConversationsBody>(`/api/clients/${client.id}/conversations`);
    if (status === 403) {
      expectProblem(response, 403);
    } else {
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.level).toBe(level);
      const ids = response.body.conversations.map((c) => c.id);
      expect(ids).toEqual([shared.id]);
      expect(ids).not.toContain(hidden.id);
      const [only] = response.body.conversations;
      expect(only?.messageCount).toBe(expectedTexts(shared, SHARED_TEXTS).length);
      if (text) {
        expect(only?.messages?.map((m) => m.text)).toEqual(expectedTexts(shared, SHARED_TEXTS));
      } else {
        expect(only?.messages).toBeNull();
      }
      const serialised = JSON.stringify(response.body);
      expect(serialised).not.toContain("orchard");
      if (!text) expect(serialised).not.toContain("lighthouse");
    }
    expectProblem(await stranger.api.get(`/api/clients/${client.id}/conversations`), 404);
  });

  it("answers an unlinked therapist the same for a real client and an unknown id", async () => {
    const { client } = await clientWithConversations(therapist, "transcripts");
    const real = await stranger.api.get<{ detail: string }>(`/api/clients/${client.id}/conversations`);
    const unknown = await stranger.api.get<{ detail: string }>(`/api/clients/${crypto.randomUUID()}/conversations`);
    expectProblem(real, 404);
    expectProblem(unknown, 404);
    expect(real.body.detail).toBe(unknown.body.detail);
  });

  it("applies a consent change on the very next request, both ways", async () => {
    const { client, link } = await clientWithConversations(therapist, "transcripts");
    const path = `/api/clients/${client.id}/conversations`;
    expect((await therapist.api.get<ClientConversationsBody>(path)).body.level).toBe("transcripts");

    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "summaries" })).status).toBe(200);
    const summaries = await therapist.api.get<ClientConversationsBody>(path);
    expect(summaries.body.level).toBe("summaries");
    expect(summaries.body.conversations.every((c) => c.messages === null)).toBe(true);

    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "signals" })).status).toBe(200);
    expectProblem(await therapist.api.get(path), 403);

    expect((await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" })).status).toBe(200);
    expect((await therapist.api.get<ClientConversationsBody>(path)).body.level).toBe("transcripts");
  });

  it("hides a conversation the moment it is marked private, and shows it again when unmarked", async () => {
    const { client, shared } = await clientWithConversations(therapist, "transcripts");
    const path = `/api/clients/${client.id}/conversations`;
    await client.api.patch(`/api/conversations/${shared.id}`, { private: true });
    expect((await therapist.api.get<ClientConversationsBody>(path)).body.conversations).toEqual([]);
    await client.api.patch(`/api/conversations/${shared.id}`, { private: false });
    expect((await therapist.api.get<ClientConversationsBody>(path)).body.conversations.map((c) => c.id)).toEqual([shared.id]);
  });

  it("never shows one client's conversations through another client's link", async () => {
    const first = await clientWithConversations(therapist, "transcripts");
    const second = await clientWithConversations(therapist, "transcripts");
    const response = await therapist.api.get<ClientConversationsBody>(`/api/clients/${first.client.id}/conversations`);
    expect(response.body.conversations.map((c) => c.id)).toEqual([first.shared.id]);
    expect(response.body.conversations.map((c) => c.id)).not.toContain(second.shared.id);
  });
});

describe("when the link ends", () => {
  let therapist: SignedIn;

  beforeAll(async () => {
    therapist = await signUp(server.url, "therapist");
  });

  it.each([
    ["the client revokes it", "client", "revoked"],
    ["the therapist ends it", "therapist", "ended"],
  ] as const)("shows nothing on the very next request after %s", async (_what, side, status) => {
    const { client, link } = await clientWithConversations(therapist, "transcripts");
    const path = `/api/clients/${client.id}/conversations`;
    expect((await therapist.api.get(path)).status).toBe(200);

    const actor = side === "client" ? client : therapist;
    const ended = await actor.api.delete<CareLinkBody>(`/api/care-links/${link.id}`);
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe(status);
    expect(ended.body.endedAt).not.toBeNull();

    expectProblem(await therapist.api.get(path), 404);
    // Nothing left to change on an ended link, from either side.
    expectProblem(await client.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" }), 409);
    expectProblem(await therapist.api.patch(`/api/care-links/${link.id}/companion`, { enabled: false }), 409);
    // Ending twice is harmless and keeps the first ending.
    const again = await therapist.api.delete<CareLinkBody>(`/api/care-links/${link.id}`);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe(status);
    // Both sides still see the ended link (it is the client's record of what was shared).
    const listed = await therapist.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(listed.body.careLinks.find((l) => l.id === link.id)?.status).toBe(status);
  });

  it("lets the pair link again with a new invite, under the new consent only", async () => {
    const { client, link } = await clientWithConversations(therapist, "transcripts");
    await client.api.delete(`/api/care-links/${link.id}`);
    const relinked = await linkClient(therapist, client, { level: "summaries", riskAlerts: false });
    expect(relinked.id).not.toBe(link.id);
    const response = await therapist.api.get<ClientConversationsBody>(`/api/clients/${client.id}/conversations`);
    expect(response.body.level).toBe("summaries");
    expect(JSON.stringify(response.body)).not.toContain("lighthouse");
  });

  it("keeps an unlinked therapist out of the link and its history", async () => {
    const { link } = await clientWithConversations(therapist, "transcripts");
    const stranger = await signUp(server.url, "therapist");
    expectProblem(await stranger.api.get(`/api/care-links/${link.id}/history`), 404);
    expectProblem(await stranger.api.delete(`/api/care-links/${link.id}`), 404);
    expectProblem(await stranger.api.patch(`/api/care-links/${link.id}/companion`, { enabled: false }), 404);
    const listed = await stranger.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(listed.body.careLinks).toEqual([]);
    // …and the link is still active.
    const own = await therapist.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(own.body.careLinks.find((l) => l.id === link.id)).toMatchObject({ status: "active", companionEnabled: true });
  });
});

describe("who decides what", () => {
  let therapist: SignedIn;
  let client: SignedIn;
  let link: CareLinkBody;

  beforeAll(async () => {
    therapist = await signUp(server.url, "therapist");
    ({ client, link } = await clientWithConversations(therapist, "summaries"));
  });

  it("switching the companion off locks new conversations (423) until it is switched on", async () => {
    const off = await therapist.api.patch<CareLinkBody>(`/api/care-links/${link.id}/companion`, { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.companionEnabled).toBe(false);
    expectProblem(await client.api.post("/api/conversations", { mode: "talk" }), 423);
    // The client still sees their link (and that the companion is off).
    const links = await client.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(links.body.careLinks[0]?.companionEnabled).toBe(false);

    const on = await therapist.api.patch<CareLinkBody>(`/api/care-links/${link.id}/companion`, { enabled: true });
    expect(on.body.companionEnabled).toBe(true);
    expect((await client.api.post("/api/conversations", { mode: "talk" })).status).toBe(201);
  });

  it("a client cannot switch the companion", async () => {
    expectProblem(await client.api.patch(`/api/care-links/${link.id}/companion`, { enabled: false }), 403);
    const links = await therapist.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(links.body.careLinks.find((l) => l.id === link.id)?.companionEnabled).toBe(true);
  });

  it("a therapist cannot change consent", async () => {
    expectProblem(await therapist.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" }), 403);
    expectProblem(await therapist.api.patch(`/api/care-links/${link.id}/consent`, { riskAlerts: true }), 403);
    const links = await client.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(links.body.careLinks.find((l) => l.id === link.id)?.consent).toEqual({ level: "summaries", riskAlerts: false });
  });

  it("another client cannot change this client's consent or end their link", async () => {
    const other = await signUp(server.url, "client");
    expectProblem(await other.api.patch(`/api/care-links/${link.id}/consent`, { level: "transcripts" }), 404);
    expectProblem(await other.api.delete(`/api/care-links/${link.id}`), 404);
  });

  it("nobody signed out gets anything", async () => {
    client.api.forgetSession();
    try {
      expectProblem(await client.api.get("/api/care-links"), 401);
      expectProblem(await client.api.get(`/api/care-links/${link.id}/history`), 401);
      expectProblem(await client.api.get("/api/conversations"), 401);
    } finally {
      const again = await client.api.post("/api/auth/sign-in/email", { email: client.email, password: client.password });
      expect(again.status).toBe(200);
    }
  });
});
