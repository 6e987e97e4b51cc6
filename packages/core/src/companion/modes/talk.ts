// Talk: the built-in engine's free conversation, and the moves both engines share. A planner decides
// the move (reflect, offer to calm down or rehearse, follow up on an intention, bring in memory, turn
// toward people, invite to session); the built-in engine says it from talk.copy.ts, and a model is
// told the same move in its stage instruction — so a "yes" next turn means the same to both.

import { describeSince } from "../calendar.ts";
import { dependencyCopy } from "../copy/care.copy.ts";
import { stageInstructions } from "../copy/modes.copy.ts";
import { justListenCues, talkCopy } from "../copy/talk.copy.ts";
import type { CompanionEvent } from "../events.ts";
import { containsAny, countSentences, parseYesNo, wordsOf } from "../parse.ts";
import { flipPerson } from "../pronouns.ts";
import type { ClientReading, PersonRef } from "../reading.ts";
import { fillTemplate } from "../template.ts";
import type { DueFollowUp, MemoryItem } from "../types.ts";
import { localTime } from "../../time/index.ts";
import { free, joinLines, squash, type StepResult, type TurnContext } from "./context.ts";
import { advanceFollowUp, askFollowUp, progressOf } from "./follow-up.ts";
import { rehearsePrefillFrom } from "./rehearse.ts";
import type { OfferKind, PendingOffer, RehearsePrefill, SharedState, TalkFlow } from "./state.ts";

/** What the talk planner decided to do this turn. */
export type TalkMove =
  | { kind: "reflect" }
  | { kind: "offer"; offer: PendingOffer }
  | { kind: "follow-up"; followUp: DueFollowUp }
  | { kind: "nudge" }
  | { kind: "memory-thread"; item: MemoryItem }
  | { kind: "advice" }
  | { kind: "listen" };

/** A flow to start because the client accepted an offer or asked for a mode. */
export type FlowRequest =
  | { mode: "regulate"; before: number | null }
  | { mode: "rehearse"; prefill: RehearsePrefill }
  | { mode: "check-in" };

export interface TalkStep extends StepResult {
  /** Set when talk hands over to another flow; the caller starts it with this text as the lead. */
  start: FlowRequest | null;
}

const offerSpacing = 3;
const declineMemory = 6;
const momentSpacing = 8;

function canOffer(shared: SharedState, kind: OfferKind): boolean {
  if (shared.lastOfferTurn !== null && shared.turn - shared.lastOfferTurn < offerSpacing) return false;
  if (kind === "moment" && shared.lastMomentTurn !== null && shared.turn - shared.lastMomentTurn < momentSpacing) return false;
  return !shared.declined.some((declined) => declined.kind === kind && shared.turn - declined.turn < declineMemory);
}

function isNight(ctx: TurnContext): boolean {
  const { hour } = localTime(ctx.now, ctx.timeZone);
  return hour >= 23 || hour < 5;
}

const daysMs = 86_400_000;

/** A person they named now whom memory knows from at least two days ago. */
function rememberedPerson(reading: ClientReading, ctx: TurnContext): { person: PersonRef; item: MemoryItem } | null {
  for (const person of reading.people) {
    const item = ctx.memory.find((candidate) => candidate.kind === "person" && candidate.key === person.key);
    if (item !== undefined && ctx.now.getTime() - Date.parse(item.lastMentionedAt) >= 2 * daysMs) return { person, item };
  }
  return null;
}

/** An open thread from memory worth asking about (not mentioned in the last day), most recent first. */
function openThread(ctx: TurnContext): MemoryItem | null {
  const threads = ctx.memory
    .filter((item) => item.kind === "thread" && ctx.now.getTime() - Date.parse(item.lastMentionedAt) >= daysMs)
    .sort((a, b) => b.lastMentionedAt.localeCompare(a.lastMentionedAt));
  return threads[0] ?? null;
}

function dueFollowUp({ ctx, shared, reading }: { ctx: TurnContext; shared: SharedState; reading: ClientReading | null }): DueFollowUp | null {
  const open = ctx.dueFollowUps.filter((followUp) => !shared.asked.includes(followUp.id));
  if (reading !== null) {
    const mentioned = open.find((followUp) =>
      reading.people.some((person) => {
        const whom = (followUp.withWhom ?? followUp.what).toLowerCase();
        return whom.includes(person.asWritten.toLowerCase()) || (person.name !== null && whom.includes(person.name.toLowerCase()));
      }),
    );
    if (mentioned !== undefined) return mentioned;
  }
  return open[0] ?? null;
}

