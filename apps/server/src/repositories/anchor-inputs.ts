// What the anchor computes from: a client's buckets and records as one therapist may see them —
// private conversations left out with everything tied to them (their buckets, intentions, exercises,
// check-ins, practice reports, moments, safety events). No authorisation here: callers authorise
// first (repositories/anchor-access.ts) and pass the grant. Loads for several clients at once, so
// the caseload costs a handful of queries however many clients it holds.
import {
  adherence,
  consentIncludes,
  daysBetween,
  expectedOccurrences,
  findPeople,
  isoWeekOf,
  localDateOf,
  mondayOfIsoWeek,
  shiftDate,
  zonedTimeToMillis,
  type AnalysisCheckIn,
  type AnalysisIntention,
  type AnalysisPractice,
  type AnalysisRegulationSession,
  type AnalysisSafetyEvent,
  type Bucket,
  type BriefMomentInput,
  type BriefPracticeInput,
  type ConsentLevel,
} from "@between/core";
import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { bucketCache } from "../anchor/view-cache.ts";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import {
  analysisBucket,
  assignedPractice,
  checkIn,
  conversation,
  intention,
  message,
  moment,
  practiceReport,
  regulationSession,
  safetyAlert,
  safetyEvent,
  therapySession,
} from "../db/schema/index.ts";

/** What one therapist may see of one client, as decided by the access policy on a live care link. */
export interface AnchorGrant {
  clientId: string;
  therapistId: string;
  careLinkId: string;
  level: ConsentLevel;
  riskAlerts: boolean;
}

export interface AnchorInputs {
  buckets: Bucket[];
  intentions: AnalysisIntention[];
  practices: AnalysisPractice[];
  /** Practices as the brief lists them, with adherence up to today. */
  practiceFacts: (BriefPracticeInput & { missing: number })[];
  regulationSessions: AnalysisRegulationSession[];
  checkIns: AnalysisCheckIn[];
  safetyEvents: AnalysisSafetyEvent[];
  /** Moments in the window (text decrypted); null below `moments`. */
  moments: BriefMomentInput[] | null;
  /** Every message the client ever brought to session (for quoting under `moments`); empty below it. */
  broughtMessageIds: Set<string>;
}

export interface AnchorLoadRequest {
  grant: AnchorGrant;
  timeZone: string;
  /** Buckets from the ISO week holding this instant onwards (the previous window's start). */
  bucketsFrom: number;
  /** The window, for moments. */
  window: { from: number; to: number };
  /** The client's local date today, for practice adherence. */
  today: string;
}

/** Not in a private conversation (records with no conversation belong to none). */
const visible = or(isNull(conversation.id), eq(conversation.private, false));

/** Ciphertext as base64 text: PGlite hands bytea over many times slower than text (postgres.js is fine either way). */
const base64 = (column: AnyPgColumn) => sql<string>`encode(${column}, 'base64')`;

/** The person key an intention's "with whom" (the client's words: "Sam", "my mum") stands for. */
export function personKeyOf(withWhom: string | null | undefined): string | null {
  if (withWhom === null || withWhom === undefined || withWhom.trim() === "") return null;
  const found = findPeople(withWhom)[0];
  if (found !== undefined) return found.key;
  const word = withWhom.trim();
  return /^[A-Z][\p{L}'-]+$/u.test(word) ? `name:${word.toLowerCase()}` : `words:${word.toLowerCase()}`;
}

function group<T>(rows: readonly T[], by: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = by(row);
    const list = out.get(key);
    if (list === undefined) out.set(key, [row]);
    else list.push(row);
  }
  return out;
}

/** The end of a local date (the start of the next day) in the client's zone. */
export function endOfLocalDay(date: string, timeZone: string): number {
  return zonedTimeToMillis({ date: shiftDate(date, 1), hour: 0, minute: 0, timeZone });
}

/** Inputs are keyed by the grant's therapist and client (one client may be read for several therapists). */
export function inputsKey(grant: Pick<AnchorGrant, "therapistId" | "clientId">): string {
  return `${grant.therapistId}|${grant.clientId}`;
}

