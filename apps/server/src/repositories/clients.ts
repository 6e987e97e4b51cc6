import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { user } from "../db/schema/index.ts";
import { notFound } from "../errors.ts";

/** The few facts about a client the server needs to compute on their behalf (never content). */
export async function clientSettings(exec: Executor, clientId: string): Promise<{ timeZone: string; country: string | null }> {
  const [row] = await exec.select({ timeZone: user.timeZone, country: user.country, role: user.role }).from(user).where(eq(user.id, clientId));
  if (row?.role !== "client") throw notFound("client");
  return { timeZone: row.timeZone, country: row.country };
}
