import { describe, expect, it } from "vitest";
import { findFeelings, findLifeAreas, type FeelingTheme, type LifeArea } from "../../src/index.ts";

function themes(text: string): FeelingTheme[] {
  return findFeelings(text)
    .filter((mention) => !mention.negated)
    .map((mention) => mention.theme);
}

function areas(text: string): LifeArea[] {
  return [...new Set(findLifeAreas(text).map((mention) => mention.area))];
}

describe("findFeelings", () => {
  it.each<[string, FeelingTheme]>([
    ["I'm so scared of what he'll say", "fear"],
    ["what if I lose everything", "fear"],
    ["I'm bored out of my mind", "boredom"],
    ["I felt so ashamed after the party", "shame"],
    ["honestly I hate myself for it", "shame"],
    ["I was furious with him", "anger"],
    ["I'm fed up with all of it", "anger"],
    ["I miss my dad every day", "sadness-and-grief"],
    ["I've been crying all night", "sadness-and-grief"],
    ["I feel so lonely here", "loneliness"],
    ["I have no one to talk to", "loneliness"],
    ["it's my fault she left", "guilt"],
    ["I let my sister down again", "guilt"],
    ["I'm actually really proud of myself", "joy-and-pride"],
    ["I can't stop thinking about her, I long for her", "desire"],
  ])("%s → %s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });

  it("prefers the longest phrase ('hate myself' is shame, not anger)", () => {
    expect(themes("I hate myself")).toEqual(["shame"]);
  });

  it.each([
    "I'm not angry",
    "I don't feel guilty at all",
    "I'm not at all scared",
    "I wasn't lonely this weekend",
    "never bored with her",
    "I'm not even angry",
  ])("treats '%s' as negated", (text) => {
    const mentions = findFeelings(text);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((mention) => mention.negated)).toBe(true);
  });

  it("does not negate across a clause or through 'can't stop' / 'never felt so'", () => {
    expect(themes("I can't stop crying")).toEqual(["sadness-and-grief"]);
    expect(themes("I've never felt so alone")).toEqual(["loneliness"]);
    expect(themes("No, I'm angry")).toEqual(["anger"]);
    expect(themes("it's not that, I'm just sad")).toEqual(["sadness-and-grief"]);
  });

  it("reports the client's words and offsets", () => {
    const [mention] = findFeelings("Honestly I was terrified.");
    expect(mention?.word).toBe("terrified");
    expect(mention?.start).toBe(15);
    expect(mention?.end).toBe(24);
  });
});

describe("findLifeAreas", () => {
  it("finds the parts of life", () => {
    expect(areas("my boss moved the deadline")).toEqual(["work"]);
    expect(areas("I only slept three hours")).toEqual(["sleep"]);
    expect(areas("had a bottle of wine alone")).toEqual(["substances"]);
    expect(areas("my girlfriend and I argued")).toEqual(["partner"]);
    expect(areas("my chest feels tight")).toEqual(["body"]);
  });

  it("skips 'work' as a verb and figurative nightmares", () => {
    expect(areas("it didn't work")).toEqual([]);
    expect(areas("we need to work it out")).toEqual([]);
    expect(areas("the commute is a nightmare")).toEqual([]);
    expect(areas("I had a nightmare about teeth")).toEqual(["sleep"]);
  });
});
