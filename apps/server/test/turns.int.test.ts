import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, signUp, type SignedIn } from "./support/api-client.ts";
import { collectTurn } from "./support/sse.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ start: new Date("2026-03-02T20:00:00Z") });
});
afterAll(async () => {
  await server.stop();
});

async function send(client: SignedIn, conversationId: string, text: string) {
  const response = await client.api.raw("POST", `/api/conversations/${conversationId}/messages`, {
    body: JSON.stringify({ text }),
    headers: { "content-type": "application/json" },
  });
  return collectTurn(response);
}

interface MessageBody {
  id: string;
  role: string;
  text: string;
  parts: unknown[] | null;
}

describe("a turn with the built-in engine", () => {
  it("streams a reply grounded in the client's words and stores both messages", async () => {
    const client = await signUp(server.url, "client");
    const conversation = await client.api.post<{ id: string; opening: MessageBody | null }>("/api/conversations", { mode: "talk" });
    expect(conversation.body.opening?.role).toBe("companion");
    const turn = await send(client, conversation.body.id, "I had a fight with my sister Ana and I feel so ashamed");
    expect(turn.status).toBe(200);
    expect(turn.chunks[0]?.type).toBe("start");
    expect(turn.chunks.at(-1)?.type).toBe("finish");
    expect(turn.text.length).toBeGreaterThan(20);
    const history = await client.api.get<{ messages: MessageBody[] }>(`/api/conversations/${conversation.body.id}/messages`);
    expect(history.body.messages.map((m) => m.role)).toEqual(["companion", "client", "companion"]);
    expect(history.body.messages[0]?.text).toBe(conversation.body.opening?.text);
    expect(history.body.messages[1]?.text).toBe("I had a fight with my sister Ana and I feel so ashamed");
    expect(history.body.messages[2]?.text).toBe(turn.text);
    expect(history.body.messages[2]?.id).toBe(turn.chunks[0]?.messageId);
  });

  it("refuses a message to someone else's conversation, and an empty one", async () => {
    const owner = await signUp(server.url, "client");
    const other = await signUp(server.url, "client");
    const conversation = await owner.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    expectProblem(await other.api.post(`/api/conversations/${conversation.body.id}/messages`, { text: "hello" }), 404);
    expectProblem(await owner.api.post(`/api/conversations/${conversation.body.id}/messages`, { text: "   " }), 422);
  });
});

describe("the client's export", () => {
  it("holds everything of theirs, decrypted, and nothing of anyone else's", async () => {
    const client = await signUp(server.url, "client");
    const other = await signUp(server.url, "client");
    const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    await send(client, conversation.body.id, "my brother Leo keeps calling me lazy");
    await client.api.post("/api/check-ins", { instrument: "mood", score: 4, word: "tired" });
    await client.api.post("/api/moments", { note: "ask about the dream" });
    const otherConversation = await other.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    await send(other, otherConversation.body.id, "a secret that is not yours");

    const exported = await client.api.get<{
      account: { email: string };
      conversations: { messages: { text: string }[] }[];
      checkIns: { word: string | null }[];
      moments: { text: string }[];
    }>("/api/me/export");
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("between-export-");
    expect(exported.body.account.email).toBe(client.email);
    expect(exported.body.conversations[0]?.messages.map((m) => m.text)).toContain("my brother Leo keeps calling me lazy");
    expect(exported.body.checkIns[0]?.word).toBe("tired");
    expect(exported.body.moments.map((m) => m.text)).toContain("ask about the dream");
    expect(JSON.stringify(exported.body)).not.toContain("a secret that is not yours");
  });
});
