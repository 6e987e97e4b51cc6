// The server process is killed (SIGKILL) mid-reply and started again on the same data: the client's
// message is there, and the conversation takes the next message.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "./support/api-client.ts";
import { startFakeModelServer, type FakeModelServer } from "./support/fake-model-server.ts";
import { collectTurn, readSse } from "./support/sse.ts";
import { backend, freePort, freshDatabase } from "./support/test-server.ts";

const cli = join(import.meta.dirname, "../src/cli.ts");
const leaseMs = 2_000;

let fake: FakeModelServer;
let database: Awaited<ReturnType<typeof freshDatabase>>;
const dataDir = mkdtempSync(join(tmpdir(), "between-crash-"));
let port: number;

beforeAll(async () => {
  fake = await startFakeModelServer();
  database = await freshDatabase();
  port = await freePort();
});
afterAll(async () => {
  await fake.close();
  await database.drop();
});

async function startProcess(): Promise<ChildProcess> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    BETWEEN_DATA_DIR: dataDir,
    BETWEEN_RATE_LIMIT: "false",
    LOG_LEVEL: "silent",
    BETWEEN_REPLY_LEASE_MS: String(leaseMs),
    BETWEEN_MODEL_PROVIDER: "openai-compatible",
    BETWEEN_MODEL_BASE_URL: fake.baseUrl,
    BETWEEN_MODEL: "fake-model",
  };
  if (database.target.kind === "postgres") env.DATABASE_URL = database.target.url;
  const child = spawn(process.execPath, [cli, "serve"], { env, stdio: "ignore" });
  // A loaded machine can take a while to boot the embedded database: up to a minute.
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (health.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

describe("a server killed mid-reply", { timeout: 240_000 }, () => {
  it("keeps the client's message and the conversation usable after a restart", async () => {
    const url = `http://127.0.0.1:${port}`;
    let child = await startProcess();
    const client = await signUp(url, "client");
    const conversation = await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" });
    fake.behave({ kind: "reply", chunks: Array.from({ length: 40 }, (_, i) => `word${i}. `), chunkDelayMs: 100 });

    const response = await client.api.raw("POST", `/api/conversations/${conversation.body.id}/messages`, {
      body: JSON.stringify({ text: "the words I never want to lose" }),
      headers: { "content-type": "application/json" },
    });
    const stream = readSse(response);
    for await (const chunk of stream) {
      if (chunk.type === "text-delta") break;
    }
    child.kill("SIGKILL");
    await new Promise<void>((resolve) => child.once("exit", () => { resolve(); }));

    child = await startProcess();
    try {
      const history = await client.api.get<{ messages: { role: string; text: string }[] }>(`/api/conversations/${conversation.body.id}/messages`);
      expect(history.status).toBe(200);
      expect(history.body.messages.map((m) => m.text)).toContain("the words I never want to lose");

      // The embedded database frees the conversation at start-up; on PostgreSQL the dead process's
      // lease runs out first.
      if (backend === "postgres") await new Promise((resolve) => setTimeout(resolve, leaseMs + 200));
      fake.behave({ kind: "reply", chunks: ["I'm ", "still ", "here."] });
      const next = await collectTurn(
        await client.api.raw("POST", `/api/conversations/${conversation.body.id}/messages`, {
          body: JSON.stringify({ text: "are you still there" }),
          headers: { "content-type": "application/json" },
        }),
      );
      expect(next.status).toBe(200);
      expect(next.text).toContain("I'm still here.");
      const after = await client.api.get<{ messages: { role: string; text: string }[] }>(`/api/conversations/${conversation.body.id}/messages`);
      expect(after.body.messages.slice(-2).map((m) => m.text)).toEqual(["are you still there", next.text]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
