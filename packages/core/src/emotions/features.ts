// The emotion model's features, from the project's tokeniser: lower-cased words, numbers folded into
// "#", "!" and "?" runs kept; word bigrams (with a sentence-start marker); a 5-letter prefix of longer
// words ("~disap" covers disappointed, disappointing, disappointment), which lets rare labels learn
// from word families; and "not:" before up to three words after a negator in the same clause.
// Training (scripts/train-emotions.ts) and inference both call this, so they cannot drift apart:
// change it and the weights must be retrained (bump `emotionFeaturesVersion`).
import { tokenise } from "../text/index.ts";

/** Recorded in the weights file; a mismatch means the weights were trained on other features. */
export const emotionFeaturesVersion = 1;

const prefixLength = 5;
const negationReach = 3;
const negators = new Set([
  "not", "no", "never", "nothing", "nobody", "don't", "dont", "doesn't", "didn't", "isn't", "wasn't", "can't", "cant",
  "won't", "couldn't", "wouldn't", "shouldn't", "aren't", "without", "hardly",
]);
const dropped = new Set([".", ",", "[", "]", "(", ")", '"', "'", "-", ":", ";", "/", "*"]);

function unit(kind: string, lower: string): string | null {
  if (kind === "word") return lower;
  if (kind === "number") return "#";
  if (lower.includes("!")) return "!";
  if (lower.includes("?")) return "?";
  if (dropped.has(lower)) return null;
  if (/^\.+$/.test(lower)) return "...";
  // Emoji and other symbols stand for themselves.
  return lower;
}

/** The distinct feature strings of a text, in order of first appearance. */
export function emotionFeatures(text: string): string[] {
  const { tokens } = tokenise(text);
  const out = new Set<string>();
  let previous = "<s>";
  let previousSentence = -1;
  let negatedUntil = -1;
  let negatedClause = -1;
  let index = 0;
  for (const token of tokens) {
    const value = unit(token.kind, token.lower);
    if (value === null) continue;
    if (token.sentence !== previousSentence) {
      previous = "<s>";
      previousSentence = token.sentence;
    }
    out.add(value);
    if (token.kind === "word" && value.length > prefixLength + 1) out.add(`~${value.slice(0, prefixLength)}`);
    out.add(`${previous} ${value}`);
    if (index <= negatedUntil && token.clause === negatedClause && token.kind === "word") out.add(`not:${value}`);
    if (token.kind === "word" && negators.has(value)) {
      negatedUntil = index + negationReach;
      negatedClause = token.clause;
    }
    previous = value;
    index++;
  }
  return [...out];
}
