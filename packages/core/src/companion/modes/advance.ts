// One step of the mode machine: the client's message (or nothing, when the companion opens) moves the
// conversation's state on, and says what to say. Both engines speak within these steps.

import type { ConversationMode } from "../../domain.ts";
import { createRandom } from "../random.ts";
import { readClientText } from "../reading.ts";
import type { CompanionEvent } from "../events.ts";
import type { DependencyNudge, DueFollowUp, ConversationMessage, MemoryItem } from "../types.ts";
import { joinLines, linesFor, squash, type StepResult, type TurnContext, type Utterance } from "./context.ts";
import { advanceCheckIn } from "./check-in.ts";
import { advanceDebrief } from "./debrief.ts";
import { advanceRegulate } from "./regulate.ts";
import { rehearseCopy } from "../copy/rehearse.copy.ts";
import { advanceRehearse, openRehearseWith } from "./rehearse.ts";
import { checkInFlow, initialModeState, modeStateVersion, parseModeState, regulateFlow, rehearseFlow, type Flow, type ModeState, type SharedState } from "./state.ts";
import { advanceTalk, type FlowRequest } from "./talk.ts";

export interface AdvanceModeInput {
  /** The conversation's mode (used when there is no stored state yet). */
  mode: ConversationMode;
  /** The stored state (any JSON; null or malformed starts afresh). */
  state: unknown;
  /** The client's message, or null when the companion opens the conversation. */
  clientText: string | null;
  now: Date;
  timeZone: string;
  seed: number | string;
  memory?: readonly MemoryItem[];
  dueFollowUps?: readonly DueFollowUp[];
  /** This conversation's messages before `clientText`, oldest first (for varying the wording). */
  history?: readonly ConversationMessage[];
  dependencyNudge?: DependencyNudge | null;
}

export interface ModeAdvance {
  /** The mode active after this step (a talk may have become a rehearsal, an exercise may be over). */
  mode: ConversationMode;
  nextState: ModeState;
  events: CompanionEvent[];
  reply: Utterance;
}

function runFlow({ flow, shared, ctx }: { flow: Flow; shared: SharedState; ctx: TurnContext }): StepResult {
  switch (flow.mode) {
    case "talk": {
      const step = advanceTalk({ flow, shared, ctx });
      if (step.start === null) return step;
      const started = startFlow({ request: step.start, shared: step.shared, ctx });
      return { ...started, events: [...step.events, ...started.events] };
    }
    case "rehearse":
      return advanceRehearse({ flow, shared, ctx });
    case "regulate":
      return advanceRegulate({ flow, shared, ctx });
    case "check-in":
      return advanceCheckIn({ flow, shared, ctx });
    case "debrief":
      return advanceDebrief({ flow, shared, ctx });
  }
}

function startFlow({ request, shared, ctx }: { request: FlowRequest; shared: SharedState; ctx: TurnContext }): StepResult {
  switch (request.mode) {
    case "regulate":
      return advanceRegulate({ flow: regulateFlow({ before: request.before }), shared, ctx });
    case "rehearse":
      return openRehearseWith({ flow: rehearseFlow(request.prefill), shared, ctx, lead: rehearseCopy.acceptedLead });
    case "check-in":
      return advanceCheckIn({ flow: checkInFlow(), shared, ctx: { ...ctx, clientText: "" } });
  }
}

export function turnContext(input: AdvanceModeInput): TurnContext {
  const memory = input.memory ?? [];
  const recent = (input.history ?? [])
    .filter((message) => message.role === "companion")
    .slice(-4)
    .map((message) => squash(message.text));
  const random = createRandom(input.seed);
  return {
    ...linesFor({ recent, random }),
    now: input.now,
    timeZone: input.timeZone,
    random,
    memory,
    dueFollowUps: input.dueFollowUps ?? [],
    recent,
    reading: input.clientText === null ? null : readClientText({ text: input.clientText, memory }),
    clientText: input.clientText ?? "",
    dependencyNudge: input.dependencyNudge ?? null,
  };
}

/** Move the conversation on by one client message (or open it when `clientText` is null). */
export function advanceMode(input: AdvanceModeInput, context: TurnContext = turnContext(input)): ModeAdvance {
  const state = parseModeState(input.state) ?? initialModeState({ mode: input.mode });
  const shared: SharedState = input.clientText === null ? state.shared : { ...state.shared, turn: state.shared.turn + 1 };
  const step = runFlow({ flow: state.flow, shared, ctx: context });
  const reply = step.say.text.length === 0 ? { ...step.say, text: joinLines("I'm here.") } : step.say;
  return {
    mode: step.flow.mode,
    nextState: { v: modeStateVersion, shared: step.shared, flow: step.flow },
    events: step.events,
    reply,
  };
}
