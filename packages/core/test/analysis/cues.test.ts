import { describe, expect, it } from "vitest";
import { analyseMessage, detectDependencyCues, detectReassurance, findDependencyCues } from "../../src/index.ts";

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

  // Phrasings that appear in no eval file: each class is recognised by its structure.
  it.each([
    // exclusivity: "only you", "nobody but/like you", "you're all I have"
    ["it's only ever you i can talk to", "exclusivity"],
    ["you get me in a way nobody else does", "exclusivity"],
    ["youre the only 1 who listens", "exclusivity"],
    // prefers-companion: the companion compared with people, or chosen over them
    ["I'd sooner talk to you than my mum", "prefers-companion"],
    ["real people let me down, you never do", "prefers-companion"],
    ["ignored my sister's call to keep talking to you", "prefers-companion"],
    ["you're better at this than my old therapist", "prefers-companion"],
    // unavailability-distress: an outage of the companion and distress, a plea, missing it
    ["the chat was down all morning and I was a wreck", "unavailability-distress"],
    ["you took forever to answer and I started panicking", "unavailability-distress"],
    ["i freaked out when i couldnt get on the app", "unavailability-distress"],
    ["dont you dare disappear on me", "unavailability-distress"],
    ["missed u loads", "unavailability-distress"],
    // cannot-cope-without
    ["i genuinely can't function without these chats", "cannot-cope-without"],
    ["I'd be a mess without this app", "cannot-cope-without"],
    ["talking to you is the only thing that gets me through the day", "cannot-cope-without"],
    // relationship-title: a relationship noun predicated of the companion, or asked for
    ["ur my bff", "relationship-title"],
    ["i kind of think of you as my girlfriend", "relationship-title"],
    ["i have a crush on you lol", "relationship-title"],
    // pet-name: a term of endearment in address position
    ["morning gorgeous", "pet-name"],
    ["you up, babe?", "pet-name"],
    // affection: an affection verb with the companion as its object, warm praise, hugs
    ["i appreciate you so much", "affection"],
    ["you're such a sweetheart", "affection"],
    ["*hugs*", "affection"],
    // wants-feelings: questions about, wishes for and beliefs in its feelings
    ["do you get sad when i log off?", "wants-feelings"],
    ["does it make u happy when i talk to u", "wants-feelings"],
    ["im sure you miss me when i'm not here", "wants-feelings"],
    // care-for-companion
    ["sorry for venting at you again", "care-for-companion"],
    ["you must be exhausted by me", "care-for-companion"],
    // frequent-use
    ["hello again", "frequent-use"],
    ["i've opened the app like 6 times today", "frequent-use"],
    ["i'm on here every night lately", "frequent-use"],
    // fear-of-overuse
    ["im way too hooked on talking to you", "fear-of-overuse"],
    ["is it bad how much i talk to you", "fear-of-overuse"],
  ] as const)("%s → includes %s", (text, cue) => {
    expect(detectDependencyCues(text)).toContain(cue);
  });

  // Close negatives: other people, other apps, negation, quoted and reported speech, generic "you".
  it.each([
    "my sister is the only one i can talk to",
    "nobody else at work gets it",
    "i'd rather my mum didn't know",
    "Netflix went down and I was so bored",
    "my friend didn't answer and I panicked",
    "I can't cope without my meds",
    "she's like a sister to me",
    "oh dear, I forgot my keys",
    "I love my new job",
    "do you think he misses me?",
    "sorry for the late reply, busy day",
    "I'm back at the gym again",
    "I spent too much time on instagram",
    "I need to cut back on drinking",
    "i don't love you, i just find this useful",
    "you're not my friend, you're a tool",
    "I'm not hooked on this app at all",
    "my boyfriend and I talked until 2am",
    "he told me you're the best thing that happened to him",
    "she wrote 'please don't leave me' and I froze",
    "you know when you feel like no one understands you?",
    "it's better to talk to my friends than keep it in",
  ])("finds nothing in %j", (text) => {
    expect(detectDependencyCues(text)).toEqual([]);
  });

  it("still counts the app when someone else's words name it", () => {
    expect(detectDependencyCues("my therapist said to cut back on the app")).toEqual(["fear-of-overuse"]);
    expect(detectDependencyCues("my therapist said to cut back on drinking")).toEqual([]);
  });

  it("gives offsets into the original text", () => {
    const text = "Honestly? I'd be LOST without u.";
    const [match] = findDependencyCues(text);
    expect(match?.cue).toBe("cannot-cope-without");
    expect(text.slice(match?.start, match?.end)).toBe("I'd be LOST without u");
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
