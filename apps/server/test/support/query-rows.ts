import type { SQL } from "drizzle-orm";
import type { Database } from "../../src/db/database.ts";

/** Rows of a raw query on either backend (PGlite answers `{ rows }`, postgres.js an array). */
export async function queryRows(db: Database, query: SQL): Promise<Record<string, unknown>[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : (result as { rows: Record<string, unknown>[] }).rows;
}
