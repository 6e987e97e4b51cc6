// Drives whole conversations through planTurn, as the server would: stores the state, the history
// and the events, and hands them back each turn.
import {
  planTurn,
  openConversation,
  type CompanionEvent,
  type ConversationMode,
  type DependencyNudge,
  type DueDisclosure,
  type DueFollowUp,
  type Frame,
  type ConversationMessage,
  type MemoryItem,
  type TurnPlan,
} from "../../src/index.ts";

export const timeZone = "Europe/Berlin";
/** Wednesday 11 June 2025, 20:30 in Berlin. */
export const wednesdayEvening = new Date("2025-06-11T18:30:00Z");

export interface Conversation {
  mode: ConversationMode;
  state: unknown;
  history: ConversationMessage[];
  events: CompanionEvent[];
  plans: TurnPlan[];
}

export interface TurnOptions {
  now?: Date;
  seed?: number | string;
  memory?: readonly MemoryItem[];
  dueFollowUps?: readonly DueFollowUp[];
  frame?: Frame | null;
  disclosure?: DueDisclosure | null;
  dependencyNudge?: DependencyNudge | null;
}

export function newConversation(mode: ConversationMode): Conversation {
  return { mode, state: null, history: [], events: [], plans: [] };
}

function record(conversation: Conversation, plan: TurnPlan): TurnPlan {
  // The server stores the state as JSON: make sure it survives the round trip.
  conversation.state = JSON.parse(JSON.stringify(plan.nextState)) as unknown;
  conversation.mode = plan.mode;
  conversation.history.push({ role: "companion", text: plan.builtInReply });
  conversation.events.push(...plan.events);
  conversation.plans.push(plan);
  return plan;
}

export function open(conversation: Conversation, options: TurnOptions = {}): TurnPlan {
  const plan = openConversation({
    conversation: { mode: conversation.mode, state: conversation.state },
    history: conversation.history,
    memory: options.memory ?? [],
    frame: options.frame ?? null,
    dueFollowUps: options.dueFollowUps ?? [],
    disclosure: options.disclosure ?? null,
    dependencyNudge: options.dependencyNudge ?? null,
    seed: options.seed ?? `open-${conversation.history.length}`,
    now: options.now ?? wednesdayEvening,
    timeZone,
  });
  return record(conversation, plan);
}

/** The client says something: `say(c, "hi")`, or with turn options `say(c, { text: "hi", now, memory })`. */
export function say(conversation: Conversation, message: string | (TurnOptions & { text: string })): TurnPlan {
  const { text: clientText, ...options } = typeof message === "string" ? { text: message } : message;
  const plan = planTurn({
    conversation: { mode: conversation.mode, state: conversation.state },
    clientText,
    history: conversation.history,
    memory: options.memory ?? [],
    frame: options.frame ?? null,
    dueFollowUps: options.dueFollowUps ?? [],
    disclosure: options.disclosure ?? null,
    dependencyNudge: options.dependencyNudge ?? null,
    seed: options.seed ?? `turn-${conversation.history.length}`,
    now: options.now ?? wednesdayEvening,
    timeZone,
  });
  conversation.history.push({ role: "client", text: clientText });
  return record(conversation, plan);
}

export function eventsOf<T extends CompanionEvent["type"]>(events: readonly CompanionEvent[], type: T): Extract<CompanionEvent, { type: T }>[] {
  return events.filter((event): event is Extract<CompanionEvent, { type: T }> => event.type === type);
}

export function questionMarks(text: string): number {
  return (text.match(/\?/g) ?? []).length;
}

export function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((part) => /[a-z]/i.test(part)).length;
}

