// Reading a message for the dependency-cue rules: the project's tokeniser, then one canonical word
// stream in which the many spellings of the same thing become one ("u", "ya" → "you"; "dont" →
// "don't"; "gm" → "good morning"), hedges and laughter are dropped ("honestly", "lol"), a name
// becomes «name», and punctuation shrinks to clause (",") and sentence ("." "?") marks. The rules
// then describe structure over a small vocabulary instead of listing phrasings.
//
// Each word also says whether it is someone else's voice: inside quotes, or after a reporting verb
// ("she said…", "I told him…") up to the next "so I…"/"because I…", or in a generic "you know when
// you…". There "you" is not the companion and "I" may not be the client.
import { tokenise, type Token } from "../text/index.ts";

export interface CanonWord {
  /** Canonical form, lower-case; may contain an apostrophe ("don't") but no space. */
  word: string;
  /** Offsets of the source token(s) in the original text. */
  start: number;
  end: number;
  /** Someone else's voice (quoted, reported or generic). */
  reported: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

export interface CanonText {
  /** The words joined by single spaces. */
  text: string;
  words: CanonWord[];
  /** Character offset of each word in `text`. */
  offsets: number[];
}

/** Shorthand, text-speak and frequent misspellings → canonical word(s). */
const shorthand: ReadonlyMap<string, string> = new Map([
  ["u", "you"], ["ya", "you"], ["yu", "you"], ["yuo", "you"], ["yoy", "you"], ["youu", "you"], ["chu", "you"],
  ["youre", "you're"], ["u're", "you're"], ["yr", "your"], ["u'll", "you'll"], ["youll", "you'll"],
  ["youd", "you'd"], ["u'd", "you'd"], ["youve", "you've"], ["u've", "you've"], ["urself", "yourself"],
  ["im", "i'm"], ["ima", "i'm going to"], ["id", "i'd"], ["ive", "i've"], ["i'l", "i'll"],
  ["dont", "don't"], ["doesnt", "doesn't"], ["didnt", "didn't"], ["cant", "can't"], ["couldnt", "couldn't"],
  ["wouldnt", "wouldn't"], ["shouldnt", "shouldn't"], ["wont", "won't"], ["isnt", "isn't"], ["arent", "aren't"],
  ["wasnt", "wasn't"], ["werent", "weren't"], ["havent", "haven't"], ["hasnt", "hasn't"], ["aint", "ain't"],
  ["thats", "that's"], ["theres", "there's"], ["whats", "what's"], ["its", "it's"], ["theyll", "they'll"],
  ["theyd", "they'd"], ["theyre", "they're"], ["hes", "he's"], ["shes", "she's"], ["lets", "let's"],
  ["pls", "please"], ["plz", "please"], ["pleasee", "please"], ["pleaseee", "please"],
  ["luv", "love"], ["lov", "love"], ["lurve", "love"], ["ily", "i love you"], ["ilysm", "i love you so much"],
  ["thx", "thanks"], ["thanx", "thanks"], ["ty", "thanks"], ["tysm", "thanks so much"], ["tyvm", "thanks so much"],
  ["gm", "good morning"], ["gn", "good night"], ["nite", "night"], ["goodnite", "good night"], ["gnight", "good night"],
  ["nighty", "night"], ["goodnight", "good night"], ["mornin", "morning"],
  ["cuz", "because"], ["cos", "because"], ["coz", "because"], ["cause", "because"], ["bc", "because"], ["becuase", "because"], ["becasue", "because"],
  ["tho", "though"], ["ppl", "people"], ["noone", "no one"], ["nobodys", "nobody's"], ["every1", "everyone"],
  ["any1", "anyone"], ["some1", "someone"], ["no1", "no one"], ["everytime", "every time"],
  ["rly", "really"], ["realy", "really"], ["relly", "really"], ["srsly", "seriously"], ["alot", "a lot"],
  ["untill", "until"], ["til", "until"], ["till", "until"], ["wierd", "weird"], ["freind", "friend"], ["freinds", "friends"],
  ["bestfriend", "best friend"], ["bsf", "best friend"], ["bf", "boyfriend"], ["gf", "girlfriend"],
  ["dissapear", "disappear"], ["dissappear", "disappear"], ["dissapeared", "disappeared"], ["dissappeared", "disappeared"],
  ["disapear", "disappear"], ["disapeared", "disappeared"], ["beleive", "believe"], ["definately", "definitely"],
  ["tmrw", "tomorrow"], ["tmr", "tomorrow"], ["2moro", "tomorrow"], ["tomoz", "tomorrow"], ["rn", "right now"],
  ["abt", "about"], ["wanna", "want to"], ["gonna", "going to"], ["gotta", "got to"], ["dunno", "don't know"],
  ["idk", "i don't know"], ["ik", "i know"], ["talkin", "talking"], ["chattin", "chatting"], ["nothin", "nothing"],
  ["convo", "conversation"], ["convos", "conversations"], ["msg", "message"], ["msgs", "messages"],
  ["xo", "xx"], ["xoxo", "xx"], ["xxx", "xx"], ["x", "xx"], ["mwah", "xx"], ["xxxx", "xx"],
]);

/** Hedges and laughter that never change which cue a sentence shows. */
const dropped = new Set([
  "honestly", "literally", "basically", "truly", "seriously", "genuinely", "actually", "totally", "definitely",
  "really", "lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "tbh", "ngl", "omg", "um", "umm", "uh", "kinda",
  "sorta", "legit", "fr", "tho", "though", "anyway", "anyways", "tbf", "imo", "ofc", "oh well", "like,",
]);

/** Capitalised words that are not people. */
const notNames = new Set([
  "i", "between", "god", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "christmas", "easter", "ok", "okay", "ai", "hey", "hi", "hello", "thanks", "sorry",
  "please", "yes", "no", "morning", "night", "love", "babe", "baby", "honey", "hun", "darling", "sweetie",
  "sweetheart", "dear", "you", "me", "my", "we", "oh", "aw", "so", "and", "but", "just", "well",
]);

const emojiHearts = /^(?:\u2764|\u2665|\uD83D[\uDC95-\uDC9F]|\uD83D\uDE18|\uD83E\uDD70|\uD83D\uDE0D|\uD83D\uDC8B|\uD83E\uDEF6)$/u;

/** Verbs that introduce someone else's words; "you said" is the companion and stays its own. */
const reportingVerbs = new Set([
  "said", "says", "say", "saying", "told", "tells", "tell", "texted", "texts", "wrote", "writes", "messaged",
  "asked", "asks", "replied", "replies", "yelled", "shouted", "screamed", "whispered", "begged", "pleaded",
  "sang", "sings", "song", "lyrics", "quote", "quoted", "quoting", "goes", "went", "posted", "rehearse",
  "rehearsing", "practise", "practice", "practising", "practicing",
]);
/** "went" and "goes" report speech only as "she goes / he went" followed by words (not "went down"). */
const weakReporting = new Set(["goes", "went"]);
const thirdParty = new Set([
  "he", "she", "they", "he'll", "she'll", "they'll", "he'd", "she'd", "they'd", "people", "everyone", "everybody",
  "someone", "mum", "mom", "dad", "friend", "friends", "sister", "brother", "boyfriend", "girlfriend", "husband",
  "wife", "partner", "therapist", "boss",
]);
const secondPerson = new Set(["you", "your", "you're", "you'll", "you'd", "you've", "yourself", "ur"]);
const endsReport = new Set(["so", "because", "then"]);

/** Keywords for fuzzy matching of long misspelled words (filled in by the rules module). */
let fuzzyTargets: readonly string[] = [];
const fuzzyByLength = new Map<number, string[]>();

/** Long words the rules use: a misspelling one letter off (added, dropped, swapped) reads as them. */
export function setFuzzyTargets(words: Iterable<string>): void {
  fuzzyTargets = [...new Set(words)].filter((word) => word.length >= 8 && /^[a-z]+$/.test(word));
  fuzzyByLength.clear();
  for (const word of fuzzyTargets) {
    const list = fuzzyByLength.get(word.length) ?? [];
    list.push(word);
    fuzzyByLength.set(word.length, list);
  }
}

function oneEditAway(a: string, b: string): boolean {
  // insertion/deletion (lengths differ by one) or one transposition (same length); no substitutions,
  // which turn real words into other real words ("walking" → "talking").
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i >= a.length - 1) return false;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function fuzzy(word: string): string {
  if (word.length < 8 || !/^[a-z]+$/.test(word)) return word;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    for (const target of fuzzyByLength.get(length) ?? []) {
      if (target === word) return word;
      if (oneEditAway(word, target)) return target;
    }
  }
  return word;
}

