// A small phrase matcher over word tokens. Patterns are written as space-separated slots:
//   "worr{y,ied,ies,ying}"   one word, with brace alternatives (suffixes or whole words)
//   "{so,really}?"          an optional slot
//   "*"                     any one word (never the first slot)
// Braces may hold several words ("{no one,nobody} cares"). Matching is longest-first and non-overlapping, left to right, within one sentence.
import type { Token } from "./tokenise.ts";

export interface PhraseEntry<T> {
  pattern: string;
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** The words matched, lower-case, with "…" for wildcard slots: a bounded vocabulary. */
  label: string;
  /** Indices into the word-token array passed to matchPhrases (end exclusive). */
  startWord: number;
  endWord: number;
}

type Slot = ReadonlySet<string> | null;

interface CompiledPattern<T> {
  slots: Slot[];
  value: T;
}

export interface CompiledPhrases<T> {
  byFirst: ReadonlyMap<string, readonly CompiledPattern<T>[]>;
}

/** "worr{y,ied}" → ["worry", "worried"]; "{a,b}c{d,e}" → four words. */
export function expandBraces(word: string): string[] {
  const open = word.indexOf("{");
  if (open < 0) return [word];
  const close = word.indexOf("}", open);
  if (close < 0) throw new Error(`unbalanced braces in "${word}"`);
  const head = word.slice(0, open);
  const tail = word.slice(close + 1);
  const options = word.slice(open + 1, close).split(",");
  return options.flatMap((option) => expandBraces(`${head}${option}${tail}`));
}

function expandOptional(slots: string[]): string[][] {
  const firstOptional = slots.findIndex((slot) => slot.endsWith("?"));
  if (firstOptional < 0) return [slots];
  const without = [...slots.slice(0, firstOptional), ...slots.slice(firstOptional + 1)];
  const withIt = [...slots];
  withIt[firstOptional] = slots[firstOptional]?.slice(0, -1) ?? "";
  return [...expandOptional(withIt), ...expandOptional(without)];
}

export function compilePhrases<T>(entries: readonly PhraseEntry<T>[]): CompiledPhrases<T> {
  const byFirst = new Map<string, CompiledPattern<T>[]>();
  for (const entry of entries) {
    for (const expanded of expandBraces(entry.pattern.trim().toLowerCase())) {
      addPattern(byFirst, expanded, entry);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  return { byFirst };
}

function addPattern<T>(byFirst: Map<string, CompiledPattern<T>[]>, pattern: string, entry: PhraseEntry<T>): void {
  for (const slotsText of expandOptional(pattern.split(/\s+/))) {
    if (slotsText.length === 0) continue;
    const slots: Slot[] = slotsText.map((slot) => (slot === "*" ? null : new Set([slot])));
    const first = slotsText[0];
    if (first === undefined || first === "*") throw new Error(`pattern "${entry.pattern}" starts with a wildcard`);
    const list = byFirst.get(first) ?? [];
    list.push({ slots, value: entry.value });
    byFirst.set(first, list);
  }
}

function slotMatches(slot: Slot, token: Token): boolean {
  return slot === null || slot.has(token.lower) || slot.has(token.base);
}

function lookup<T>(compiled: CompiledPhrases<T>, token: Token): readonly CompiledPattern<T>[] | undefined {
  return compiled.byFirst.get(token.lower) ?? (token.base === token.lower ? undefined : compiled.byFirst.get(token.base));
}

/** Longest non-overlapping matches, left to right; a match never crosses a sentence boundary. */
export function matchPhrases<T>(compiled: CompiledPhrases<T>, words: readonly Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  let i = 0;
  while (i < words.length) {
    const matched = matchPhraseAt(compiled, words, i);
    if (matched === null) {
      i++;
    } else {
      matches.push(matched);
      i = matched.endWord;
    }
  }
  return matches;
}

/** The longest pattern matching at exactly `index` (or null), within one sentence. */
export function matchPhraseAt<T>(compiled: CompiledPhrases<T>, words: readonly Token[], index: number): PhraseMatch<T> | null {
  const token = words[index];
  if (token === undefined) return null;
  const candidates = lookup(compiled, token);
  if (candidates === undefined) return null;
  for (const candidate of candidates) {
    const end = index + candidate.slots.length;
    if (end > words.length) continue;
    let ok = true;
    const labelParts: string[] = [];
    for (let k = 0; k < candidate.slots.length; k++) {
      const word = words[index + k];
      const slot = candidate.slots[k];
      if (word === undefined || slot === undefined || word.sentence !== token.sentence || !slotMatches(slot, word)) {
        ok = false;
        break;
      }
      labelParts.push(slot === null ? "…" : word.lower);
    }
    if (ok) return { value: candidate.value, label: labelParts.join(" "), startWord: index, endWord: end };
  }
  return null;
}
