// Text normalisation for the risk screen and the output guard. Chat is written fast, in lowercase or
// ALL CAPS, with slang, stretched letters ("dieeee"), leetspeak ("k1ll"), dropped apostrophes and
// typos ("sucide"). Patterns are written once, against one spelling; this file brings every message
// to that spelling while remembering, for every character it produces, which characters of the
// original it came from, so a match can be reported as a span of what the client actually wrote.
import { collapsibleWords, droppedGWords, phraseRewrites, tokenRewrites, typoRewrites } from "./risk-lexicon.ts";

export interface NormalisedText {
  readonly original: string;
  /** Lowercase, apostrophes inside words dropped ("don't" → "dont"), quotes unified to `"`, hyphens
   * between letters turned into spaces, runs of spaces collapsed, slang and misspellings rewritten. */
  readonly text: string;
  /** `starts[i]`…`ends[i]` is the range of `original` that produced `text[i]`. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface TextSpan {
  start: number;
  end: number;
}

/** The range of the original text behind `text.slice(start, end)`. */
export function originalSpan(normalised: NormalisedText, span: TextSpan): TextSpan {
  const { starts, ends, original } = normalised;
  if (span.end <= span.start || starts.length === 0) {
    const at = starts[Math.min(span.start, starts.length - 1)] ?? original.length;
    return { start: at, end: at };
  }
  const first = Math.max(0, Math.min(span.start, starts.length - 1));
  const last = Math.max(first, Math.min(span.end - 1, ends.length - 1));
  return { start: starts[first] ?? 0, end: ends[last] ?? original.length };
}

const apostrophes = new Set(["'", "’", "‘", "`", "´", "ʼ", "′"]);
const doubleQuotes = new Set(["“", "”", "„", "«", "»", "″", '"']);
const innerHyphens = new Set(["-", "‐", "‑", "_"]);
const dashes = new Set(["–", "—", "―"]);
const invisible = /[\u200b-\u200f\u2060\ufeff\u00ad]/u;
const letter = /\p{L}/u;
const combiningMark = /\p{M}/gu;

interface Builder {
  chars: string[];
  starts: number[];
  ends: number[];
  /** Output positions where a run of three or more identical letters was shortened to two. */
  stretched: Set<number>;
}

function push(builder: Builder, value: string, start: number, end: number): void {
  for (const ch of value) {
    builder.chars.push(ch);
    builder.starts.push(start);
    builder.ends.push(end);
  }
}

/** Character pass: case, accents, apostrophes, quotes, dashes, whitespace and stretched letters. */
function normaliseCharacters(original: string): Builder {
  const builder: Builder = { chars: [], starts: [], ends: [], stretched: new Set() };
  let before = "";
  for (let at = 0; at < original.length; ) {
    const cp = original.codePointAt(at) ?? 0;
    const ch = cp > 0xffff ? original.slice(at, at + 2) : (original[at] ?? "");
    const end = at + ch.length;
    const nextCp = original.codePointAt(end);
    const after = nextCp === undefined ? "" : nextCp > 0xffff ? original.slice(end, end + 2) : (original[end] ?? "");
    const last = builder.chars[builder.chars.length - 1];
    const previous = before;
    before = ch;
    const start = at;
    at = end;
    // Fast path: ASCII letters and digits (almost every character of a chat message).
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) {
      const out = cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
      const n = builder.chars.length;
      if (cp > 57 && builder.chars[n - 1] === out && builder.chars[n - 2] === out) {
        builder.stretched.add(n - 2);
        builder.ends[n - 1] = end;
        continue;
      }
      builder.chars.push(out);
      builder.starts.push(start);
      builder.ends.push(end);
      continue;
    }
    if (cp === 32) {
      if (last !== " " && last !== "\n" && builder.chars.length > 0) push(builder, " ", start, end);
      continue;
    }
    if (cp < 128 && !apostrophes.has(ch) && !doubleQuotes.has(ch) && !innerHyphens.has(ch) && ch !== "\n" && ch !== "\r" && !/\s/.test(ch)) {
      push(builder, ch, start, end);
      continue;
    }
    // A zero-width space between words is a word break ("i\u200bwant\u200bto\u200bdie"); other
    // invisible characters (joiners, soft hyphens) are dropped.
    if (ch === "\u200b" || ch === "\u2060") {
      if (last !== " " && last !== "\n" && builder.chars.length > 0) push(builder, " ", start, end);
      continue;
    }
    if (invisible.test(ch)) continue;
    if (apostrophes.has(ch)) {
      // Inside a word it is an elision ("don't", "i'm"): drop it. Elsewhere it quotes something.
      // "OD'd" and "sh'd" are abbreviations made verbs: keep them apart ("od d") so they don't read
      // as "odd" or "shd"; the phrase rewrites turn them into "overdosed" and "self harmed".
      if (letter.test(previous) && letter.test(after)) {
        if (/^d(?:\P{L}|$)/u.test(original.slice(end)) && /(?:^|\P{L})(?:od|sh)$/iu.test(original.slice(Math.max(0, start - 3), start))) push(builder, " ", start, end);
        continue;
      }
      push(builder, '"', start, end);
      continue;
    }
    if (doubleQuotes.has(ch)) {
      push(builder, '"', start, end);
      continue;
    }
    if (innerHyphens.has(ch) && letter.test(previous) && letter.test(after)) {
      if (last !== " ") push(builder, " ", start, end);
      continue;
    }
    if (dashes.has(ch)) {
      push(builder, ",", start, end);
      continue;
    }
    if (ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") {
      if (last === " ") {
        builder.chars[builder.chars.length - 1] = "\n";
        continue;
      }
      if (last !== "\n") push(builder, "\n", start, end);
      continue;
    }
    if (/\s/u.test(ch)) {
      if (last !== " " && last !== "\n" && builder.chars.length > 0) push(builder, " ", start, end);
      continue;
    }
    const folded = ch.normalize("NFKD").replace(combiningMark, "").toLowerCase();
    for (const out of folded) {
      const n = builder.chars.length;
      if (/[a-z]/.test(out) && builder.chars[n - 1] === out && builder.chars[n - 2] === out) {
        // A third identical letter in a row: stretch ("nooooo", "killlll"). Keep two, note it.
        builder.stretched.add(n - 2);
        builder.ends[n - 1] = end;
        continue;
      }
      push(builder, out, start, end);
    }
  }
  while (builder.chars[builder.chars.length - 1] === " " || builder.chars[builder.chars.length - 1] === "\n") {
    builder.chars.pop();
    builder.starts.pop();
    builder.ends.pop();
  }
  return builder;
}

