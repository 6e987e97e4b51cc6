// The therapist's work with a client — frames, practices, sessions — authorised at the data
// boundary like every other read of a client: an active care link, and an access event per read or
// change. Practice debriefs are the client's words, so they follow the `moments` consent.
import { adherence, decideClientAccess, localDateOf, type Actor } from "@between/core";
import type { FrameBody } from "@between/contracts";
import { and, asc, desc, eq, inArray, max } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { assignedPractice, frame, practiceReport, therapySession, user, type PracticeCadence } from "../db/schema/index.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { authorizeClientRead, linksBetween } from "./client-access.ts";

export interface FrameView {
  version: number;
  createdAt: Date;
  by: { id: string; name: string } | null;
  focus: string | null;
  approach: string | null;
  avoid: string | null;
  tone: string | null;
  dependencyPlan: string | null;
}

type StoredFrame = Pick<FrameView, "focus" | "approach" | "avoid" | "tone" | "dependencyPlan">;

function requireTherapist(actor: Actor): void {
  if (actor.role !== "therapist") throw forbidden("Only a therapist linked with this client can do that.");
}

export async function saveFrame(
  ctx: AppContext,
  request: { actor: Actor; clientId: string; frame: FrameBody },
): Promise<FrameView> {
  requireTherapist(request.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", resourceId: id, action: "write", now });
    const [latest] = await tx.select({ version: max(frame.version) }).from(frame).where(eq(frame.clientId, request.clientId));
    const version = (latest?.version ?? 0) + 1;
    const stored: StoredFrame = {
      focus: request.frame.focus ?? null,
      approach: request.frame.approach ?? null,
      avoid: request.frame.avoid ?? null,
      tone: request.frame.tone ?? null,
      dependencyPlan: request.frame.dependencyPlan ?? null,
    };
    const cipher = await ctx.keyring.forClient(tx, request.clientId);
    await tx.insert(frame).values({ id, clientId: request.clientId, therapistId: request.actor.userId, version, body: cipher.encryptJson(stored), createdAt: now });
    const [author] = await tx.select({ name: user.name }).from(user).where(eq(user.id, request.actor.userId));
    return { version, createdAt: now, by: { id: request.actor.userId, name: author?.name ?? "" }, ...stored };
  });
}

async function readFrames(ctx: AppContext, exec: Executor, clientId: string, limit: number): Promise<FrameView[]> {
  const rows = await exec
    .select({ frame, authorName: user.name })
    .from(frame)
    .leftJoin(user, eq(user.id, frame.therapistId))
    .where(eq(frame.clientId, clientId))
    .orderBy(desc(frame.version))
    .limit(limit);
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, clientId);
  return rows.map((row) => ({
    version: row.frame.version,
    createdAt: row.frame.createdAt,
    by: row.authorName === null ? null : { id: row.frame.therapistId, name: row.authorName },
    ...(cipher.decryptJson(row.frame.body) as StoredFrame),
  }));
}

/** The frame's versions, for a linked therapist (an access event) or the client themself. */
export async function readFrameHistory(ctx: AppContext, request: { actor: Actor; clientId: string }): Promise<FrameView[]> {
  return ctx.db.transaction(async (tx) => {
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", now: ctx.now() });
    return readFrames(ctx, tx, request.clientId, 50);
  });
}

/** The latest frame, for the companion on the client's own turn. */
export async function latestFrame(ctx: AppContext, exec: Executor, clientId: string): Promise<FrameView | undefined> {
  return (await readFrames(ctx, exec, clientId, 1))[0];
}

export interface PracticeView {
  id: string;
  title: string;
  why: string | null;
  cadence: PracticeCadence;
  followUpQuestion: string;
  startsOn: string;
  endsOn: string | null;
  status: "active" | "ended";
  adherence: { expected: number; done: number; notDone: number };
  reports: { id: string; done: boolean; debrief: string | null; reportedAt: Date }[] | null;
}

interface StoredPractice {
  title: string;
  why: string | null;
  followUpQuestion: string;
}

export async function assignPractice(
  ctx: AppContext,
  request: {
    actor: Actor;
    clientId: string;
    practice: { title: string; why?: string | undefined; cadence: PracticeCadence; followUpQuestion: string; startsOn?: string | undefined; endsOn?: string | undefined };
    clientTimeZone: string;
  },
): Promise<PracticeView> {
  requireTherapist(request.actor);
  const now = ctx.now();
  const startsOn = request.practice.startsOn ?? localDateOf(now, request.clientTimeZone);
  if (request.practice.endsOn !== undefined && request.practice.endsOn < startsOn) {
    throw new AppError("unprocessable", "Dates out of order", "The end date is before the start date.");
  }
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", resourceId: id, action: "write", now });
    const stored: StoredPractice = { title: request.practice.title, why: request.practice.why ?? null, followUpQuestion: request.practice.followUpQuestion };
    const cipher = await ctx.keyring.forClient(tx, request.clientId);
    await tx.insert(assignedPractice).values({
      id,
      clientId: request.clientId,
      therapistId: request.actor.userId,
      body: cipher.encryptJson(stored),
      cadence: request.practice.cadence,
      startsOn,
      endsOn: request.practice.endsOn ?? null,
      createdAt: now,
    });
    const today = localDateOf(now, request.clientTimeZone);
    const schedule = { cadence: request.practice.cadence, startsOn, endsOn: request.practice.endsOn ?? null, status: "active" as const };
    return { id, ...stored, cadence: request.practice.cadence, startsOn, endsOn: schedule.endsOn, status: "active", adherence: adherence(schedule, [], today), reports: [] };
  });
}

