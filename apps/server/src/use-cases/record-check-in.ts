// A check-in sent from the form (mood, or PHQ-9 / GAD-7 with their exact wording): scored with its
// severity band and stored. A PHQ-9 item 9 answer above 0 starts the crisis protocol at once,
// whatever the total: the response carries it and a safety event is recorded.
import { scoreQuestionnaire, type Actor } from "@between/core";
import type { RecordCheckInBody } from "@between/contracts";
import { desc, eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import { checkIn } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";
import { clientSettings } from "../repositories/clients.ts";
import { crisisPart, prepareCrisisReply, recordCrisis } from "../turns/crisis-turn.ts";

export interface CheckInView {
  id: string;
  instrument: "mood" | "phq9" | "gad7";
  score: number;
  band: string | null;
  word: string | null;
  createdAt: Date;
}

export async function recordCheckIn(
  ctx: AppContext,
  actor: Actor,
  body: RecordCheckInBody,
): Promise<{ checkIn: CheckInView; crisis: ReturnType<typeof crisisPart> | null }> {
  if (actor.role !== "client") throw forbidden("Check-ins are the client's.");
  const now = ctx.now();
  const scored = body.instrument === "mood" ? null : scoreQuestionnaire({ instrument: body.instrument, answers: body.answers });
  const view: CheckInView = {
    id: newId(),
    instrument: body.instrument,
    score: body.instrument === "mood" ? body.score : (scored?.total ?? 0),
    band: scored?.band ?? null,
    word: body.instrument === "mood" ? (body.word ?? null) : null,
    createdAt: now,
  };
  const item9 = scored?.item9Positive === true;
  const detection = { tier: "urgent" as const, categories: ["suicidal-thoughts" as const], spans: [], source: "phq9-item9" as const };
  const safetyEventId = newId();
  const { country } = await clientSettings(ctx.db, actor.userId);
  const crisis = item9 ? await prepareCrisisReply(ctx, { clientId: actor.userId, country, detection, turn: view.id }) : null;
  await ctx.db.transaction(async (tx) => {
    const cipher = await ctx.keyring.forClient(tx, actor.userId);
    await tx.insert(checkIn).values({
      id: view.id,
      clientId: actor.userId,
      instrument: view.instrument,
      score: view.score,
      band: view.band,
      answers: body.instrument === "mood" ? null : body.answers,
      word: view.word === null ? null : cipher.encrypt(view.word),
      createdAt: now,
    });
    if (item9) await recordCrisis(tx, { clientId: actor.userId, conversationId: null, messageId: null, detection, at: now, safetyEventId });
  });
  return { checkIn: view, crisis: crisis === null ? null : crisisPart(crisis, safetyEventId) };
}

export async function listCheckIns(ctx: AppContext, actor: Actor): Promise<CheckInView[]> {
  if (actor.role !== "client") throw forbidden("Check-ins are the client's.");
  const rows = await ctx.db.select().from(checkIn).where(eq(checkIn.clientId, actor.userId)).orderBy(desc(checkIn.createdAt));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(ctx.db, actor.userId);
  return rows.map((row) => ({
    id: row.id,
    instrument: row.instrument,
    score: row.score,
    band: row.band,
    word: row.word === null ? null : cipher.decrypt(row.word),
    createdAt: row.createdAt,
  }));
}
