// Regulate: distress 0–10 before → paced breathing, 5-4-3-2-1 grounding or a short body scan, step by
// step → distress after. Every reply here is fixed copy (regulate.copy.ts).

import { breathingPatterns, exerciseKeywords, regulateCopy, youPickWords } from "../copy/regulate.copy.ts";
import type { CompanionEvent } from "../events.ts";
import { containsAny, isStepOut, isUnsure, parseChoice, parseRating, wordsOf } from "../parse.ts";
import { flipPerson } from "../pronouns.ts";
import { fillTemplate } from "../template.ts";
import { exerciseKinds, type BreathingPattern, type ExerciseKind } from "../types.ts";
import { fixed, type Structured, type StepResult, type TurnContext, type Utterance } from "./context.ts";
import { talkFlow, type RegulateFlow, type SharedState } from "./state.ts";

const beforeScale: Structured = { kind: "scale", purpose: "distress-before", min: 0, max: 10, minLabel: "Calm", maxLabel: "The most I can imagine" };
const afterScale: Structured = { kind: "scale", purpose: "distress-after", min: 0, max: 10, minLabel: "Calm", maxLabel: "The most I can imagine" };
const exerciseChoices: Structured = {
  kind: "choices",
  purpose: "exercise",
  choices: exerciseKinds.map((kind) => ({ label: regulateCopy.exerciseLabels[kind], send: regulateCopy.exerciseLabels[kind] })),
};

const leaveWords = ["never mind", "nevermind", "forget it", "cancel", "quit", "exit", "not now", "i'm ok now", "i'm fine now", "leave it"];

/** A rating when the message is (nearly) just a number; in longer messages only "7/10"-style ratings count. */
export function ratingIn(ctx: TurnContext): number | null {
  const words = wordsOf(ctx.clientText);
  if (words.length === 0) return null;
  if (words.length <= 5) return parseRating(ctx.clientText);
  return ctx.reading?.rating ?? null;
}

export function breathingPatternFor(before: number | null): BreathingPattern {
  return before !== null && before >= 8 ? breathingPatterns.highDistress : breathingPatterns.standard;
}

function exerciseSteps(exercise: Exclude<ExerciseKind, "breathing">): readonly string[] {
  return exercise === "grounding" ? regulateCopy.grounding : regulateCopy.bodyScan;
}

function startExercise(exercise: ExerciseKind, before: number | null): Utterance {
  switch (exercise) {
    case "breathing": {
      const pattern = breathingPatternFor(before);
      const template = pattern.hold > 0 ? regulateCopy.breathing.start : regulateCopy.breathing.startNoHold;
      const text = fillTemplate(template, {
        inhale: String(pattern.inhale),
        hold: String(pattern.hold),
        exhale: String(pattern.exhale),
        cycles: String(pattern.cycles),
      });
      return fixed(text ?? "", { kind: "breathing", pattern });
    }
    case "grounding":
    case "body-scan": {
      const steps = exerciseSteps(exercise);
      return fixed(steps[0] ?? "", { kind: "exercise-step", exercise, step: 1, of: steps.length });
    }
  }
}

/** "the lamp, my phone and a mug" → "The lamp, your phone, a mug." — what they named, said back. */
function echoItems(text: string): string | null {
  if (isUnsure(text) || wordsOf(text).length <= 1) return null;
  const items = text
    .split(/,|;|\n|\band\b|\+/i)
    .map((item) => item.trim().replace(/[.!?]+$/, ""))
    .filter((item) => item.length > 0 && item.split(/\s+/).length <= 4);
  if (items.length < 2) return null;
  const said = items.slice(0, 3).map((item) => flipPerson(item).toLowerCase().replace(/\bi\b/g, "I"));
  return fillTemplate(regulateCopy.groundingEcho, { items: said.join(", ") });
}

function askAfter({ flow, shared, stoppedEarly }: { flow: RegulateFlow; shared: SharedState; stoppedEarly: boolean }): StepResult {
  return {
    flow: { ...flow, step: "after", finished: !stoppedEarly, retries: 0 },
    shared,
    events: [],
    say: fixed(stoppedEarly ? regulateCopy.stoppedEarly : regulateCopy.askAfter, afterScale),
  };
}

function chooseExercise(flow: RegulateFlow, shared: SharedState): StepResult {
  return { flow: { ...flow, step: "choose", retries: 0 }, shared, events: [], say: fixed(regulateCopy.askExercise, exerciseChoices) };
}