/** Someone from memory the client is close to (partner, friend, family), for turning outward. */
function closePerson(ctx: TurnContext): string | null {
  const people = ctx.memory
    .filter((item) => item.kind === "person" && item.relation !== "therapist" && item.relation !== "boss" && item.relation !== "manager" && item.relation !== "ex")
    .sort((a, b) => b.mentions - a.mentions);
  const item = people[0];
  if (item === undefined) return null;
  if (item.name !== undefined) return item.name;
  return item.relationship === undefined ? null : `your ${item.relationship}`;
}

function thread(item: MemoryItem): string {
  const flipped = flipPerson(item.text, { we: "you" });
  return flipped.charAt(0).toLowerCase() + flipped.slice(1);
}

/** The reflection of what they said, in their words. */
function reflect(reading: ClientReading, ctx: TurnContext): string | null {
  const firstWord = reading.feelings[0]?.word ?? null;
  const slots = {
    situation: reading.situation,
    feeling: reading.feelingClause,
    word: firstWord === null || firstWord.includes("…") ? null : firstWord,
    quote: reading.quote,
    person: reading.people[0]?.label ?? null,
  };
  if (reading.heavy && reading.quote !== null && reading.situation === null && reading.feelingClause === null) {
    return ctx.line(talkCopy.reflectHeavyQuote, slots);
  }
  if (reading.heavy && reading.quote !== null && /\b(i|my|myself|me)\b/i.test(reading.quote) && ctx.random.next() < 0.5) {
    return ctx.line(talkCopy.reflectHeavyQuote, slots);
  }
  if (reading.goodNews && reading.situation !== null) return ctx.line(talkCopy.reflectGood, slots);
  if (reading.ordinary && reading.situation !== null && reading.people.length === 0) return ctx.line(talkCopy.reflectOrdinary, slots);
  const situationLines = reading.situationIsClause ? talkCopy.reflectSituation : talkCopy.reflectFragment;
  const options: (readonly string[])[] = [];
  if (reading.situation !== null && reading.feelingClause !== null && reading.situationIsClause) options.push(talkCopy.reflectBoth);
  if (reading.feelingClause !== null) options.push(talkCopy.reflectFeeling);
  if (reading.situation !== null) options.push(situationLines);
  if (options.length === 0 && slots.word !== null) options.push(talkCopy.reflectWord);
  if (options.length === 0 && slots.person !== null) options.push(talkCopy.reflectPerson);
  if (options.length === 0 && reading.quote !== null) options.push(talkCopy.reflectQuote);
  if (options.length === 0) return null;
  // Prefer the richest reflection, but not always: variety is part of sounding attentive.
  const first = options[0] ?? [];
  const templates = options.length > 1 && ctx.random.next() < 0.25 ? (options[1] ?? first) : first;
  return ctx.chooseLine(templates, slots);
}

/** Feelings other than joy: what validation and "it's late" lines are for. */
function hardFeelings(reading: ClientReading): boolean {
  return reading.feelings.some((feeling) => feeling.theme !== "joy-and-pride");
}

function question(reading: ClientReading, ctx: TurnContext): string {
  const person = reading.people[0]?.label ?? null;
  if (reading.heavy) return ctx.line(talkCopy.askHeavy);
  if (reading.goodNews) return ctx.line(talkCopy.askGood);
  if (reading.ahead) return ctx.line(talkCopy.askAhead);
  const feelings = hardFeelings(reading);
  if (person !== null && (!feelings || ctx.random.next() < 0.5)) return ctx.line(talkCopy.askPerson, { person });
  if (feelings) return ctx.line(talkCopy.askFeeling);
  if (reading.situation !== null && !reading.situationIsClause) return ctx.line(talkCopy.askFragment);
  if (reading.situation !== null || reading.substance >= 4) {
    return ctx.line(reading.ordinary ? talkCopy.askNeutral : talkCopy.askSituation);
  }
  return ctx.line(isNight(ctx) ? [...talkCopy.askGeneralNight, ...talkCopy.askGeneral] : talkCopy.askGeneral);
}

function nudgeLine(ctx: TurnContext): string {
  const nudge = ctx.dependencyNudge;
  if (nudge !== null && nudge.reason !== "night-use") return ctx.line(dependencyCopy.nudgeExclusivity);
  const person = closePerson(ctx);
  return person === null ? ctx.line(dependencyCopy.nudge) : ctx.line([...dependencyCopy.nudgeWithPerson], { person });
}

interface Composed {
  text: string;
  stage: string | null;
  move: TalkMove;
}

