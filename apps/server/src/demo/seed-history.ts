// Seeds a synthetic history (core's generateHistory) into a running app through the server's own
// storage: conversations and messages through the turn's storage (storeClientMessage: encrypted
// message, analysis, bucket), records through persistTurnEvents (intentions and outcomes, exercises,
// check-ins, practice debriefs), moments through createMoment, privacy through updateConversation,
// practices and sessions through the therapist's repositories — each at its own time on the app's
// clock. So buckets and records are exactly what real use would have stored.
//
// `bulk: true` (the benchmark's year of history) writes messages and buckets in batches instead,
// with the same analysis and encryption, and everything else the same way.
import {
  addToBucket,
  analyseMessage,
  builtInReply,
  bucketKey,
  emptyBucket,
  localDateOf,
  mondayOfIsoWeek,
  scoreQuestionnaire,
  toMillis,
  type Actor,
  type Bucket,
  type CompanionEvent,
  type ConversationMessage,
  type Instant,
  type SyntheticHistory,
} from "@between/core";
import { and, eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import { analysisBucket, companionState, conversation, intention, message } from "../db/schema/index.ts";
import { assignPractice, recordSession } from "../repositories/care-work.ts";
import { appendMessage, createConversation, updateConversation } from "../repositories/conversations.ts";
import { createMoment } from "../repositories/moments.ts";
import { persistTurnEvents } from "../turns/persist-turn-events.ts";
import { storeClientMessage } from "../turns/take-turn.ts";

export interface SeedTarget {
  ctx: AppContext;
  /** Moves the app's clock. */
  setNow: (at: Date) => void;
}

export interface SeedRequest {
  clientId: string;
  history: SyntheticHistory;
  /** Assigns the history's practices and records its sessions as this therapist (linked with the client). */
  therapistId?: string;
  /** Which of the history's weekly sessions to record (default: every fourth, so a window holds four weeks). */
  sessions?: (index: number) => boolean;
  /** The built-in companion's reply after each client message (default true). */
  replies?: boolean;
  /**
   * Store messages only from this instant (the earlier conversations are created, empty, for their
   * records): signals read the window and the one before it, so tests skip what no window reads.
   */
  messagesFrom?: number;
  /** Batch writes for large histories (the benchmark). */
  bulk?: boolean;
}

export interface SeededHistory {
  /** Synthetic id → stored id, for conversations, messages, intentions, practices and check-ins. */
  ids: Map<string, string>;
  /** Stored message id → synthetic message id. */
  syntheticOf: Map<string, string>;
  /** Stored ids of the private conversations. */
  privateConversations: Set<string>;
  sessions: Date[];
}

interface Step {
  at: number;
  order: number;
  run: () => Promise<void>;
}

function mention(key: string | null | undefined, label: string | null | undefined): string | null {
  if (key === null || key === undefined) return label ?? null;
  if (key.startsWith("rel:")) return `my ${key.slice(4)}`;
  return label ?? key.replace(/^name:/, "");
}

export async function seedHistory(target: SeedTarget, request: SeedRequest): Promise<SeededHistory> {
  const { ctx } = target;
  const { history, clientId } = request;
  const client: Actor = { userId: clientId, role: "client" };
  const therapist: Actor | null = request.therapistId === undefined ? null : { userId: request.therapistId, role: "therapist" };
  const ids = new Map<string, string>();
  const syntheticOf = new Map<string, string>();
  const privateConversations = new Set<string>();
  const sessions: Date[] = [];
  const steps: Step[] = [];
  const at = (instant: Instant): number => toMillis(instant);
  const add = (when: number, order: number, run: () => Promise<void>) => steps.push({ at: when, order, run });
  const events = (conversationId: string, when: number, list: CompanionEvent[]) =>
    persistTurnEvents(ctx, ctx.db, { facts: { clientId, conversationId: ids.get(conversationId) ?? conversationId, at: new Date(when), timeZone: history.timeZone }, events: list });

  // Practices are set by the therapist before anything is reported on them.
  if (therapist !== null) {
    for (const practice of history.practices) {
      add(at(practice.assignedAt), 0, async () => {
        const created = await assignPractice(ctx, {
          actor: therapist,
          clientId,
          practice: { title: practice.title, why: practice.why, cadence: { every: "week", times: 2 }, followUpQuestion: "How did it go?", startsOn: localDateOf(practice.assignedAt, history.timeZone) },
          clientTimeZone: history.timeZone,
        });
        ids.set(practice.id, created.id);
      });
      for (const debrief of practice.debriefs) {
        const conversationId = history.conversations.find((item) => item.messages.some((entry) => entry.id === debrief.messageId))?.id;
        if (conversationId === undefined) continue;
        add(at(debrief.at), 3, () =>
          events(conversationId, at(debrief.at), [
            { type: "practice-debrief", practiceId: ids.get(practice.id) ?? practice.id, outcome: debrief.done ? "done" : "not-yet", happened: null, felt: null, noticed: null, next: null },
          ]),
        );
      }
    }
    history.sessions.forEach((session, index) => {
      if (!(request.sessions ?? ((i: number) => i % 4 === 3))(index)) return;
      add(at(session.at), 0, async () => {
        await recordSession(ctx, { actor: therapist, clientId, heldAt: new Date(session.at) });
        sessions.push(new Date(session.at));
      });
    });
  }

  const bulk = request.bulk === true;
  if (bulk) await writeInBulk(ctx, { clientId, history, replies: request.replies !== false, ids, syntheticOf });

  for (const synthetic of history.conversations) {
    const started = at(synthetic.startedAt);
    if (!bulk) {
      add(started, 1, async () => {
        target.setNow(new Date(started));
        ids.set(synthetic.id, (await createConversation(ctx, client, { mode: synthetic.mode })).id);
      });
    }
    const spoken: ConversationMessage[] = [];
    synthetic.messages.forEach((entry) => {
      const when = at(entry.at);
      if (bulk || when < (request.messagesFrom ?? -Infinity)) return;
      add(when, 2, async () => {
        const conversationId = ids.get(synthetic.id) ?? "";
        target.setNow(new Date(when));
        const stored = await storeClientMessage(ctx, { clientId, conversationId, text: entry.text, now: new Date(when) });
        ids.set(entry.id, stored.id);
        syntheticOf.set(stored.id, entry.id);
        if (request.replies !== false) {
          const reply = companionReply({ history: spoken, text: entry.text, seed: entry.id, when, timeZone: history.timeZone });
          await appendMessage(ctx, ctx.db, { clientId, conversationId, role: "companion", text: reply, at: new Date(when + 1000), engine: "built-in" });
        }
      });
    });
    if (synthetic.private) {
      add(at(synthetic.messages.at(-1)?.at ?? synthetic.startedAt) + 2000, 4, async () => {
        const conversationId = ids.get(synthetic.id) ?? "";
        await updateConversation(ctx, client, { conversationId, private: true });
        privateConversations.add(conversationId);
      });
    }
  }

  // Intentions are stated in a message of a rehearsal; outcomes are recorded in a later debrief.
  for (const item of history.intentions) {
    const conversationId = item.conversationId ?? null;
    if (conversationId === null) continue;
    const created = at(item.createdAt);
    add(created, 3, async () => {
      await events(conversationId, created, [
        {
          type: "intention-created",
          what: `talk to ${mention(item.withWhom, item.withLabel) ?? "them"}`,
          withWhom: mention(item.withWhom, item.withLabel),
          due: localDateOf(item.dueAt ?? created, history.timeZone),
          dueText: null,
          source: "rehearse",
        },
      ]);
      const [row] = await ctx.db
        .select({ id: intention.id })
        .from(intention)
        .where(and(eq(intention.conversationId, ids.get(conversationId) ?? ""), eq(intention.createdAt, new Date(created))));
      if (row !== undefined) ids.set(item.id, row.id);
    });
    const outcome = item.outcome ?? null;
    if (outcome === null || outcome === "pending" || item.outcomeAt === undefined || item.outcomeAt === null) continue;
    const resolved = at(item.outcomeAt);
    const debrief = history.conversations.find((candidate) => candidate.messages.some((entry) => at(entry.at) === resolved));
    add(resolved, 3, () => events(debrief?.id ?? conversationId, resolved, [{ type: "intention-outcome", intentionId: ids.get(item.id) ?? item.id, outcome, note: "" }]));
  }

  for (const session of history.regulationSessions) {
    const conversationId = session.conversationId ?? null;
    if (conversationId === null) continue;
    add(at(session.at), 3, () =>
      events(conversationId, at(session.at), [
        { type: "exercise-completed", exercise: (session.exercise ?? "breathing") as "breathing" | "grounding" | "body-scan", before: session.before, after: session.after, finished: true },
      ]),
    );
  }

  // Check-ins come three at a time (PHQ-9, GAD-7, mood) from one check-in conversation.
  for (const item of history.checkIns) {
    const when = at(item.at);
    const conversationId = history.conversations.find((candidate) => candidate.mode === "check-in" && candidate.messages.some((entry) => at(entry.at) === when))?.id;
    if (conversationId === undefined) continue;
    add(when, 3, async () => {
      if (item.instrument === "mood") {
        await events(conversationId, when, [{ type: "check-in-completed", instrument: "mood", score: item.score ?? 5, word: null }]);
        return;
      }
      const answers = [...(item.items ?? [])];
      const scored = scoreQuestionnaire({ instrument: item.instrument, answers });
      await events(conversationId, when, [{ type: "check-in-completed", instrument: item.instrument, score: scored.total, band: scored.band, answers, functional: null }]);
    });
  }

  for (const item of history.moments) {
    if (item.messageId === null || at(item.at) < (request.messagesFrom ?? -Infinity)) continue;
    const messageId = item.messageId;
    add(at(item.at) + 500, 5, async () => {
      target.setNow(new Date(at(item.at) + 500));
      await createMoment(ctx, client, { messageId: ids.get(messageId) ?? messageId });
    });
  }

  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const step of steps) {
    target.setNow(new Date(step.at));
    await step.run();
  }
  return { ids, syntheticOf, privateConversations, sessions };
}

