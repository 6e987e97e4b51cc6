// Rehearse: set-up (who, the relationship, what the client wants to say, what they fear hearing, how
// hard the other person should be) → role-play (the built-in engine speaks as the other person,
// picking a typical reaction fitted to the set-up and difficulty, varying over turns, using the
// client's last line) → pause and step out → debrief (hardest, body, keep) → an intention (what,
// with whom, by when) → back to talk.

import { stageInstructions, difficultyGuides, reactionGuides } from "../copy/modes.copy.ts";
import { againWords, defaultIntentionWhat, rehearseCopy } from "../copy/rehearse.copy.ts";
import { localDateOf, shiftDate } from "../../time/index.ts";
import { formatDate, parseWhen } from "../calendar.ts";
import type { CompanionEvent, RehearsalNotes } from "../events.ts";
import { capitalise, containsAny, isStepOut, isUnsure, parseChoice, parseYesNo, wordsOf } from "../parse.ts";
import { flipPerson } from "../pronouns.ts";
import { readClientText, type PersonRef } from "../reading.ts";
import { fillTemplate } from "../template.ts";
import { difficulties, reactionKinds, type Difficulty, type MemoryItem, type ReactionKind } from "../types.ts";
import { whatForClient } from "./follow-up.ts";
import { fixed, free, freeWith, joinLines, type Structured, type StepResult, type TurnContext, type Utterance } from "./context.ts";
import { talkFlow, type RehearseFlow, type RehearsePrefill, type SharedState } from "./state.ts";

const difficultyChoices: Structured = {
  kind: "choices",
  purpose: "difficulty",
  choices: difficulties.map((difficulty) => ({ label: rehearseCopy.difficultyLabels[difficulty], send: rehearseCopy.difficultyLabels[difficulty] })),
};

const difficultyKeywords: Readonly<Record<Difficulty, readonly string[]>> = {
  gentle: ["gentle", "gently", "easy", "soft", "kind", "nice", "go easy", "easy on me"],
  realistic: ["realistic", "real", "normal", "medium", "usual", "like they are", "like he is", "like she is", "as they are", "how they are", "realistically", "honest"],
  tough: ["tough", "hard", "harsh", "difficult", "brutal", "worst", "mean", "cold", "challenging", "don't hold back"],
};

const leaveWords = ["never mind", "nevermind", "forget it", "cancel", "quit", "exit", "i don't want to do this", "stop the rehearsal"];

export type RelationshipGroup = "parent" | "partner" | "work" | "friend";

const groupWords: Readonly<Record<RelationshipGroup, readonly string[]>> = {
  parent: ["mother", "father", "parents", "stepmother", "stepfather", "mum", "mom", "dad", "mam", "mama", "papa", "parent", "mother-in-law", "father-in-law"],
  partner: ["partner", "boyfriend", "girlfriend", "husband", "wife", "fiance", "fiancee", "ex", "bf", "gf", "spouse"],
  work: ["boss", "manager", "colleague", "colleagues", "teacher", "supervisor", "coworker", "co-worker", "team lead", "lead"],
  friend: ["friend", "best friend", "friends", "flatmate", "roommate", "housemate", "mate", "bestie"],
};

export function relationshipGroupOf(relationship: string | null): RelationshipGroup | null {
  if (relationship === null) return null;
  const words = relationship.toLowerCase().split(/\s+/);
  for (const group of ["parent", "partner", "work", "friend"] as const) {
    if (groupWords[group].some((word) => words.includes(word) || relationship.toLowerCase() === word)) return group;
  }
  return null;
}

function roleplayStructured(): Structured {
  return { kind: "role-play", pause: { label: rehearseCopy.pauseLabel, send: "pause" } };
}

function otherOf(flow: RehearseFlow): string {
  return flow.other ?? "them";
}

function summaryOf(flow: RehearseFlow): RehearsalNotes {
  return {
    withWhom: flow.withWhom ?? "someone",
    relationship: flow.relationship,
    wantToSay: flow.say === null || flow.say.length === 0 ? null : flow.say,
    fearToHear: flow.fear === null || flow.fear.length === 0 ? null : flow.fear,
    difficulty: flow.difficulty ?? "realistic",
    rolePlayTurns: flow.turns,
    hardest: flow.hardest,
    body: flow.body,
    keep: flow.keep,
  };
}

