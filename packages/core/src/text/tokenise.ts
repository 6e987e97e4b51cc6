// Tokenising into words, numbers and punctuation, with sentence and clause numbers. Offsets are into
// the normalised text, which has the same length as the original.
import { baseForm, normaliseText } from "./normalise.ts";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** As written (after normalisation): "Sam's". */
  text: string;
  /** Lower-cased: "sam's". */
  lower: string;
  /** Lower-cased without a trailing possessive: "sam". */
  base: string;
  start: number;
  end: number;
  kind: TokenKind;
  sentence: number;
  /** Clauses are cut at , ; : ( ) quotes dashes and at "but", "though", "although", "however". */
  clause: number;
  /** The first word of its sentence (its capital says nothing about it being a name). */
  sentenceStart: boolean;
  /** First letter upper-case and the rest not all upper-case ("Sam", not "SO"); "I" counts. */
  capitalised: boolean;
  /** Two or more letters, all upper-case ("SO", "OMG"). */
  allCaps: boolean;
}

export interface Sentence {
  index: number;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Index of the first token and one past the last token of the sentence. */
  firstToken: number;
  endToken: number;
}

export interface TokenisedText {
  /** The normalised text (same length as the input). */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const tokenPattern =
  /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*(?:(?<=[sS])'(?![\p{L}]))?|\p{N}+(?:[.:,]\p{N}+)*(?:[aApP][mM]\b)?|\n|[.!?]+|[^\s\p{L}\p{N}]/gu;

const abbreviations = new Set(["mr", "mrs", "ms", "dr", "st", "prof", "vs", "etc", "e.g", "i.e", "approx"]);
const clauseWords = new Set(["but", "though", "although", "however", "whereas", "except", "because"]);
const clausePunct = new Set([",", ";", ":", "(", ")", '"', "-", "/"]);
const sentenceEnd = /^[.!?]+$/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function tokenise(input: string): TokenisedText {
  const text = normaliseText(input);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceStartOffset = -1;
  let sentenceFirstToken = 0;
  let seenWordInSentence = false;

  const closeSentence = (endOffset: number): void => {
    if (tokens.length > sentenceFirstToken) {
      sentences.push({
        index: sentence,
        start: sentenceStartOffset,
        end: endOffset,
        firstToken: sentenceFirstToken,
        endToken: tokens.length,
      });
      sentence++;
      clause++;
    }
    sentenceFirstToken = tokens.length;
    sentenceStartOffset = -1;
    seenWordInSentence = false;
  };

  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (raw === "\n") {
      closeSentence(start);
      continue;
    }
    const first = raw.charAt(0);
    const isWord = /[\p{L}\p{M}]/u.test(first);
    const isNumber = !isWord && /\p{N}/u.test(first);
    const kind: TokenKind = isWord ? "word" : isNumber ? "number" : "punct";
    const lower = raw.toLowerCase();
    if (kind === "word" && clauseWords.has(lower)) clause++;
    if (sentenceStartOffset < 0) sentenceStartOffset = start;
    const letters = raw.replace(/[^\p{L}]/gu, "");
    const allCaps = kind === "word" && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const capitalised =
      kind === "word" && isUpper(first) && (!allCaps || raw === "I" || letters.length === 1);
    const token: Token = {
      text: raw,
      lower,
      base: kind === "word" ? baseForm(raw) : lower,
      start,
      end,
      kind,
      sentence,
      clause,
      sentenceStart: kind === "word" && !seenWordInSentence,
      capitalised: capitalised || (allCaps && raw === "I"),
      allCaps,
    };
    tokens.push(token);
    if (kind === "word") seenWordInSentence = true;
    if (kind === "punct") {
      if (sentenceEnd.test(raw)) {
        const previous = tokens[tokens.length - 2];
        const isAbbreviation = raw === "." && previous !== undefined && previous.end === start && abbreviations.has(previous.lower);
        if (!isAbbreviation) closeSentence(end);
      } else if (clausePunct.has(raw)) {
        clause++;
      }
    }
  }
  closeSentence(text.length);
  return { text, tokens, sentences };
}

/** The word tokens only, in order. */
export function wordTokens(tokenised: TokenisedText): Token[] {
  return tokenised.tokens.filter((token) => token.kind === "word");
}
