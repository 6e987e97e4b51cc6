// The windows a brief and its signals cover. By default: since the last recorded session (the
// therapist's own sessions with this client) up to the end of the client's today, compared with the
// window between the two sessions before; with no session yet, the last 28 days. Windows end at a
// local midnight, so within a day the same window (and the same cached view) answers every request.
import { localDateOf, shiftDate, zonedTimeToMillis } from "@between/core";
import { AppError } from "../errors.ts";
import { endOfLocalDay } from "../repositories/anchor-inputs.ts";

export type WindowBasis = "since-last-session" | "last-28-days" | "requested";

export interface ResolvedWindow {
  from: number;
  to: number;
  /** "Now" for the analysers (what is overdue): the window's end, or the end of today if sooner. */
  asOf: number;
  previous: { from: number; to: number };
  basis: WindowBasis;
  lastSessionAt: number | null;
}

export interface RequestedWindow {
  from?: string | undefined;
  to?: string | undefined;
}

const DAY = 86_400_000;

export function resolveWindow(input: { sessions: readonly number[]; now: number; timeZone: string; requested?: RequestedWindow | undefined }): ResolvedWindow {
  const { now, timeZone } = input;
  const today = localDateOf(now, timeZone);
  const endOfToday = endOfLocalDay(today, timeZone);
  const past = input.sessions.filter((at) => at <= now);
  const lastSession = past[past.length - 1] ?? null;
  const requested = input.requested;
  if (requested !== undefined && (requested.from !== undefined || requested.to !== undefined)) {
    const to = requested.to === undefined ? endOfToday : Date.parse(requested.to);
    const from = requested.from === undefined ? to - 28 * DAY : Date.parse(requested.from);
    if (!(from < to)) throw new AppError("unprocessable", "Dates out of order", "The window's start (from) must be before its end (to).");
    if (to - from > 400 * DAY) throw new AppError("unprocessable", "Window too long", "Ask for a window of at most 400 days.");
    return { from, to, asOf: Math.min(to, endOfToday), previous: { from: from - (to - from), to: from }, basis: "requested", lastSessionAt: lastSession };
  }
  if (lastSession !== null) {
    const before = past[past.length - 2];
    const previous = before !== undefined && before < lastSession ? { from: before, to: lastSession } : { from: lastSession - (endOfToday - lastSession), to: lastSession };
    return { from: lastSession, to: endOfToday, asOf: endOfToday, previous, basis: "since-last-session", lastSessionAt: lastSession };
  }
  const from = zonedTimeToMillis({ date: shiftDate(today, -27), hour: 0, minute: 0, timeZone });
  return { from, to: endOfToday, asOf: endOfToday, previous: { from: from - (endOfToday - from), to: from }, basis: "last-28-days", lastSessionAt: null };
}
