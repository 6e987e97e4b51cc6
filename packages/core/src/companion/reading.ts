// The companion's reading of one client message, on top of `text/` (tokens, feelings lexicon, people
// mentions): the people as the client names them, a feeling clause and a situation clause in their
// own words turned to "you", and the cues the talk planner acts on (distress, a hard conversation
// ahead, a request, "idk").

import { readText, type FeelingMention, type KnownPerson, type PersonMention, type Relation } from "../text/index.ts";
import { adviceCues, exclusivityCues, goodNewsCues, greetingWords, hardConversationCues, highDistressCues, justListenCues, modeRequestCues, momentCues, thanksWords, whatAreYouCues } from "./copy/talk.copy.ts";
import { containsAny, isUnsure, normalise } from "./parse.ts";
import { flipPerson } from "./pronouns.ts";
import type { MemoryItem } from "./types.ts";

/** Someone the client named, ready to be said back. */
export interface PersonRef {
  /** The memory key: "person:name:ana", "person:rel:mother". */
  key: string;
  /** As the companion says it: "Ana", "your dad", "her sister". */
  label: string;
  /** As the client wrote it: "Ana", "my dad", "my sister Ana". */
  asWritten: string;
  name: string | null;
  relation: Relation | null;
  /** The relation word as the client wrote it ("dad", "sis", "boss"), for memory. */
  relationWord: string | null;
  /** The client's own relation ("my dad"), not someone else's ("her dad"). */
  own: boolean;
  mention: PersonMention;
}

export type ModeRequest = keyof typeof modeRequestCues;

export interface ClientReading {
  text: string;
  words: string[];
  people: PersonRef[];
  /** Not negated. */
  feelings: FeelingMention[];
  /** "you're feeling so alone", from "I'm feeling so alone"; null when they didn't say it that way. */
  feelingClause: string | null;
  /** The clause that best carries what happened, turned to "you" ("your sister yelled at you again"). */
  situation: string | null;
  /** The situation is a whole clause with a subject ("your sister yelled…"), not a fragment ("brain won't stop"). */
  situationIsClause: boolean;
  /** Something good happened ("I got the job!"), and nothing heavy was said. */
  goodNews: boolean;
  /** "You're the only one who gets me." */
  exclusivity: boolean;
  /** An ordinary day ("work was fine, we watched a film"): nothing hard named. */
  ordinary: boolean;
  /** A short verbatim quote when the message is short ("meh", "I hate myself"). */
  quote: string | null;
  heavy: boolean;
  highDistress: boolean;
  /** A 0–10 number they gave for how bad it is ("I'm at a 9"), or null. */
  rating: number | null;
  hardConversation: { person: PersonRef | null; say: string | null } | null;
  lowContent: boolean;
  greeting: boolean;
  thanks: boolean;
  asksAdvice: boolean;
  asksWhatYouAre: boolean;
  wantsJustListening: boolean;
  momentCue: boolean;
  modeRequest: ModeRequest | null;
  /** What they describe lies ahead ("I need to tell him", "I'm going to…", "tomorrow"). */
  ahead: boolean;
  /** How many words of substance (not fillers or pronouns). */
  substance: number;
}

const heavyThemes = new Set(["shame", "sadness-and-grief", "loneliness", "guilt"]);
const heavyCues = [
  "hate myself",
  "worthless",
  "hopeless",
  "what's the point",
  "whats the point",
  "no point",
  "nobody cares",
  "no one cares",
  "empty",
  "numb",
  "passed away",
  "died",
  "funeral",
  "miscarriage",
  "grief",
  "can't do this anymore",
  "falling apart",
  "broken",
  "ashamed",
  "abused",
  "alone",
];

const ordinaryCues = ["fine", "ok", "alright", "not bad", "good", "chill", "normal", "quiet", "uneventful", "nothing much", "same as usual", "usual"];

