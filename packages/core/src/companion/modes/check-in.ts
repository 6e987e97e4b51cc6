// Check-in: mood 0–10 with a word, then (when asked for, or offered and accepted) the PHQ-9 or the
// GAD-7 item by item with the exact wording and options, scored with its band. A PHQ-9 item 9
// answer above 0 emits `phq9-item9-positive` at once: the server starts the safety flow. All fixed.

import {
  parseDifficultyAnswer,
  parseFrequencyAnswer,
  questionnaireDefinition,
  scoreQuestionnaire,
  type InstrumentId,
} from "../../questionnaires/index.ts";
import { checkInCopy } from "../copy/check-in.copy.ts";
import type { CompanionEvent } from "../events.ts";
import { containsAny, isStepOut, isUnsure, parseChoice, parseRating, parseYesNo, wordsOf } from "../parse.ts";
import { fillTemplate } from "../template.ts";
import { fixed, type Structured, type StepResult, type TurnContext, type Utterance } from "./context.ts";
import { talkFlow, type CheckInFlow, type SharedState } from "./state.ts";

const moodScale: Structured = { kind: "scale", purpose: "mood", min: 0, max: 10, minLabel: "The lowest", maxLabel: "The best" };
const questionnaireChoices: Structured = {
  kind: "choices",
  purpose: "questionnaire",
  choices: [
    { label: checkInCopy.questionnaireLabels.phq9, send: checkInCopy.questionnaireLabels.phq9 },
    { label: checkInCopy.questionnaireLabels.gad7, send: checkInCopy.questionnaireLabels.gad7 },
    { label: checkInCopy.questionnaireLabels.none, send: checkInCopy.questionnaireLabels.none },
  ],
};

const stopWords = ["stop", "quit", "cancel", "exit", "never mind", "nevermind", "i want to stop", "can we stop", "not now", "later"];
const numberWords = new Set(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "out", "of", "about", "a", "an", "like", "maybe", "around", "i'd", "say", "i'm", "at", "is", "it's", "its", "my", "mood", "and", "but", "pretty", "feeling", "feel", "i", "so", "bit", "kind", "kinda", "very", "really", "quite", "just", "tbh", "honestly", "today", "tonight", "rn", "right", "now"]);

/** The word after a number: "6, tired" → "tired". */
function moodWordIn(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 1 && !numberWords.has(word));
  if (words.length === 0 || words.length > 3) return null;
  return words.join(" ");
}

