// Consent over the anchor's routes: one client with a seeded history, linked with four therapists
// at the four levels. Each level shows exactly its content and no more; private conversations leave
// no trace; revocation and a lowered level hold from the next request; the client's mirror equals
// each therapist's view byte for byte; an unlinked therapist gets nothing; every read is recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsentLevel } from "@between/core";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import { end, inWindow, ok, seedProfile, type BriefBody, type SeededClient, type SignalsBody } from "./support/anchor.ts";
import { readPdfText } from "./support/pdf-text.ts";
import { collectTurn } from "./support/sse.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let client: SeededClient;
const therapists = new Map<ConsentLevel, { api: SignedIn; linkId: string }>();
const levels: ConsentLevel[] = ["signals", "moments", "summaries", "transcripts"];

beforeAll(async () => {
  server = await startTestServer({ start: new Date("2025-01-01T09:00:00Z") });
  client = await seedProfile(server, { profile: "loop", level: "transcripts", seed: 1 });
  therapists.set("transcripts", { api: client.pair.therapist, linkId: client.pair.linkId });
  for (const level of ["signals", "moments", "summaries"] as const) {
    const therapist = await signUp(server.url, "therapist");
    const invite = await therapist.api.post<{ code: string }>("/api/invites");
    const link = await client.pair.client.api.post<{ id: string }>("/api/care-links", { code: invite.body.code, consent: { level, riskAlerts: false } });
    expect(link.status).toBe(201);
    for (const session of client.seeded.sessions) expect((await therapist.api.post(`/api/clients/${client.pair.client.id}/sessions`, { heldAt: session.toISOString() })).status).toBe(201);
    therapists.set(level, { api: therapist, linkId: link.body.id });
  }
}, 300_000);
afterAll(async () => {
  await server.stop();
});

function therapist(level: ConsentLevel): SignedIn {
  const found = therapists.get(level);
  if (found === undefined) throw new Error(`no ${level} therapist`);
  return found.api;
}

const clientPath = (suffix: string) => `/api/clients/${client.pair.client.id}${suffix}`;

interface Views {
  signals: SignalsBody;
  brief: BriefBody;
  conversations: { status: number; body: unknown };
  pdf: string;
  json: string;
}

async function viewsOf(level: ConsentLevel): Promise<Views> {
  const api = therapist(level).api;
  const signals = ok(await api.get<SignalsBody>(clientPath("/signals")));
  const brief = ok(await api.get<BriefBody>(clientPath("/brief")));
  const conversations = await api.get(clientPath("/conversations"));
  const pdfResponse = await api.raw("GET", clientPath("/brief.pdf"));
  expect(pdfResponse.status).toBe(200);
  expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
  const pdf = await readPdfText(new Uint8Array(await pdfResponse.arrayBuffer()));
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  return { signals, brief, conversations: { status: conversations.status, body: conversations.body }, pdf: pdf.text, json: JSON.stringify([signals, brief, conversations.body]) };
}

/** The client's words: the text of every stored message (long enough to be unmistakable). */
function storedTexts(options: { privateOnly?: boolean } = {}): string[] {
  const stored = [...client.messages.values()].filter((message) => client.seeded.ids.has(message.id));
  // The synthetic client repeats some everyday lines: a private text is one they never wrote elsewhere.
  const shared = new Set(stored.filter((message) => !message.private).map((message) => message.text));
  return stored
    .filter((message) => options.privateOnly !== true || (message.private && !shared.has(message.text)))
    .map((message) => message.text)
    .filter((text) => text.length >= 25);
}

function namesOf(): string[] {
  return client.history.people.map((person) => person.name).filter((name): name is string => name !== null);
}

async function broughtTexts(): Promise<Set<string>> {
  const moments = await client.pair.client.api.get<{ moments: { text: string }[] }>("/api/moments");
  return new Set(moments.body.moments.map((moment) => moment.text));
}

