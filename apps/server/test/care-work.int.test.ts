import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, signUp } from "./support/api-client.ts";
import { linkedPair } from "./support/care.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-03-02T09:00:00Z") });
});
afterAll(async () => {
  await server.stop();
});

interface FrameHistoryBody {
  current: { version: number; focus: string | null; dependencyPlan: string | null } | null;
  versions: { version: number }[];
}
interface PracticeBody {
  id: string;
  adherence: { expected: number; done: number; notDone: number };
  reports: { done: boolean; debrief: string | null }[] | null;
}

describe("frames", () => {
  it("are versioned, the latest is current, and the client can read what guides their companion", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: false });
    const first = await therapist.api.put(`/api/clients/${client.id}/frame`, { focus: "Standing up to her manager" });
    expect(first.status).toBe(200);
    const second = await therapist.api.put(`/api/clients/${client.id}/frame`, {
      focus: "Standing up to her manager",
      dependencyPlan: "When night use is high, suggest texting a friend",
    });
    expect(second.status).toBe(200);
    const history = await therapist.api.get<FrameHistoryBody>(`/api/clients/${client.id}/frame`);
    expect(history.body.current?.version).toBe(2);
    expect(history.body.current?.dependencyPlan).toContain("texting a friend");
    expect(history.body.versions.map((v) => v.version)).toEqual([2, 1]);
    const mine = await client.api.get<FrameHistoryBody>("/api/me/frame");
    expect(mine.body.current?.version).toBe(2);
  });

  it("are refused to a therapist who is not linked, and after the link ends", async () => {
    const { therapist, client, linkId } = await linkedPair(server.url, { level: "transcripts", riskAlerts: true });
    const stranger = await signUp(server.url, "therapist");
    expectProblem(await stranger.api.put(`/api/clients/${client.id}/frame`, { focus: "x" }), 404);
    await client.api.delete(`/api/care-links/${linkId}`);
    expectProblem(await therapist.api.put(`/api/clients/${client.id}/frame`, { focus: "x" }), 404);
  });
});

describe("practices", () => {
  it("count adherence and show debriefs only under moments consent or more", async () => {
    const { therapist, client, linkId } = await linkedPair(server.url, { level: "moments", riskAlerts: false }, { timeZone: "Europe/London" });
    const created = await therapist.api.post<PracticeBody>(`/api/clients/${client.id}/practices`, {
      title: "Ask for one small thing",
      why: "Practising needs out loud",
      cadence: { every: "day", times: 1 },
      followUpQuestion: "Did you ask for something today?",
    });
    expect(created.status).toBe(201);
    const report = await client.api.post(`/api/me/practices/${created.body.id}/reports`, { done: true, debrief: "Asked my flatmate to help with dishes" });
    expect(report.status).toBe(201);
    server.clock.advance(2 * 24 * 60 * 60 * 1000);

    const seen = await therapist.api.get<{ practices: PracticeBody[] }>(`/api/clients/${client.id}/practices`);
    expect(seen.body.practices[0]?.adherence).toEqual({ expected: 3, done: 1, notDone: 0 });
    expect(seen.body.practices[0]?.reports?.[0]?.debrief).toBe("Asked my flatmate to help with dishes");

    await client.api.patch(`/api/care-links/${linkId}/consent`, { level: "signals" });
    const lowered = await therapist.api.get<{ practices: PracticeBody[] }>(`/api/clients/${client.id}/practices`);
    expect(lowered.body.practices[0]?.adherence.done).toBe(1);
    expect(lowered.body.practices[0]?.reports).toBeNull();
  });

  it("can only be reported by their own client", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: false });
    const other = await signUp(server.url, "client");
    const created = await therapist.api.post<PracticeBody>(`/api/clients/${client.id}/practices`, {
      title: "Walk after lunch",
      cadence: { every: "week", times: 3 },
      followUpQuestion: "How did the walks go?",
    });
    expectProblem(await other.api.post(`/api/me/practices/${created.body.id}/reports`, { done: true }), 404);
  });
});

