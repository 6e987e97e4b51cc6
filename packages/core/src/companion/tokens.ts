// A cheap token estimate for fitting a prompt to a budget: about four characters per token for
// English prose, never less than one token per word-ish run. Deliberately conservative (it
// over-counts a little), so a prompt that fits here fits the model's tokenizer too.

export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(Math.ceil(text.length / 3.6), words);
}

/** Per-message framing the chat formats add (role markers, separators). */
export const messageOverheadTokens = 4;
