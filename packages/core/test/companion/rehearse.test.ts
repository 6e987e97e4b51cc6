import { describe, expect, it } from "vitest";
import { isFollowUpDue, type DueFollowUp, type RehearseFlow } from "../../src/index.ts";
import { chooseReaction, echoOf, fearAsSaid } from "../../src/companion/modes/rehearse.ts";
import { rehearseFlow } from "../../src/companion/modes/state.ts";
import { createRandom } from "../../src/companion/random.ts";
import { rehearseCopy } from "../../src/companion/copy/rehearse.copy.ts";
import { eventsOf, newConversation, open, say, timeZone } from "./helpers.ts";

describe("a full rehearsal", () => {
  it("goes from set-up through role-play, pause, debrief and intention, to the follow-up on the due date", () => {
    const conversation = newConversation("rehearse");
    expect(open(conversation).builtInReply).toMatch(/who/i);

    let plan = say(conversation, "my dad");
    expect(plan.builtInReply).toMatch(/your dad/);
    expect(plan.builtInReply).toMatch(/say|hear/i);

    plan = say(conversation, "that I'm moving out next month");
    expect(plan.builtInReply).toMatch(/afraid|dreading|hardest to hear/i);

    plan = say(conversation, "that he'll say I'm ungrateful after everything");
    expect(plan.fixedReply).toBe(true);
    expect(plan.structured).toMatchObject({ kind: "choices", purpose: "difficulty" });

    plan = say(conversation, "realistic");
    expect(plan.mode).toBe("rehearse");
    expect(plan.builtInReply).toMatch(/I'll (be|play) your dad|I'm your dad/);
    expect(plan.builtInReply).toMatch(/pause/i);
    expect(plan.structured).toEqual({ kind: "role-play", pause: { label: "Pause", send: "pause" } });

    // Role-play: the companion speaks as Dad, and a model is told to stay in role.
    const lines = [
      "Dad, I need to tell you something. I'm moving out next month.",
      "I need my own space, I'm 27",
      "you never let me decide anything for myself",
      "I'm not being ungrateful, I love you",
      "I just want you to be ok with it",
    ];
    const roleReplies: string[] = [];
    for (const line of lines) {
      plan = say(conversation, line);
      expect(plan.mode).toBe("rehearse");
      expect(plan.fixedReply).toBe(false);
      expect(plan.speaker).toBe("role-play");
      expect(plan.prompt.system).toMatch(/speaking AS your dad/);
      expect(plan.prompt.system).toMatch(/Stay in role/);
      expect(plan.prompt.system).toMatch(/Difficulty: realistic/);
      roleReplies.push(plan.builtInReply);
    }
    // The other person's lines vary and are not the companion's voice.
    expect(new Set(roleReplies).size).toBe(roleReplies.length);
    for (const reply of roleReplies) expect(reply).not.toMatch(/I'm an AI|your therapist/);
    // What the client feared hearing comes up once in a realistic rehearsal.
    expect(roleReplies.some((reply) => /ungrateful/i.test(reply))).toBe(true);

    plan = say(conversation, "pause");
    expect(plan.speaker).toBe("companion");
    expect(plan.builtInReply).toMatch(/hardest/i);
    expect(plan.prompt.system).toMatch(/stepped out of the role/);

    plan = say(conversation, "when he said I was ungrateful");
    expect(plan.builtInReply).toMatch(/body/i);
    plan = say(conversation, "my throat closed up");
    expect(plan.builtInReply).toMatch(/keep|hold on to|take from this/i);
    plan = say(conversation, "that I can say I love you and still go");
    const completed = eventsOf(plan.events, "rehearsal-completed");
    expect(completed).toHaveLength(1);
    expect(completed[0]?.rehearsal).toEqual({
      withWhom: "my dad",
      relationship: "dad",
      wantToSay: "that I'm moving out next month",
      fearToHear: "that he'll say I'm ungrateful after everything",
      difficulty: "realistic",
      rolePlayTurns: 5,
      hardest: "when he said I was ungrateful",
      body: "my throat closed up",
      keep: "that I can say I love you and still go",
    });
    expect(plan.builtInReply).toMatch(/when/i);

    plan = say(conversation, "I'll tell him on saturday at lunch");
    const created = eventsOf(plan.events, "intention-created");
    expect(created).toEqual([
      { type: "intention-created", what: "tell him at lunch", withWhom: "my dad", due: "2025-06-14", dueText: "on saturday", source: "rehearse" },
    ]);
    expect(plan.fixedReply).toBe(true);
    expect(plan.builtInReply).toMatch(/tell him at lunch, by Saturday 14 June/);
    expect(plan.mode).toBe("talk");

    // The server stores the intention; on Friday it is not yet due, on Saturday it is.
    const intention: DueFollowUp = { kind: "intention", id: "int-1", what: "tell him at lunch", withWhom: "my dad", due: "2025-06-14" };
    const friday = new Date("2025-06-13T10:00:00Z");
    const saturdayNight = new Date("2025-06-14T20:00:00Z");
    expect(isFollowUpDue({ due: intention.due, now: friday, timeZone })).toBe(false);
    expect(isFollowUpDue({ due: intention.due, now: saturdayNight, timeZone })).toBe(true);

    // Saturday night, a new conversation: the companion asks how it went and records the outcome.
    const later = newConversation("talk");
    const options = { now: saturdayNight, dueFollowUps: [intention] };
    plan = say(later, { text: "hey", ...options });
    expect(plan.builtInReply).toMatch(/today you meant to tell him at lunch|tell him at lunch/i);
    expect(plan.builtInReply).toMatch(/how did (it|that) go\?/i);
    expect(eventsOf(plan.events, "follow-up-asked")).toEqual([{ type: "follow-up-asked", kind: "intention", id: "int-1" }]);

    plan = say(later, { text: "I did it! he went quiet at first", ...options });
    expect(eventsOf(plan.events, "intention-outcome")).toHaveLength(0);
    expect(plan.builtInReply).toMatch(/\?$/);

    plan = say(later, { text: "then he hugged me. I didn't expect that", ...options });
    expect(eventsOf(plan.events, "intention-outcome")).toEqual([
      { type: "intention-outcome", intentionId: "int-1", outcome: "done", note: "I did it! he went quiet at first\nthen he hugged me. I didn't expect that" },
    ]);
  });

  it("records 'not yet' and 'changed my mind'", () => {
    const intention: DueFollowUp = { kind: "intention", id: "int-2", what: "ask Sam for space", withWhom: "Sam", due: "2025-06-10" };
    for (const [answer, outcome] of [
      ["not yet, I chickened out", "not-yet"],
      ["I changed my mind about it", "changed-my-mind"],
      ["Not yet", "not-yet"],
      ["I changed my mind", "changed-my-mind"],
    ] as const) {
      const conversation = newConversation("talk");
      say(conversation, { text: "hi", dueFollowUps: [intention] });
      say(conversation, { text: answer, dueFollowUps: [intention] });
      const plan = say(conversation, { text: "it just didn't feel right", dueFollowUps: [intention] });
      expect(eventsOf(plan.events, "intention-outcome")[0]?.outcome, answer).toBe(outcome);
    }
  });

  it("starts from talk when the client accepts the offer, with who and what already known", () => {
    const conversation = newConversation("talk");
    let plan = say(conversation, "I need to tell my boss I'm quitting");
    expect(plan.builtInReply).toMatch(/your boss/);
    plan = say(conversation, "yes please");
    expect(plan.mode).toBe("rehearse");
    // Who and what are known: the next question is what they fear hearing.
    expect(plan.builtInReply).toMatch(/afraid|dreading|hardest to hear/i);
  });

  it("can run again, step out gently when flooded, and be left", () => {
    const conversation = newConversation("rehearse");
    for (const line of ["Ana", "my girlfriend", "that I need more time alone", "that I don't love her", "gentle"]) say(conversation, line);
    let plan = say(conversation, "Ana, can we talk about something?");
    expect(plan.mode).toBe("rehearse");
    plan = say(conversation, "i can't do this, i'm shaking");
    expect(plan.builtInReply).toMatch(/step out|not Ana any more/i);
    plan = say(conversation, "again");
    expect(plan.builtInReply).toMatch(/again|top/i);
    expect(plan.structured).toMatchObject({ kind: "role-play" });
    expect(plan.builtInReply).toMatch(/Ana/);
    say(conversation, "stop");
    plan = say(conversation, "never mind");
    expect(plan.mode).toBe("talk");
  });

  it("a date-less intention is followed up in a week", () => {
    const conversation = newConversation("rehearse");
    for (const line of ["my mum", "that I'm not coming at Christmas", "that she'll cry", "tough", "Mum, I'm not coming this year", "pause", "all of it", "stomach", "that I said it"]) say(conversation, line);
    let plan = say(conversation, "talk to her properly");
    expect(plan.builtInReply).toMatch(/when/i);
    plan = say(conversation, "idk soon");
    expect(eventsOf(plan.events, "intention-created")[0]).toMatchObject({ what: "talk to her properly", withWhom: "my mum", due: "2025-06-18", dueText: null });
  });
});

describe("the other person's reactions", () => {
  const base: RehearseFlow = { ...rehearseFlow({ withWhom: "my dad", other: "your dad", relationship: "dad", say: "I'm moving out" }), difficulty: "realistic", step: "role-play" };

  it("fit the difficulty", () => {
    const count = (difficulty: "gentle" | "tough"): number => {
      let receptive = 0;
      for (let seed = 0; seed < 400; seed++) {
        const reaction = chooseReaction({ flow: { ...base, difficulty, turns: 2, reactions: ["hurt", "defensive"] }, text: "I need you to hear me", ctx: { random: createRandom(seed) } });
        if (reaction === "receptive") receptive++;
      }
      return receptive;
    };
    expect(count("gentle")).toBeGreaterThan(count("tough") * 2);
  });

  it("start with resistance in a realistic rehearsal, soften if the client persists", () => {
    for (let seed = 0; seed < 100; seed++) {
      expect(chooseReaction({ flow: base, text: "Dad, I'm moving out.", ctx: { random: createRandom(seed) } })).not.toBe("receptive");
    }
    let receptiveLate = 0;
    for (let seed = 0; seed < 200; seed++) {
      if (chooseReaction({ flow: { ...base, turns: 7, reactions: ["defensive", "hurt"] }, text: "I feel like I need this", ctx: { random: createRandom(seed) } }) === "receptive") receptiveLate++;
    }
    expect(receptiveLate).toBeGreaterThan(100);
  });

  it("never repeat the same reaction three times running", () => {
    for (let seed = 0; seed < 200; seed++) {
      const reaction = chooseReaction({ flow: { ...base, difficulty: "tough", turns: 3, reactions: ["hurt", "defensive", "defensive"] }, text: "you always do this", ctx: { random: createRandom(seed) } });
      expect(reaction).not.toBe("defensive");
    }
  });

  it("use what the client just said, from the other side", () => {
    expect(echoOf("you never listen to me").question).toBe("I never listen to you?");
    expect(echoOf("I need my own space").statement).toBe("You need my own space".replace("my", "your"));
    expect(fearAsSaid("that he'll say I'm ungrateful")).toBe("You're ungrateful");
    expect(fearAsSaid("you're being dramatic")).toBe("You're being dramatic");
    expect(fearAsSaid("rejection")).toBeNull();
  });

  it("come from the reviewed copy", () => {
    const conversation = newConversation("rehearse");
    for (const line of ["my boss", "I want a raise", "that he'll say I'm greedy", "tough"]) say(conversation, line);
    const templates = [
      ...Object.values(rehearseCopy.reactions).flat(),
      ...Object.values(rehearseCopy.reactionsByRelationship).flatMap((group) => Object.values(group).flat()),
      ...rehearseCopy.fearLines,
    ];
    const patterns = templates.map((template) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[A-Za-z]+\}/g, ".+")}$`));
    for (let i = 0; i < 8; i++) {
      const plan = say(conversation, i % 2 === 0 ? "I think I deserve more" : "you never notice what I do");
      const reply = plan.builtInReply.replace(/\s*\(We can pause.*$/, "");
      expect(patterns.some((pattern) => pattern.test(reply)), reply).toBe(true);
    }
  });
});
