// What a client types (or the option button sends) for a questionnaire item → the option's value.
// Accepts the exact option text, a digit 0–3 (the option's value, as shown on the buttons), and
// everyday paraphrases ("never", "most days", "every day", "a few days"). Null when unclear: the item
// is asked again; a value is never guessed.

import { normalise } from "../companion/parse.ts";

const frequencyPhrases: readonly (readonly string[])[] = [
  ["not at all", "never", "none", "no", "nope", "not really", "0 days", "zero", "no days", "nothing", "not once", "not at all really"],
  ["several days", "some days", "a few days", "few days", "sometimes", "occasionally", "a bit", "a little", "once or twice", "a couple of days", "couple of days", "rarely", "one"],
  [
    "more than half the days",
    "more than half",
    "half the days",
    "most days",
    "often",
    "a lot",
    "lots",
    "more than half of the days",
    "over half",
    "frequently",
    "two",
  ],
  ["nearly every day", "every day", "everyday", "almost every day", "all the time", "always", "constantly", "daily", "every single day", "nearly everyday", "three"],
];

/** An answer to a PHQ-9 / GAD-7 item (0–3), or null. */
export function parseFrequencyAnswer(text: string): number | null {
  const normal = normalise(text).replace(/^(um|uh|hmm|i'd say|i guess|probably|maybe)\s+/, "");
  if (/^[0-3]$/.test(normal)) return Number(normal);
  for (let value = 3; value >= 0; value--) {
    const phrases = frequencyPhrases[value] ?? [];
    if (phrases.includes(normal)) return value;
  }
  // Longer messages: the longest phrase found anywhere, so "more than half the days" beats "half".
  let best: { value: number; length: number } | null = null;
  for (let value = 0; value < frequencyPhrases.length; value++) {
    for (const phrase of frequencyPhrases[value] ?? []) {
      if (phrase.length < 5) continue;
      if (` ${normal} `.includes(` ${phrase} `) && (best === null || phrase.length > best.length)) best = { value, length: phrase.length };
    }
  }
  return best?.value ?? null;
}

const difficultyPhrases: readonly (readonly string[])[] = [
  ["not difficult at all", "not difficult", "not at all", "not really", "no", "fine", "easy", "0"],
  ["somewhat difficult", "somewhat", "a bit", "a little", "kind of", "sort of", "bit difficult", "1"],
  ["very difficult", "very", "really difficult", "quite difficult", "hard", "really hard", "2"],
  ["extremely difficult", "extremely", "impossible", "so hard", "incredibly", "3"],
];

/** An answer to the unscored functional item (0 = not difficult at all … 3 = extremely), or null. */
export function parseDifficultyAnswer(text: string): number | null {
  const normal = normalise(text);
  for (let value = 3; value >= 0; value--) {
    if ((difficultyPhrases[value] ?? []).includes(normal)) return value;
  }
  let best: { value: number; length: number } | null = null;
  for (let value = 0; value < difficultyPhrases.length; value++) {
    for (const phrase of difficultyPhrases[value] ?? []) {
      if (phrase.length < 4) continue;
      if (` ${normal} `.includes(` ${phrase} `) && (best === null || phrase.length > best.length)) best = { value, length: phrase.length };
    }
  }
  return best?.value ?? null;
}
