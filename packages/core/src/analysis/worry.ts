// Worry fingerprints for loops: a worry sentence is reduced to a small, sorted set of hashed content
// words (no text is kept), so the same worry written again on another day — in slightly different
// words — can be recognised as a near-repeat.
import { commonWords } from "../text/common-words.ts";
import type { FeelingMention, TokenisedText } from "../text/index.ts";

/** At most this many hashes are kept per worry (the smallest ones: a bottom-k sketch). */
export const worrySketchSize = 16;
/** A worry needs at least this many content words to be fingerprinted. */
export const minWorryWords = 3;

const worryCue =
  /\b(?:what if|what happens if|keep thinking|keeps? going round|going round (?:and round )?in my head|can't stop thinking|cant stop thinking|can't stop worrying|can't get it out of my head|i'm convinced|im convinced|i just know|i know (?:they|he|she|it)'?(?:re|s)? going to|over and over|again and again|obsessing|ruminating|i'm sure (?:they|he|she|everyone)|what will (?:they|he|she|people)|keep replaying|keep going over|all i can think about)\b/;

const worryThemes = new Set(["fear", "guilt", "shame"]);

/** Words too generic to tell one worry from another. */
const generic = new Set(
  `think thinking thought feel feeling felt know going get got really just thing things something anything everything
   people someone time day days night week today tonight tomorrow yesterday now again still keep keeps kept
   happen happens happened mean means make makes made way lot bit much many maybe actually literally head mind
   sure say said tell told want wanted need needed could would should might will can cant can't won't dont don't
   didnt didn't im i'm ive i've id i'd going gonna stop worry worried worrying scared afraid anxious convinced
   round over happen end first last next start stuff`.split(/\s+/),
);

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("es")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** FNV-1a, 32 bits, unsigned. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A sorted, de-duplicated bottom-k set of hashed content words. */
export function sketchWords(words: readonly string[]): number[] {
  const hashes = new Set<number>();
  for (const word of words) hashes.add(hashWord(word));
  return [...hashes].sort((a, b) => a - b).slice(0, worrySketchSize);
}

export interface SketchSimilarity {
  overlap: number;
  jaccard: number;
  containment: number;
}

export function sketchSimilarity(a: readonly number[], b: readonly number[]): SketchSimilarity {
  let i = 0;
  let j = 0;
  let overlap = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      overlap++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - overlap;
  return {
    overlap,
    jaccard: union === 0 ? 0 : overlap / union,
    containment: Math.min(a.length, b.length) === 0 ? 0 : overlap / Math.min(a.length, b.length),
  };
}

/** Two worries are near-repeats when they share at least three content words and most of them. */
export function isNearRepeat(a: readonly number[], b: readonly number[]): boolean {
  const similarity = sketchSimilarity(a, b);
  return similarity.overlap >= 3 && (similarity.jaccard >= 0.34 || similarity.containment >= 0.6);
}

export interface WorryOptions {
  tokenised: TokenisedText;
  feelings: readonly FeelingMention[];
}

/**
 * Sketches of the worries in a message (at most three, in order). A worry is a sentence with fear,
 * guilt or shame words or a rumination cue ("what if", "I keep thinking"), read together with the
 * sentences on either side of it: people spread one worry over short sentences.
 */
export function worrySketches(options: WorryOptions): number[][] {
  const { tokenised, feelings } = options;
  const worried = new Set<number>();
  for (const feeling of feelings) if (!feeling.negated && worryThemes.has(feeling.theme)) worried.add(feeling.sentence);
  for (const sentence of tokenised.sentences) {
    const text = tokenised.text.slice(sentence.start, sentence.end).toLowerCase();
    if (worryCue.test(text)) worried.add(sentence.index);
  }
  if (worried.size === 0) return [];
  // Passages: each worry sentence with its neighbours, overlapping passages joined.
  const passages: [number, number][] = [];
  for (const index of [...worried].sort((a, b) => a - b)) {
    const from = Math.max(0, index - 1);
    const to = Math.min(tokenised.sentences.length - 1, index + 1);
    const last = passages[passages.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else passages.push([from, to]);
  }
  const sketches: number[][] = [];
  for (const [from, to] of passages) {
    if (sketches.length >= 3) break;
    const words: string[] = [];
    for (let s = from; s <= to; s++) {
      const sentence = tokenised.sentences[s];
      if (sentence === undefined) continue;
      for (let t = sentence.firstToken; t < sentence.endToken; t++) {
        const token = tokenised.tokens[t];
        if (token === undefined || token.kind !== "word") continue;
        const base = token.base;
        if (base.length < 3 || commonWords.has(base) || generic.has(base)) continue;
        const stemmed = stem(base);
        if (!generic.has(stemmed)) words.push(stemmed);
      }
    }
    const sketch = sketchWords(words);
    if (sketch.length >= minWorryWords) sketches.push(sketch);
  }
  return sketches;
}
