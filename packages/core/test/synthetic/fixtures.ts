// Shared set-up for tests on synthetic histories: generate, replay like the server, and compute
// the signals for the last four weeks.
import {
  shiftDate,
  computeSignals,
  generateHistory,
  historyMessages,
  localTime,
  replayHistory,
  signalInputFor,
  zonedTimeToMillis,
  type HistoryMessage,
  type ReplayResult,
  type Signal,
  type SyntheticHistory,
  type SyntheticProfile,
} from "../../src/index.ts";

export const start = "2025-01-06"; // a Monday
export const weeks = 12;
export const timeZone = "Europe/London";

export interface Scenario {
  history: SyntheticHistory;
  replay: ReplayResult;
  messages: Map<string, HistoryMessage>;
  window: { from: number; to: number };
  fromDate: string;
  toDate: string;
  signals: Signal[];
}

const cache = new Map<string, Scenario>();

export function scenario(profile: SyntheticProfile, seed = 1): Scenario {
  const key = `${profile}:${seed}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const history = generateHistory({ profile, seed, start, weeks, timeZone });
  const replay = replayHistory(history);
  const fromDate = shiftDate(start, weeks * 7 - 28);
  const toDate = shiftDate(start, weeks * 7 - 1);
  const window = {
    from: zonedTimeToMillis({ date: fromDate, hour: 0, minute: 0, timeZone }),
    to: zonedTimeToMillis({ date: shiftDate(start, weeks * 7), hour: 0, minute: 0, timeZone }),
  };
  const signals = computeSignals(signalInputFor(history, replay, { window, now: window.to }));
  const messages = new Map(historyMessages(history).map((message) => [message.id, message]));
  const result = { history, replay, messages, window, fromDate, toDate, signals };
  cache.set(key, result);
  return result;
}

export function inWindow(s: Scenario, at: string): boolean {
  const ms = Date.parse(at);
  return ms >= s.window.from && ms < s.window.to;
}

export function localHour(at: string): number {
  return localTime(at, timeZone).hour;
}

export function kinds(signals: readonly Signal[]): string[] {
  return signals.map((signal) => signal.kind);
}
