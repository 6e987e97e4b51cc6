// Reassurance seeking: asking to be told it is all right ("is it ok that…", "tell me it'll be fine",
// "am I a bad person?", "did I do the wrong thing?"). Repetition across days is what makes it a
// signal; one question is just a question.
import { normaliseText } from "../text/index.ts";

export const reassuranceKinds = ["is-it-ok", "am-i", "tell-me", "will-it-be-ok", "did-i"] as const;
export type ReassuranceKind = (typeof reassuranceKinds)[number];

export const reassuranceLabels: Readonly<Record<ReassuranceKind, string>> = {
  "is-it-ok": "“is it ok that…”",
  "am-i": "“am I a bad person?”",
  "tell-me": "“tell me it'll be fine”",
  "will-it-be-ok": "“will it be ok?”",
  "did-i": "“did I do the wrong thing?”",
};

const judgement = String.raw`(?:ok|okay|alright|all right|normal|bad|wrong|weird|fine|selfish|crazy|unreasonable|mean|rude|terrible|awful|too much|stupid|pathetic|cruel|unfair|horrible|understandable|valid)`;
const selfJudgement = String.raw`(?:a )?(?:bad|terrible|horrible|awful|selfish|crazy|overreacting|unreasonable|too much|wrong|dramatic|a bad person|bad person|a failure|stupid|toxic|pathetic|ok|okay|normal|a monster|monster|mean|difficult|annoying|a horrible person|a terrible person|an awful person|a burden|broken|unlovable|the problem|the bad guy|in the wrong|right|being silly|silly|ridiculous|petty|paranoid|a bad (?:mum|mom|dad|friend|daughter|son|sister|brother|partner|wife|husband)|a good (?:person|mum|mom|dad|friend|daughter|son|partner))`;

const patterns: Readonly<Record<ReassuranceKind, { pattern: RegExp; needsQuestion: boolean }[]>> = {
  "is-it-ok": [
    { pattern: new RegExp(String.raw`^(?:\w+ ){0,3}(?:is it|is that|was it|was that|would it be|isn't it|wasn't it|is it really) ${judgement}\b`), needsQuestion: false },
    { pattern: new RegExp(String.raw`\b(?:is it|is that|was it|was that|would it be) ${judgement}(?: (?:that|if|to|for me|of me))?\b`), needsQuestion: true },
    { pattern: new RegExp(String.raw`\b(?:it's|it is|that's|that is|it was) ${judgement}(?: (?:that|if|to|for me|of me)[^?]*)?,? (?:right|isn't it|wasn't it|yeah|surely|no)\s*\?`), needsQuestion: false },
    { pattern: /\b(?:i'm|i am|im) allowed to (?:feel|be|say|want)[^?]*\?/, needsQuestion: false },
  ],
  "am-i": [
    { pattern: new RegExp(String.raw`\b(?:am i|was i|am i being|was i being|do you think i'm|do you think i am|do you think i was|would i be|does that make me|would that make me|does it make me|i'm not|i am not) ${selfJudgement}\b`), needsQuestion: true },
    { pattern: new RegExp(String.raw`^(?:\w+ ){0,2}(?:am i|was i|am i being|was i being|does that make me) ${selfJudgement}\b`), needsQuestion: false },
  ],
  "tell-me": [
    { pattern: /\b(?:tell me|promise me|please say|just say|can you say|can you tell me|need you to tell me|need to hear) (?:that )?(?:it'll|it will|it's going to|it is going to|it's gonna|everything will|everything's going to|everything is going to|things will|i'll|i will|i'm|i am|im|it's|it is|i didn't|i did not|i haven't|i'm not|she'll|he'll|they'll|she won't|he won't|they won't)\b/, needsQuestion: false },
    { pattern: /\b(?:reassure me|i need reassurance|i just need to hear it|say it's ok|say it's okay|say it'll be ok)\b/, needsQuestion: false },
  ],
  "will-it-be-ok": [
    { pattern: /\b(?:will|do you think|does) (?:it|everything|things|this|she|he|they|we|i|my \w+|\w+) (?:will |is going to |are going to |going to |gonna )?(?:be )?(?:ok|okay|fine|alright|all right|forgive me|forgives me|hate me|hates me|be angry|is angry|be mad|is mad|leave me|leaves me|fire me|fires me|sack me|dump me|still like me|still likes me|still love me|still loves me|be disappointed|ever forgive)\b/, needsQuestion: true },
    { pattern: /\b(?:it's|it is|it'll|it will|everything's|everything will|things will|she'll|he'll|they'll|we'll) (?:be |going to be |gonna be )?(?:ok|okay|fine|alright|all right)(?: though| eventually| in the end)?,? (?:right|won't it|won't they|yeah|surely)\s*\?/, needsQuestion: false },
  ],
  "did-i": [
    {
      pattern: /\b(?:did i|do you think i|have i|should i have|should i not have) (?:do|did|make|made|say|said|mess|messed|screw|screwed|ruin|ruined|handle|handled|get|got|go|went|push|pushed|hurt|upset|blow|blew|take|took) (?:the right thing|something wrong|the wrong thing|a mistake|the right call|the wrong call|it right|it wrong|everything up|it all up|up|it up|too far|too much|badly|her|him|them|it|things)\b/,
      needsQuestion: true,
    },
    { pattern: /\b(?:was it wrong (?:of me )?to|was i wrong to|did i overreact|did i do (?:ok|okay|alright|the right thing)|was i too (?:harsh|mean|much|hard))\b/, needsQuestion: true },
  ],
};

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const trimmed = match[0].trim();
    if (trimmed.length > 0) out.push(trimmed);
  }
  return out;
}

/** Asking permission ("is it ok if I vent?") is not asking for reassurance. */
const permission = /\b(?:is it|would it be|is that) (?:ok|okay|alright|all right|fine) (?:if i|to|for me to) (?:vent|rant|talk|ask|just|tell|share|continue|start|go|do|try|come|message|stay|skip|stop)\b/;

const questionStart = /^(?:\w+ ){0,2}(?:is|am|was|were|did|do|does|have|should|will|would|can|could|are)\b/;

/** The kinds of reassurance asked for in a client message (each kind once). */
export function detectReassurance(text: string): ReassuranceKind[] {
  const lower = normaliseText(text).toLowerCase();
  const found = new Set<ReassuranceKind>();
  for (const sentence of sentencesOf(lower)) {
    const isQuestion = sentence.endsWith("?") || questionStart.test(sentence);
    if (permission.test(sentence)) continue;
    for (const kind of reassuranceKinds) {
      if (found.has(kind)) continue;
      for (const { pattern, needsQuestion } of patterns[kind]) {
        if (needsQuestion && !isQuestion) continue;
        if (pattern.test(sentence)) {
          found.add(kind);
          break;
        }
      }
    }
  }
  return reassuranceKinds.filter((kind) => found.has(kind));
}