/** Plan and say one talk reply to a client message. */
function compose({ reading, ctx, shared }: { reading: ClientReading; ctx: TurnContext; shared: SharedState }): Composed {
  const night = isNight(ctx);
  const due = dueFollowUp({ ctx, shared, reading });

  if (reading.exclusivity && !reading.asksWhatYouAre) {
    const nudged = ctx.dependencyNudge !== null && !shared.nudged;
    return { text: ctx.line(talkCopy.exclusivity), stage: stageInstructions.talk.exclusivity, move: nudged ? { kind: "nudge" } : { kind: "reflect" } };
  }

  if (reading.asksWhatYouAre) {
    // With a disclosure shown just before, the question is answered: carry on.
    const answer = ctx.disclosed === true ? null : ctx.line(talkCopy.whatAreYou);
    return { text: joinLines(answer, ctx.line(talkCopy.askGeneral)), stage: stageInstructions.talk.whatAreYou, move: { kind: "reflect" } };
  }

  if (reading.greeting && reading.substance <= 2) {
    if (due !== null) {
      const ask = askFollowUp(due, ctx);
      return { text: joinLines(ctx.line(["Hi.", "Hey.", "Hi, good to hear from you."]), ask.text), stage: ask.stage, move: { kind: "follow-up", followUp: due } };
    }
    const open = openThread(ctx);
    if (open !== null && ctx.random.next() < 0.6) {
      const slots = { since: describeSince({ then: open.lastMentionedAt, now: ctx.now }), thread: thread(open) };
      const text = joinLines(ctx.line(["Hi.", "Hey.", "Hi there."]), ctx.line(talkCopy.memoryThread, slots));
      return { text, stage: fillTemplate(stageInstructions.talk.memoryThread, slots), move: { kind: "memory-thread", item: open } };
    }
    return { text: ctx.line(night ? [...talkCopy.greetingNight, ...talkCopy.greeting] : talkCopy.greeting), stage: null, move: { kind: "reflect" } };
  }

  if (reading.thanks && reading.substance <= 4) {
    return { text: ctx.line(talkCopy.thanks), stage: null, move: { kind: "reflect" } };
  }

  if (reading.lowContent) {
    if (due !== null) {
      const ask = askFollowUp(due, ctx);
      return { text: joinLines(ctx.line(["That's okay.", "Fair enough.", "Okay."]), ask.text), stage: ask.stage, move: { kind: "follow-up", followUp: due } };
    }
    const open = openThread(ctx);
    if (open !== null && ctx.random.next() < 0.3) {
      const slots = { since: describeSince({ then: open.lastMentionedAt, now: ctx.now }), thread: thread(open) };
      return { text: joinLines("That's okay.", ctx.line(talkCopy.memoryThread, slots)), stage: fillTemplate(stageInstructions.talk.memoryThread, slots), move: { kind: "memory-thread", item: open } };
    }
    return { text: ctx.line(talkCopy.lowContent, { quote: reading.quote }), stage: null, move: { kind: "reflect" } };
  }

  const reflection = reflect(reading, ctx);
  const remembered = rememberedPerson(reading, ctx);
  const memoryCue =
    remembered === null ? null : ctx.line(talkCopy.memoryPerson, { person: remembered.person.label, since: describeSince({ then: remembered.item.lastMentionedAt, now: ctx.now }) });
  // Support fits what was said: nothing for an ordinary day, gladness for good news.
  let support: string | null = null;
  const hard = hardFeelings(reading);
  const theme = reading.feelings.find((feeling) => feeling.theme !== "joy-and-pride")?.theme;
  if (memoryCue !== null) support = memoryCue;
  else if (reading.heavy) support = ctx.line(talkCopy.validateHeavy);
  else if (hard && night && ctx.random.next() < 0.25) support = ctx.line(talkCopy.validateNight);
  else if (hard && theme !== undefined && ctx.random.next() < 0.65) {
    // "That makes sense" after shame or guilt could sound like agreeing with it: those get their own lines only.
    const generic = theme === "shame" || theme === "guilt" ? [] : talkCopy.validate.slice(0, 3);
    support = ctx.line([...talkCopy.validateByTheme[theme], ...generic]);
  }
  else if (reading.goodNews && reflection === null) support = ctx.line(talkCopy.validateByTheme["joy-and-pride"]);

  let closer: string;
  let stage: string | null = null;
  let move: TalkMove = { kind: "reflect" };
  const otherPerson = reading.hardConversation?.person?.label ?? null;
  if (reading.highDistress && canOffer(shared, "regulate")) {
    closer = ctx.line(talkCopy.offerRegulate);
    stage = stageInstructions.talk.offerRegulate;
    move = { kind: "offer", offer: { kind: "regulate", text: reading.text, rehearse: null, rating: reading.rating } };
  } else if (reading.hardConversation !== null && !reading.heavy && canOffer(shared, "rehearse")) {
    closer = otherPerson === null ? ctx.line(talkCopy.offerRehearse) : ctx.line(talkCopy.offerRehearsePerson, { person: otherPerson });
    stage = fillTemplate(stageInstructions.talk.offerRehearse, { other: otherPerson ?? "the other person" });
    move = { kind: "offer", offer: { kind: "rehearse", text: reading.text, rehearse: rehearsePrefillFrom(reading, ctx.memory), rating: null } };
  } else if (reading.asksAdvice) {
    closer = ctx.line(talkCopy.advice);
    stage = stageInstructions.talk.advice;
    move = { kind: "advice" };
  } else if (shared.justListen || reading.wantsJustListening || prefersListening(ctx)) {
    closer = ctx.line(talkCopy.presence);
    stage = stageInstructions.talk.justListen;
    move = { kind: "listen" };
  } else if (due !== null && !reading.heavy && (dueMentioned(due, reading) || shared.turn >= 3)) {
    const ask = askFollowUp(due, ctx);
    closer = ask.text;
    stage = ask.stage;
    move = { kind: "follow-up", followUp: due };
  } else if (ctx.dependencyNudge !== null && !shared.nudged && !reading.highDistress) {
    closer = nudgeLine(ctx);
    stage = "Turn them gently toward the people in their life now, as the dependency care instruction says.";
    move = { kind: "nudge" };
  } else if (
    canOffer(shared, "moment") &&
    (reading.momentCue || (reading.substance >= 6 && (reading.heavy || reading.feelings.length > 0) && shared.turn - (shared.lastMomentTurn ?? 0) >= momentSpacing))
  ) {
    closer = ctx.line(talkCopy.offerMoment);
    stage = stageInstructions.talk.offerMoment;
    move = { kind: "offer", offer: { kind: "moment", text: reading.text, rehearse: null, rating: null } };
  } else {
    closer = question(reading, ctx);
  }

  // 1–4 sentences, at most one question: the reflection and support never ask.
  const parts = [reflection, support, closer];
  let text = joinLines(...parts);
  if (countSentences(text) > 4) text = joinLines(reflection, closer);
  return { text, stage, move };
}