function leave(shared: SharedState, ctx: TurnContext): StepResult {
  const text = ctx.line(["Okay, we can leave it there. I'm here if you want to talk.", "That's fine — we can stop. What would help instead?"]);
  return { flow: talkFlow(), shared, events: [], say: fixed(text) };
}

export function advanceRegulate({ flow, shared, ctx }: { flow: RegulateFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const text = ctx.clientText;
  const words = wordsOf(text);
  switch (flow.step) {
    case "start": {
      if (flow.before !== null) return chooseExercise(flow, shared);
      const rating = ratingIn(ctx);
      if (rating !== null) {
        const events: CompanionEvent[] = [{ type: "distress-rating", phase: "before", value: rating, exercise: null }];
        return { ...chooseExercise({ ...flow, before: rating }, shared), events };
      }
      return { flow: { ...flow, step: "before", retries: 0 }, shared, events: [], say: fixed(ctx.line(regulateCopy.askBefore), beforeScale) };
    }
    case "before": {
      const rating = parseRating(text);
      if (rating !== null) {
        const events: CompanionEvent[] = [{ type: "distress-rating", phase: "before", value: rating, exercise: null }];
        return { ...chooseExercise({ ...flow, before: rating }, shared), events };
      }
      if (containsAny(words, leaveWords) || isStepOut(text)) return leave(shared, ctx);
      if (flow.retries < 1) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(regulateCopy.askBeforeAgain, beforeScale) };
      }
      return chooseExercise(flow, shared);
    }
    case "choose": {
      let exercise = parseChoice(
        text,
        exerciseKinds.map((kind) => ({ value: kind, keywords: exerciseKeywords[kind] })),
      );
      if (exercise === null && (containsAny(words, youPickWords) || isUnsure(text) || flow.retries >= 1)) exercise = "breathing";
      if (exercise === null && (containsAny(words, leaveWords) || isStepOut(text))) return leave(shared, ctx);
      if (exercise === null) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(regulateCopy.askExerciseAgain, exerciseChoices) };
      }
      return {
        flow: { ...flow, step: "exercise", exercise, exerciseStep: 0, retries: 0 },
        shared,
        events: [],
        say: startExercise(exercise, flow.before),
      };
    }
    case "exercise": {
      const exercise = flow.exercise ?? "breathing";
      const stopping = isStepOut(text) || containsAny(words, leaveWords);
      if (exercise === "breathing") {
        return askAfter({ flow, shared, stoppedEarly: stopping });
      }
      if (stopping) return askAfter({ flow, shared, stoppedEarly: true });
      const steps = exerciseSteps(exercise);
      const nextStep = flow.exerciseStep + 1;
      if (nextStep >= steps.length) return askAfter({ flow: { ...flow, exerciseStep: nextStep }, shared, stoppedEarly: false });
      const echo = exercise === "grounding" ? echoItems(text) : null;
      const stepText = steps[nextStep] ?? "";
      return {
        flow: { ...flow, exerciseStep: nextStep },
        shared,
        events: [],
        say: fixed(echo === null ? stepText : `${echo} ${stepText}`, { kind: "exercise-step", exercise, step: nextStep + 1, of: steps.length }),
      };
    }
    case "after": {
      const rating = parseRating(text);
      if (rating === null && flow.retries < 1 && !isStepOut(text)) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(regulateCopy.askAfterAgain, afterScale) };
      }
      const exercise = flow.exercise ?? "breathing";
      const events: CompanionEvent[] = [];
      if (rating !== null) events.push({ type: "distress-rating", phase: "after", value: rating, exercise });
      events.push({ type: "exercise-completed", exercise, before: flow.before, after: rating, finished: flow.finished });
      const slots = { before: flow.before === null ? null : String(flow.before), after: rating === null ? null : String(rating) };
      let close: string;
      if (rating === null || flow.before === null) close = ctx.line(regulateCopy.closeNoRating);
      else if (rating < flow.before) close = ctx.line(regulateCopy.closeLower, slots);
      else if (rating === flow.before) close = ctx.line(regulateCopy.closeSame, slots);
      else close = ctx.line(regulateCopy.closeHigher, slots);
      // "Another round?" is an offer: a yes in talk starts again from this rating.
      const again = rating !== null && flow.before !== null && rating >= flow.before;
      const next = again ? { ...talkFlow(), offer: { kind: "regulate" as const, text: "", rehearse: null, rating } } : talkFlow();
      return { flow: next, shared: again ? { ...shared, lastOfferTurn: shared.turn } : shared, events, say: fixed(close) };
    }
  }
}