function canonicalOf(token: Token, previous: Token | undefined): string[] {
  if (token.kind === "punct") {
    if (/^[.!]+$/.test(token.text) || token.text === "\u2026") return ["."];
    if (token.text.includes("?")) return ["?"];
    if ([",", ";", ":", "-", "(", ")", "/", "~", "*"].includes(token.text)) return [","];
    if (emojiHearts.test(token.text)) return ["xx"];
    return [];
  }
  if (token.kind === "number") {
    if (token.text === "3" && previous?.text === "<") return ["xx"];
    return [token.lower];
  }
  const lower = token.lower.replace(/^'+|'+$/g, "");
  // Stretched words: "pleeease", "sooo", "loveee" → at most two of a letter.
  const squeezed = lower.replace(/(\p{L})\1{2,}/gu, "$1$1");
  const mapped = shorthand.get(squeezed) ?? shorthand.get(squeezed.replace(/(\p{L})\1/gu, "$1"));
  if (mapped !== undefined) return mapped.split(" ");
  if (dropped.has(squeezed)) return [];
  const contraction = squeezed.includes("'") && !squeezed.endsWith("'s");
  if (token.capitalised && !token.sentenceStart && !contraction && !notNames.has(token.base) && squeezed.length > 1) return ["«name»"];
  return [fuzzy(squeezed)];
}

