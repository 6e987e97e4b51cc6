import { describe, expect, it } from "vitest";
import { flipPerson } from "../../src/companion/pronouns.ts";

describe("flipPerson", () => {
  it.each([
    ["my sister yelled at me again", "your sister yelled at you again"],
    ["I feel like nobody listens to me", "You feel like nobody listens to you"],
    ["I'm so tired of it", "You're so tired of it"],
    ["I am scared", "You are scared"],
    ["I was wrong", "You were wrong"],
    ["we had a fight", "you had a fight"],
    ["My boss said I'm lazy", "Your boss said you're lazy"],
    ["you never listen to me", "I never listen to you"],
    ["You always do this to me", "I always do this to you"],
    ["you're being selfish", "I'm being selfish"],
    ["I told you I was fine", "You told me you were fine"],
    ["why are you like this", "why am I like this"],
    ["I love you", "You love me"],
    ["your mum is right", "my mum is right"],
  ])("%s → %s", (text, flipped) => {
    expect(flipPerson(text)).toBe(flipped);
  });

  it("keeps 'we' in a role-play", () => {
    expect(flipPerson("we need to talk about us", { we: "keep" })).toBe("we need to talk about us");
  });
});
