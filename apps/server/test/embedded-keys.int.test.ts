// On one machine with no BETWEEN_MASTER_KEY, the server generates a master key into the data folder
// (0600) and warns; a restart reuses it, so what was written before is still readable.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient, signUp } from "./support/api-client.ts";
import { expectedTexts, seedConversation, type ConversationBody, type MessageBody } from "./support/fixtures.ts";
import { backend, freshDatabase, startTestServer, type TestDatabase, type TestServer } from "./support/test-server.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A data folder and a database that outlive one server (embedded PGlite lives in the folder). */
async function persistentStorage(): Promise<{ dataDir: string; database: TestDatabase }> {
  const dataDir = mkdtempSync(join(tmpdir(), "between-keys-"));
  const database = backend === "pglite" ? { target: { kind: "pglite", dataDir } as const, drop: () => Promise.resolve() } : await freshDatabase();
  cleanups.push(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { dataDir, database };
}

async function start(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  cleanups.push(() => server.stop().catch(() => undefined));
  return server;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;
const generated = (server: TestServer, file: string) =>
  server.logs.filter((line) => line.event === "secret.generated" && line.file === file);

describe("embedded key generation", () => {
  it("writes master.key (0600) with a warning, and a restart reuses it", async () => {
    const { dataDir, database } = await persistentStorage();
    const first = await start({ dataDir, database });
    const keyPath = join(dataDir, "master.key");
    const secretPath = join(dataDir, "auth.secret");

    expect(modeOf(keyPath)).toBe(0o600);
    expect(modeOf(secretPath)).toBe(0o600);
    const key = readFileSync(keyPath, "utf8");
    expect(Buffer.from(key.trim(), "base64")).toHaveLength(32);
    expect(generated(first, "master.key")).toEqual([
      expect.objectContaining({ level: 40, setting: "BETWEEN_MASTER_KEY" }),
    ]);
    // The warning names the file and setting, never the key itself.
    expect(first.rawLogs()).not.toContain(key.trim());

    const client = await signUp(first.url, "client");
    const conversation = await seedConversation(first, client, { texts: ["written before the restart"], title: "Before" });
    await first.stop();

    const second = await start({ dataDir, database });
    expect(readFileSync(keyPath, "utf8")).toBe(key);
    expect(generated(second, "master.key")).toEqual([]);
    expect(generated(second, "auth.secret")).toEqual([]);

    // The session made before the restart still works (auth.secret reused)…
    const session = await fetch(`${second.url}/api/me`, { headers: { cookie: client.api.cookieHeader() } });
    expect(session.status).toBe(200);
    // …and the text decrypts (master key reused).
    const reader = await signIn(second, client.email, client.password);
    const messages = await reader.get<{ messages: MessageBody[] }>(`/api/conversations/${conversation.id}/messages`);
    expect(messages.status, JSON.stringify(messages.body)).toBe(200);
    expect(messages.body.messages.map((m) => m.text)).toEqual(expectedTexts(conversation, ["written before the restart"]));
    const list = await reader.get<{ conversations: ConversationBody[] }>("/api/conversations");
    expect(list.body.conversations[0]?.title).toBe("Before");
  });

  it("without the generated key, the data is unreadable (so the key really is what protects it)", async () => {
    const { dataDir, database } = await persistentStorage();
    const first = await start({ dataDir, database });
    const client = await signUp(first.url, "client");
    const conversation = await seedConversation(first, client, { texts: ["needs the right key"] });
    await first.stop();

    const otherKey = Buffer.alloc(32, 9).toString("base64");
    const second = await start({ dataDir, database, env: { BETWEEN_MASTER_KEY: otherKey } });
    const reader = await signIn(second, client.email, client.password);
    const messages = await reader.get(`/api/conversations/${conversation.id}/messages`);
    expect(messages.status).toBe(500);
    expect(JSON.stringify(messages.body)).not.toContain("needs the right key");
  });

  it("writes no key file when BETWEEN_MASTER_KEY is set", async () => {
    const { dataDir, database } = await persistentStorage();
    const server = await start({ dataDir, database, env: { BETWEEN_MASTER_KEY: Buffer.alloc(32, 3).toString("base64") } });
    expect(existsSync(join(dataDir, "master.key"))).toBe(false);
    expect(generated(server, "master.key")).toEqual([]);
  });

  it("refuses to start on a damaged key file, naming it", async () => {
    const { dataDir, database } = await persistentStorage();
    writeFileSync(join(dataDir, "master.key"), "c2hvcnQ=\n", { mode: 0o600 });
    await expect(start({ dataDir, database })).rejects.toThrow(/master\.key/);
  });
});

async function signIn(server: TestServer, email: string, password: string) {
  const api = new ApiClient(server.url);
  const response = await api.post("/api/auth/sign-in/email", { email, password });
  expect(response.status).toBe(200);
  return api;
}
