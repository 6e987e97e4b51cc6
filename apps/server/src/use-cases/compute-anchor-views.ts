// The anchor's view of a client for one therapist: signals with evidence and the charts' data for a
// window, computed only from what that therapist may see (the grant): private conversations and
// everything tied to them left out, names kept out below `moments`, excerpts quoted only where the
// consent allows. The therapist's routes and the client's mirror both come through here, so what the
// client sees of themselves is exactly what their therapist sees. Views are cached (anchor/view-cache.ts)
// by grant, window and a data version read fresh on every call.
import {
  consentIncludes,
  isoWeekOf,
  localDateOf,
  mondayOfIsoWeek,
  redactPeople,
  signalsFromSummary,
  summariseWindow,
  type Signal,
  type WindowSummary,
} from "@between/core";
import type { ClientSignals, SessionBrief } from "@between/contracts";
import { and, eq, inArray } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { message, user } from "../db/schema/index.ts";
import { notFound } from "../errors.ts";
import { anchorCache, viewKey } from "../anchor/view-cache.ts";
import { resolveWindow, type RequestedWindow, type ResolvedWindow } from "../anchor/windows.ts";
import { presentClientSignals, type Excerpt } from "../presenters/anchor.ts";
import { inputsKey, loadAnchorInputs, readDataVersions, sessionTimes, type AnchorGrant, type AnchorInputs } from "../repositories/anchor-inputs.ts";

/** Excerpts are trimmed to this many characters. */
const EXCERPT_CHARS = 280;

export interface AnchorView {
  grant: AnchorGrant;
  timeZone: string;
  window: ResolvedWindow;
  summary: WindowSummary;
  signals: Signal[];
  inputs: AnchorInputs;
  /** The body of GET /api/clients/:id/signals, built on first use (it quotes evidence where consent allows). */
  signalsBody?: Promise<ClientSignals>;
  /** The brief, built on first use (it may ask a model for its narrative). */
  brief?: Promise<SessionBrief>;
}

export interface AnchorViewRequest {
  grant: AnchorGrant;
  requested?: RequestedWindow | undefined;
}

/** Views for several grants at once (the caseload), from the cache where the data has not changed. */
export async function computeAnchorViews(ctx: AppContext, exec: Executor, requests: readonly AnchorViewRequest[]): Promise<AnchorView[]> {
  if (requests.length === 0) return [];
  const now = ctx.now().getTime();
  const clientIds = [...new Set(requests.map((request) => request.grant.clientId))];
  const zones = new Map(
    (await exec.select({ id: user.id, timeZone: user.timeZone }).from(user).where(inArray(user.id, clientIds))).map((row) => [row.id, row.timeZone]),
  );
  const byTherapist = new Map<string, string[]>();
  for (const request of requests) byTherapist.set(request.grant.therapistId, [...(byTherapist.get(request.grant.therapistId) ?? []), request.grant.clientId]);
  const sessions = new Map<string, number[]>();
  for (const [therapistId, ids] of byTherapist) {
    const times = await sessionTimes(exec, { therapistId, clientIds: ids });
    for (const id of ids) sessions.set(`${therapistId}|${id}`, times.get(id) ?? []);
  }
  const windowed = requests.map((request) => {
    const timeZone = zones.get(request.grant.clientId);
    if (timeZone === undefined) throw notFound("client");
    const window = resolveWindow({ sessions: sessions.get(`${request.grant.therapistId}|${request.grant.clientId}`) ?? [], now, timeZone, requested: request.requested });
    return { request, timeZone, window, fromWeek: mondayOfIsoWeek(isoWeekOf(localDateOf(window.previous.from, timeZone))) };
  });
  const versions = new Map<string, string>();
  for (const [therapistId, ids] of byTherapist) {
    const mine = windowed.filter((item) => item.request.grant.therapistId === therapistId);
    const bucketsFromWeek = mine.map((item) => item.fromWeek).sort()[0] ?? "1970-01-01";
    const dataVersions = await readDataVersions(exec, { therapistId, clientIds: ids, bucketsFromWeek });
    for (const id of ids) versions.set(`${therapistId}|${id}`, `${bucketsFromWeek}:${dataVersions.get(id) ?? ""}`);
  }

  const cache = anchorCache<AnchorView>(ctx);
  const planned = windowed.map(({ request, timeZone, window }) => {
    const key = viewKey({
      clientId: request.grant.clientId,
      therapistId: request.grant.therapistId,
      level: `${request.grant.level}:${String(request.grant.riskAlerts)}`,
      timeZone,
      from: window.from,
      to: window.to,
      asOf: window.asOf,
      version: versions.get(`${request.grant.therapistId}|${request.grant.clientId}`) ?? "",
    });
    return { request, timeZone, window, key, cached: cache.get(key) };
  });

  const missing = planned.filter((plan) => plan.cached === undefined);
  const inputs = await loadAnchorInputs(
    ctx,
    exec,
    missing.map((plan) => ({
      grant: plan.request.grant,
      timeZone: plan.timeZone,
      bucketsFrom: plan.window.previous.from,
      window: { from: plan.window.from, to: plan.window.to },
      today: localDateOf(now, plan.timeZone),
    })),
  );
  const out: AnchorView[] = [];
  for (const plan of planned) {
    if (plan.cached !== undefined) {
      out.push(plan.cached);
      continue;
    }
    const loaded = inputs.get(inputsKey(plan.request.grant));
    if (loaded === undefined) throw notFound("client");
    const view = computeView({ grant: plan.request.grant, timeZone: plan.timeZone, window: plan.window, inputs: loaded });
    cache.set(plan.key, view);
    out.push(view);
  }
  return out;
}

