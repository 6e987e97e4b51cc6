// The `between` command, run as `npx between …` from the project root in a child process, the way
// the README says: migrate on a fresh data folder, and create-user with the password on stdin.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { practiceMember } from "../src/db/schema/index.ts";
import { ApiClient } from "./support/api-client.ts";
import { between } from "./support/between-cli.ts";
import { backend, freshDatabase, startTestServer, type TestDatabase } from "./support/test-server.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function storage(): Promise<{ dataDir: string; database: TestDatabase; env: Record<string, string> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "between-cli-"));
  const database: TestDatabase =
    backend === "pglite" ? { target: { kind: "pglite", dataDir }, drop: () => Promise.resolve() } : await freshDatabase();
  cleanups.push(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env: Record<string, string> = { BETWEEN_DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "development" };
  if (database.target.kind === "postgres") env.DATABASE_URL = database.target.url;
  return { dataDir, database, env };
}

async function tablesIn(database: TestDatabase): Promise<string[]> {
  if (database.target.kind !== "postgres") throw new Error("only for PostgreSQL");
  const sql = postgres(database.target.url, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ table_name: string }[]>`select table_name from information_schema.tables where table_schema = 'public'`;
    return rows.map((row) => row.table_name);
  } finally {
    await sql.end();
  }
}

// Each run boots the database in a child process: slower than the other integration tests.
describe("npx between", { timeout: 180_000 }, () => {
  it("migrate, then create-user (password on stdin): a therapist and an admin who can sign in", async () => {
    const { dataDir, database, env } = await storage();
    const first = await between(["migrate"], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Migrations applied (${backend})`);
    const again = await between(["migrate"], { env });
    expect(again.code, again.stderr).toBe(0);
    if (database.target.kind === "postgres") {
      expect(await tablesIn(database)).toEqual(
        expect.arrayContaining(["user", "care_link", "consent_change", "access_event", "message", "client_key"]),
      );
    }

    const therapistEmail = `cli-therapist-${Date.now()}@example.test`;
    const password = "correct horse battery staple";
    const created = await between(["create-user", "--email", therapistEmail, "--name", "Dr Cli Fixture", "--role", "therapist"], {
      env,
      stdin: `${password}\n`,
    });
    expect(created.code, created.stderr).toBe(0);
    const id = /Created therapist ([0-9a-f-]{36})/.exec(created.stdout)?.[1];
    expect(id).toBeDefined();
    // The command's output names no one.
    expect(created.stdout + created.stderr).not.toContain(therapistEmail);
    expect(created.stdout + created.stderr).not.toContain(password);

    // Sign-up never makes admins; the CLI does.
    const adminEmail = `cli-admin-${Date.now()}@example.test`;
    const admin = await between(["create-user", "--email", adminEmail, "--name", "Admin Fixture", "--role", "admin"], {
      env,
      stdin: "a long admin passphrase\n",
    });
    expect(admin.code, admin.stderr).toBe(0);

    const server = await startTestServer({ dataDir, database });
    try {
      const api = new ApiClient(server.url);
      expect((await api.post("/api/auth/sign-in/email", { email: therapistEmail, password: "not the password" })).status).toBe(401);
      const signedIn = await api.post("/api/auth/sign-in/email", { email: therapistEmail, password });
      expect(signedIn.status).toBe(200);
      const me = await api.get<{ id: string; role: string; name: string }>("/api/me");
      expect(me.body).toMatchObject({ id, role: "therapist", name: "Dr Cli Fixture" });
      expect((await api.post("/api/invites")).status).toBe(201);
      const [member] = await server.app.ctx.db.select().from(practiceMember).where(eq(practiceMember.therapistId, id ?? ""));
      expect(member?.role).toBe("owner");

      const adminApi = new ApiClient(server.url);
      expect((await adminApi.post("/api/auth/sign-in/email", { email: adminEmail, password: "a long admin passphrase" })).status).toBe(200);
      expect((await adminApi.get<{ role: string }>("/api/me")).body.role).toBe("admin");
    } finally {
      await server.stop();
    }
  });

  it("create-user: refuses bad input with a message, not a stack trace", async () => {
    const { env } = await storage();
    const badRole = await between(["create-user", "--email", "x@example.test", "--name", "X", "--role", "superuser"], { env, stdin: "a long enough passphrase\n" });
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Usage");

    const shortPassword = await between(["create-user", "--email", "short@example.test", "--name", "Short", "--role", "client"], { env, stdin: "short\n" });
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toMatch(/Couldn't create the account: password too short/i);
    expect(shortPassword.stderr).not.toMatch(/^\s+at |triggerUncaughtException|\[APIError|Node\.js v/m);
  });

  it("says what went wrong with a bad setting, and exits non-zero", async () => {
    const { env } = await storage();
    const run = await between(["migrate"], { env: { ...env, PORT: "not-a-port" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PORT");
    expect(run.stderr).not.toMatch(/^\s+at |triggerUncaughtException|Node\.js v/m);
  });

  it.runIf(backend === "pglite")("refuses to open an embedded database another process has open", async () => {
    const { dataDir, env } = await storage();
    const { openDatabase } = await import("../src/db/database.ts");
    const held = await openDatabase({ kind: "pglite", dataDir });
    try {
      const run = await between(["migrate"], { env });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("in use by another Between process");
      expect(run.stderr).not.toContain("    at ");
    } finally {
      await held.close();
    }
    // Once the first process has let go, the folder opens again.
    expect((await between(["migrate"], { env })).code).toBe(0);
  });

  it("answers an unknown command with usage (exit 2)", async () => {
    const { env } = await storage();
    const run = await between(["frobnicate"], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: npx between");
  });

  it("answers an unknown option with what was wrong and the usage (exit 2), not a stack trace", async () => {
    const { env } = await storage();
    const run = await between(["demo", "--bogus"], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--bogus'");
    expect(run.stderr).toContain("Usage: npx between");
    expect(run.stderr).not.toMatch(/^\s+at |Node\.js v/m);
  });
});
