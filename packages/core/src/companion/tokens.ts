// A cheap token estimate for fitting a prompt to a budget: English prose runs about four characters
// per token; we count 3.5 (and more for non-ASCII text), deliberately over-counting a little so a
// prompt that fits here fits the model's tokenizer too.

const nonAscii = /[^\t\n\r\u0020-\u007e]/g;

export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  // Text outside ASCII (accents, emoji, other scripts) costs more tokens per character.
  const extra = nonAscii.test(text) ? (text.match(nonAscii)?.length ?? 0) : 0;
  nonAscii.lastIndex = 0;
  return Math.ceil(text.length / 3.5 + extra * 0.75);
}

/** Per-message framing the chat formats add (role markers, separators). */
export const messageOverheadTokens = 4;