/** Loads the anchor's inputs for each request (one query per kind of record for all of them). */
export async function loadAnchorInputs(ctx: AppContext, exec: Executor, requests: readonly AnchorLoadRequest[]): Promise<Map<string, AnchorInputs>> {
  const out = new Map<string, AnchorInputs>();
  if (requests.length === 0) return out;
  const clientIds = [...new Set(requests.map((request) => request.grant.clientId))];
  const earliestWeek = requests
    .map((request) => mondayOfIsoWeek(isoWeekOf(localDateOf(request.bucketsFrom, request.timeZone))))
    .sort()[0] ?? "1970-01-01";

  const [bucketRows, intentionRows, practiceRows, reportRows, regulationRows, checkInRows, eventRows] = await Promise.all([
    // Which buckets, at which row version: bodies already decrypted at that version are not read again.
    // One row per client with the list in a string: thousands of small rows cost PGlite far more.
    exec
      .select({
        clientId: analysisBucket.clientId,
        keys: sql<string>`string_agg(${analysisBucket.conversationId} || ',' || ${analysisBucket.weekStart}::text || ',' || "analysis_bucket"."xmin"::text, ';')`,
      })
      .from(analysisBucket)
      .innerJoin(conversation, eq(conversation.id, analysisBucket.conversationId))
      .where(and(inArray(analysisBucket.clientId, clientIds), eq(conversation.private, false), gte(analysisBucket.weekStart, earliestWeek)))
      .groupBy(analysisBucket.clientId),
    exec
      .select({
        id: intention.id,
        clientId: intention.clientId,
        conversationId: intention.conversationId,
        body: base64(intention.body),
        dueOn: intention.dueOn,
        status: intention.status,
        createdAt: intention.createdAt,
        resolvedAt: intention.resolvedAt,
        // The client's message that stated it: stored in the same turn, at the same instant.
        messageId: sql<
          string | null
        >`(select m.id from message m where m.conversation_id = "intention"."conversation_id" and m.created_at = "intention"."created_at" and m.role = 'client' limit 1)`,
      })
      .from(intention)
      .leftJoin(conversation, eq(conversation.id, intention.conversationId))
      .where(and(inArray(intention.clientId, clientIds), visible))
      .orderBy(asc(intention.createdAt)),
    exec
      .select({
        id: assignedPractice.id,
        clientId: assignedPractice.clientId,
        body: base64(assignedPractice.body),
        cadence: assignedPractice.cadence,
        startsOn: assignedPractice.startsOn,
        endsOn: assignedPractice.endsOn,
        status: assignedPractice.status,
      })
      .from(assignedPractice)
      .where(inArray(assignedPractice.clientId, clientIds))
      .orderBy(asc(assignedPractice.createdAt)),
    // A report made in a conversation is stored with that turn's instant: its message tells whether the
    // conversation is private (a report made in a private conversation stays out, like the conversation).
    exec
      .select({
        id: practiceReport.id,
        practiceId: practiceReport.practiceId,
        clientId: practiceReport.clientId,
        done: practiceReport.done,
        reportedAt: practiceReport.reportedAt,
        source: sql<string | null>`(select m.id || '|' || c.private::text from message m join conversation c on c.id = m.conversation_id where m.client_id = "practice_report"."client_id" and m.created_at = "practice_report"."reported_at" and m.role = 'client' limit 1)`,
      })
      .from(practiceReport)
      .where(inArray(practiceReport.clientId, clientIds))
      .orderBy(asc(practiceReport.reportedAt)),
    exec
      .select({
        id: regulationSession.id,
        clientId: regulationSession.clientId,
        conversationId: regulationSession.conversationId,
        exercise: regulationSession.exercise,
        before: regulationSession.distressBefore,
        after: regulationSession.distressAfter,
        startedAt: regulationSession.startedAt,
      })
      .from(regulationSession)
      .leftJoin(conversation, eq(conversation.id, regulationSession.conversationId))
      .where(and(inArray(regulationSession.clientId, clientIds), visible)),
    exec
      .select({ id: checkIn.id, clientId: checkIn.clientId, instrument: checkIn.instrument, score: checkIn.score, answers: checkIn.answers, createdAt: checkIn.createdAt })
      .from(checkIn)
      .leftJoin(conversation, eq(conversation.id, checkIn.conversationId))
      .where(and(inArray(checkIn.clientId, clientIds), visible)),
    exec
      .select({
        id: safetyEvent.id,
        clientId: safetyEvent.clientId,
        conversationId: safetyEvent.conversationId,
        messageId: safetyEvent.messageId,
        tier: safetyEvent.tier,
        createdAt: safetyEvent.createdAt,
      })
      .from(safetyEvent)
      .leftJoin(conversation, eq(conversation.id, safetyEvent.conversationId))
      .where(and(inArray(safetyEvent.clientId, clientIds), visible)),
  ]);

  const therapistIds = [...new Set(requests.map((request) => request.grant.therapistId))];
  const alertRows =
    eventRows.length === 0
      ? []
      : await exec
          .select({ eventId: safetyAlert.eventId, therapistId: safetyAlert.therapistId, acknowledgedAt: safetyAlert.acknowledgedAt })
          .from(safetyAlert)
          .where(and(inArray(safetyAlert.clientId, clientIds), inArray(safetyAlert.therapistId, therapistIds)));

  const momentClients = requests.filter((request) => consentIncludes(request.grant.level, "moments")).map((request) => request.grant.clientId);
  const momentRows =
    momentClients.length === 0
      ? []
      : await exec
          .select({
            id: moment.id,
            clientId: moment.clientId,
            messageId: moment.messageId,
            conversationId: moment.conversationId,
            note: sql<string | null>`encode(${moment.note}, 'base64')`,
            messageBody: sql<string | null>`encode(${message.body}, 'base64')`,
            createdAt: moment.createdAt,
          })
          .from(moment)
          .leftJoin(message, eq(message.id, moment.messageId))
          .leftJoin(conversation, eq(conversation.id, moment.conversationId))
          .where(and(inArray(moment.clientId, momentClients), visible))
          .orderBy(asc(moment.createdAt));

  const buckets = await readBucketBodies(
    ctx,
    exec,
    bucketRows.flatMap((row) =>
      row.keys.split(";").map((key) => {
        const [conversationId = "", weekStart = "", version = ""] = key.split(",");
        return { clientId: row.clientId, conversationId, weekStart, version };
      }),
    ),
  );
  const intentions = group(intentionRows, (row) => row.clientId);
  const practices = group(practiceRows, (row) => row.clientId);
  const reports = group(
    reportRows.map((row) => {
      const [messageId, isPrivate] = row.source === null ? [null, null] : row.source.split("|");
      return { ...row, messageId: messageId ?? null, private: isPrivate === "true" };
    }),
    (row) => row.practiceId,
  );
  const regulation = group(regulationRows, (row) => row.clientId);
  const checkIns = group(checkInRows, (row) => row.clientId);
  const events = group(eventRows, (row) => row.clientId);
  const moments = group(momentRows, (row) => row.clientId);

  for (const request of requests) {
    const { grant, timeZone, today } = request;
    const { clientId } = grant;
    const cipher = await ctx.keyring.forClient(exec, clientId);
    const fromWeek = mondayOfIsoWeek(isoWeekOf(localDateOf(request.bucketsFrom, timeZone)));
    const clientBuckets = (buckets.get(clientId) ?? []).filter((row) => row.weekStart >= fromWeek).map((row) => row.bucket);

    const clientIntentions: AnalysisIntention[] = (intentions.get(clientId) ?? []).map((row) => {
      const body = cipher.decryptJson(Buffer.from(row.body, "base64")) as { withWhom?: string | null };
      const outcome = row.status === "pending" ? null : row.status;
      return {
        id: row.id,
        createdAt: row.createdAt.getTime(),
        // Due on a local date: overdue once that day is over.
        dueAt: endOfLocalDay(row.dueOn, timeZone),
        withWhom: personKeyOf(body.withWhom),
        withLabel: body.withWhom ?? null,
        conversationId: row.conversationId,
        messageId: row.messageId,
        outcome,
        outcomeAt: outcome === null || row.resolvedAt === null ? null : row.resolvedAt.getTime(),
      };
    });

    const practiceList: AnalysisPractice[] = [];
    const practiceFacts: (BriefPracticeInput & { missing: number })[] = [];
    for (const row of practices.get(clientId) ?? []) {
      const own = (reports.get(row.id) ?? []).filter((report) => !report.private);
      const title = (cipher.decryptJson(Buffer.from(row.body, "base64")) as { title?: string }).title ?? "Practice";
      practiceList.push({
        id: row.id,
        title,
        assignedAt: zonedTimeToMillis({ date: row.startsOn, hour: 0, minute: 0, timeZone }),
        expected: null,
        debriefs: own.map((report) => ({ at: report.reportedAt.getTime(), done: report.done === "done", messageId: report.messageId })),
      });
      const schedule = { cadence: row.cadence, startsOn: row.startsOn, endsOn: row.endsOn, status: row.status };
      const facts = own.map((report) => ({ done: report.done === "done", on: localDateOf(report.reportedAt, timeZone) }));
      // Missing reports count only days, or practice weeks, already over.
      const yesterday = shiftDate(today, -1);
      const lastDay = row.endsOn !== null && row.endsOn < yesterday ? row.endsOn : yesterday;
      const daysOver = daysBetween(row.startsOn, lastDay) + 1;
      const expectedSoFar =
        row.status !== "active" || daysOver <= 0 ? 0 : row.cadence.every === "day" ? expectedOccurrences(schedule, lastDay) : Math.floor(daysOver / 7) * row.cadence.times;
      const periodEnd = row.cadence.every === "day" ? lastDay : shiftDate(row.startsOn, Math.floor(Math.max(0, daysOver) / 7) * 7 - 1);
      const reportedSoFar = facts.filter((fact) => fact.on <= periodEnd).length;
      practiceFacts.push({
        id: row.id,
        title,
        status: row.status,
        cadence: row.cadence,
        adherence: adherence(schedule, facts, today),
        missing: Math.max(0, expectedSoFar - reportedSoFar),
      });
    }

    const acknowledged = new Map<string, boolean>();
    for (const alert of alertRows) if (alert.therapistId === grant.therapistId) acknowledged.set(alert.eventId, alert.acknowledgedAt !== null);

    const clientMoments = consentIncludes(grant.level, "moments") ? (moments.get(clientId) ?? []) : [];
    const windowMoments: BriefMomentInput[] | null = consentIncludes(grant.level, "moments")
      ? clientMoments
          .filter((row) => row.createdAt.getTime() >= request.window.from && row.createdAt.getTime() < request.window.to)
          .map((row) => ({
            id: row.id,
            kind: row.messageId === null ? ("note" as const) : ("message" as const),
            text: row.messageBody !== null ? cipher.decrypt(Buffer.from(row.messageBody, "base64")) : row.note !== null ? cipher.decrypt(Buffer.from(row.note, "base64")) : "",
            at: row.createdAt.toISOString(),
            date: localDateOf(row.createdAt, timeZone),
          }))
      : null;

    out.set(inputsKey(grant), {
      buckets: clientBuckets,
      intentions: clientIntentions,
      practices: practiceList,
      practiceFacts,
      regulationSessions: (regulation.get(clientId) ?? []).map((row) => ({
        id: row.id,
        at: row.startedAt.getTime(),
        conversationId: row.conversationId,
        exercise: row.exercise,
        before: row.before,
        after: row.after,
      })),
      checkIns: (checkIns.get(clientId) ?? []).map((row) => ({
        id: row.id,
        at: row.createdAt.getTime(),
        instrument: row.instrument,
        items: row.instrument === "mood" ? null : row.answers,
        score: row.score,
      })),
      safetyEvents: (events.get(clientId) ?? []).map((row) => ({
        id: row.id,
        at: row.createdAt.getTime(),
        tier: row.tier,
        // Only an alert can be acknowledged: without one (no risk-alert consent) there is nothing pending.
        acknowledged: acknowledged.get(row.id) ?? true,
        conversationId: row.conversationId,
        messageId: row.messageId,
      })),
      moments: windowMoments,
      broughtMessageIds: new Set(clientMoments.map((row) => row.messageId).filter((id): id is string => id !== null)),
    });
  }
  return out;
}

