import { describe, expect, it } from "vitest";
import { regulateCopy, breathingPatterns } from "../../src/companion/copy/regulate.copy.ts";
import { eventsOf, newConversation, open, say } from "./helpers.ts";

describe("regulation", () => {
  it("rates distress before, breathes with timing the app can animate, rates after", () => {
    const conversation = newConversation("regulate");
    let plan = open(conversation);
    expect(plan.fixedReply).toBe(true);
    expect(regulateCopy.askBefore).toContain(plan.builtInReply);
    expect(plan.structured).toMatchObject({ kind: "scale", purpose: "distress-before", min: 0, max: 10 });

    plan = say(conversation, "about a 7");
    expect(eventsOf(plan.events, "distress-rating")).toEqual([{ type: "distress-rating", phase: "before", value: 7, exercise: null }]);
    expect(plan.builtInReply).toBe(regulateCopy.askExercise);
    expect(plan.structured).toMatchObject({ kind: "choices", purpose: "exercise" });

    plan = say(conversation, "breathing pls");
    expect(plan.structured).toEqual({ kind: "breathing", pattern: breathingPatterns.standard });
    expect(plan.structured).toEqual({ kind: "breathing", pattern: { inhale: 4, hold: 4, exhale: 6, holdAfter: 0, cycles: 6 } });
    expect(plan.builtInReply).toMatch(/In for 4, hold for 4, out for 6 — 6 rounds/);

    plan = say(conversation, "done");
    expect(plan.builtInReply).toBe(regulateCopy.askAfter);
    expect(plan.structured).toMatchObject({ kind: "scale", purpose: "distress-after" });

    plan = say(conversation, "4/10");
    expect(plan.events).toEqual([
      { type: "distress-rating", phase: "after", value: 4, exercise: "breathing" },
      { type: "exercise-completed", exercise: "breathing", before: 7, after: 4, finished: true },
    ]);
    expect(plan.builtInReply).toMatch(/^(From 7 to 4|7 to 4)/);
    expect(plan.mode).toBe("talk");
  });

  it("takes a gentler pattern when distress is 8 or more", () => {
    const conversation = newConversation("regulate");
    say(conversation, "nine");
    const plan = say(conversation, "you pick");
    expect(plan.structured).toEqual({ kind: "breathing", pattern: breathingPatterns.highDistress });
  });

  it("walks 5-4-3-2-1 grounding step by step, echoing what the client named", () => {
    const conversation = newConversation("regulate");
    say(conversation, "im at 9/10 cant breathe");
    let plan = say(conversation, "5-4-3-2-1");
    expect(plan.builtInReply).toBe(regulateCopy.grounding[0]);
    expect(plan.structured).toEqual({ kind: "exercise-step", exercise: "grounding", step: 1, of: 5 });
    plan = say(conversation, "the lamp, my phone and a mug");
    expect(plan.builtInReply).toBe(`The lamp, your phone, a mug. ${regulateCopy.grounding[1] ?? ""}`);
    for (const [i, answer] of ["my feet, the sofa", "traffic, the fridge", "coffee, soap"].entries()) {
      plan = say(conversation, answer);
      expect(plan.builtInReply.endsWith(regulateCopy.grounding[i + 2] ?? "")).toBe(true);
    }
    plan = say(conversation, "mint");
    expect(plan.builtInReply).toBe(regulateCopy.askAfter);
    plan = say(conversation, "6");
    expect(eventsOf(plan.events, "exercise-completed")).toEqual([{ type: "exercise-completed", exercise: "grounding", before: 9, after: 6, finished: true }]);
  });

  it("lets the client stop a body scan part-way and still asks for the after rating", () => {
    const conversation = newConversation("regulate");
    say(conversation, "8");
    let plan = say(conversation, "body scan");
    expect(plan.builtInReply).toBe(regulateCopy.bodyScan[0]);
    say(conversation, "ok");
    plan = say(conversation, "stop");
    expect(plan.builtInReply).toBe(regulateCopy.stoppedEarly);
    plan = say(conversation, "8");
    expect(eventsOf(plan.events, "exercise-completed")).toEqual([{ type: "exercise-completed", exercise: "body-scan", before: 8, after: 8, finished: false }]);
    // "Another round?" — yes starts again from the last rating.
    plan = say(conversation, "yes");
    expect(plan.mode).toBe("regulate");
    expect(plan.builtInReply).toBe(regulateCopy.askExercise);
  });

  it("starts from talk when distress is high and the client accepts", () => {
    const conversation = newConversation("talk");
    let plan = say(conversation, "i'm freaking out, my heart is racing");
    expect(plan.builtInReply).toMatch(/slow down|settle|bring it down/i);
    plan = say(conversation, "yes");
    expect(plan.mode).toBe("regulate");
    expect(plan.structured).toMatchObject({ kind: "scale", purpose: "distress-before" });
  });

  it("is patient with unclear answers and moves on without guessing", () => {
    const conversation = newConversation("regulate");
    let plan = say(conversation, "idk really bad");
    expect(plan.structured).toMatchObject({ kind: "scale", purpose: "distress-before" });
    plan = say(conversation, "bad");
    expect(plan.builtInReply).toBe(regulateCopy.askBeforeAgain);
    plan = say(conversation, "just bad");
    expect(plan.builtInReply).toBe(regulateCopy.askExercise);
    expect(eventsOf(plan.events, "distress-rating")).toHaveLength(0);
  });
});
