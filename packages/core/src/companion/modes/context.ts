// What every mode step gets (the turn's context) and gives back (the next flow, events, and what to
// say: the built-in words, whether they are fixed, the instruction for a model, and structured data
// for the web app to render).

import type { InstrumentId, QuestionnaireOption } from "../../questionnaires/index.ts";
import type { CompanionEvent } from "../events.ts";
import type { Random } from "../random.ts";
import type { ClientReading } from "../reading.ts";
import { fillable, type Slots } from "../template.ts";
import type { BreathingPattern, DependencyNudge, DueFollowUp, ExerciseKind, FollowUpKind, MemoryItem } from "../types.ts";
import type { Flow, SharedState } from "./state.ts";

/** A button: `label` is shown, `send` is the message text it sends (so a tap is just a message). */
export interface Choice {
  label: string;
  send: string;
}

/**
 * Data for the web app to render beside the reply. Never the client's words (it may be stored
 * unencrypted beside the message): labels here are product copy or verbatim questionnaire text.
 */
export type Structured =
  | { kind: "scale"; purpose: "distress-before" | "distress-after" | "mood"; min: 0; max: 10; minLabel: string; maxLabel: string }
  | { kind: "choices"; purpose: "difficulty" | "exercise" | "questionnaire" | "outcome"; choices: Choice[] }
  /** Which due intention or practice to debrief: the app shows its own titles for these ids; a tap sends `send`. */
  | { kind: "follow-up-choice"; followUps: { kind: FollowUpKind; id: string; send: string }[]; other: Choice }
  | {
      kind: "questionnaire-item";
      instrument: InstrumentId;
      name: string;
      /** 1-based. */
      item: number;
      of: number;
      stem: string;
      text: string;
      options: readonly QuestionnaireOption[];
    }
  | { kind: "questionnaire-functional"; instrument: InstrumentId; text: string; options: { value: number; text: string }[] }
  | { kind: "breathing"; pattern: BreathingPattern }
  | { kind: "exercise-step"; exercise: Exclude<ExerciseKind, "breathing">; step: number; of: number }
  /** A role-play is running: show a pause button. (Who is being played is in the reply text, not here.) */
  | { kind: "role-play"; pause: Choice };

export interface Utterance {
  /** The built-in engine's words (exact when `fixed`). */
  text: string;
  /** Exact wording whatever the engine: questionnaire items, rating questions, exercise scripts. */
  fixed: boolean;
  /** What a model should do this turn (part of its system prompt); null when fixed. */
  stage: string | null;
  structured: Structured | null;
  /**
   * Who speaks: the companion, or (in a rehearsal's role-play) the other person as the companion plays
   * them — so the output guard can allow "I'm your mum" there (safety's `guardReply(…, { rolePlay })`).
   */
  speaker: "companion" | "role-play";
}

/** Say one of these templates (seeded, preferring ones not said in the last few replies). */
export interface Lines {
  /** One template that can be filled, or null when none can. */
  chooseLine: (templates: readonly string[], slots?: Slots) => string | null;
  /** The same, for lists that always have a slot-free line ("" otherwise). */
  line: (templates: readonly string[], slots?: Slots) => string;
}

export interface TurnContext extends Lines {
  now: Date;
  timeZone: string;
  random: Random;
  memory: readonly MemoryItem[];
  dueFollowUps: readonly DueFollowUp[];
  /** The companion's last few replies in this conversation, oldest first, squashed (lower-case words) for comparing. */
  recent: readonly string[];
  /** The reading of the client's message (null when the companion opens the conversation). */
  reading: ClientReading | null;
  clientText: string;
  dependencyNudge: DependencyNudge | null;
  /** A disclosure is shown just before this reply (so "are you real?" is already answered). */
  disclosed?: boolean;
}

export interface StepResult {
  flow: Flow;
  shared: SharedState;
  events: CompanionEvent[];
  say: Utterance;
}

export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** The fixed words of a template (its text between slots), long enough to notice when repeated. */
function skeletonOf(template: string): string[] {
  return template
    .split(/\{[A-Za-z0-9]+\}/)
    .map(squash)
    .filter((part) => part.length >= 12);
}

/** Was this (or its skeleton) said in the last few replies? */
export function saidRecently(ctx: Pick<TurnContext, "recent">, said: { text: string; template?: string }): boolean {
  const { text, template } = said;
  const last = ctx.recent.slice(-4);
  const plain = squash(text);
  if (plain.length > 0 && last.some((reply) => reply.includes(plain))) return true;
  if (template !== undefined) {
    const skeleton = skeletonOf(template);
    const previous = last.slice(-2);
    if (skeleton.length > 0 && previous.some((reply) => skeleton.every((part) => reply.includes(part)))) return true;
  }
  return false;
}

/** The `line` and `chooseLine` of a context: seeded, and wary of the last few replies. */
export function linesFor(ctx: Pick<TurnContext, "recent" | "random">): Lines {
  const chooseLine = (templates: readonly string[], slots: Slots = {}): string | null => pickLine(ctx, { templates, slots });
  return { chooseLine, line: (templates, slots) => chooseLine(templates, slots) ?? "" };
}

/**
 * One of the templates that can be filled, at random (seeded), preferring those not said in the last
 * few replies. Null when none can be filled.
 */
function pickLine(ctx: Pick<TurnContext, "recent" | "random">, choice: { templates: readonly string[]; slots: Slots }): string | null {
  const { templates, slots } = choice;
  const options: { text: string; template: string }[] = [];
  for (const template of templates) {
    const [text] = fillable([template], slots);
    if (text !== undefined) options.push({ text, template });
  }
  if (options.length === 0) return null;
  const fresh = options.filter((option) => !saidRecently(ctx, { text: option.text, template: option.template }));
  return ctx.random.pick(fresh.length > 0 ? fresh : options).text;
}

export function fixed(text: string, structured: Structured | null = null): Utterance {
  return { text, fixed: true, stage: null, structured, speaker: "companion" };
}

/** Words a model may put its own way, following `stage`. */
export function free(text: string, stage: string | null): Utterance {
  return { text, fixed: false, stage, structured: null, speaker: "companion" };
}

/** The same, with structured data for the app (buttons, a pause button…). */
export function freeWith(text: string, extra: { stage: string | null; structured: Structured | null }): Utterance {
  return { text, fixed: false, stage: extra.stage, structured: extra.structured, speaker: "companion" };
}

/** Join sentences into one reply. */
export function joinLines(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== null && part !== undefined && part.trim().length > 0)
    .map((part) => part.trim())
    .join(" ");
}