/**
 * Decrypted buckets by (conversation, week, row version), bounded: a bucket is rewritten (a new row
 * version) whenever a message is added to it, so an entry is never stale, and after a new message
 * only its bucket is read and decrypted again. Buckets are never mutated once parsed.
 */
async function readBucketBodies(
  ctx: AppContext,
  exec: Executor,
  rows: readonly { clientId: string; conversationId: string; weekStart: string; version: string }[],
): Promise<Map<string, { weekStart: string; bucket: Bucket }[]>> {
  const cache = bucketCache(ctx);
  const keyOf = (row: { conversationId: string; weekStart: string; version: string }) => `${row.conversationId}|${row.weekStart}|${row.version}`;
  const found = new Map<string, Bucket>();
  const missing: typeof rows[number][] = [];
  for (const row of rows) {
    const bucket = cache.get(keyOf(row));
    if (bucket === undefined) missing.push(row);
    else found.set(keyOf(row), bucket);
  }
  if (missing.length > 0) {
    const earliest = missing.map((row) => row.weekStart).sort()[0] ?? "1970-01-01";
    for (const clientId of new Set(missing.map((row) => row.clientId))) {
      const conversations = [...new Set(missing.filter((row) => row.clientId === clientId).map((row) => row.conversationId))];
      const cipher = await ctx.keyring.forClient(exec, clientId);
      for (let i = 0; i < conversations.length; i += 2000) {
        // Bodies travel as base64 text: PGlite hands bytea over many times slower than text.
        const bodies = await exec
          .select({
            conversationId: analysisBucket.conversationId,
            weekStart: analysisBucket.weekStart,
            version: sql<string>`"analysis_bucket"."xmin"::text`,
            body: base64(analysisBucket.body),
          })
          .from(analysisBucket)
          .where(and(eq(analysisBucket.clientId, clientId), inArray(analysisBucket.conversationId, conversations.slice(i, i + 2000)), gte(analysisBucket.weekStart, earliest)));
        for (const body of bodies) {
          const bucket = cipher.decryptJson(Buffer.from(body.body, "base64")) as Bucket;
          cache.set(keyOf(body), bucket);
          // A row rewritten between the two reads is taken at its newer version.
          found.set(`${body.conversationId}|${body.weekStart}`, bucket);
        }
      }
    }
  }
  const out = new Map<string, { weekStart: string; bucket: Bucket }[]>();
  for (const row of rows) {
    const bucket = found.get(keyOf(row)) ?? found.get(`${row.conversationId}|${row.weekStart}`);
    if (bucket === undefined) continue; // deleted in between
    const list = out.get(row.clientId);
    const item = { weekStart: row.weekStart, bucket };
    if (list === undefined) out.set(row.clientId, [item]);
    else list.push(item);
  }
  return out;
}