describe("each consent level", () => {
  it("`signals` shows counts and trends only: no words, no names, no excerpts, no moments, no conversations", async () => {
    const views = await viewsOf("signals");
    expect(views.signals.showsWords).toBe(false);
    expect(views.brief.brought).toBeNull();
    expect(views.brief.themes.every((theme) => theme.words.length === 0)).toBe(true);
    expect(views.signals.signals.flatMap((signal) => signal.evidence.excerpts)).toEqual([]);
    expect(views.signals.signals.some((signal) => signal.evidence.messageIds.length > 0)).toBe(true);
    expect(views.conversations.status).toBe(403);
    for (const text of storedTexts()) {
      expect(views.json).not.toContain(text);
      expect(views.pdf).not.toContain(text);
    }
    for (const name of namesOf()) {
      expect(views.json).not.toMatch(new RegExp(`\\b${name}\\b`));
      expect(views.pdf).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect(views.signals.charts.people.length).toBeGreaterThan(0);
    expect(views.pdf).toContain(views.brief.headline[0] ?? "?");
  });

  it("`moments` adds what the client brought — quoted only where they marked it — and their words", async () => {
    // The client brings one message that is evidence for a signal.
    const before = ok(await therapist("moments").api.get<SignalsBody>(clientPath("/signals")));
    const evidence = before.signals.find((signal) => signal.kind === "reassurance")?.evidence.messageIds[0];
    if (evidence === undefined) throw new Error("no reassurance evidence");
    expect((await client.pair.client.api.post("/api/moments", { messageId: evidence })).status).toBe(201);

    const views = await viewsOf("moments");
    const brought = await broughtTexts();
    expect(views.signals.showsWords).toBe(true);
    const excerpts = views.signals.signals.flatMap((signal) => signal.evidence.excerpts);
    expect(excerpts.map((excerpt) => excerpt.messageId)).toContain(evidence);
    expect(excerpts.every((excerpt) => excerpt.broughtToSession)).toBe(true);
    expect(views.brief.brought?.map((moment) => moment.text)).toEqual(expect.arrayContaining([client.stored(evidence).text]));
    expect(views.conversations.status).toBe(403);
    for (const text of storedTexts()) if (!brought.has(text)) expect(views.json).not.toContain(text);
    expect(views.pdf).toContain(client.stored(evidence).text.slice(0, 30));
  });

  it("`summaries` adds a summary of each conversation, and still no text the client did not bring", async () => {
    const views = await viewsOf("summaries");
    const list = views.conversations.body as { level: string; conversations: { id: string; summary: string | null; summaryDetail: { generated: unknown } | null; messages: unknown }[] };
    expect(views.conversations.status).toBe(200);
    expect(list.level).toBe("summaries");
    expect(list.conversations.length).toBeGreaterThan(10);
    for (const conversation of list.conversations) {
      expect(conversation.messages).toBeNull();
      expect(conversation.summary).toMatch(/from the client\./);
      expect(conversation.summaryDetail?.generated).toBeNull();
      expect(client.seeded.privateConversations.has(conversation.id)).toBe(false);
    }
    const brought = await broughtTexts();
    for (const text of storedTexts()) if (!brought.has(text)) expect(views.json).not.toContain(text);
    expect(views.signals.signals.flatMap((signal) => signal.evidence.excerpts).every((excerpt) => excerpt.broughtToSession)).toBe(true);
  });

  it("`transcripts` adds the full text: conversations and quoted evidence", async () => {
    const views = await viewsOf("transcripts");
    const list = views.conversations.body as { level: string; conversations: { messages: { text: string }[] | null }[] };
    expect(list.level).toBe("transcripts");
    expect(list.conversations.some((conversation) => (conversation.messages?.length ?? 0) > 0)).toBe(true);
    const excerpts = views.signals.signals.flatMap((signal) => signal.evidence.excerpts);
    expect(excerpts.some((excerpt) => !excerpt.broughtToSession)).toBe(true);
    for (const excerpt of excerpts) expect(client.stored(excerpt.messageId).text.startsWith(excerpt.text.replace(/…$/, ""))).toBe(true);
  });
});

describe("private conversations", () => {
  it("leave no trace at any level", async () => {
    expect(client.seeded.privateConversations.size).toBeGreaterThan(0);
    const privateIds = [...client.seeded.privateConversations];
    const privateMessages = [...client.seeded.syntheticOf.entries()].filter(([, synthetic]) => client.messages.get(synthetic)?.private === true).map(([id]) => id);
    expect(privateMessages.length).toBeGreaterThan(0);
    for (const level of levels) {
      const views = await viewsOf(level);
      for (const id of [...privateIds, ...privateMessages]) expect(views.json, `${level}: ${id}`).not.toContain(id);
      for (const text of storedTexts({ privateOnly: true })) {
        expect(views.json).not.toContain(text);
        expect(views.pdf).not.toContain(text);
      }
    }
  });

  it("take their messages out of every count on the next request, and back when made shared again", async () => {
    const api = therapist("transcripts").api;
    const before = ok(await api.get<SignalsBody>(clientPath("/signals")));
    const conversations = await client.pair.client.api.get<{ conversations: { id: string; private: boolean; lastMessageAt: string | null }[] }>("/api/conversations");
    const target = conversations.body.conversations.find((conversation) => !conversation.private && conversation.lastMessageAt !== null && inWindow(client, conversation.lastMessageAt));
    if (target === undefined) throw new Error("no shared conversation in the window");
    const messages = await client.pair.client.api.get<{ messages: { id: string; role: string; createdAt: string }[] }>(`/api/conversations/${target.id}/messages`);
    const own = messages.body.messages.filter((message) => message.role === "client" && inWindow(client, message.createdAt));
    expect(own.length).toBeGreaterThan(0);

    expect((await client.pair.client.api.patch(`/api/conversations/${target.id}`, { private: true })).status).toBe(200);
    const hidden = ok(await api.get<SignalsBody>(clientPath("/signals")));
    expect(hidden.charts.messages).toBe(before.charts.messages - own.length);
    const json = JSON.stringify([hidden, ok(await api.get(clientPath("/brief"))), ok(await api.get(clientPath("/conversations")))]);
    expect(json).not.toContain(target.id);
    for (const message of own) expect(json).not.toContain(message.id);

    expect((await client.pair.client.api.patch(`/api/conversations/${target.id}`, { private: false })).status).toBe(200);
    const shown = ok(await api.get<SignalsBody>(clientPath("/signals")));
    expect(shown.charts.messages).toBe(before.charts.messages);
  });
});

describe("the client's mirror", () => {
  it("equals each therapist's view byte for byte, and reading it writes no access event", async () => {
    const seen = new Map<string, { signals: string; brief: string }>();
    for (const level of levels) {
      const api = therapist(level).api;
      // The therapist's reads first (recorded), then the mirror (not).
      const signals = await (await api.raw("GET", clientPath("/signals"))).text();
      const brief = await (await api.raw("GET", clientPath("/brief"))).text();
      const conversations = await api.raw("GET", clientPath("/conversations"));
      const conversationsText = await conversations.text();
      const log = await client.pair.client.api.get<{ events: unknown[] }>("/api/me/access-log");
      const mirror = await client.pair.client.api.get<{ views: { therapist: { id: string }; consent: { level: string }; signals: unknown; brief: unknown; conversations: unknown }[] }>(
        `/api/me/therapist-view?therapist=${therapist(level).id}`,
      );
      expect(mirror.status).toBe(200);
      expect(mirror.body.views).toHaveLength(1);
      const view = mirror.body.views[0];
      expect(view?.consent.level).toBe(level);
      expect(JSON.stringify(view?.signals)).toBe(signals);
      expect(JSON.stringify(view?.brief)).toBe(brief);
      if (level === "signals" || level === "moments") {
        expect(conversations.status).toBe(403);
        expect(view?.conversations).toBeNull();
      } else {
        expect(JSON.stringify(view?.conversations)).toBe(conversationsText);
      }
      const after = await client.pair.client.api.get<{ events: unknown[] }>("/api/me/access-log");
      expect(after.body.events.length).toBe(log.body.events.length);
      seen.set(therapist(level).id, { signals, brief });
    }
    // All four at once: each entry is still its own therapist's view.
    const all = await client.pair.client.api.get<{ views: { therapist: { id: string }; signals: unknown; brief: unknown }[] }>("/api/me/therapist-view");
    expect(all.body.views).toHaveLength(4);
    for (const view of all.body.views) {
      expect(JSON.stringify(view.signals)).toBe(seen.get(view.therapist.id)?.signals);
      expect(JSON.stringify(view.brief)).toBe(seen.get(view.therapist.id)?.brief);
    }
    const stranger = await signUp(server.url, "therapist");
    expectProblem(await client.pair.client.api.get(`/api/me/therapist-view?therapist=${stranger.id}`), 404);
    expectProblem(await therapist("signals").api.get("/api/me/therapist-view"), 403);
  });
});

describe("access", () => {
  it("is nothing at all for a therapist who is not linked, and for a client on the therapist's routes", async () => {
    const stranger = await signUp(server.url, "therapist");
    for (const suffix of ["/signals", "/brief", "/brief.pdf", "/conversations"]) expectProblem(await stranger.api.get(clientPath(suffix)), 404);
    expect((await stranger.api.get<{ clients: unknown[] }>("/api/clients")).body.clients).toEqual([]);
    const log = await client.pair.client.api.get<{ events: { actor: { id: string } | null }[] }>("/api/me/access-log");
    expect(log.body.events.some((event) => event.actor?.id === stranger.id)).toBe(false);
    expectProblem(await client.pair.client.api.get(clientPath("/signals")), 403);
    expectProblem(await client.pair.client.api.get("/api/clients"), 403);
  });

  it("writes an access event for every read, and one caseload event per client per day", async () => {
    const api = therapist("summaries");
    const events = async () =>
      (await client.pair.client.api.get<{ events: { actor: { id: string } | null; resource: string; resourceId: string | null }[] }>("/api/me/access-log")).body.events.filter(
        (event) => event.actor?.id === api.id,
      );
    const count = async (resource: string, resourceId: string | null = null) => (await events()).filter((event) => event.resource === resource && event.resourceId === resourceId).length;
    const signals = await count("signals");
    await api.api.get(clientPath("/signals"));
    expect(await count("signals")).toBe(signals + 1);
    const brief = await count("brief");
    await api.api.get(clientPath("/brief"));
    expect(await count("brief")).toBe(brief + 1);
    const pdf = await count("brief", "pdf");
    await api.api.raw("GET", clientPath("/brief.pdf"));
    expect(await count("brief", "pdf")).toBe(pdf + 1);
    const summaries = await count("summaries");
    await api.api.get(clientPath("/conversations"));
    expect(await count("summaries")).toBe(summaries + 1);

    const caseload = await count("caseload");
    await api.api.get("/api/clients");
    await api.api.get("/api/clients");
    expect(await count("caseload")).toBe(caseload === 0 ? 1 : caseload);
    const today = await count("caseload");
    server.clock.advance(24 * 60 * 60 * 1000);
    await api.api.get("/api/clients");
    expect(await count("caseload")).toBe(today + 1);
    server.clock.set(end);
  });
});

describe("changes reach the next request", () => {
  it("a new message is counted", async () => {
    const api = therapist("transcripts").api;
    const before = ok(await api.get<SignalsBody>(clientPath("/signals")));
    const conversation = await client.pair.client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    const turn = await collectTurn(
      await client.pair.client.api.raw("POST", `/api/conversations/${conversation.body.id}/messages`, {
        body: JSON.stringify({ text: "Work was a lot today and I kept worrying about the deadline." }),
        headers: { "content-type": "application/json" },
      }),
    );
    expect(turn.status).toBe(200);
    const after = ok(await api.get<SignalsBody>(clientPath("/signals")));
    expect(after.charts.messages).toBe(before.charts.messages + 1);
  });

  it("a lowered level hides words and names at once", async () => {
    const moments = therapists.get("moments");
    if (moments === undefined) throw new Error("no moments therapist");
    const before = ok(await moments.api.api.get<SignalsBody>(clientPath("/signals")));
    expect(before.showsWords).toBe(true);
    expect((await client.pair.client.api.patch(`/api/care-links/${moments.linkId}/consent`, { level: "signals" })).status).toBe(200);
    const after = ok(await moments.api.api.get<SignalsBody>(clientPath("/signals")));
    expect(after.level).toBe("signals");
    expect(after.showsWords).toBe(false);
    expect(after.signals.flatMap((signal) => signal.evidence.excerpts)).toEqual([]);
    for (const name of namesOf()) expect(JSON.stringify(after)).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  it("a revoked link hides everything on the next request", async () => {
    const transcripts = therapists.get("transcripts");
    if (transcripts === undefined) throw new Error("no transcripts therapist");
    expect((await transcripts.api.api.get(clientPath("/brief"))).status).toBe(200);
    expect((await client.pair.client.api.delete(`/api/care-links/${transcripts.linkId}`)).status).toBe(200);
    for (const suffix of ["/signals", "/brief", "/brief.pdf", "/conversations"]) expectProblem(await transcripts.api.api.get(clientPath(suffix)), 404);
    expect((await transcripts.api.api.get<{ clients: unknown[] }>("/api/clients")).body.clients).toEqual([]);
    const mirror = await client.pair.client.api.get<{ views: { therapist: { id: string } }[] }>("/api/me/therapist-view");
    expect(mirror.body.views.map((view) => view.therapist.id)).not.toContain(transcripts.api.id);
  });
});

describe("windows", () => {
  it("default to since the last session, and take ?from&to", async () => {
    const api = therapist("summaries").api;
    const standard = ok(await api.get<SignalsBody & { basis: string }>(clientPath("/signals")));
    expect(standard.basis).toBe("since-last-session");
    expect(standard.window.fromDate).toBe("2025-03-05");
    const requested = ok(await api.get<SignalsBody & { basis: string }>(clientPath("/signals?from=2025-02-01T00:00:00Z&to=2025-03-01T00:00:00Z")));
    expect(requested.basis).toBe("requested");
    expect(requested.window).toMatchObject({ fromDate: "2025-02-01", toDate: "2025-02-28" });
    expectProblem(await api.get(clientPath("/signals?from=2025-03-01T00:00:00Z&to=2025-02-01T00:00:00Z")), 422);
    expectProblem(await api.get(clientPath("/brief?from=yesterday")), 422);
  });
});
