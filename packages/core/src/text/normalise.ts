// Text normalisation that keeps every character where it was: offsets found in the normalised text
// point at the same characters in the original (one UTF-16 unit in, one out), so a caller can cut
// an excerpt from either.

const replacements: ReadonlyMap<string, string> = new Map([
  ["\u2018", "'"], // ‘
  ["\u2019", "'"], // ’
  ["\u201A", "'"], // ‚
  ["\u201B", "'"], // ‛
  ["\u2032", "'"], // ′
  ["\u00B4", "'"], // ´
  ["\u0060", "'"], // `
  ["\u201C", '"'], // “
  ["\u201D", '"'], // ”
  ["\u201E", '"'], // „
  ["\u2033", '"'], // ″
  ["\u2010", "-"], // hyphen
  ["\u2011", "-"], // non-breaking hyphen
  ["\u2012", "-"], // figure dash
  ["\u2013", "-"], // en dash
  ["\u2014", "-"], // em dash
  ["\u2212", "-"], // minus
  ["\u00A0", " "], // no-break space
  ["\u2007", " "],
  ["\u202F", " "],
  ["\u2009", " "],
  ["\u200A", " "],
  ["\t", " "],
  ["\u2026", "."], // … (one unit, so it becomes one full stop)
  ["\u00E9", "e"], // é: fiancé, café
  ["\u00C9", "E"],
]);

const needsWork = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C\u201D\u201E\u2033\u2010-\u2014\u2212\u00A0\u2007\u202F\u2009\u200A\t\u2026\u00E9\u00C9\u200B\u200C\uFEFF]|\u200D/;

/**
 * Straightens quotes and apostrophes, turns dashes into "-", odd spaces into " ", "…" into ".",
 * and zero-width characters into spaces. Case is kept (names need it). The result has exactly the
 * same length as the input.
 */
export function normaliseText(text: string): string {
  if (!needsWork.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) {
      out += " ";
      continue;
    }
    out += replacements.get(ch) ?? ch;
  }
  return out;
}

/** Lower-cases and strips a trailing possessive ("Sam's" → "sam", "parents'" → "parents"). */
export function baseForm(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith("'s") && lower.length > 2) return lower.slice(0, -2);
  if (lower.endsWith("s'") && lower.length > 2) return lower.slice(0, -1);
  return lower;
}