/** The (non-private) buckets of some of a client's conversations, decrypted: for their summaries. */
export async function readConversationBuckets(ctx: AppContext, exec: Executor, request: { clientId: string; conversationIds: readonly string[] }): Promise<Bucket[]> {
  if (request.conversationIds.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const out: Bucket[] = [];
  for (let i = 0; i < request.conversationIds.length; i += 2000) {
    const rows = await exec
      .select({ body: base64(analysisBucket.body) })
      .from(analysisBucket)
      .innerJoin(conversation, eq(conversation.id, analysisBucket.conversationId))
      .where(and(eq(analysisBucket.clientId, request.clientId), eq(conversation.private, false), inArray(analysisBucket.conversationId, request.conversationIds.slice(i, i + 2000))));
    for (const row of rows) out.push(cipher.decryptJson(Buffer.from(row.body, "base64")) as Bucket);
  }
  return out;
}

/** Recorded session dates (therapist and client), oldest first, for several clients. */
export async function sessionTimes(exec: Executor, request: { therapistId: string; clientIds: readonly string[] }): Promise<Map<string, number[]>> {
  if (request.clientIds.length === 0) return new Map();
  const rows = await exec
    .select({ clientId: therapySession.clientId, heldAt: therapySession.heldAt })
    .from(therapySession)
    .where(and(eq(therapySession.therapistId, request.therapistId), inArray(therapySession.clientId, [...request.clientIds])))
    .orderBy(asc(therapySession.heldAt));
  const out = new Map<string, number[]>();
  for (const row of rows) out.set(row.clientId, [...(out.get(row.clientId) ?? []), row.heldAt.getTime()]);
  return out;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows?: Record<string, unknown>[] }).rows ?? []);
}

