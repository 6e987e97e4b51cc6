// Shared set-up for the anchor's tests: a client with a synthetic history seeded through the server's
// own storage, linked with a therapist who recorded two sessions four weeks apart, and the clock at
// the end of the history — so "since the last session" is the last four weeks, compared with the four before.
import { generateHistory, historyMessages, localDateOf, localTime, type ConsentLevel, type HistoryMessage, type SyntheticHistory, type SyntheticProfile } from "@between/core";
import type { ApiResponse } from "./api-client.ts";
import { linkedPair, type LinkedPair } from "./care.ts";
import { seedHistory, type SeededHistory } from "../../src/demo/seed-history.ts";
import type { TestServer } from "./test-server.ts";

export const timeZone = "Europe/London";
export const start = "2025-01-06";
export const weeks = 12;
/** The morning after the history's last day. */
export const end = new Date("2025-03-31T08:00:00Z");
/** Sessions recorded: the 5th and 9th weekly ones (5 Feb and 5 Mar 2025). */
export const sessionIndexes = [4, 8];

export interface SeededClient {
  pair: LinkedPair;
  history: SyntheticHistory;
  seeded: SeededHistory;
  /** Synthetic messages by id, and by stored id. */
  messages: Map<string, HistoryMessage>;
  stored: (id: string) => HistoryMessage;
  window: { from: number; to: number };
}

export async function seedProfile(
  server: TestServer,
  options: { profile: SyntheticProfile; level: ConsentLevel; seed?: number; riskAlerts?: boolean },
): Promise<SeededClient> {
  const pair = await linkedPair(server.url, { level: options.level, riskAlerts: options.riskAlerts ?? true }, { timeZone });
  const history = generateHistory({ profile: options.profile, seed: options.seed ?? 1, start, weeks, timeZone });
  const firstSession = history.sessions[sessionIndexes[0] ?? 0];
  const lastSession = history.sessions[sessionIndexes[1] ?? 0];
  if (firstSession === undefined || lastSession === undefined) throw new Error("the history has no sessions");
  const seeded = await seedHistory(
    {
      ctx: server.app.ctx,
      setNow: (at) => {
        server.clock.set(at);
      },
    },
    {
      clientId: pair.client.id,
      history,
      therapistId: pair.therapist.id,
      sessions: (index) => sessionIndexes.includes(index),
      replies: false,
      messagesFrom: Date.parse(firstSession.at),
    },
  );
  server.clock.set(end);
  await settle(server.url);
  const messages = new Map(historyMessages(history).map((message) => [message.id, message]));
  const stored = (id: string): HistoryMessage => {
    const synthetic = seeded.syntheticOf.get(id);
    const message = synthetic === undefined ? undefined : messages.get(synthetic);
    if (message === undefined) throw new Error(`${id} is not a seeded message`);
    return message;
  };
  return { pair, history, seeded, messages, stored, window: { from: Date.parse(lastSession.at), to: Date.parse("2025-03-31T23:00:00Z") } };
}

/** On one of the window's local days (signals count whole days: the session's day is in). */
export function inWindow(client: SeededClient, at: string): boolean {
  const date = localDateOf(at, timeZone);
  return date >= localDateOf(client.window.from, timeZone) && date <= localDateOf(client.window.to - 1, timeZone);
}

export function localHour(at: string): number {
  return localTime(at, timeZone).hour;
}

export interface SignalBody {
  id: string;
  kind: string;
  category: "attention" | "pattern";
  subject: string | null;
  statement: string;
  trend: { direction: string; current: number; previous: number | null };
  evidence: {
    messageIds: string[];
    counts: Record<string, number>;
    days: string[];
    conversationIds: string[];
    recordIds: string[];
    excerpts: { messageId: string; text: string; at: string; broughtToSession: boolean }[];
  };
  why: string;
}

export interface SignalsBody {
  level: ConsentLevel;
  showsWords: boolean;
  window: { fromDate: string; toDate: string; days: number };
  signals: SignalBody[];
  charts: Record<string, unknown> & { messages: number; rhythm: { night: number; messages: number }; people: { key: string; label: string }[] };
}

export interface BriefBody {
  level: ConsentLevel;
  headline: string[];
  narrative: { text: string; generated: boolean; model: string | null; template: string };
  brought: { id: string; text: string }[] | null;
  themes: { words: string[] }[];
  signals: SignalBody[];
  questions: string[];
}

export function ok<T>(response: ApiResponse<T>): T {
  if (response.status !== 200) throw new Error(`expected 200, got ${String(response.status)}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The app's clock jumped during the long write; keep-alive connections may have been closed meanwhile. */
async function settle(baseUrl: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    try {
      await (await fetch(`${baseUrl}/api/health`)).text();
    } catch {
      // A stale keep-alive connection: the next attempt opens a new one.
    }
  }
}
