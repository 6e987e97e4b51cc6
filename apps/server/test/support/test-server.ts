// Starts the real server on loopback for a test file, on the backend the test run asks for:
// an in-memory PGlite (default) or a fresh database on the PostgreSQL server in TEST_DATABASE_URL.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import postgres from "postgres";
import { loadConfig, type Env } from "../../src/config.ts";
import type { DatabaseTarget } from "../../src/db/database.ts";
import { startServer, type RunningServer } from "../../src/server.ts";

export const backend = process.env.BETWEEN_TEST_BACKEND === "postgres" ? "postgres" : "pglite";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === "object" && address !== null ? address.port : 0);
      });
    });
  });
}

/** A fresh, empty database for one test file. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (backend === "pglite") return { target: { kind: "pglite-memory" }, drop: () => Promise.resolve() };
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `between_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString(), maxConnections: 5 },
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface TestDatabase {
  target: DatabaseTarget;
  drop: () => Promise<void>;
}

export interface TestServer extends RunningServer {
  /** The data folder (generated keys live here; embedded databases too when asked for). */
  dataDir: string;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  rawLogs: () => string;
  clock: { now: Date; advance: (ms: number) => void; set: (date: Date) => void };
  stop: () => Promise<void>;
}

export async function startTestServer(
  options: {
    env?: Env;
    start?: Date;
    /** Reuse a data folder (to restart on the same keys); the caller removes it. */
    dataDir?: string;
    /** Reuse a database (to restart on the same data); the caller drops it. */
    database?: TestDatabase;
  } = {},
): Promise<TestServer> {
  const port = await freePort();
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "between-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    BETWEEN_DATA_DIR: dataDir,
    BETWEEN_RATE_LIMIT: "false",
    LOG_LEVEL: "debug",
    ...options.env,
  });
  const clock = {
    now: options.start ?? new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    set(date: Date) {
      clock.now = date;
    },
  };
  let raw = "";
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString("utf8");
      raw += text;
      for (const line of text.split("\n")) if (line.trim() !== "") logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const ownDatabase = options.database === undefined;
  const database = options.database ?? (await freshDatabase());
  let server: RunningServer;
  try {
    server = await startServer({
      config,
      database: database.target,
      logDestination: destination,
      now: () => clock.now,
      // Tests may see what production never logs: the full error.
      onUnexpectedError: (error) => {
        console.error(error);
      },
    });
  } catch (error) {
    if (ownDatabase) await database.drop();
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...server,
    dataDir,
    logs,
    rawLogs: () => raw,
    clock,
    stop: async () => {
      await server.close();
      if (ownDatabase) await database.drop();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
