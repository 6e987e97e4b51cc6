// `npx between demo` on an empty database: a fictional practice a person can sign in to and find the
// situations the anchor analyses — and never mixed into a database that already has accounts.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signIn } from "./support/api-client.ts";
import { between, projectRoot } from "./support/between-cli.ts";
import { backend, freePort, freshDatabase, startTestServer, type TestDatabase, type TestServer } from "./support/test-server.ts";

/** `npx between serve …` until it says it is running; then it is stopped. */
function serveUntilRunning(args: string[], env: Record<string, string>): Promise<string> {
  const full: Record<string, string | undefined> = { ...process.env, ...env };
  if (env.DATABASE_URL === undefined) delete full.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["apps/server/src/cli.ts", "serve", ...args], { cwd: projectRoot, env: full, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("Between is running")) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => {
      if (stdout.includes("Between is running")) resolve(stdout);
      else reject(new Error(`serve stopped before it was running: ${stderr}`));
    });
  });
}

interface CaseloadEntry {
  id: string;
  name: string;
  unacknowledgedAlerts: number;
  lastActivityAt: string | null;
}

let dataDir: string;
let database: TestDatabase;
let env: Record<string, string>;
let output: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "between-demo-"));
  database = backend === "pglite" ? { target: { kind: "pglite", dataDir }, drop: () => Promise.resolve() } : await freshDatabase();
  env = { BETWEEN_DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "development" };
  if (database.target.kind === "postgres") env.DATABASE_URL = database.target.url;
  const run = await between(["demo"], { env });
  expect(run.code, run.stderr).toBe(0);
  output = run.stdout;
  server = await startTestServer({ dataDir, database });
}, 600_000);

afterAll(async () => {
  await server.stop();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function credentials(): { password: string; therapist: string; clients: string[] } {
  const password = /with the password (\S+)/.exec(output)?.[1];
  const therapist = /therapist\s+(\S+@\S+)/.exec(output)?.[1];
  const clients = [...output.matchAll(/client\s+(\S+@\S+)/g)].map((match) => match[1] ?? "");
  if (password === undefined || therapist === undefined) throw new Error(`no sign-in details in:\n${output}`);
  return { password, therapist, clients };
}

describe("npx between demo", { timeout: 300_000 }, () => {
  it("prints how to sign in: a therapist and at least three clients, one password", () => {
    const { clients } = credentials();
    expect(clients.length).toBeGreaterThanOrEqual(3);
    expect(output).toMatch(/Sign in at http:\/\/\S+/);
  });

  it("gives the therapist a caseload that opens on the client who asked for them, with months of activity", async () => {
    const { password, therapist } = credentials();
    const api = await signIn(server.url, { email: therapist, password });
    const caseload = await api.get<{ clients: CaseloadEntry[] }>("/api/clients");
    expect(caseload.status).toBe(200);
    const entries = caseload.body.clients;
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries[0]?.unacknowledgedAlerts).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.lastActivityAt).not.toBeNull();

    // Signals for each client, with the evidence their consent allows: words only at transcripts.
    const kinds = new Set<string>();
    for (const entry of entries) {
      const signals = await api.get<{ level: string; showsWords: boolean; signals: { kind: string; evidence: { excerpts: unknown[] } }[] }>(
        `/api/clients/${entry.id}/signals`,
      );
      expect(signals.status).toBe(200);
      for (const signal of signals.body.signals) kinds.add(signal.kind);
      if (!signals.body.showsWords) for (const signal of signals.body.signals) expect(signal.evidence.excerpts).toEqual([]);
      const brief = await api.get<{ headline: string[] }>(`/api/clients/${entry.id}/brief`);
      expect(brief.status).toBe(200);
      expect(brief.body.headline.length).toBeGreaterThanOrEqual(3);
    }
    // The situations the anchor analyses show up somewhere in the practice.
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it("lets a client sign in to their own history, with the companion's varied replies", async () => {
    const { password, clients } = credentials();
    const api = await signIn(server.url, { email: clients[0] ?? "", password });
    const list = await api.get<{ conversations: { id: string }[] }>("/api/conversations");
    expect(list.body.conversations.length).toBeGreaterThan(10);
    const replies = new Set<string>();
    for (const conversation of list.body.conversations.slice(0, 10)) {
      const read = await api.get<{ messages: { role: string; text: string }[] }>(`/api/conversations/${conversation.id}/messages`);
      for (const message of read.body.messages) if (message.role === "companion") replies.add(message.text);
    }
    expect(replies.size).toBeGreaterThan(5);
  });

  it("adds nothing to a database that already has accounts (serve --demo included)", async () => {
    await server.stop();
    try {
      const again = await between(["demo"], { env });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain("Nothing was added");
      expect(again.stdout).not.toMatch(/with the password/);
      const served = await serveUntilRunning(["--demo"], { ...env, PORT: String(await freePort()) });
      expect(served).toContain("Nothing was added");
    } finally {
      server = await startTestServer({ dataDir, database });
    }
    const { password, therapist } = credentials();
    const api = await signIn(server.url, { email: therapist, password });
    expect((await api.get<{ clients: unknown[] }>("/api/clients")).body.clients).toHaveLength(credentials().clients.length);
    expect((await new ApiClient(server.url).post("/api/auth/sign-in/email", { email: therapist, password: "not-the-password" })).status).toBe(401);
  });
});
