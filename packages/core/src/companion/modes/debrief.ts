// Debrief: after a real-life conversation or a practice. Which one (when several are due) → what
// happened → the outcome (read from the answer, or asked) → how it felt → what they noticed → what
// next. Records `intention-outcome`, `practice-debrief` or, for something not linked,
// `debrief-completed`; a "next" with a date ("I'll try again on Friday") becomes a new intention.

import { formatDate, parseWhen } from "../calendar.ts";
import { debriefCopy } from "../copy/debrief.copy.ts";
import { stageInstructions } from "../copy/modes.copy.ts";
import type { CompanionEvent } from "../events.ts";
import { containsAny, isUnsure, normalise, parseChoice, wordsOf } from "../parse.ts";
import { fillTemplate } from "../template.ts";
import type { DueFollowUp } from "../types.ts";
import { fixed, free, type Structured, type StepResult, type TurnContext } from "./context.ts";
import { followUpSlots, outcomeChoices, parseOutcome, whatForClient } from "./follow-up.ts";
import { talkFlow, type DebriefFlow, type DebriefTarget, type SharedState } from "./state.ts";

function targetOf(followUp: DueFollowUp): DebriefTarget {
  return { kind: followUp.kind, id: followUp.id, what: followUp.what, withWhom: followUp.withWhom ?? null, due: followUp.due };
}

function answer(text: string): string | null {
  if (isUnsure(text)) return null;
  const cleaned = text.trim();
  return cleaned.length === 0 ? null : cleaned;
}

function whichChoices(targets: readonly DebriefTarget[]): Structured {
  return {
    kind: "follow-up-choice",
    followUps: targets.map((target, index) => ({ kind: target.kind, id: target.id, send: String(index + 1) })),
    other: { label: debriefCopy.otherLabel, send: debriefCopy.otherLabel },
  };
}

function askWhich(targets: readonly DebriefTarget[], { again }: { again: boolean }): string {
  const list = targets.map((target, index) => `${index + 1}. ${target.what.trim().replace(/[.!?]+$/, "")}`).join("\n");
  return fillTemplate(again ? debriefCopy.askWhichAgain : debriefCopy.askWhich, { list }) ?? "";
}