function cleanAnswer(text: string): string | null {
  if (isUnsure(text)) return null;
  const cleaned = text.trim().replace(/\s+/g, " ").replace(/^["'\s]+|["'\s]+$/g, "");
  return cleaned.length === 0 ? null : cleaned;
}

/** The person in the answer to "who is it with?". */
function whoFrom(ctx: TurnContext, text: string): { person: PersonRef | null; raw: string | null } {
  const reading = ctx.reading ?? readClientText({ text, memory: ctx.memory });
  const person = reading.hardConversation?.person ?? reading.people[0] ?? null;
  if (person !== null) return { person, raw: person.asWritten };
  const words = wordsOf(text);
  if (words.length > 0 && words.length <= 4 && !isUnsure(text)) {
    const raw = text.trim().replace(/[.!?]+$/, "").replace(/^(with|to)\s+/i, "");
    return { person: null, raw };
  }
  return { person: null, raw: null };
}

function labelFor(raw: string): string {
  const mine = /^(my|our)\s+/i.test(raw);
  if (mine) return raw.replace(/^(my|our)\s+/i, "your ");
  // A bare name typed in lower case: capitalise it for saying back.
  return /^[a-z]+$/.test(raw) ? capitalise(raw) : raw;
}

/** The next set-up question, or the start of the role-play once everything is known. */
function nextSetupStep({ flow, shared, ctx, lead = null }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext; lead?: string | null }): StepResult {
  const other = otherOf(flow);
  const slots = { other };
  const say = (step: RehearseFlow["step"], text: string, stage: string, structured: Structured | null = null): StepResult => ({
    flow: { ...flow, step, retries: 0 },
    shared,
    events: [],
    say: freeWith(joinLines(lead, text), { stage: stage, structured: structured }),
  });
  if (flow.withWhom === null) {
    const opening = lead === null && flow.step === "start" ? rehearseCopy.setUpLead : null;
    return say("who", joinLines(opening, ctx.line(rehearseCopy.askWho)), stageInstructions.rehearse.who);
  }
  if (flow.relationship === null && flow.name !== null && flow.step !== "relationship") {
    return say("relationship", ctx.line(rehearseCopy.askRelationship, slots), fillTemplate(stageInstructions.rehearse.relationship, slots) ?? "");
  }
  if (flow.say === null && !["say", "fear", "difficulty"].includes(flow.step)) {
    return say("say", ctx.line(rehearseCopy.askSay, slots), fillTemplate(stageInstructions.rehearse.say, slots) ?? "");
  }
  if (flow.fear === null && !["fear", "difficulty"].includes(flow.step)) {
    return say("fear", ctx.line(rehearseCopy.askFear, slots), fillTemplate(stageInstructions.rehearse.fear, slots) ?? "");
  }
  if (flow.difficulty === null) {
    const text = fillTemplate(rehearseCopy.askDifficulty, slots) ?? "";
    return { flow: { ...flow, step: "difficulty", retries: 0 }, shared, events: [], say: fixed(joinLines(lead, text), difficultyChoices) };
  }
  return startRolePlay({ flow, shared, ctx, lead });
}

function startRolePlay({ flow, shared, ctx, lead }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext; lead: string | null }): StepResult {
  const other = otherOf(flow);
  const difficulty = flow.difficulty ?? "realistic";
  const slots = { other, difficultyPhrase: rehearseCopy.difficultyPhrases[difficulty] };
  return {
    flow: { ...flow, step: "role-play", turns: 0, reactions: [], fearUsed: false, reminderGiven: false, retries: 0 },
    shared,
    events: [],
    say: freeWith(joinLines(lead, ctx.line(rehearseCopy.start, slots)), { stage: fillTemplate(stageInstructions.rehearse.start, slots) ?? "", structured: roleplayStructured() }),
  };
}

