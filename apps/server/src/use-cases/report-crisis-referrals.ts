// Crisis referrals counted for reporting, as the companion-chatbot laws ask: per month, per tier,
// how many times the crisis protocol was shown. Counts only — no people, no ids, no text.
import type { Actor } from "@between/core";
import { sql } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { safetyEvent } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";

export interface CrisisReferralRow {
  month: string;
  tier: string;
  referrals: number;
  clients: number;
}

export async function reportCrisisReferrals(ctx: AppContext, actor: Actor): Promise<CrisisReferralRow[]> {
  if (actor.role !== "admin") throw forbidden("Reports are for administrators.");
  const month = sql<string>`to_char(date_trunc('month', ${safetyEvent.createdAt} at time zone 'UTC'), 'YYYY-MM')`;
  return ctx.db
    .select({
      month,
      tier: safetyEvent.tier,
      referrals: sql<number>`count(*)::int`,
      clients: sql<number>`count(distinct ${safetyEvent.clientId})::int`,
    })
    .from(safetyEvent)
    .where(sql`${safetyEvent.response} = 'crisis-protocol'`)
    .groupBy(month, safetyEvent.tier)
    .orderBy(month, safetyEvent.tier);
}

export function toCsv(rows: readonly CrisisReferralRow[]): string {
  return ["month,tier,referrals,clients", ...rows.map((row) => `${row.month},${row.tier},${row.referrals},${row.clients}`)].join("\n") + "\n";
}