/** Conversations, messages (encrypted) and their buckets (analysed as on arrival), in batches. */
async function writeInBulk(
  ctx: AppContext,
  request: { clientId: string; history: SyntheticHistory; replies: boolean; ids: Map<string, string>; syntheticOf: Map<string, string> },
): Promise<void> {
  const { clientId, history, ids, syntheticOf } = request;
  const cipher = await ctx.keyring.forClient(ctx.db, clientId);
  const conversations: (typeof conversation.$inferInsert)[] = [];
  const messages: (typeof message.$inferInsert)[] = [];
  const buckets = new Map<string, { conversationId: string; weekStart: string; bucket: Bucket; updatedAt: number }>();
  let lastAt = 0;
  for (const synthetic of history.conversations) {
    const conversationId = newId();
    ids.set(synthetic.id, conversationId);
    const last = synthetic.messages.at(-1);
    conversations.push({
      id: conversationId,
      clientId,
      mode: synthetic.mode,
      createdAt: new Date(synthetic.startedAt),
      lastMessageAt: last === undefined ? null : new Date(toMillis(last.at) + 1000),
    });
    const spoken: ConversationMessage[] = [];
    synthetic.messages.forEach((entry, seq) => {
      const when = toMillis(entry.at);
      lastAt = Math.max(lastAt, when);
      const id = newId();
      const features = analyseMessage({ text: entry.text, at: when, timeZone: history.timeZone, mode: synthetic.mode });
      const key = bucketKey({ conversationId, at: when, timeZone: history.timeZone });
      const slot = `${conversationId}|${key.week}`;
      const current = buckets.get(slot) ?? { conversationId, weekStart: mondayOfIsoWeek(key.week), bucket: emptyBucket(), updatedAt: when };
      current.bucket = addToBucket(current.bucket, { messageId: id, conversationId, at: when, features });
      current.updatedAt = when;
      buckets.set(slot, current);
      messages.push({ id, conversationId, clientId, seq: seq * 2 + 1, role: "client", body: cipher.encrypt(entry.text), createdAt: new Date(when) });
      if (request.replies) {
        const reply = companionReply({ history: spoken, text: entry.text, seed: entry.id, when, timeZone: history.timeZone });
        messages.push({ id: newId(), conversationId, clientId, seq: seq * 2 + 2, role: "companion", body: cipher.encrypt(reply), engine: "built-in", createdAt: new Date(when + 1000) });
      }
      ids.set(entry.id, id);
      syntheticOf.set(id, entry.id);
    });
  }
  for (let i = 0; i < conversations.length; i += 1000) await ctx.db.insert(conversation).values(conversations.slice(i, i + 1000));
  for (let i = 0; i < messages.length; i += 1000) await ctx.db.insert(message).values(messages.slice(i, i + 1000));
  const rows = [...buckets.values()].map((item) => ({ clientId, conversationId: item.conversationId, weekStart: item.weekStart, body: cipher.encryptJson(item.bucket), updatedAt: new Date(item.updatedAt) }));
  for (let i = 0; i < rows.length; i += 500) await ctx.db.insert(analysisBucket).values(rows.slice(i, i + 500));
  const lastActivity = new Date(lastAt);
  await ctx.db
    .insert(companionState)
    .values({ clientId, firstUseAt: new Date(toMillis(history.start)), lastActivityAt: lastActivity })
    .onConflictDoUpdate({ target: companionState.clientId, set: { lastActivityAt: lastActivity } });
}

/** What the built-in companion (talk mode) would have answered; the conversation so far grows with it. */
function companionReply(request: { history: ConversationMessage[]; text: string; seed: string; when: number; timeZone: string }): string {
  const { text } = builtInReply({ clientText: request.text, history: request.history, seed: request.seed, now: new Date(request.when), timeZone: request.timeZone });
  request.history.push({ role: "client", text: request.text }, { role: "companion", text });
  return text;
}