/** A kept preference like "I prefer when you just listen". */
function prefersListening(ctx: TurnContext): boolean {
  return ctx.memory.some((item) => item.kind === "preference" && containsAny(wordsOf(item.text), justListenCues));
}

function dueMentioned(due: DueFollowUp, reading: ClientReading): boolean {
  const whom = `${due.withWhom ?? ""} ${due.what}`.toLowerCase();
  return reading.people.some((person) => whom.includes(person.asWritten.toLowerCase()) || (person.name !== null && whom.includes(person.name.toLowerCase())));
}

/** `previous` is squashed already (the context keeps recent replies that way). */
function same(reply: string, previous: string | undefined): boolean {
  return previous !== undefined && squash(reply) === previous;
}

/** The built-in talk reply with the planner's move (no state change): also what `builtInReply` returns. */
export function composeTalk({ reading, ctx, shared }: { reading: ClientReading; ctx: TurnContext; shared: SharedState }): Composed {
  const previous = ctx.recent[ctx.recent.length - 1];
  let composed = compose({ reading, ctx, shared });
  for (let attempt = 0; attempt < 6 && same(composed.text, previous); attempt++) composed = compose({ reading, ctx, shared });
  if (same(composed.text, previous)) composed = { ...composed, text: joinLines(ctx.line(talkCopy.validate), composed.text.split(/(?<=[.!?])\s+/).slice(-1)[0]) };
  return composed;
}

