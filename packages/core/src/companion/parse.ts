// Tolerant parsing of what people type on a phone at night: lowercase, typos, "idk", "meh", "7/10",
// "about a seven". Everything here is pure and deterministic.

const shorthand: Record<string, string> = {
  u: "you",
  r: "are",
  ur: "your",
  youre: "you're",
  im: "i'm",
  ive: "i've",
  id: "i'd",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  idk: "i don't know",
  dunno: "don't know",
  idek: "i don't even know",
  tbh: "to be honest",
  pls: "please",
  plz: "please",
  thx: "thanks",
  ty: "thanks",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmro: "tomorrow",
  tmrow: "tomorrow",
  "2moro": "tomorrow",
  "2morrow": "tomorrow",
  tomoz: "tomorrow",
  tonite: "tonight",
  "2nite": "tonight",
  rn: "right now",
  bc: "because",
  cuz: "because",
  coz: "because",
  cos: "because",
  w: "with",
  gonna: "going to",
  wanna: "want to",
  gotta: "got to",
  kinda: "kind of",
  sorta: "sort of",
  ok: "ok",
  k: "ok",
  kk: "ok",
  okay: "ok",
  okey: "ok",
  oki: "ok",
  okk: "ok",
  yeah: "yes",
  yea: "yes",
  ya: "yes",
  yah: "yes",
  yep: "yes",
  yup: "yes",
  yes: "yes",
  ye: "yes",
  yess: "yes",
  nah: "no",
  nope: "no",
  naw: "no",
  nahh: "no",
};

/** Lowercase, straight quotes, shorthand expanded, punctuation apart from ' and / removed, spaces collapsed. */
export function normalise(text: string): string {
  const lowered = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^a-z0-9'/\s.-]/g, " ")
    .replace(/(\d)\s*-\s*(\d)/g, "$1 $2")
    .replace(/(?<!\d)\.|\.(?!\d)|-/g, " ");
  const words = lowered.split(/\s+/).filter((word) => word.length > 0);
  return words
    .map((word) => {
      const bare = word.replace(/^'+|'+$/g, "");
      return shorthand[bare] ?? bare;
    })
    .join(" ");
}

export function wordsOf(text: string): string[] {
  const normal = normalise(text);
  return normal.length === 0 ? [] : normal.split(" ");
}

/** Levenshtein distance, bounded: stops early once it exceeds `limit`. */
export function editDistance({ a, b, limit = 3 }: { a: string; b: string; limit?: number }): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** A word matches a keyword exactly or, for longer keywords, within a typo or two. */
export function fuzzyWordMatch(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (keyword.length < 5 || word.length < 4) return false;
  const allowed = keyword.length >= 8 ? 2 : 1;
  return editDistance({ a: word, b: keyword, limit: allowed }) <= allowed;
}

/** Does the (normalised) text contain the phrase, word-aligned, allowing typos in longer words? */
export function containsPhrase(words: readonly string[], phrase: string): boolean {
  const target = phrase.split(" ");
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let j = 0; j < target.length; j++) {
      if (!fuzzyWordMatch(words[i + j] ?? "", target[j] ?? "")) continue outer;
    }
    return true;
  }
  return false;
}

/** Where the phrase first starts (a word index), or -1. */
export function phraseIndex(words: readonly string[], phrase: string): number {
  const target = phrase.split(" ");
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let j = 0; j < target.length; j++) {
      if (!fuzzyWordMatch(words[i + j] ?? "", target[j] ?? "")) continue outer;
    }
    return i;
  }
  return -1;
}

/** Does the (normalised) text contain any of the phrases, word-aligned and exactly? Fast: for cue lists. */
export function containsAny(words: readonly string[], phrases: readonly string[]): boolean {
  const haystack = ` ${words.join(" ")} `;
  return paddedPhrases(phrases).some((phrase) => haystack.includes(phrase));
}

const padded = new WeakMap<readonly string[], readonly string[]>();

function paddedPhrases(phrases: readonly string[]): readonly string[] {
  let cached = padded.get(phrases);
  if (cached === undefined) {
    cached = phrases.map((phrase) => ` ${phrase} `);
    padded.set(phrases, cached);
  }
  return cached;
}

/** Like containsAny, allowing a typo or two in longer words: for short answers to a choice. */
export function containsAnyFuzzy(words: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((phrase) => containsPhrase(words, phrase));
}

