// Replays a synthetic history the way the server would: each client message analysed once, in time
// order, into its (conversation, week) bucket; the people the client introduces are remembered
// (as the companion's memory would) to recognise names typed in lower case.
import { addToBucket, bucketKey, emptyBucket, type Bucket } from "../analysis/bucket.ts";
import { analyseMessage, type MessageFeatures } from "../analysis/message.ts";
import type { ComputeSignalsInput } from "../analysis/signals.ts";
import type { Instant } from "../time/index.ts";
import type { ConversationMode } from "../domain.ts";
import { findPeople, updateKnownPeople, type KnownPerson } from "../text/index.ts";
import type { SyntheticHistory, SyntheticMessage } from "./generate.ts";

export interface HistoryMessage extends SyntheticMessage {
  mode: ConversationMode;
  private: boolean;
}

/** All client messages of a history, in time order, with their conversation's mode and privacy. */
export function historyMessages(history: SyntheticHistory): HistoryMessage[] {
  const out: HistoryMessage[] = [];
  for (const conversation of history.conversations) {
    for (const message of conversation.messages) out.push({ ...message, mode: conversation.mode, private: conversation.private });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

export interface StoredBucket {
  conversationId: string;
  week: string;
  bucket: Bucket;
}

export interface ReplayResult {
  buckets: StoredBucket[];
  /** Features per message id (what the server could keep beside each message). */
  features: Map<string, MessageFeatures>;
  knownPeople: KnownPerson[];
}

export function replayHistory(history: SyntheticHistory): ReplayResult {
  const stored = new Map<string, StoredBucket>();
  const features = new Map<string, MessageFeatures>();
  let knownPeople: KnownPerson[] = [];
  for (const message of historyMessages(history)) {
    const analysed = analyseMessage({ text: message.text, at: message.at, timeZone: history.timeZone, mode: message.mode, knownPeople });
    features.set(message.id, analysed);
    if (!message.private) knownPeople = updateKnownPeople(knownPeople, findPeople(message.text, { known: knownPeople }));
    const key = bucketKey({ conversationId: message.conversationId, at: message.at, timeZone: history.timeZone });
    const id = `${key.conversationId}|${key.week}`;
    const current = stored.get(id) ?? { ...key, bucket: emptyBucket() };
    current.bucket = addToBucket(current.bucket, { messageId: message.id, conversationId: message.conversationId, at: message.at, features: analysed });
    stored.set(id, current);
  }
  return { buckets: [...stored.values()], features, knownPeople };
}

export interface SignalInputOptions {
  window: { from: Instant; to: Instant };
  now: Instant;
  /** Include private conversations (never for a therapist's view; for tests of exclusion). */
  includePrivate?: boolean;
  previousWindow?: { from: Instant; to: Instant } | null;
}

/** The computeSignals input for a replayed history, as the server would assemble it. */
export function signalInputFor(history: SyntheticHistory, replay: ReplayResult, options: SignalInputOptions): ComputeSignalsInput {
  const privateIds = new Set(history.conversations.filter((conversation) => conversation.private).map((conversation) => conversation.id));
  const buckets = replay.buckets
    .filter((stored) => options.includePrivate === true || !privateIds.has(stored.conversationId))
    .map((stored) => stored.bucket);
  return {
    buckets,
    intentions: history.intentions,
    practices: history.practices,
    regulationSessions: history.regulationSessions,
    checkIns: history.checkIns,
    safetyEvents: [],
    window: options.window,
    previousWindow: options.previousWindow ?? null,
    timeZone: history.timeZone,
    now: options.now,
  };
}