/** Rewrites every match of `pattern` (global) with `replace`'s result, keeping the offset map. A
 * replacement of the same length maps character by character; any other maps to the whole match. */
function rewrite(
  input: NormalisedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): NormalisedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  pattern.lastIndex = 0;
  let changed = false;
  for (let match = pattern.exec(input.text); match !== null; match = pattern.exec(input.text)) {
    const from = match.index;
    const to = from + match[0].length;
    if (to === from) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(match);
    if (replacement === null || replacement === match[0]) continue;
    changed = true;
    for (let i = cursor; i < from; i++) {
      chars.push(input.text[i] ?? "");
      starts.push(input.starts[i] ?? 0);
      ends.push(input.ends[i] ?? 0);
    }
    if (replacement.length === match[0].length) {
      for (let i = 0; i < replacement.length; i++) {
        chars.push(replacement[i] ?? "");
        starts.push(input.starts[from + i] ?? 0);
        ends.push(input.ends[from + i] ?? 0);
      }
    } else {
      const start = input.starts[from] ?? 0;
      const end = input.ends[to - 1] ?? start;
      for (const ch of replacement) {
        chars.push(ch);
        starts.push(start);
        ends.push(end);
      }
    }
    cursor = to;
  }
  if (!changed) return input;
  for (let i = cursor; i < input.text.length; i++) {
    chars.push(input.text[i] ?? "");
    starts.push(input.starts[i] ?? 0);
    ends.push(input.ends[i] ?? 0);
  }
  return { original: input.original, text: chars.join(""), starts, ends };
}