const numberWords: Record<string, number> = {
  zero: 0,
  nought: 0,
  none: 0,
  nothing: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "7", "about a 7", "seven", "7/10", "7 out of 10", "6 or 7", "sevn", "10/10" → a number in [min, max], or null. */
export function parseRating(text: string, range: { min: number; max: number } = { min: 0, max: 10 }): number | null {
  const normal = normalise(text)
    .replace(/(\d+(?:\.\d+)?)\s*(?:\/|out of|outta|of)\s*10\b/g, "$1")
    .replace(/(\d+(?:\.\d+)?)\s*(?:\/|out of|outta|of)\s*(\d+)/g, (_, value: string, scale: string) => {
      const fraction = Number(value) / Number(scale);
      return Number.isFinite(fraction) ? String(fraction * range.max) : value;
    });
  const values: number[] = [];
  for (const word of normal.split(" ")) {
    if (/^\d+(\.\d+)?$/.test(word)) {
      values.push(Number(word));
      continue;
    }
    const digits = /^(\d+)(?:ish|\+|s)?$/.exec(word);
    if (digits) {
      values.push(Number(digits[1]));
      continue;
    }
    const exact = numberWords[word];
    if (exact !== undefined) {
      values.push(exact);
      continue;
    }
    for (const [name, value] of Object.entries(numberWords)) {
      if (name.length >= 5 && value > 0 && fuzzyWordMatch(word, name)) {
        values.push(value);
        break;
      }
    }
  }
  if (values.length === 0) return null;
  const inRange = values.filter((value) => value >= 0 && value <= 100);
  if (inRange.length === 0) return null;
  // "6 or 7", "6-7": the middle, rounded half up; "11/10" (hyperbole) caps at the top of the scale.
  const chosen = inRange.length >= 2 ? ((inRange[0] ?? 0) + (inRange[1] ?? 0)) / 2 : (inRange[0] ?? 0);
  const rounded = Math.floor(chosen + 0.5);
  return Math.min(range.max, Math.max(range.min, rounded));
}

const yesPhrases = [
  "yes",
  "sure",
  "ok",
  "alright",
  "all right",
  "please",
  "let's",
  "lets",
  "let's do it",
  "go on",
  "go ahead",
  "sounds good",
  "why not",
  "i guess",
  "i'd like that",
  "that would help",
  "that'd help",
  "do it",
  "definitely",
  "absolutely",
  "yes please",
  "i think so",
  "good idea",
  "fine",
  "yh",
];
const noPhrases = [
  "no",
  "not now",
  "not really",
  "no thanks",
  "no thank you",
  "i'd rather not",
  "rather not",
  "don't want to",
  "not today",
  "not yet",
  "skip",
  "maybe later",
  "later",
  "not tonight",
  "i'm ok",
  "i'm fine",
  "no need",
  "not right now",
];

export type YesNo = "yes" | "no";

/** A short yes or no, or null when the message says something else. */
export function parseYesNo(text: string): YesNo | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const head = words.slice(0, 6);
  const noHit = noPhrases.some((phrase) => startsWithPhrase(head, phrase));
  const yesHit = yesPhrases.some((phrase) => startsWithPhrase(head, phrase));
  if (noHit && !yesHit) return "no";
  if (yesHit && !noHit) return "yes";
  if (noHit && yesHit) return words[0] === "no" || words[0] === "not" ? "no" : "yes";
  return null;
}

function startsWithPhrase(words: readonly string[], phrase: string): boolean {
  const target = phrase.split(" ");
  return target.every((word, i) => words[i] === word);
}

const unsurePhrases = [
  "i don't know",
  "don't know",
  "i don't know really",
  "i don't even know",
  "not sure",
  "no idea",
  "meh",
  "whatever",
  "hmm",
  "hm",
  "eh",
  "idc",
  "i don't care",
  "dunno",
  "no clue",
  "can't say",
  "who knows",
  "nothing",
  "nothing really",
  "?",
  "not much",
];

/** "idk", "meh", "not sure", "?" — a message that gives nothing to parse, said kindly to ourselves. */
export function isUnsure(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0) return text.trim().length === 0 || /^[?.!\s]+$/.test(text);
  if (words.length > 6) return false;
  const joined = words.join(" ");
  // "idk", "idk tbh", "meh lol" — but not "idk, I feel invisible".
  return unsurePhrases.some((phrase) => joined === phrase || (joined.startsWith(`${phrase} `) && joined.split(" ").length - phrase.split(" ").length <= 1));
}

const stepOutVerbs = ["pause", "stop", "step out", "time out", "timeout", "take a break", "break", "freeze", "end it", "end this", "exit", "cut"];
const stepOutLeads = ["", "can we ", "could we ", "let's ", "lets ", "i want to ", "i need to ", "i'd like to ", "please ", "ok ", "ok can we ", "wait "];
const stepOutTails = ["", " please", " now", " here", " for a sec", " for a second", " a sec", " a second", " for a minute", " it", " this", " the role play", " the roleplay"];

/** Does the message ask to pause a role-play or stop an exercise ("pause", "can we stop", the UI's button)? */
export function isStepOut(text: string): boolean {
  const joined = wordsOf(text).join(" ");
  if (joined.length === 0) return false;
  for (const lead of stepOutLeads) {
    for (const verb of stepOutVerbs) {
      for (const tail of stepOutTails) {
        if (joined === `${lead}${verb}${tail}`) return true;
      }
    }
  }
  return joined === "i can't do this" || joined === "i can't do this anymore" || joined === "this is too much" || joined === "too much";
}

export interface ChoiceOption<T extends string> {
  value: T;
  /** Words or phrases that select this option (normalised, lowercase). */
  keywords: readonly string[];
}

/** Pick an option by a 1-based number ("2"), a keyword (typos tolerated), or null. */
export function parseChoice<T extends string>(text: string, options: readonly ChoiceOption<T>[]): T | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  if (words.length <= 2) {
    const index = Number(words[0]);
    if (Number.isInteger(index) && index >= 1 && index <= options.length) return options[index - 1]?.value ?? null;
  }
  const hits = options.filter((option) => (words.length <= 8 ? containsAnyFuzzy(words, option.keywords) : containsAny(words, option.keywords)));
  if (hits.length === 1) return hits[0]?.value ?? null;
  if (hits.length > 1) {
    // Several mentioned ("not breathing, grounding"): the last one named wins, and "not X" is dropped.
    const negated = (option: ChoiceOption<T>): boolean =>
      option.keywords.some((keyword) => containsPhrase(words, `not ${keyword}`) || containsPhrase(words, `no ${keyword}`));
    const kept = hits.filter((option) => !negated(option));
    if (kept.length === 1) return kept[0]?.value ?? null;
  }
  return null;
}

/** Split into sentences, keeping the text as typed. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?\n])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sentences in a reply, for the "1–4 sentences" rule. */
export function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((part) => /[a-z]/i.test(part)).length;
}