const baseWeights: Readonly<Record<Difficulty, Readonly<Record<ReactionKind, number>>>> = {
  gentle: { defensive: 15, dismissive: 10, hurt: 20, receptive: 55 },
  realistic: { defensive: 30, dismissive: 20, hurt: 20, receptive: 30 },
  tough: { defensive: 40, dismissive: 35, hurt: 15, receptive: 10 },
};

const blameCues = ["you always", "you never", "your fault", "you don't care", "you dont care", "you don't listen", "you make me", "you're so", "you are so", "you ruined"];
const ownFeelingCues = ["i feel", "i felt", "i need", "i'd like", "i would like", "i want", "it hurt me", "i've been", "i miss", "i'm scared", "i'm worried", "i care", "i love"];

/** The other person's reaction to the client's line: fitted to the difficulty, the line, and the turns so far. */
export function chooseReaction({ flow, text, ctx }: { flow: RehearseFlow; text: string; ctx: Pick<TurnContext, "random"> }): ReactionKind {
  const difficulty = flow.difficulty ?? "realistic";
  const weights: Record<ReactionKind, number> = { ...baseWeights[difficulty] };
  const lower = text.toLowerCase();
  const blaming = blameCues.some((cue) => lower.includes(cue));
  const owning = ownFeelingCues.some((cue) => lower.includes(cue));
  if (blaming) {
    weights.defensive += 25;
    weights.receptive = Math.max(5, weights.receptive - 15);
  }
  if (owning && !blaming) {
    weights.receptive += difficulty === "tough" ? 8 : 18;
    weights.hurt += 5;
  }
  // Resistance first in a realistic or tough rehearsal; softening with time if the client persists.
  const turn = flow.turns + 1;
  if (turn === 1 && difficulty !== "gentle") weights.receptive = 0;
  if (turn >= 4) weights.receptive += (turn - 3) * (difficulty === "tough" ? 4 : 10);
  // Never the same reaction three times running.
  const lastTwo = flow.reactions.slice(-2);
  if (lastTwo.length === 2 && lastTwo[0] === lastTwo[1] && lastTwo[0] !== undefined) weights[lastTwo[0]] = 0;
  const total = reactionKinds.reduce((sum, kind) => sum + weights[kind], 0);
  let roll = ctx.random.next() * total;
  for (const kind of reactionKinds) {
    roll -= weights[kind];
    if (roll < 0) return kind;
  }
  return "defensive";
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
}

