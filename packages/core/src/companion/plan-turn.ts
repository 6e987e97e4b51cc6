// One turn of a conversation, planned in one pure call: the server passes what it read from its
// database, and gets back the next mode state, the events to persist, the built-in engine's reply
// (used when no model is configured, or as the fallback), the prompt for a model, structured data
// for the web app, and proposed memory. Risk screening has already run (safety layer) before this.

import type { ConversationMode } from "../domain.ts";
import type { CompanionEvent } from "./events.ts";
import { extractMemory, type MemoryProposal } from "./memory.ts";
import { advanceMode, turnContext } from "./modes/advance.ts";
import type { Structured } from "./modes/context.ts";
import type { ModeState } from "./modes/state.ts";
import { assemblePrompt, type AssembledPrompt } from "./prompt.ts";
import type { DependencyNudge, DueDisclosure, DueFollowUp, Frame, ConversationMessage, MemoryItem } from "./types.ts";

export interface PlanTurnInput {
  /** The conversation's mode and its stored state (null for a new conversation). */
  conversation: { mode: ConversationMode; state: unknown };
  /** The client's new message. */
  clientText: string;
  /** This conversation's earlier messages, oldest first, without `clientText`. */
  history: readonly ConversationMessage[];
  memory: readonly MemoryItem[];
  frame: Frame | null;
  /** Intentions and practices due (on or after their date) with no outcome yet. */
  dueFollowUps: readonly DueFollowUp[];
  /** From the safety layer's disclosure rules (`disclosureDue(...)`), or null. */
  disclosure: DueDisclosure | null;
  /** From `dependencyNudgeDue`, or null. */
  dependencyNudge: DependencyNudge | null;
  /** Makes the built-in engine's choices repeatable (e.g. a hash of conversation id and message count). */
  seed: number | string;
  now: Date;
  /** The client's IANA time zone ("Europe/Berlin"); dates are parsed and shown in it. */
  timeZone: string;
  /** For the model prompt (system + messages, estimated). */
  tokenBudget?: number;
  /** Memory keys the client deleted: never proposed again. */
  forgottenMemoryKeys?: readonly string[];
}

export interface TurnPlan {
  /** The mode active after this turn: store it on the conversation if it changed. */
  mode: ConversationMode;
  /** Store on the conversation (encrypted: it holds the client's words). */
  nextState: ModeState;
  /** Persist each, in the same transaction as the reply. */
  events: CompanionEvent[];
  /** The built-in engine's reply, disclosure included when one was due. */
  builtInReply: string;
  /** True when the reply must be exactly `builtInReply` whatever the engine (questionnaire items, ratings, exercise scripts). */
  fixedReply: boolean;
  /** For a model, when one is configured and `fixedReply` is false. */
  prompt: AssembledPrompt;
  /**
   * "role-play" when the reply is spoken as the other person in a rehearsal (a model too is told to
   * stay in role): pass `{ rolePlay: true }` to the output guard then.
   */
  speaker: "companion" | "role-play";
  /** For the web app to render beside the reply (buttons, a scale, a breathing animation, a questionnaire item). */
  structured: Structured | null;
  /** Memory to store (the client can read, correct and delete every item). */
  memory: MemoryProposal;
  /**
   * The disclosure given this turn, with its words. Deterministic: show `text` just before the reply
   * whichever engine speaks (it already opens `builtInReply`; with a model, send it as the first
   * part of the stream — the model is told it has been said and won't repeat it).
   */
  disclosure: DueDisclosure | null;
}

function withDisclosure(reply: string, disclosure: DueDisclosure | null): string {
  return disclosure === null ? reply : `${disclosure.text}\n\n${reply}`;
}

export type OpenConversationInput = Omit<PlanTurnInput, "clientText" | "forgottenMemoryKeys">;

function plan(input: PlanTurnInput | OpenConversationInput, clientText: string | null): TurnPlan {
  const modeInput = {
    mode: input.conversation.mode,
    state: input.conversation.state,
    clientText,
    now: input.now,
    timeZone: input.timeZone,
    seed: input.seed,
    memory: input.memory,
    dueFollowUps: input.dueFollowUps,
    history: input.history,
    dependencyNudge: input.dependencyNudge,
  };
  // A due disclosure is shown before the reply: the reply doesn't say it again.
  const context = { ...turnContext(modeInput), disclosed: input.disclosure !== null };
  const step = advanceMode(modeInput, context);
  const events = [...step.events];
  const nudgeGiven = events.some((event) => event.type === "dependency-nudge-given");
  const disclosure = input.disclosure;
  if (disclosure !== null) events.unshift({ type: "disclosure-given", reason: disclosure.reason });
  const prompt = assemblePrompt({
    mode: step.mode,
    stage: step.reply.stage,
    frame: input.frame,
    memory: input.memory,
    dueFollowUps: input.dueFollowUps,
    disclosure: input.disclosure,
    dependencyNudge: nudgeGiven ? input.dependencyNudge : null,
    history: input.history,
    clientText,
    now: input.now,
    timeZone: input.timeZone,
    ...(input.tokenBudget === undefined ? {} : { tokenBudget: input.tokenBudget }),
  });
  const forgotten = "forgottenMemoryKeys" in input ? (input.forgottenMemoryKeys ?? []) : [];
  const memory =
    clientText === null ? { added: [], updated: [] } : extractMemory({ text: clientText, existing: input.memory, now: input.now, timeZone: input.timeZone, forgotten });
  return {
    mode: step.mode,
    nextState: step.nextState,
    events,
    builtInReply: withDisclosure(step.reply.text, disclosure),
    fixedReply: step.reply.fixed,
    speaker: step.reply.speaker,
    prompt,
    structured: step.reply.structured,
    memory,
    disclosure,
  };
}

/** Plan the companion's turn after a client message. */
export function planTurn(input: PlanTurnInput): TurnPlan {
  return plan(input, input.clientText);
}

/**
 * The companion speaks first in a new conversation (optional): in `rehearse` it asks who the
 * conversation is with, in `regulate` for a rating, in `check-in` for the mood, in `debrief` what
 * happened, in `talk` a greeting or a due follow-up.
 */
export function openConversation(input: OpenConversationInput): TurnPlan {
  return plan(input, null);
}