/** A client's practices with adherence; report texts only where the reader may see the client's words. */
export async function listPractices(
  ctx: AppContext,
  request: { actor: Actor; clientId: string; clientTimeZone: string },
): Promise<PracticeView[]> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", now });
    const links = request.actor.role === "therapist" ? await linksBetween(tx, { therapistId: request.actor.userId, clientId: request.clientId }) : [];
    const showsWords = decideClientAccess({ actor: request.actor, clientId: request.clientId, resource: "moments", links }).allowed;
    return loadPractices(ctx, tx, { clientId: request.clientId, today: localDateOf(now, request.clientTimeZone), withReports: showsWords, timeZone: request.clientTimeZone });
  });
}

/** Practices with reports, unauthorised: for the client's own turn and for callers that authorised already. */
export async function loadPractices(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; today: string; withReports: boolean; timeZone: string },
): Promise<PracticeView[]> {
  const rows = await exec.select().from(assignedPractice).where(eq(assignedPractice.clientId, request.clientId)).orderBy(asc(assignedPractice.createdAt));
  if (rows.length === 0) return [];
  const reports = await exec
    .select()
    .from(practiceReport)
    .where(inArray(practiceReport.practiceId, rows.map((row) => row.id)))
    .orderBy(asc(practiceReport.reportedAt));
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  return rows.map((row) => {
    const stored = cipher.decryptJson(row.body) as StoredPractice;
    const own = reports.filter((report) => report.practiceId === row.id);
    const facts = own.map((report) => ({ done: report.done === "done", on: localDateOf(report.reportedAt, request.timeZone) }));
    return {
      id: row.id,
      ...stored,
      cadence: row.cadence,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      adherence: adherence({ cadence: row.cadence, startsOn: row.startsOn, endsOn: row.endsOn, status: row.status }, facts, request.today),
      reports: request.withReports
        ? own.map((report) => ({
            id: report.id,
            done: report.done === "done",
            debrief: report.debrief === null ? null : cipher.decrypt(report.debrief),
            reportedAt: report.reportedAt,
          }))
        : null,
    };
  });
}

export async function reportPractice(
  ctx: AppContext,
  request: { actor: Actor; practiceId: string; done: boolean; debrief?: string | undefined },
): Promise<{ id: string; done: boolean; debrief: string | null; reportedAt: Date }> {
  if (request.actor.role !== "client") throw forbidden("Only the client reports on their practice.");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: assignedPractice.id })
      .from(assignedPractice)
      .where(and(eq(assignedPractice.id, request.practiceId), eq(assignedPractice.clientId, request.actor.userId)));
    if (row === undefined) throw notFound("practice");
    const cipher = await ctx.keyring.forClient(tx, request.actor.userId);
    const report = {
      id: newId(),
      practiceId: row.id,
      clientId: request.actor.userId,
      done: request.done ? ("done" as const) : ("not-done" as const),
      debrief: request.debrief === undefined || request.debrief === "" ? null : cipher.encrypt(request.debrief),
      reportedAt: now,
    };
    await tx.insert(practiceReport).values(report);
    return { id: report.id, done: request.done, debrief: request.debrief ?? null, reportedAt: now };
  });
}

export async function endPractice(ctx: AppContext, request: { actor: Actor; clientId: string; practiceId: string }): Promise<void> {
  requireTherapist(request.actor);
  await ctx.db.transaction(async (tx) => {
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", resourceId: request.practiceId, action: "write", now: ctx.now() });
    const ended = await tx
      .update(assignedPractice)
      .set({ status: "ended" })
      .where(and(eq(assignedPractice.id, request.practiceId), eq(assignedPractice.clientId, request.clientId)))
      .returning({ id: assignedPractice.id });
    if (ended.length === 0) throw notFound("practice");
  });
}

export interface SessionView {
  id: string;
  heldAt: Date;
  notes: string | null;
}

/** Session dates and the therapist's private notes (under the therapist's own key: never the client's or the companion's to read). */
export async function recordSession(
  ctx: AppContext,
  request: { actor: Actor; clientId: string; heldAt: Date; notes?: string | undefined },
): Promise<SessionView> {
  requireTherapist(request.actor);
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", resourceId: id, action: "write", now: ctx.now() });
    const cipher = await ctx.keyring.forClient(tx, request.actor.userId);
    await tx.insert(therapySession).values({
      id,
      clientId: request.clientId,
      therapistId: request.actor.userId,
      heldAt: request.heldAt,
      notes: request.notes === undefined ? null : cipher.encrypt(request.notes),
    });
    return { id, heldAt: request.heldAt, notes: request.notes ?? null };
  });
}

export async function listSessions(ctx: AppContext, request: { actor: Actor; clientId: string }): Promise<SessionView[]> {
  requireTherapist(request.actor);
  return ctx.db.transaction(async (tx) => {
    await authorizeClientRead(tx, { actor: request.actor, clientId: request.clientId, resource: "care", now: ctx.now() });
    const rows = await tx
      .select()
      .from(therapySession)
      .where(and(eq(therapySession.clientId, request.clientId), eq(therapySession.therapistId, request.actor.userId)))
      .orderBy(desc(therapySession.heldAt));
    const cipher = await ctx.keyring.forClient(tx, request.actor.userId);
    return rows.map((row) => ({ id: row.id, heldAt: row.heldAt, notes: row.notes === null ? null : cipher.decrypt(row.notes) }));
  });
}

/** Session dates (no notes) cut time into the windows briefs cover. */
export async function sessionDates(exec: Executor, request: { clientId: string; therapistId: string }): Promise<Date[]> {
  const rows = await exec
    .select({ heldAt: therapySession.heldAt })
    .from(therapySession)
    .where(and(eq(therapySession.clientId, request.clientId), eq(therapySession.therapistId, request.therapistId)))
    .orderBy(asc(therapySession.heldAt));
  return rows.map((row) => row.heldAt);
}