const quoteMarks = new Set(['"', "'"]);

/** The canonical word stream of a message. */
export function readForCues(input: string): CanonText {
  const { tokens } = tokenise(input);
  const words: CanonWord[] = [];
  let inQuote = false;
  let lastSentence = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.sentence !== lastSentence && words.length > 0 && !isSentenceMark(words[words.length - 1]?.word)) {
      const last = words[words.length - 1];
      words.push({ word: ".", start: token.start, end: token.start, reported: last?.reported ?? false, quoted: inQuote });
    }
    lastSentence = token.sentence;
    if (token.kind === "punct" && quoteMarks.has(token.text)) {
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      // An apostrophe glued to letters on both sides is not a quote; a quote opens before a word
      // and closes after one.
      const opens = !inQuote && after !== undefined && after.start === token.end && (before === undefined || before.end < token.start || before.kind === "punct");
      const closes = inQuote && before !== undefined && before.end === token.start;
      if (opens || (token.text === '"' && !inQuote)) inQuote = true;
      else if (closes || token.text === '"') inQuote = false;
      words.push({ word: ",", start: token.start, end: token.end, reported: false, quoted: false });
      continue;
    }
    for (const word of canonicalOf(token, tokens[index - 1])) {
      words.push({ word, start: token.start, end: token.end, reported: inQuote, quoted: inQuote });
    }
  }
  dropHedges(words);
  markReported(words);
  const offsets: number[] = [];
  let position = 0;
  for (const word of words) {
    offsets.push(position);
    position += word.word.length + 1;
  }
  return { text: words.map((word) => word.word).join(" "), words, offsets };
}

const kindOfDeterminers = new Set(["what", "this", "that", "a", "the", "any", "some", "no", "every", "which", "same", "one", "these", "those", "all"]);

/** "kind of" / "sort of" as a hedge ("I kind of think of you as…"), not "what kind of". */
function dropHedges(words: CanonWord[]): void {
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i]?.word;
    if ((word === "kind" || word === "sort") && words[i + 1]?.word === "of" && !kindOfDeterminers.has(words[i - 1]?.word ?? "")) {
      words.splice(i, 2);
    }
  }
}

function isSentenceMark(word: string | undefined): boolean {
  return word === "." || word === "?";
}

/** Marks reported speech and generic "you" from their introducing words to the end of the clause chain. */
function markReported(words: CanonWord[]): void {
  let reporting = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (isSentenceMark(word.word)) {
      reporting = false;
      continue;
    }
    const next = words[i + 1]?.word;
    if (reporting && endsReport.has(word.word) && (next === "i" || next === "that" || next === "i'd" || next === "i'm")) {
      reporting = false;
    }
    if (reporting) {
      word.reported = true;
      continue;
    }
    const previous = words[i - 1]?.word;
    const beforePrevious = words[i - 2]?.word;
    if (reportingVerbs.has(word.word)) {
      const companionSpoke = previous !== undefined && secondPerson.has(previous);
      const toCompanion =
        (["told", "tell", "asked", "texted", "messaged"].includes(word.word) && next !== undefined && secondPerson.has(next)) ||
        (next === "to" && secondPerson.has(words[i + 2]?.word ?? ""));
      // Present "say"/"tell" report someone else only after a third party or an intention
      // ("she'll say", "I want to say"); otherwise they are the client's own plea ("don't say you're
      // not real", "tell me you care").
      const plainSay = (word.word === "say" || word.word === "tell") && !(previous !== undefined && (thirdParty.has(previous) || previous === "«name»" || (previous === "to" && ["want", "going", "wanted", "gonna", "practise", "practice", "how"].includes(beforePrevious ?? ""))));
      const weakNotSpeech = weakReporting.has(word.word) && (next === undefined || (!["like", ",", "«name»"].includes(next) && next !== "i" && !secondPerson.has(next)));
      if (!companionSpoke && !toCompanion && !plainSay && !weakNotSpeech) {
        reporting = true;
        continue;
      }
    }
    // "she was like you're…", "he's like…"
    if (word.word === "like" && (previous === "was" || previous === "is" || previous === "he's" || previous === "she's") && beforePrevious !== "i" && next === ",") {
      reporting = true;
      continue;
    }
    // Generic "you": "you know when you…", "you know that feeling when…".
    if (word.word === "you" && next === "know" && ["when", "how", "that", "those", "the"].includes(words[i + 2]?.word ?? "")) {
      reporting = true;
      word.reported = true;
    }
  }
}

/** The first and last word a character range of `text` covers. */
export function wordRange(canon: CanonText, from: number, to: number): { first: number; last: number } {
  let first = 0;
  while (first + 1 < canon.offsets.length && (canon.offsets[first + 1] ?? Infinity) <= from) first++;
  let last = first;
  while (last + 1 < canon.offsets.length && (canon.offsets[last + 1] ?? Infinity) < to) last++;
  return { first, last };
}