describe("sessions", () => {
  it("keep the therapist's notes from the client and record each read in the client's access log", async () => {
    const { therapist, client } = await linkedPair(server.url, { level: "signals", riskAlerts: false });
    const recorded = await therapist.api.post(`/api/clients/${client.id}/sessions`, {
      heldAt: "2026-03-01T15:00:00Z",
      notes: "Explored the pattern with her sister",
    });
    expect(recorded.status).toBe(201);
    const listed = await therapist.api.get<{ sessions: { notes: string | null }[] }>(`/api/clients/${client.id}/sessions`);
    expect(listed.body.sessions[0]?.notes).toBe("Explored the pattern with her sister");
    expectProblem(await client.api.get(`/api/clients/${client.id}/sessions`), 403);
    const log = await client.api.get<{ events: { action: string; resource: string }[] }>("/api/me/access-log");
    expect(log.body.events.filter((e) => e.resource === "care").map((e) => e.action).sort()).toEqual(["read", "write"]);
    const stored = JSON.stringify(await server.app.ctx.db.execute("select notes from therapy_session"));
    expect(stored).not.toContain("Explored the pattern");
  });
});

describe("memory and moments", () => {
  it("lets the client read, correct and forget what the companion remembers", async () => {
    const client = await signUp(server.url, "client");
    const { applyMemory, forgottenMemoryKeys } = await import("../src/repositories/memory.ts");
    const at = server.clock.now.toISOString();
    const item = (key: string, kind: "person" | "thread", text: string) => ({
      key,
      kind,
      text,
      firstMentionedAt: at,
      lastMentionedAt: at,
      mentions: 1,
    });
    await applyMemory(server.app.ctx, server.app.ctx.db, {
      clientId: client.id,
      proposal: {
        added: [
          { ...item("person:sam", "person", "Sam (my sister)"), name: "Sam", relationship: "my sister" },
          item("thread:job", "thread", "waiting to hear about the job"),
        ],
        updated: [],
      },
    });
    const listed = await client.api.get<{ items: { id: string; text: string; name: string | null }[] }>("/api/me/memory");
    expect(listed.body.items.map((entry) => entry.text).sort()).toEqual(["Sam (my sister)", "waiting to hear about the job"]);
    const sam = listed.body.items.find((entry) => entry.name === "Sam");
    const corrected = await client.api.patch<{ text: string; relationship: string; editedByClient: boolean }>(
      `/api/me/memory/${sam?.id ?? ""}`,
      { text: "Sam (my older sister)", relationship: "my older sister" },
    );
    expect(corrected.body).toMatchObject({ text: "Sam (my older sister)", relationship: "my older sister", editedByClient: true });
    const stored = JSON.stringify(await server.app.ctx.db.execute("select body from memory_item"));
    expect(stored).not.toContain("older sister");

    expect((await client.api.delete(`/api/me/memory/${sam?.id ?? ""}`)).status).toBe(204);
    expect(await forgottenMemoryKeys(server.app.ctx, server.app.ctx.db, client.id)).toEqual(["person:sam"]);
    const other = await signUp(server.url, "client");
    expect((await other.api.get<{ items: unknown[] }>("/api/me/memory")).body.items).toEqual([]);
    expectProblem(await other.api.delete(`/api/me/memory/${listed.body.items[0]?.id ?? ""}`), 404);
    expect((await client.api.delete("/api/me/memory")).status).toBe(204);
    expect((await client.api.get<{ items: unknown[] }>("/api/me/memory")).body.items).toEqual([]);
    expect((await forgottenMemoryKeys(server.app.ctx, server.app.ctx.db, client.id)).sort()).toEqual(["person:sam", "thread:job"]);
  });

  it("brings a message or a note to session, but nothing from a private conversation", async () => {
    const client = await signUp(server.url, "client");
    const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    const { appendMessage } = await import("../src/repositories/conversations.ts");
    const said = await appendMessage(server.app.ctx, server.app.ctx.db, {
      clientId: client.id,
      conversationId: conversation.body.id,
      role: "client",
      text: "I froze when she raised her voice",
      at: server.clock.now,
    });
    const marked = await client.api.post<{ text: string; kind: string }>("/api/moments", { messageId: said.id });
    expect(marked.status).toBe(201);
    expect(marked.body).toMatchObject({ text: "I froze when she raised her voice", kind: "message" });
    const note = await client.api.post("/api/moments", { note: "Ask about the dream" });
    expect(note.status).toBe(201);
    await client.api.patch(`/api/conversations/${conversation.body.id}`, { private: true });
    expectProblem(await client.api.post("/api/moments", { messageId: said.id }), 409);
    const listed = await client.api.get<{ moments: { text: string }[] }>("/api/moments");
    expect(listed.body.moments.map((m) => m.text)).toEqual(["Ask about the dream"]);
    expectProblem(await client.api.post("/api/moments", { note: "" }), 422);
  });
});