function askHappened({ flow, shared, ctx }: { flow: DebriefFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const target = flow.target;
  let text: string;
  if (target === null) text = ctx.line(debriefCopy.askHappened);
  else if (target.kind === "intention") text = ctx.line(debriefCopy.askHappenedFollowUp, followUpSlots(target, ctx));
  else text = ctx.line(debriefCopy.askHappenedPractice, followUpSlots(target, ctx));
  return { flow: { ...flow, step: "happened", retries: 0 }, shared, events: [], say: free(text, stageInstructions.debrief.happened) };
}

function askFelt({ flow, shared, ctx }: { flow: DebriefFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  return { flow: { ...flow, step: "felt", retries: 0 }, shared, events: [], say: free(ctx.line(debriefCopy.askFelt), stageInstructions.debrief.felt) };
}

function finish({ flow, shared, ctx }: { flow: DebriefFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const events: CompanionEvent[] = [];
  const target = flow.target;
  const note = [flow.happened, flow.felt, flow.noticed, flow.next].filter((part): part is string => part !== null).join("\n");
  if (target !== null && flow.outcome !== null) {
    if (target.kind === "intention") events.push({ type: "intention-outcome", intentionId: target.id, outcome: flow.outcome, note });
    else events.push({ type: "practice-debrief", practiceId: target.id, outcome: flow.outcome, happened: flow.happened, felt: flow.felt, noticed: flow.noticed, next: flow.next });
  } else {
    events.push({ type: "debrief-completed", happened: flow.happened, felt: flow.felt, noticed: flow.noticed, next: flow.next });
  }
  let lead: string | null = null;
  const when = flow.next === null ? null : parseWhen({ text: flow.next, now: ctx.now, timeZone: ctx.timeZone });
  if (flow.next !== null && when !== null) {
    const what = flow.next
      .replace(new RegExp(`\\s*\\b${when.matched.split(" ").join("\\s+")}\\b`, "i"), "")
      .replace(/^(i'll|ill|i will|i'm going to|im going to|going to|gonna|i want to|i'd like to|maybe|try to|to)\s+/i, "")
      .replace(/[.!?\s]+$/, "")
      .trim();
    if (what.split(/\s+/).length >= 2) {
      events.push({ type: "intention-created", what, withWhom: target?.withWhom ?? null, due: when.date, dueText: when.matched, source: "debrief" });
      lead = fillTemplate(debriefCopy.nextIntentionSet, { what: whatForClient(what), date: formatDate(when.date) });
    }
  }
  const close = ctx.line(debriefCopy.close);
  const moment = flow.happened ?? flow.noticed ?? "";
  return {
    flow: { ...talkFlow(), offer: moment.length > 0 ? { kind: "moment", text: [flow.happened, flow.noticed].filter((part) => part !== null).join("\n"), rehearse: null, rating: null } : null },
    shared: { ...shared, lastMomentTurn: shared.turn, lastOfferTurn: shared.turn },
    events,
    say: lead === null ? free(close, "Thank them for going through it, and ask whether they'd like to mark any of it to bring to their next session.") : fixed(`${lead} ${close}`),
  };
}

export function advanceDebrief({ flow, shared, ctx }: { flow: DebriefFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const text = ctx.clientText;
  switch (flow.step) {
    case "start": {
      const choices = ctx.dueFollowUps.map(targetOf);
      const substantive = wordsOf(text).length >= 6;
      if (choices.length === 1) {
        const started: DebriefFlow = { ...flow, target: choices[0] ?? null, choices };
        if (substantive) return advanceDebrief({ flow: { ...started, step: "happened" }, shared, ctx });
        return askHappened({ flow: started, shared, ctx });
      }
      if (choices.length > 1) {
        return { flow: { ...flow, step: "which", choices, retries: 0 }, shared, events: [], say: fixed(askWhich(choices, { again: false }), whichChoices(choices)) };
      }
      if (substantive) return advanceDebrief({ flow: { ...flow, step: "happened" }, shared, ctx });
      return askHappened({ flow, shared, ctx });
    }
    case "which": {
      const picked = parseChoice(text, [
        ...flow.choices.map((target) => ({ value: target.id, keywords: [normalise(target.what), ...(target.withWhom === null ? [] : [normalise(target.withWhom)])] })),
        { value: "\u0000other", keywords: ["something else", "other", "none", "neither"] },
      ]);
      const target = flow.choices.find((choice) => choice.id === picked) ?? null;
      if (picked === null && flow.retries < 1) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(askWhich(flow.choices, { again: true }), whichChoices(flow.choices)) };
      }
      return askHappened({ flow: { ...flow, target }, shared, ctx });
    }
    case "happened": {
      const happened = answer(text);
      const outcome = flow.target === null ? null : parseOutcome(text);
      const next: DebriefFlow = { ...flow, happened, outcome };
      if (flow.target !== null && outcome === null) {
        return { flow: { ...next, step: "outcome", retries: 0 }, shared, events: [], say: fixed(debriefCopy.askOutcome, outcomeChoices) };
      }
      return askFelt({ flow: next, shared, ctx });
    }
    case "outcome": {
      const outcome = parseOutcome(text);
      if (outcome === null && flow.retries < 1 && !containsAny(wordsOf(text), ["skip"])) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(debriefCopy.askOutcomeAgain, outcomeChoices) };
      }
      return askFelt({ flow: { ...flow, outcome }, shared, ctx });
    }
    case "felt":
      return {
        flow: { ...flow, step: "noticed", felt: answer(text) },
        shared,
        events: [],
        say: free(ctx.line(debriefCopy.askNoticed), stageInstructions.debrief.noticed),
      };
    case "noticed":
      return {
        flow: { ...flow, step: "next", noticed: answer(text) },
        shared,
        events: [],
        say: free(ctx.line(debriefCopy.askNext), stageInstructions.debrief.next),
      };
    case "next":
      return finish({ flow: { ...flow, next: answer(text) }, shared, ctx });
  }
}
