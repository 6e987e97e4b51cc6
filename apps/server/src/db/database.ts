// One schema on two engines: embedded PGlite in a data folder (zero set-up) or PostgreSQL when
// DATABASE_URL is set. Everything above this file sees the same Drizzle `Database`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repository functions accept both. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  kind: "pglite" | "postgres";
  db: Database;
  /** Applies pending migrations; safe to call from several processes at once on PostgreSQL. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = join(import.meta.dirname, "../../drizzle");

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" }
  | { kind: "postgres"; url: string; maxConnections?: number };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  switch (target.kind) {
    case "pglite":
    case "pglite-memory": {
      let dataDir: string | undefined;
      let releaseLock: () => void = () => undefined;
      if (target.kind === "pglite") {
        mkdirSync(target.dataDir, { recursive: true });
        dataDir = join(target.dataDir, "pglite");
        releaseLock = lockDataDir(target.dataDir);
      }
      const client = await PGlite.create(dataDir);
      const db = drizzlePglite({ client, schema });
      return {
        kind: "pglite",
        db,
        migrate: () => migratePglite(db, { migrationsFolder }),
        close: async () => {
          await client.close();
          releaseLock();
        },
      };
    }
    case "postgres": {
      const client = postgres(target.url, { max: target.maxConnections ?? 10, onnotice: () => undefined });
      const db = drizzlePostgres({ client, schema });
      return {
        kind: "postgres",
        db,
        migrate: async () => {
          // Several server processes may start together: one migrates, the others wait.
          const lock = await client.reserve();
          try {
            await lock`select pg_advisory_lock(727274)`;
            await migratePostgres(db, { migrationsFolder });
          } finally {
            await lock`select pg_advisory_unlock(727274)`;
            lock.release();
          }
        },
        close: () => client.end({ timeout: 5 }),
      };
    }
  }
}

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

/**
 * The embedded database belongs to one process: a second one opening the same folder (a CLI
 * command while the server runs, say) would corrupt it. A lock file holding the owner's pid keeps it
 * out; a lock left by a process that no longer exists is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, "pglite.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => {
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockFile, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by another Between process (pid ${owner}). Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