function applyMove({ composed, flow, shared, ctx }: { composed: Composed; flow: TalkFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const events: CompanionEvent[] = [];
  let nextFlow: TalkFlow = { ...flow, offer: null, followUp: null };
  let nextShared = shared;
  const move = composed.move;
  switch (move.kind) {
    case "offer":
      nextFlow = { ...nextFlow, offer: move.offer };
      nextShared = { ...shared, lastOfferTurn: shared.turn, lastMomentTurn: move.offer.kind === "moment" ? shared.turn : shared.lastMomentTurn };
      break;
    case "follow-up":
      nextFlow = { ...nextFlow, followUp: progressOf(move.followUp) };
      nextShared = { ...shared, asked: [...shared.asked, move.followUp.id] };
      events.push({ type: "follow-up-asked", kind: move.followUp.kind, id: move.followUp.id });
      break;
    case "nudge":
      nextShared = { ...shared, nudged: true };
      if (ctx.dependencyNudge !== null) events.push({ type: "dependency-nudge-given", reason: ctx.dependencyNudge.reason });
      break;
    case "listen":
      nextShared = { ...shared, justListen: true };
      break;
    case "reflect":
    case "memory-thread":
    case "advice":
      break;
  }
  return { flow: nextFlow, shared: nextShared, events, say: free(composed.text, composed.stage) };
}

const againWords = ["another round", "another one", "again", "one more", "once more", "more breathing", "another exercise"];

export function advanceTalk({ flow, shared, ctx }: { flow: TalkFlow; shared: SharedState; ctx: TurnContext }): TalkStep {
  const reading = ctx.reading;
  if (reading === null) {
    // The companion opens a talk: a greeting, or a follow-up that is due.
    const due = dueFollowUp({ ctx, shared, reading: null });
    if (due !== null) {
      const ask = askFollowUp(due, ctx);
      const step = applyMove({ composed: { text: joinLines(ctx.line(["Hi.", "Hey."]), ask.text), stage: ask.stage, move: { kind: "follow-up", followUp: due } }, flow, shared, ctx });
      return { ...step, start: null };
    }
    const text = ctx.line(isNight(ctx) ? [...talkCopy.greetingNight, ...talkCopy.greeting] : talkCopy.greeting);
    return { flow, shared, events: [], say: free(text, ""), start: null };
  }

  // An open follow-up: is this the answer?
  if (flow.followUp !== null) {
    const step = advanceFollowUp({ progress: flow.followUp, ctx });
    if (step.say !== null) return { flow: { ...flow, followUp: step.progress, offer: null }, shared, events: step.events, say: step.say, start: null };
    flow = { ...flow, followUp: null };
  }

  // An open offer: yes, no, or something else entirely.
  if (flow.offer !== null) {
    const offer = flow.offer;
    const words = wordsOf(ctx.clientText);
    const answer = parseYesNo(ctx.clientText);
    const yes = answer === "yes" || (offer.kind === "regulate" && containsAny(words, againWords) && words.length <= 6);
    if (yes) {
      switch (offer.kind) {
        case "regulate":
          return { flow: { ...flow, offer: null }, shared, events: [], say: free("", ""), start: { mode: "regulate", before: reading.rating ?? offer.rating } };
        case "rehearse":
          return {
            flow: { ...flow, offer: null },
            shared,
            events: [],
            say: free("", ""),
            start: { mode: "rehearse", prefill: offer.rehearse ?? rehearsePrefillFrom({ hardConversation: null, people: [] }) },
          };
        case "moment": {
          const events: CompanionEvent[] = [{ type: "moment-requested", text: offer.text }];
          const text = joinLines(ctx.line(talkCopy.momentMarked), ctx.line(["Is there more you'd like to say about it?", "What else is on your mind?", "How are you doing with it now?"]));
          return { flow: { ...flow, offer: null }, shared, events, say: free(text, stageInstructions.talk.momentMarked), start: null };
        }
      }
    }
    if (answer === "no" && words.length <= 5) {
      const declinedShared: SharedState = { ...shared, declined: [...shared.declined, { kind: offer.kind, turn: shared.turn }] };
      const text = joinLines(ctx.line(talkCopy.offerDeclined), ctx.line(talkCopy.askGeneral));
      return { flow: { ...flow, offer: null }, shared: declinedShared, events: [], say: free(text, stageInstructions.talk.offerDeclined), start: null };
    }
    flow = { ...flow, offer: null };
  }

  if (reading.modeRequest !== null) {
    switch (reading.modeRequest) {
      case "rehearse":
        return { flow, shared, events: [], say: free("", ""), start: { mode: "rehearse", prefill: rehearsePrefillFrom(reading, ctx.memory) } };
      case "regulate":
        return { flow, shared, events: [], say: free("", ""), start: { mode: "regulate", before: reading.rating } };
      case "check-in":
        return { flow, shared, events: [], say: free("", ""), start: { mode: "check-in" } };
    }
  }

  const composed = composeTalk({ reading, ctx, shared });
  return { ...applyMove({ composed, flow, shared, ctx }), start: null };
}