function cleanWord(text: string): string | null {
  if (isUnsure(text) || parseYesNo(text) === "no") return null;
  const cleaned = text.trim().replace(/^["'\s]+|["'.!?\s]+$/g, "");
  if (cleaned.length === 0) return null;
  return cleaned.length > 40 ? `${cleaned.slice(0, 40).trim()}…` : cleaned;
}

function itemUtterance({ instrument, index, intro, prefix }: { instrument: InstrumentId; index: number; intro: boolean; prefix?: string }): Utterance {
  const definition = questionnaireDefinition(instrument);
  const item = definition.items[index];
  if (item === undefined) throw new RangeError(`${definition.name} has no item ${index + 1}`);
  const count = String(definition.items.length);
  const numbered = `${fillTemplate(checkInCopy.itemPrefix, { number: String(index + 1), count }) ?? ""}${item.text}`;
  const introduction = intro ? `${fillTemplate(checkInCopy.intro, { name: definition.name, count, stem: definition.stem }) ?? ""}\n\n` : "";
  const text = `${prefix === undefined ? "" : `${prefix}\n\n`}${introduction}${numbered}`;
  return fixed(text, {
    kind: "questionnaire-item",
    instrument,
    name: definition.name,
    item: index + 1,
    of: definition.items.length,
    stem: definition.stem,
    text: item.text,
    options: definition.options,
  });
}

function functionalUtterance(instrument: InstrumentId, prefix: string | null): Utterance {
  const definition = questionnaireDefinition(instrument);
  const text = definition.functionalItem.text;
  return fixed(prefix === null ? text : `${prefix}\n\n${text}`, {
    kind: "questionnaire-functional",
    instrument,
    text,
    options: definition.functionalItem.options.map((option, value) => ({ value, text: option })),
  });
}

function startQuestionnaire({ flow, shared, instrument, prefix }: { flow: CheckInFlow; shared: SharedState; instrument: InstrumentId; prefix: string | null }): StepResult {
  return {
    flow: { ...flow, step: "item", instrument, answers: [], queue: flow.queue.filter((queued) => queued !== instrument), retries: 0 },
    shared,
    events: [],
    say: itemUtterance(prefix === null ? { instrument, index: 0, intro: true } : { instrument, index: 0, intro: true, prefix }),
  };
}

function afterMood({ flow, shared, saved }: { flow: CheckInFlow; shared: SharedState; saved: string | null }): StepResult {
  const next = flow.queue[0];
  if (next !== undefined) return startQuestionnaire({ flow, shared, instrument: next, prefix: saved });
  const text = saved === null ? checkInCopy.offerQuestionnaire : `${saved} ${checkInCopy.offerQuestionnaire}`;
  return { flow: { ...flow, step: "offer", retries: 0 }, shared, events: [], say: fixed(text, questionnaireChoices) };
}

function moodEvent(score: number, word: string | null): CompanionEvent {
  return { type: "check-in-completed", instrument: "mood", score, word };
}

function moodSaved(score: number, word: string | null): string {
  return (word === null ? fillTemplate(checkInCopy.moodSavedNoWord, { score: String(score) }) : fillTemplate(checkInCopy.moodSaved, { score: String(score), word })) ?? "";
}

function stopped(shared: SharedState): StepResult {
  return { flow: talkFlow(), shared, events: [], say: fixed(checkInCopy.stopped) };
}

function complete({ flow, shared, ctx, functional }: { flow: CheckInFlow; shared: SharedState; ctx: TurnContext; functional: number | null }): StepResult {
  const instrument = flow.instrument ?? "phq9";
  const definition = questionnaireDefinition(instrument);
  const score = scoreQuestionnaire({ instrument, answers: flow.answers });
  const events: CompanionEvent[] = [
    { type: "check-in-completed", instrument, score: score.total, band: score.band, answers: [...flow.answers], functional },
  ];
  const done =
    fillTemplate(checkInCopy.completed, {
      count: String(definition.items.length),
      total: String(score.total),
      max: String(definition.items.length * 3),
    }) ?? "";
  const next = flow.queue[0];
  if (next !== undefined) {
    const started = startQuestionnaire({ flow: { ...flow, answers: [] }, shared, instrument: next, prefix: done });
    return { ...started, events };
  }
  return { flow: talkFlow(), shared, events, say: fixed(`${done} ${ctx.line(checkInCopy.afterCheckIn)}`) };
}

export function advanceCheckIn({ flow, shared, ctx }: { flow: CheckInFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const text = ctx.clientText;
  const words = wordsOf(text);
  switch (flow.step) {
    case "start": {
      const rating = words.length > 0 && words.length <= 5 ? parseRating(text) : null;
      if (rating !== null) {
        const word = moodWordIn(text);
        if (word !== null) return { ...afterMood({ flow: { ...flow, mood: rating }, shared, saved: moodSaved(rating, word) }), events: [moodEvent(rating, word)] };
        return { flow: { ...flow, step: "mood-word", mood: rating, retries: 0 }, shared, events: [], say: fixed(ctx.line(checkInCopy.askMoodWord)) };
      }
      return { flow: { ...flow, step: "mood", retries: 0 }, shared, events: [], say: fixed(ctx.line(checkInCopy.askMood), moodScale) };
    }
    case "mood": {
      const rating = parseRating(text);
      if (rating === null) {
        if (containsAny(words, stopWords) || isStepOut(text)) return stopped(shared);
        if (flow.retries < 1) return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(checkInCopy.askMoodAgain, moodScale) };
        return afterMood({ flow: { ...flow, retries: 0 }, shared, saved: null });
      }
      const word = moodWordIn(text);
      if (word !== null) return { ...afterMood({ flow: { ...flow, mood: rating }, shared, saved: moodSaved(rating, word) }), events: [moodEvent(rating, word)] };
      return { flow: { ...flow, step: "mood-word", mood: rating, retries: 0 }, shared, events: [], say: fixed(ctx.line(checkInCopy.askMoodWord)) };
    }
    case "mood-word": {
      const word = cleanWord(text);
      const score = flow.mood ?? 0;
      return { ...afterMood({ flow, shared, saved: moodSaved(score, word) }), events: [moodEvent(score, word)] };
    }
    case "offer": {
      const choice = parseChoice(text, [
        { value: "phq9", keywords: ["phq 9", "phq9", "phq", "mood one", "depression", "first"] },
        { value: "gad7", keywords: ["gad 7", "gad7", "gad", "worry", "anxiety", "second"] },
        { value: "none", keywords: ["not now", "none", "neither", "no", "skip", "later", "no thanks", "not today"] },
      ] as const);
      if (choice === "phq9" || choice === "gad7") return startQuestionnaire({ flow, shared, instrument: choice, prefix: null });
      if (choice === "none" || parseYesNo(text) === "no" || flow.retries >= 1) {
        return { flow: talkFlow(), shared, events: [], say: fixed(ctx.line(checkInCopy.declined)) };
      }
      return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: fixed(checkInCopy.offerQuestionnaireAgain, questionnaireChoices) };
    }
    case "item": {
      const instrument = flow.instrument ?? "phq9";
      const definition = questionnaireDefinition(instrument);
      const index = flow.answers.length;
      const value = parseFrequencyAnswer(text);
      if (value === null) {
        if (containsAny(words, stopWords) || isStepOut(text)) return stopped(shared);
        // Alternate the wording of the re-ask so two replies in a row are never the same.
        const prefix = flow.retries % 2 === 0 ? checkInCopy.answerAgain : "No rush.";
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: itemUtterance({ instrument, index, intro: false, prefix }) };
      }
      const answers = [...flow.answers, value];
      const events: CompanionEvent[] = [];
      const item = definition.items[index];
      if (instrument === "phq9" && item?.safetyItem === true && value > 0) events.push({ type: "phq9-item9-positive", value });
      const next: CheckInFlow = { ...flow, answers, retries: 0 };
      if (answers.length < definition.items.length) {
        return { flow: next, shared, events, say: itemUtterance({ instrument, index: answers.length, intro: false }) };
      }
      const total = answers.reduce((sum, answer) => sum + answer, 0);
      if (total > 0) return { flow: { ...next, step: "functional" }, shared, events, say: functionalUtterance(instrument, null) };
      const completed = complete({ flow: next, shared, ctx, functional: null });
      return { ...completed, events: [...events, ...completed.events] };
    }
    case "functional": {
      const value = parseDifficultyAnswer(text);
      if (value === null && flow.retries < 1 && !isStepOut(text) && !containsAny(words, stopWords)) {
        return { flow: { ...flow, retries: flow.retries + 1 }, shared, events: [], say: functionalUtterance(flow.instrument ?? "phq9", checkInCopy.functionalAgain) };
      }
      return complete({ flow, shared, ctx, functional: value });
    }
  }
}