/** The client's line turned to the other person's point of view: "you never listen" → "I never listen?". */
export function echoOf(text: string): { question: string | null; statement: string | null } {
  const clauses = text
    .split(/[.!?,;\n]|\bbut\b|\band\b(?=\s+(?:you|i)\b)/i)
    .map((clause) => clause.trim())
    .filter((clause) => wordCount(clause) >= 2 && wordCount(clause) <= 9);
  const aboutThem = clauses.find((clause) => /\b(you|your|you're|u)\b/i.test(clause));
  const aboutMe = clauses.find((clause) => /\b(i|i'm|im|i've|my|me)\b/i.test(clause));
  const pick = aboutThem ?? aboutMe;
  if (pick === undefined) return { question: null, statement: null };
  const flipped = flipPerson(pick.replace(/^(and|so|well|look|listen|ok|okay|honestly)\s+/i, ""), { we: "keep" });
  const said = capitalise(flipped.replace(/^(I|You)\b/, (word) => word));
  return { question: `${said}?`, statement: said };
}

/** What the client feared hearing, as the other person would say it ("that he'll say I'm selfish" → "You're selfish"). */
export function fearAsSaid(fear: string | null): string | null {
  if (fear === null) return null;
  let said = fear
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(/^(that|maybe|probably|i'm afraid|i am afraid|i fear|i'm scared|afraid)\s+/i, "")
    .replace(/^(that\s+)?(he|she|they|him|her|them)('ll|'d| will| would| might| could| is going to| are going to| 's going to)?\s+/i, "")
    .replace(/^(say|saying|tell me|telling me|think|thinking|call me|calling me|go|shout|yell|laugh and say|just say)\s+/i, "")
    .replace(/^(that|it's|its)\s+/i, (match) => (/^it/i.test(match) ? match : ""));
  said = said.trim();
  if (wordCount(said) < 2 || wordCount(said) > 12) return null;
  const firstPerson = /\b(i|i'm|im|me|my|i've|myself)\b/i.test(said);
  if (firstPerson) said = flipPerson(said, { we: "keep" });
  else if (!/\b(you|you're|your|youre)\b/i.test(said)) return null;
  return capitalise(said);
}

function rolePlayLine({ flow, ctx, reaction }: { flow: RehearseFlow; ctx: TurnContext; reaction: ReactionKind }): { text: string; usedFear: boolean } {
  const difficulty = flow.difficulty ?? "realistic";
  const fear = fearAsSaid(flow.fear);
  if (!flow.fearUsed && difficulty !== "gentle" && flow.turns + 1 >= 2 && reaction !== "receptive" && fear !== null) {
    return { text: ctx.line(rehearseCopy.fearLines, { fear }), usedFear: true };
  }
  const echo = echoOf(ctx.clientText);
  const group = relationshipGroupOf(flow.relationship);
  const templates = [...rehearseCopy.reactions[reaction], ...(group === null ? [] : rehearseCopy.reactionsByRelationship[group][reaction])];
  const text = ctx.chooseLine(templates, { echoQuestion: echo.question, echoStatement: echo.statement }) ?? "";
  return { text, usedFear: false };
}

function rolePlayStage({ flow, reaction, usedFear }: { flow: RehearseFlow; reaction: ReactionKind; usedFear: boolean }): string {
  const difficulty = flow.difficulty ?? "realistic";
  const slots = {
    other: otherOf(flow),
    relationship: flow.relationship ?? "someone in their life",
    difficulty,
    difficultyGuide: difficultyGuides[difficulty],
    reaction,
    reactionGuide: reactionGuides[reaction],
    say: flow.say === null || flow.say.length === 0 ? "(not said)" : flow.say,
    fear: flow.fear === null || flow.fear.length === 0 ? "(not said)" : flow.fear,
  };
  const base = fillTemplate(stageInstructions.rehearse.rolePlay, slots) ?? "";
  return usedFear ? `${base} ${fillTemplate(stageInstructions.rehearse.rolePlayFear, slots) ?? ""}` : base;
}

function intentionWhatFrom(text: string, matched: string | null): string | null {
  let what = text.trim().replace(/[.!?]+$/, "");
  if (matched !== null && matched.length > 0) {
    const words = matched.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    what = what.replace(new RegExp(`\\s*\\b${words.join("[\\s,.-]+")}\\b`, "i"), "");
  }
  what = what
    .replace(/^(yes|yeah|yea|ok|okay|sure|maybe|i think|probably)[,!.\s]+/i, "")
    .replace(/^(i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|going to|gonna|i want to|i wanna|i'd like to|i would like to|i need to|i should|i can|to)\s+/i, "")
    .replace(/\s+(by|on|before|until)$/i, "")
    .trim()
    .replace(/[,\s]+$/, "");
  return wordCount(what) >= 2 ? what : null;
}

function createIntention({ flow, shared, ctx, when }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext; when: { date: string; dueText: string | null } }): StepResult {
  const what = flow.intentionWhat ?? fillTemplate(defaultIntentionWhat, { other: flow.withWhom ?? "them" }) ?? "talk to them";
  const events: CompanionEvent[] = [
    { type: "intention-created", what, withWhom: flow.withWhom, due: when.date, dueText: when.dueText, source: "rehearse" },
  ];
  const templates = when.dueText === null ? rehearseCopy.intentionSetDefault : rehearseCopy.intentionSet;
  const text = ctx.line(templates, { what: whatForClient(what), date: formatDate(when.date) });
  return { flow: talkFlow(), shared, events, say: fixed(text) };
}

function restart({ flow, shared, ctx }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const other = otherOf(flow);
  return {
    flow: { ...flow, step: "role-play", turns: 0, reactions: [], fearUsed: false, reminderGiven: false },
    shared,
    events: [],
    say: freeWith(ctx.line(rehearseCopy.restart, { other }), { stage: fillTemplate(stageInstructions.rehearse.start, { other, difficultyPhrase: rehearseCopy.difficultyPhrases[flow.difficulty ?? "realistic"] }) ?? "", structured: roleplayStructured() }),
  };
}

function stepOut({ flow, shared, ctx, gently }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext; gently: boolean }): StepResult {
  const other = otherOf(flow);
  const text = ctx.line(gently ? rehearseCopy.stepOutGently : rehearseCopy.stepOut, { other });
  const stage = gently ? stageInstructions.rehearse.stepOutGently : stageInstructions.rehearse.stepOut;
  return { flow: { ...flow, step: "hardest", retries: 0 }, shared, events: [], say: free(text, stage) };
}

function leave(shared: SharedState, ctx: TurnContext): StepResult {
  const text = ctx.line(["Okay, let's leave the rehearsal. We can come back to it whenever you like. What's on your mind?", "That's fine — we can stop here. What would help instead?"]);
  return { flow: talkFlow(), shared, events: [], say: free(text, "The client left the rehearsal. Accept it lightly and ask what's on their mind.") };
}

export function openRehearseWith({ flow, shared, ctx, lead = null }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext; lead?: string | null }): StepResult {
  return nextSetupStep({ flow, shared, ctx, lead });
}

export function advanceRehearse({ flow, shared, ctx }: { flow: RehearseFlow; shared: SharedState; ctx: TurnContext }): StepResult {
  const text = ctx.clientText;
  const words = wordsOf(text);
  const leaving = flow.step !== "role-play" && containsAny(words, leaveWords);
  if (leaving) return leave(shared, ctx);
  switch (flow.step) {
    case "start":
    case "who": {
      if (text.trim().length === 0) return nextSetupStep({ flow, shared, ctx });
      const { person, raw } = whoFrom(ctx, text);
      if (raw === null) {
        if (flow.step === "who" && flow.retries < 1) {
          return { flow: { ...flow, step: "who", retries: flow.retries + 1 }, shared, events: [], say: free(ctx.line(rehearseCopy.askWhoAgain), stageInstructions.rehearse.who) };
        }
        if (flow.step === "start") return nextSetupStep({ flow, shared, ctx });
        const unknown = { ...flow, withWhom: "them", other: "them", relationship: "someone in their life" };
        return nextSetupStep({ flow: unknown, shared, ctx });
      }
      const say = flow.say ?? ctx.reading?.hardConversation?.say ?? null;
      const next: RehearseFlow = {
        ...flow,
        withWhom: raw,
        other: person?.label ?? labelFor(raw),
        name: person?.name ?? (person === null && !/^(my|our|the|her|his)\b/i.test(raw) ? labelFor(raw) : null),
        relationship: person?.relationWord ?? null,
        say,
      };
      return nextSetupStep({ flow: next, shared, ctx });
    }
    case "relationship": {
      const relationship =
        cleanAnswer(text)
          ?.replace(/^(she's|shes|he's|hes|they're|theyre|she is|he is|they are|it's|its)\s+/i, "")
          .replace(/^(my|a|an|our)\s+/i, "")
          .replace(/[.!]+$/, "") ?? null;
      return nextSetupStep({ flow: { ...flow, relationship: relationship ?? "someone in their life", step: "relationship" }, shared, ctx });
    }
    case "say": {
      const said = cleanAnswer(text);
      return nextSetupStep({ flow: { ...flow, say: said ?? "", step: "say" }, shared, ctx });
    }
    case "fear": {
      const fear = cleanAnswer(text);
      return nextSetupStep({ flow: { ...flow, fear: fear ?? "", step: "fear" }, shared, ctx });
    }
    case "difficulty": {
      const difficulty =
        parseChoice(
          text,
          difficulties.map((value) => ({ value, keywords: difficultyKeywords[value] })),
        ) ?? "realistic";
      return startRolePlay({ flow: { ...flow, difficulty }, shared, ctx, lead: null });
    }
    case "role-play": {
      if (isStepOut(text)) return stepOut({ flow, shared, ctx, gently: false });
      if (ctx.reading !== null && ctx.reading.highDistress) return stepOut({ flow, shared, ctx, gently: true });
      const reaction = chooseReaction({ flow, text, ctx });
      const { text: said, usedFear } = rolePlayLine({ flow, ctx, reaction });
      const turns = flow.turns + 1;
      const remind = !flow.reminderGiven && turns === 5;
      const say: Utterance = {
        ...freeWith(remind ? `${said} ${rehearseCopy.pauseReminder}` : said, { stage: rolePlayStage({ flow, reaction, usedFear }), structured: roleplayStructured() }),
        speaker: "role-play",
      };
      return {
        flow: { ...flow, turns, reactions: [...flow.reactions, reaction], fearUsed: flow.fearUsed || usedFear, reminderGiven: flow.reminderGiven || remind },
        shared,
        events: [],
        say,
      };
    }
    case "hardest": {
      if (containsAny(words, againWords)) return restart({ flow, shared, ctx });
      return {
        flow: { ...flow, step: "body", hardest: cleanAnswer(text) },
        shared,
        events: [],
        say: free(ctx.line(rehearseCopy.askBody), stageInstructions.rehearse.body),
      };
    }
    case "body": {
      return {
        flow: { ...flow, step: "keep", body: cleanAnswer(text) },
        shared,
        events: [],
        say: free(ctx.line(rehearseCopy.askKeep), stageInstructions.rehearse.keep),
      };
    }
    case "keep": {
      const next: RehearseFlow = { ...flow, step: "intention", keep: cleanAnswer(text) };
      const slots = { other: otherOf(flow) };
      return {
        flow: next,
        shared,
        events: [{ type: "rehearsal-completed", rehearsal: summaryOf(next) }],
        say: free(ctx.line(rehearseCopy.askIntention, slots), fillTemplate(stageInstructions.rehearse.intention, slots) ?? ""),
      };
    }
    case "intention": {
      if (containsAny(words, againWords) && wordsOf(text).length <= 5) return restart({ flow, shared, ctx });
      const answer = parseYesNo(text);
      const notReady = containsAny(words, ["not ready", "not sure", "don't know", "no idea", "not yet", "maybe later", "i'll think", "let me think"]);
      if (answer === "no" || notReady || isUnsure(text)) {
        return {
          flow: talkFlow(),
          shared,
          events: [],
          say: free(ctx.line(rehearseCopy.intentionDeclined), stageInstructions.rehearse.declined),
        };
      }
      const when = parseWhen({ text, now: ctx.now, timeZone: ctx.timeZone });
      const what = intentionWhatFrom(text, when?.matched ?? null);
      const next: RehearseFlow = { ...flow, intentionWhat: what };
      if (when !== null) return createIntention({ flow: next, shared, ctx, when: { date: when.date, dueText: when.matched } });
      return {
        flow: { ...next, step: "when", retries: 0 },
        shared,
        events: [],
        say: free(ctx.line(rehearseCopy.askWhen), stageInstructions.rehearse.when),
      };
    }
    case "when": {
      const when = parseWhen({ text, now: ctx.now, timeZone: ctx.timeZone });
      if (when !== null) return createIntention({ flow, shared, ctx, when: { date: when.date, dueText: when.matched } });
      const today = localDateOf(ctx.now, ctx.timeZone);
      return createIntention({ flow, shared, ctx, when: { date: shiftDate(today, 7), dueText: null } });
    }
  }
}

/** What a client's message tells about a rehearsal to come ("I need to tell my dad I'm moving out"). */
export function rehearsePrefillFrom(
  reading: { hardConversation: { person: PersonRef | null; say: string | null } | null; people: readonly PersonRef[] },
  memory: readonly MemoryItem[] = [],
): RehearsePrefill {
  const person = reading.hardConversation?.person ?? reading.people[0] ?? null;
  const say = reading.hardConversation?.say ?? null;
  if (person === null) return { withWhom: null, other: null, name: null, relationship: null, say };
  // "Maya" named alone: memory may know she is their sister.
  const remembered = memory.find((item) => item.kind === "person" && item.key === person.key)?.relationship ?? null;
  return { withWhom: person.asWritten, other: person.label, name: person.name, relationship: person.relationWord ?? remembered, say };
}