const fillerStart = new Set(["and", "but", "so", "like", "um", "uh", "well", "honestly", "tbh", "lol", "anyway", "anyways", "ok", "okay", "yeah", "yes", "just", "because", "cause", "then", "also", "oh", "ugh", "omg", "basically", "literally", "also,", "plus"]);
const fillerEndPhrases = ["lol", "haha", "hahaha", "tbh", "idk", "or something", "i guess", "you know", "i think", "and stuff", "or whatever", "anyway", "lmao", "ugh", "honestly", "though", "tho", "rn", "right now"];
const subjectStart = /^(i|i'm|im|i've|i'd|my|we|he|she|they|it|there|mum|mom|dad|everyone|nobody|no one)\b/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;
}

function cleanClause(raw: string): string {
  let clause = raw.replace(/\s+/g, " ").trim();
  clause = clause.replace(/^[-–—,;:.!?\s"'(]+|[-–—,;:!?\s"')]+$/g, "").replace(/\.+$/, "");
  for (;;) {
    const first = clause.split(" ")[0]?.toLowerCase().replace(/[,.]$/, "") ?? "";
    if (fillerStart.has(first) && clause.includes(" ")) clause = clause.slice(clause.indexOf(" ") + 1);
    else break;
  }
  for (let changed = true; changed; ) {
    changed = false;
    const lower = clause.toLowerCase();
    for (const phrase of fillerEndPhrases) {
      if (lower.endsWith(` ${phrase}`)) {
        clause = clause.slice(0, clause.length - phrase.length - 1).replace(/[,\s]+$/, "");
        changed = true;
      }
    }
  }
  return clause.replace(/[,.;:!?\s]+$/, "");
}

/** Split a sentence (as typed) into clauses at punctuation and at conjunctions that start a new subject. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[,;:()]|\s[-–—]\s|\.\.\.|\bbut\b|\bbecause\b|\bcause\b|\bbc\b|\bthough\b|\bso\b(?=\s+(?:i|he|she|they|we|it|my)\b)|\band\b(?=\s+(?:then\s+)?(?:i|he|she|they|we|it|my|now)\b)|\bthen\b(?=\s+(?:i|he|she|they|we|it|my)\b)/i)
    .map((part) => (part === undefined ? "" : part.trim()))
    .filter((part) => part.length > 0);
}

/** Turn a clause around to "you", lower-casing its first letter unless it's a name or "I". */
function sayBack(clause: string, names: ReadonlySet<string>): string {
  let flipped = flipPerson(clause, { we: "you" });
  for (const name of names) flipped = flipped.replace(new RegExp(`\\b${name.replace(/[^\p{L}'-]/gu, "")}\\b`, "giu"), name);
  const firstWord = flipped.split(/[\s,']/)[0] ?? "";
  if (firstWord === "I" || names.has(firstWord)) return flipped;
  return flipped.charAt(0).toLowerCase() + flipped.slice(1);
}

function personRefOf(mention: PersonMention): PersonRef {
  const asWritten = mention.text.trim();
  const own = mention.owner === "self";
  let label: string;
  if (mention.name !== null) label = mention.name;
  else if (own) label = asWritten.replace(/^(my|our|mine)\s+/i, "your ").replace(/^(?!your )/i, "your ");
  else label = asWritten;
  label = label.replace(/^Your /, "your ");
  const relationWord =
    mention.relation === null
      ? null
      : (asWritten
          .replace(/^(my|our|her|his|their)\s+/i, "")
          .replace(mention.name ?? "\u0000", "")
          .replace(/[,\s]+$/, "")
          .trim()
          .toLowerCase() || null);
  return {
    key: `person:${mention.key}`,
    label,
    asWritten,
    name: mention.name,
    relation: mention.relation,
    relationWord,
    own,
    mention,
  };
}

/** Known people for `text/`'s people finder, from memory. */
export function knownPeopleOf(memory: readonly MemoryItem[]): KnownPerson[] {
  const known: KnownPerson[] = [];
  for (const item of memory) {
    if (item.kind !== "person" || !item.key.startsWith("person:")) continue;
    known.push({ key: item.key.slice("person:".length), name: item.name ?? null, relation: item.relation ?? null });
  }
  return known;
}

const feelingLead =
  /\b(i\s+(?:just\s+|really\s+|honestly\s+|kind\s+of\s+|kinda\s+|still\s+|always\s+)?feel|i\s+felt|i'm\s+feeling|i\s+am\s+feeling|im\s+feeling|i've\s+been\s+feeling|ive\s+been\s+feeling|i've\s+been|ive\s+been|i'm|im|i\s+am|i\s+was|feeling)\s+((?:so|really|very|just|kind\s+of|kinda|a\s+bit|pretty|super|too|quite|completely|totally|such\s+a|a\s+little|a\s+lot)\s+)*/i;

function findFeelingClause({ clauses, feelings, names }: { clauses: readonly string[]; feelings: readonly FeelingMention[]; names: ReadonlySet<string> }): string | null {
  const feelingWords = feelings.map((feeling) => feeling.word.split(" ")[0] ?? "").filter((word) => word.length > 0);
  for (const clause of clauses) {
    const match = feelingLead.exec(clause);
    if (!match) continue;
    const tail = clause.slice(match.index);
    const afterLead = clause.slice(match.index + match[0].length).toLowerCase();
    const firstAfter = afterLead.split(/\s+/)[0] ?? "";
    const aboutFeeling =
      /^(i\s+(?:\w+\s+)?feel|i\s+felt|i'm\s+feeling|i\s+am\s+feeling|im\s+feeling|i've\s+been\s+feeling|ive\s+been\s+feeling|feeling)/i.test(match[1] ?? "") ||
      feelingWords.some((word) => afterLead.split(/\s+/).slice(0, 3).includes(word));
    if (!aboutFeeling || firstAfter.length === 0) continue;
    if (/^(like\s+)?(you|ur)\b/.test(afterLead)) continue;
    const cleaned = cleanClause(tail);
    if (wordCount(cleaned) > 10 || wordCount(cleaned) < 2) continue;
    const lead = (match[1] ?? "").toLowerCase();
    const said = lead === "feeling" ? `I'm ${cleaned}` : cleaned;
    return sayBack(said, names);
  }
  return null;
}

function scoreClause(clause: string, reading: { people: readonly PersonRef[]; feelings: readonly FeelingMention[] }): number {
  const lower = clause.toLowerCase();
  const count = wordCount(clause);
  if (count < 3 || count > 16) return -10;
  if (/\b(you|your|u|ur|you're|youre)\b/.test(lower)) return -10;
  if (/\?/.test(clause)) return -10;
  if (/^(what|how|why|when|where|who|should|shall|can|could|would|will|is|are|am|do|does|did)\b/i.test(clause.trim())) return -10;
  let score = Math.min(count, 10) * 0.4;
  if (reading.people.some((person) => lower.includes(person.asWritten.toLowerCase()))) score += 3;
  if (reading.feelings.some((feeling) => lower.includes(feeling.word.split(" ")[0] ?? "\u0000"))) score += 1.5;
  if (subjectStart.test(clause.trim()) || reading.people.some((person) => lower.startsWith(person.asWritten.toLowerCase()))) score += 1.5;
  if (/^(i\s+(don't|dont)\s+know|idk|not\s+sure|hi|hey|hello)\b/i.test(clause.trim())) score -= 6;
  return score;
}

const ratingInText = /\b(?:at\s+an?\s+|like\s+an?\s+|about\s+an?\s+)?(\d{1,2})\s*(?:\/|out\s+of)\s*10\b|\bat\s+an?\s+(\d{1,2})\b/i;

/** Read a client's message. `memory` lets lower-case names the client introduced before be recognised. */
export function readClientText({ text, memory }: { text: string; memory: readonly MemoryItem[] }): ClientReading {
  const reading = readText(text, { known: knownPeopleOf(memory) });
  const words = normalise(text).split(" ").filter((word) => word.length > 0);
  const seen = new Set<string>();
  const people: PersonRef[] = [];
  for (const mention of reading.people) {
    if (mention.relation === "therapist" || seen.has(mention.key)) continue;
    seen.add(mention.key);
    people.push(personRefOf(mention));
  }
  const names = new Set(people.map((person) => person.name).filter((name): name is string => name !== null));
  const feelings = reading.feelings.filter((feeling) => !feeling.negated);

  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  const clauses = sentences.flatMap((sentence) => clausesOf(sentence));
  const feelingClause = findFeelingClause({ clauses, feelings, names });

  let bestClause: string | null = null;
  let best = 0;
  for (const clause of clauses) {
    const cleaned = cleanClause(clause);
    if (feelingClause !== null && feelingLead.test(cleaned)) continue;
    const score = scoreClause(cleaned, { people, feelings });
    if (score > best) {
      best = score;
      bestClause = cleaned;
    }
  }
  const situation = bestClause === null ? null : sayBack(bestClause, names);
  const situationIsClause = situation !== null && /^(you|your|you're|you've|you'd|you'll|he|she|they|it|it's|there|everyone|nobody|no one|someone|the|my|his|her|their|[A-Z])/.test(situation);

  const trimmed = text.trim().replace(/\s+/g, " ");
  const quote = wordCount(trimmed) <= 8 ? cleanClause(trimmed) || null : null;
  const rated = ratingInText.exec(text);
  const rating = rated ? Math.min(10, Number(rated[1] ?? rated[2])) : null;
  const lowContent = isUnsure(text) || (words.length <= 2 && people.length === 0 && feelings.length === 0 && !containsAny(words, greetingWords) && !containsAny(words, thanksWords));
  const heavy =
    containsAny(words, heavyCues) || feelings.some((feeling) => heavyThemes.has(feeling.theme) && /hate myself|worthless|hopeless|devastated|heartbroken|despair|empty|numb|a failure|useless|ashamed/.test(feeling.word));
  const highDistress =
    containsAny(words, highDistressCues) || (rating !== null && rating >= 8) || (/!{3,}/.test(text) && feelings.some((feeling) => feeling.theme === "fear"));

  let hardConversation: ClientReading["hardConversation"] = null;
  if (containsAny(words, hardConversationCues)) {
    const person =
      people.find((candidate) => /\b(tell|talk to|speak to|ask|confront|say it to|say to|with|up with|to)\s+$/i.test(text.slice(0, candidate.mention.start))) ??
      people[0] ??
      null;
    let say: string | null = null;
    if (person !== null) {
      const after = text.slice(person.mention.end).replace(/^[\s,]*(that|about)?\s*/i, "");
      const cleaned = cleanClause(clausesOf(after.split(/[.!?\n]/)[0] ?? "")[0] ?? "");
      if (wordCount(cleaned) >= 2 && wordCount(cleaned) <= 14) say = cleaned;
    }
    hardConversation = { person, say };
  }

  const joined = words.join(" ");
  let modeRequest: ModeRequest | null = null;
  for (const mode of ["rehearse", "regulate", "check-in"] as const) {
    if (modeRequestCues[mode].some((cue) => joined.includes(cue))) {
      modeRequest = mode;
      break;
    }
  }
  const ahead = containsAny(words, ["need to", "have to", "going to", "got to", "want to", "will", "i'll", "tomorrow", "next week", "soon", "should i", "supposed to", "planning to", "thinking of", "thinking about", "waiting", "still haven't", "haven't heard", "not sure if", "not sure whether"]);
  const substance = words.filter((word) => word.length > 3 && !fillerStart.has(word)).length;

  return {
    text,
    words,
    people,
    feelings,
    feelingClause,
    situation,
    situationIsClause,
    goodNews: !heavy && (containsAny(words, goodNewsCues) || (feelings.length > 0 && feelings.every((feeling) => feeling.theme === "joy-and-pride"))),
    exclusivity: containsAny(words, exclusivityCues),
    ordinary: !heavy && !highDistress && feelings.every((feeling) => feeling.theme === "joy-and-pride") && containsAny(words, ordinaryCues),
    quote,
    heavy,
    highDistress,
    rating,
    hardConversation,
    lowContent,
    greeting: words.length <= 4 && containsAny(words.slice(0, 3), greetingWords),
    thanks: words.length <= 8 && containsAny(words, thanksWords),
    asksAdvice: containsAny(words, adviceCues),
    asksWhatYouAre: whatAreYouCues.some((cue) => joined.includes(cue)),
    wantsJustListening: containsAny(words, justListenCues),
    momentCue: containsAny(words, momentCues),
    modeRequest,
    ahead,
    substance,
  };
}
