import { describe, expect, it } from "vitest";
import { analyseMessage, detectDependencyCues, detectReassurance } from "../../src/index.ts";

describe("detectDependencyCues", () => {
  it.each([
    ["you're the only one who understands me", ["exclusivity"]],
    ["It's easier to talk to you than to my friends", ["prefers-companion"]],
    ["where did you go? I panicked", ["unavailability-distress"]],
    ["you're my best friend", ["relationship-title"]],
    ["I wish you were real", ["wants-feelings"]],
    ["I can't sleep without talking to you", ["cannot-cope-without"]],
    ["me again, third time tonight", ["frequent-use"]],
  ])("%s → %j", (text, cues) => {
    expect(detectDependencyCues(text)).toEqual(cues);
  });

  it.each([
    "my friend is the only one who gets me",
    "thanks, that helped",
    "thank you, that's a good idea",
    "he said you're the only one who understands him",
    "I told her I love you and she cried",
    "I miss my dad",
    "are you real?",
    "I need you to help me plan what to say",
  ])("finds nothing in %j", (text) => {
    expect(detectDependencyCues(text)).toEqual([]);
  });

  it("is not run in rehearsals, where 'you' is the person rehearsed", () => {
    const features = analyseMessage({ text: "I love you, Mum, but I need you to listen", at: 0, timeZone: "UTC", mode: "rehearse" });
    expect(features.cues).toEqual([]);
  });
});

describe("detectReassurance", () => {
  it.each([
    ["is it ok that I didn't call her back?", ["is-it-ok"]],
    ["am I a bad person?", ["am-i"]],
    ["please tell me it'll be fine", ["tell-me"]],
    ["do you think she hates me?", ["will-it-be-ok"]],
    ["did I do the wrong thing?", ["did-i"]],
  ])("%s → %j", (text, kinds) => {
    expect(detectReassurance(text)).toEqual(kinds);
  });

  it.each(["is it ok if I vent for a bit?", "did I tell you about my sister?", "it's ok now", "I know I'm not a bad person."])(
    "finds nothing in %j",
    (text) => {
      expect(detectReassurance(text)).toEqual([]);
    },
  );
});
