import { describe, expect, it } from "vitest";
import { normaliseText, tokenise, wordTokens } from "../../src/index.ts";

describe("normaliseText", () => {
  it("straightens quotes and dashes without changing length", () => {
    const input = "I don\u2019t know \u2014 \u201Cmaybe\u201D\u2026";
    const output = normaliseText(input);
    expect(output).toBe(`I don't know - "maybe".`);
    expect(output.length).toBe(input.length);
  });
});

describe("tokenise", () => {
  it("keeps apostrophes and hyphens inside words and marks sentence starts", () => {
    const { tokens, sentences } = tokenise("Sam's mother-in-law called. I didn't answer!\nthen she texted");
    const words = tokens.filter((token) => token.kind === "word");
    expect(words.map((token) => token.text)).toEqual(["Sam's", "mother-in-law", "called", "I", "didn't", "answer", "then", "she", "texted"]);
    expect(words[0]?.base).toBe("sam");
    expect(words.filter((token) => token.sentenceStart).map((token) => token.text)).toEqual(["Sam's", "I", "then"]);
    expect(sentences).toHaveLength(3);
  });

  it("does not end a sentence at Dr. or Mr.", () => {
    const { sentences } = tokenise("I saw Dr. Patel today. It was fine.");
    expect(sentences).toHaveLength(2);
  });

  it("cuts clauses at commas and at 'but'", () => {
    const words = wordTokens(tokenise("I was angry, but not now"));
    expect(words[2]?.clause).not.toBe(words[4]?.clause);
  });

  it("tells capitalised words from all-caps shouting", () => {
    const words = wordTokens(tokenise("I was SO tired and Ana laughed"));
    expect(words.find((token) => token.text === "SO")?.capitalised).toBe(false);
    expect(words.find((token) => token.text === "SO")?.allCaps).toBe(true);
    expect(words.find((token) => token.text === "Ana")?.capitalised).toBe(true);
  });

  it("keeps offsets pointing at the original text", () => {
    const input = "my mum\u2019s birthday";
    const words = wordTokens(tokenise(input));
    const mum = words[1];
    expect(mum === undefined ? "" : input.slice(mum.start, mum.end)).toBe("mum\u2019s");
  });
});