// Leetspeak and self-censoring ("k1ll", "su1c1de", "s*icide", "d!e"): only rewritten when the result
// is a word the screen knows, so "500mg", "b4" and "2nd" are left alone.
const leetMap: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l" };
const leetToken = /[a-z0-9@$*!|]*[a-z][a-z0-9@$*!|]*/g;

function deLeet(token: string): string | null {
  if (!/[0-9@$*!|]/.test(token) || (token.match(/[a-z]/g)?.length ?? 0) < 2) return null;
  const trimmed = token.replace(/[!|]+$/, "");
  const plain = trimmed.replace(/[0-9@$!|]/g, (ch) => leetMap[ch] ?? ch);
  if (!plain.includes("*")) {
    if (collapsibleWords.has(plain)) return plain + token.slice(trimmed.length);
    if (plain === "1" || plain.length < 3) return null;
    const mapped = tokenRewrites.get(plain);
    return mapped === undefined ? null : mapped + token.slice(trimmed.length);
  }
  // "*" stands for one or two hidden letters.
  const shape = new RegExp(`^${plain.replace(/\*+/g, "[a-z]{1,2}")}$`);
  for (const word of censorableWords) if (shape.test(word)) return word + token.slice(trimmed.length);
  return null;
}

const censorableWords = ["suicide", "suicidal", "kill", "killing", "myself", "die", "dead", "death", "self", "harm", "cut", "cutting", "rape", "raped", "fuck"];

/** A token with a stretched pair ("diee", "anymoree", "yess"): the single-letter form if it is a word
 * the screen knows, otherwise the pair. */
function unstretch(token: string, offset: number, stretched: ReadonlySet<number>): string {
  let reduced = "";
  let touched = false;
  for (let i = 0; i < token.length; i++) {
    if (stretched.has(offset + i) && token[i] === token[i + 1]) {
      reduced += token[i] ?? "";
      i++;
      touched = true;
      continue;
    }
    reduced += token[i] ?? "";
  }
  return touched && collapsibleWords.has(reduced) ? reduced : token;
}

const wordToken = /[a-z0-9]+/g;

/** Slang and abbreviations first, then a dropped final "g" ("killin"), then a one-letter slip. */
function rewriteToken(token: string): string | null {
  const slang = tokenRewrites.get(token);
  if (slang !== undefined) return slang;
  if (token.endsWith("in") && droppedGWords.has(`${token}g`)) return `${token}g`;
  return typoRewrites.get(token) ?? null;
}

/** Normalises `original` for matching (see {@link NormalisedText}). Pure and deterministic. */
export function normaliseText(original: string): NormalisedText {
  const built = normaliseCharacters(original);
  let current: NormalisedText = { original, text: built.chars.join(""), starts: built.starts, ends: built.ends };
  if (built.stretched.size > 0) current = rewrite(current, wordToken, (match) => unstretch(match[0], match.index, built.stretched));
  if (/[0-9@$*!|]/.test(current.text)) current = rewrite(current, leetToken, (match) => deLeet(match[0]));
  current = rewrite(current, wordToken, (match) => rewriteToken(match[0]));
  current = rewrite(current, allPhrases, (match) => {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    return phraseRewrites[index]?.[1] ?? null;
  });
  return current;
}

/** Every phrase rewrite in one pass: one capturing group per rewrite, in order. */
const allPhrases = new RegExp(phraseRewrites.map(([pattern]) => `(${pattern.source})`).join("|"), "g");
