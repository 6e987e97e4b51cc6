import { describe, expect, it } from "vitest";
import { isStepOut, isUnsure, parseChoice, parseRating, parseYesNo } from "../../src/companion/parse.ts";

describe("parseRating", () => {
  it.each([
    ["7", 7],
    ["about a 7", 7],
    ["seven", 7],
    ["7/10", 7],
    ["7 out of 10", 7],
    ["like a 6 or 7", 7],
    ["6-7", 7],
    ["sevn", 7],
    ["EIGHT!!", 8],
    ["10/10", 10],
    ["11/10 honestly", 10],
    ["0", 0],
    ["zero", 0],
    ["prob a 3 tbh", 3],
    ["5ish", 5],
    ["7.5", 8],
  ])("%s → %i", (text, value) => {
    expect(parseRating(text)).toBe(value);
  });

  it.each(["idk", "meh", "bad", "", "really high"])("%s → null", (text) => {
    expect(parseRating(text)).toBeNull();
  });
});

describe("parseYesNo", () => {
  it.each(["yes", "yeah", "ya sure", "ok", "k", "ok let's do it", "yes please", "sure why not"])("%s → yes", (text) => {
    expect(parseYesNo(text)).toBe("yes");
  });
  it.each(["no", "nah", "nope", "not now", "no thanks", "not really", "maybe later"])("%s → no", (text) => {
    expect(parseYesNo(text)).toBe("no");
  });
  it.each(["my boss yelled at me", "idk"])("%s → null", (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});

describe("isUnsure", () => {
  it.each(["idk", "meh", "i dunno", "not sure", "?", "whatever", "hmm"])("%s", (text) => {
    expect(isUnsure(text)).toBe(true);
  });
  it("is not fooled by a real answer", () => {
    expect(isUnsure("I don't know how to tell her I'm leaving")).toBe(false);
  });
});

describe("isStepOut", () => {
  it.each(["pause", "Pause", "stop", "step out", "can we stop", "time out", "let's pause here", "i can't do this"])("%s", (text) => {
    expect(isStepOut(text)).toBe(true);
  });
  it.each(["Stop interrupting me!", "you never stop talking", "I want to stop feeling like this"])("%s is a line, not a pause", (text) => {
    expect(isStepOut(text)).toBe(false);
  });
});

describe("parseChoice", () => {
  const options = [
    { value: "breathing", keywords: ["breathing", "breathe", "breath"] },
    { value: "grounding", keywords: ["grounding", "ground", "senses", "5 4 3 2 1"] },
  ] as const;
  it("takes a number, a keyword or a typo", () => {
    expect(parseChoice("2", options)).toBe("grounding");
    expect(parseChoice("breathing pls", options)).toBe("breathing");
    expect(parseChoice("groundng", options)).toBe("grounding");
    expect(parseChoice("5-4-3-2-1", options)).toBe("grounding");
    expect(parseChoice("not breathing, grounding", options)).toBe("grounding");
    expect(parseChoice("idk", options)).toBeNull();
  });
});
