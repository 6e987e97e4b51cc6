// The built-in engine's free-conversation reply on its own, without a stored state: reflective
// listening in the client's words, one open question, offers, follow-ups and memory. `planTurn`
// uses the same planner inside the mode machine; this entry point is for callers (and tests) that
// only want a reply.

import { composeTalk, type TalkMove } from "./modes/talk.ts";
import { initialShared } from "./modes/state.ts";
import { turnContext } from "./modes/advance.ts";
import type { DependencyNudge, DueFollowUp, ConversationMessage, MemoryItem } from "./types.ts";

export interface BuiltInReplyInput {
  clientText: string;
  /** Earlier messages of the conversation, oldest first (the reply avoids repeating earlier replies). */
  history: readonly ConversationMessage[];
  memory?: readonly MemoryItem[];
  dueFollowUps?: readonly DueFollowUp[];
  dependencyNudge?: DependencyNudge | null;
  seed: number | string;
  now: Date;
  timeZone: string;
}

export interface BuiltInReply {
  text: string;
  /** What the reply does: reflect, offer (calm down / rehearse / bring to session), follow-up, nudge, … */
  move: TalkMove["kind"];
  /** For an offer, which one. */
  offer: "regulate" | "rehearse" | "moment" | null;
}

export function builtInReply(input: BuiltInReplyInput): BuiltInReply {
  const ctx = turnContext({
    mode: "talk",
    state: null,
    clientText: input.clientText,
    now: input.now,
    timeZone: input.timeZone,
    seed: input.seed,
    memory: input.memory ?? [],
    dueFollowUps: input.dueFollowUps ?? [],
    history: input.history,
    dependencyNudge: input.dependencyNudge ?? null,
  });
  const turn = input.history.filter((message) => message.role === "client").length + 1;
  const reading = ctx.reading;
  if (reading === null) return { text: "I'm here.", move: "reflect", offer: null };
  const composed = composeTalk({ reading, ctx, shared: { ...initialShared(), turn } });
  return { text: composed.text, move: composed.move.kind, offer: composed.move.kind === "offer" ? composed.move.offer.kind : null };
}
