// Following up a due intention or practice inside a conversation: ask how it went, read the outcome
// (done / not yet / changed my mind) from the answer, ask one short debrief question, then record
// `intention-outcome` or `practice-debrief` with the client's own words.

import { describeDay } from "../calendar.ts";
import { stageInstructions } from "../copy/modes.copy.ts";
import { followUpCopy, outcomeKeywords } from "../copy/debrief.copy.ts";
import type { CompanionEvent } from "../events.ts";
import { phraseIndex, wordsOf } from "../parse.ts";
import { flipPerson } from "../pronouns.ts";
import { fillTemplate } from "../template.ts";
import { followUpOutcomes, type DueFollowUp, type FollowUpOutcome } from "../types.ts";
import { free, freeWith, type Structured, type TurnContext, type Utterance } from "./context.ts";
import type { FollowUpProgress } from "./state.ts";

export const outcomeChoices: Structured = {
  kind: "choices",
  purpose: "outcome",
  choices: followUpOutcomes.map((outcome) => ({ label: followUpCopy.outcomeLabels[outcome], send: followUpCopy.outcomeLabels[outcome] })),
};

/** Done, not yet, changed my mind — or null when the answer doesn't say. */
export function parseOutcome(text: string): FollowUpOutcome | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const joined = words.join(" ");
  for (const outcome of followUpOutcomes) {
    if (joined === followUpCopy.outcomeLabels[outcome].toLowerCase()) return outcome;
  }
  // The cue said first wins ("I told him I couldn't stay" is done; "not yet, I said I would" is not);
  // on a tie, the longer phrase.
  let best: { outcome: FollowUpOutcome; at: number; length: number } | null = null;
  for (const outcome of ["changed-my-mind", "not-yet", "done"] as const) {
    for (const phrase of outcomeKeywords[outcome]) {
      const at = phraseIndex(words, phrase);
      if (at < 0) continue;
      const length = phrase.split(" ").length;
      if (best === null || at < best.at || (at === best.at && length > best.length)) best = { outcome, at, length };
    }
  }
  return best?.outcome ?? null;
}

/** The intention in "you" words: "talk to my dad" → "talk to your dad". */
export function whatForClient(what: string): string {
  const flipped = flipPerson(what.trim().replace(/[.!?]+$/, ""), { we: "you" });
  return flipped.charAt(0).toLowerCase() + flipped.slice(1);
}

export function followUpSlots(followUp: Pick<DueFollowUp, "what" | "due">, ctx: Pick<TurnContext, "now" | "timeZone">): { when: string; what: string; practice: string } {
  return {
    when: describeDay({ date: followUp.due, now: ctx.now, timeZone: ctx.timeZone }),
    what: whatForClient(followUp.what),
    practice: followUp.what.trim().replace(/[.!?]+$/, ""),
  };
}

export function progressOf(followUp: DueFollowUp): FollowUpProgress {
  return {
    kind: followUp.kind,
    id: followUp.id,
    what: followUp.what,
    withWhom: followUp.withWhom ?? null,
    due: followUp.due,
    step: "outcome",
    outcome: null,
    note: "",
    retries: 0,
  };
}

/** "On Saturday you meant to talk to Ana — how did it go?" */
export function askFollowUp(followUp: DueFollowUp, ctx: TurnContext): Utterance {
  const slots = followUpSlots(followUp, ctx);
  if (followUp.kind === "intention") {
    return freeWith(ctx.line(followUpCopy.askIntention, slots), { stage: fillTemplate(stageInstructions.followUp.askIntention, slots) ?? "", structured: outcomeChoices });
  }
  const question = followUp.question === undefined || followUp.question === null || followUp.question.trim().length === 0 ? null : followUp.question.trim();
  if (question !== null) {
    const text = ctx.line(followUpCopy.askPracticeQuestion, { ...slots, question });
    return freeWith(text, { stage: `Step: ask about their practice "${slots.practice}" with their therapist's own question, as written: "${question}"`, structured: outcomeChoices });
  }
  return freeWith(ctx.line(followUpCopy.askPractice, slots), { stage: fillTemplate(stageInstructions.followUp.askPractice, slots) ?? "", structured: outcomeChoices });
}

export function outcomeEvent({ progress, outcome, note }: { progress: FollowUpProgress; outcome: FollowUpOutcome; note: string }): CompanionEvent {
  if (progress.kind === "intention") return { type: "intention-outcome", intentionId: progress.id, outcome, note };
  const [happened, noticed] = note.split("\n");
  return { type: "practice-debrief", practiceId: progress.id, outcome, happened: happened ?? null, felt: null, noticed: noticed ?? null, next: null };
}

export interface FollowUpStep {
  progress: FollowUpProgress | null;
  events: CompanionEvent[];
  say: Utterance | null;
}

/**
 * The client's answer while a follow-up is open. `say` is null when the answer wasn't about it after
 * all (the follow-up is dropped for this conversation and the message is treated as talk).
 */
export function advanceFollowUp({ progress, ctx }: { progress: FollowUpProgress; ctx: TurnContext }): FollowUpStep {
  const text = ctx.clientText.trim();
  if (progress.step === "outcome") {
    const outcome = parseOutcome(text);
    if (outcome === null) {
      if (progress.retries < 1) {
        const retry: FollowUpProgress = { ...progress, retries: progress.retries + 1, note: text };
        return { progress: retry, events: [], say: freeWith(followUpCopy.askOutcome, { stage: stageInstructions.followUp.askOutcome, structured: outcomeChoices }) };
      }
      return { progress: null, events: [], say: null };
    }
    const note = progress.note.length > 0 && progress.retries > 0 ? `${progress.note}\n${text}` : text;
    // A long answer already is the debrief: record it now.
    if (wordsOf(text).length >= 14) {
      return { progress: null, events: [outcomeEvent({ progress, outcome, note })], say: free(ctx.line(followUpCopy.close[outcome]), "Acknowledge how it went in a sentence or two, without grading it.") };
    }
    const next: FollowUpProgress = { ...progress, step: "debrief", outcome, note };
    const stage = fillTemplate(stageInstructions.followUp.debrief, { outcome: followUpCopy.outcomeLabels[outcome] }) ?? "";
    return { progress: next, events: [], say: free(ctx.line(followUpCopy.askDebrief[outcome]), stage) };
  }
  const outcome = progress.outcome ?? "done";
  const note = progress.note.length > 0 ? `${progress.note}\n${text}` : text;
  return {
    progress: null,
    events: [outcomeEvent({ progress, outcome, note })],
    say: free(ctx.line(followUpCopy.close[outcome]), "Thank them for telling you how it went, in a sentence or two, without grading it."),
  };
}