/** One view (the signals, brief and mirror routes). */
export async function computeAnchorView(ctx: AppContext, exec: Executor, request: AnchorViewRequest): Promise<AnchorView> {
  const [view] = await computeAnchorViews(ctx, exec, [request]);
  if (view === undefined) throw notFound("client");
  return view;
}

function computeView(request: { grant: AnchorGrant; timeZone: string; window: ResolvedWindow; inputs: AnchorInputs }): AnchorView {
  const { grant, timeZone, window, inputs } = request;
  // Below `moments`, the client's words stay out: no feeling words, and no names (see anchor/README.md).
  const showsWords = consentIncludes(grant.level, "moments");
  const people = showsWords ? { buckets: inputs.buckets, intentions: inputs.intentions } : redactPeople({ buckets: inputs.buckets, intentions: inputs.intentions });
  const summary = summariseWindow({
    buckets: people.buckets,
    intentions: people.intentions,
    practices: inputs.practices,
    regulationSessions: inputs.regulationSessions,
    checkIns: inputs.checkIns,
    safetyEvents: inputs.safetyEvents,
    window: { from: window.from, to: window.to },
    previousWindow: window.previous,
    timeZone,
    now: window.asOf,
    showWords: showsWords,
  });
  const signals = signalsFromSummary(summary);
  return { grant, timeZone, window, summary, signals, inputs };
}

/** The signals body of a view (built once, shared by every reader of the view). */
export function signalsBodyOf(ctx: AppContext, view: AnchorView): Promise<ClientSignals> {
  if (view.signalsBody === undefined) {
    const pending = (async () => {
      const excerpts = await quoteEvidence(ctx, ctx.db, { grant: view.grant, signals: view.signals, brought: view.inputs.broughtMessageIds });
      return presentClientSignals({
        grant: view.grant,
        window: view.window,
        summary: view.summary,
        signals: view.signals,
        excerpts,
        showsWords: consentIncludes(view.grant.level, "moments"),
        timeZone: view.timeZone,
        practiceFacts: view.inputs.practiceFacts,
      });
    })();
    view.signalsBody = pending;
    void pending.catch(() => {
      if (view.signalsBody === pending) delete view.signalsBody;
    });
  }
  return view.signalsBody;
}

/**
 * The evidence messages' text, where consent allows quoting them: every one under `transcripts`; under
 * `moments` and `summaries`, only those the client brought to session; none under `signals`.
 */
async function quoteEvidence(
  ctx: AppContext,
  exec: Executor,
  request: { grant: AnchorGrant; signals: readonly Signal[]; brought: ReadonlySet<string> },
): Promise<Map<string, Excerpt>> {
  const { grant } = request;
  const out = new Map<string, Excerpt>();
  if (!consentIncludes(grant.level, "moments")) return out;
  const all = [...new Set(request.signals.flatMap((signal) => signal.evidence.messageIds))];
  const quotable = consentIncludes(grant.level, "transcripts") ? all : all.filter((id) => request.brought.has(id));
  if (quotable.length === 0) return out;
  const rows = await exec
    .select({ id: message.id, body: message.body, createdAt: message.createdAt })
    .from(message)
    .where(and(eq(message.clientId, grant.clientId), eq(message.role, "client"), inArray(message.id, quotable)));
  const cipher = await ctx.keyring.forClient(exec, grant.clientId);
  for (const row of rows) {
    const text = cipher.decrypt(row.body);
    out.set(row.id, {
      text: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : text,
      at: row.createdAt.toISOString(),
      broughtToSession: request.brought.has(row.id),
    });
  }
  return out;
}