/**
 * A fingerprint of everything the anchor's view of each client rests on, for one therapist: it
 * changes with every new client message in the weeks read (its bucket's row is rewritten), a
 * conversation turned private (or back), a deleted conversation,
 * any record added or changed, a session recorded, an alert acknowledged, the client's time zone.
 * One query for all the clients. The consent level is not in it: callers key by the grant as well.
 */
export async function readDataVersions(
  exec: Executor,
  request: { therapistId: string; clientIds: readonly string[]; bucketsFromWeek: string },
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (request.clientIds.length === 0) return out;
  // The ids once, as a list every part reads (not once per part: that would be a parameter per id per part).
  const ids = sql`select id from ids`;
  const therapist = request.therapistId;
  const part = (tag: string, from: SQL, value: SQL, extra: SQL = sql``): SQL =>
    sql`select client_id as c, ${tag}::text as t, (${value})::text as v from ${from} where client_id in (${ids}) ${extra} group by client_id`;
  const union = sql.join(
    [
      // Every stored client message rewrites its bucket: a new row version (xmin) in the weeks read.
      part("b", sql`analysis_bucket`, sql`count(*)::text || '/' || coalesce(sum(xmin::text::bigint), 0)::text`, sql`and week_start >= ${request.bucketsFromWeek}`),
      // Which conversations are private (a deleted one in the window changes the buckets' part).
      part("c", sql`conversation`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id)), 0)::text`, sql`and private`),
      part("i", sql`intention`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id || status || due_on::text || coalesce(resolved_at::text, ''))), 0)::text`),
      part("r", sql`regulation_session`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id || coalesce(distress_before, -1)::text || ':' || coalesce(distress_after, -1)::text || coalesce(exercise, ''))), 0)::text`),
      part("q", sql`check_in`, sql`count(*)::text || '/' || coalesce(max(created_at)::text, '')`),
      part("o", sql`moment`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id)), 0)::text`),
      part("p", sql`assigned_practice`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id || status || coalesce(ends_on::text, ''))), 0)::text`),
      sql`select p.client_id as c, 'pr' as t, count(r.id)::text || '/' || coalesce(max(r.reported_at)::text, '') as v from assigned_practice p join practice_report r on r.practice_id = p.id where p.client_id in (${ids}) group by p.client_id`,
      part("s", sql`safety_event`, sql`count(*)::text || '/' || coalesce(max(created_at)::text, '')`),
      part("a", sql`safety_alert`, sql`count(*)::text || '/' || count(acknowledged_at)::text`, sql`and therapist_id = ${therapist}`),
      part("ts", sql`therapy_session`, sql`count(*)::text || '/' || coalesce(sum(hashtext(id || held_at::text)), 0)::text`, sql`and therapist_id = ${therapist}`),
      sql`select id as c, 'u' as t, time_zone as v from "user" where id in (${ids})`,
    ],
    sql` union all `,
  );
  const values = sql.join(
    request.clientIds.map((id) => sql`(${id})`),
    sql`, `,
  );
  const query = sql`with ids(id) as (values ${values}) ${union}`;
  const rows = rowsOf(await exec.execute(query));
  const parts = new Map<string, string[]>();
  for (const row of rows) {
    const client = String(row.c);
    parts.set(client, [...(parts.get(client) ?? []), `${String(row.t)}=${String(row.v)}`]);
  }
  for (const clientId of request.clientIds) out.set(clientId, (parts.get(clientId) ?? []).sort().join(";"));
  return out;
}
