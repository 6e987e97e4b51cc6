import { describe, expect, it } from "vitest";
import { gad7, phq9 } from "../../src/index.ts";
import { checkInCopy } from "../../src/companion/copy/check-in.copy.ts";
import { eventsOf, newConversation, open, say } from "./helpers.ts";

describe("check-in", () => {
  it("mood 0–10 with a word", () => {
    const conversation = newConversation("check-in");
    let plan = open(conversation);
    expect(checkInCopy.askMood).toContain(plan.builtInReply);
    expect(plan.structured).toMatchObject({ kind: "scale", purpose: "mood" });
    plan = say(conversation, "6");
    expect(checkInCopy.askMoodWord).toContain(plan.builtInReply);
    plan = say(conversation, "tired");
    expect(plan.events).toEqual([{ type: "check-in-completed", instrument: "mood", score: 6, word: "tired" }]);
    expect(plan.structured).toMatchObject({ kind: "choices", purpose: "questionnaire" });
  });

  it("takes mood and word in one message", () => {
    const conversation = newConversation("check-in");
    const plan = say(conversation, "4, meh");
    expect(plan.events).toEqual([{ type: "check-in-completed", instrument: "mood", score: 4, word: "meh" }]);
  });

  it("asks the PHQ-9 item by item with the exact wording, scores it, and reports item 9", () => {
    const conversation = newConversation("check-in");
    say(conversation, "5 - flat");
    let plan = say(conversation, "PHQ-9");
    expect(plan.fixedReply).toBe(true);
    expect(plan.builtInReply).toContain(phq9.stem);
    const answers = ["several days", "Not at all", "more than half the days", "Nearly every day", "0", "sometimes", "1", "2", "Several days"];
    for (const [i, answer] of answers.entries()) {
      const item = phq9.items[i];
      expect(plan.builtInReply.endsWith(item?.text ?? "\u0000")).toBe(true);
      expect(plan.structured).toEqual({
        kind: "questionnaire-item",
        instrument: "phq9",
        name: "PHQ-9",
        item: i + 1,
        of: 9,
        stem: phq9.stem,
        text: item?.text,
        options: phq9.options,
      });
      plan = say(conversation, answer);
      if (i === 8) expect(eventsOf(plan.events, "phq9-item9-positive")).toEqual([{ type: "phq9-item9-positive", value: 1 }]);
      else expect(eventsOf(plan.events, "phq9-item9-positive")).toHaveLength(0);
    }
    expect(plan.builtInReply).toBe(phq9.functionalItem.text);
    plan = say(conversation, "Somewhat difficult");
    expect(eventsOf(plan.events, "check-in-completed")).toEqual([
      { type: "check-in-completed", instrument: "phq9", score: 11, band: "moderate", answers: [1, 0, 2, 3, 0, 1, 1, 2, 1], functional: 1 },
    ]);
    expect(plan.builtInReply).toMatch(/11 out of 27/);
    expect(plan.builtInReply).not.toMatch(/moderate|depress/i);
    expect(plan.mode).toBe("talk");
  });

  it("does the GAD-7, re-asking (in different words each time) until an answer is clear", () => {
    const conversation = newConversation("check-in");
    say(conversation, "7 ok");
    let plan = say(conversation, "gad");
    expect(plan.builtInReply).toContain(gad7.stem);
    let previous = plan.builtInReply;
    for (const unclear of ["idk", "hmm", "what"]) {
      plan = say(conversation, unclear);
      expect(plan.builtInReply).not.toBe(previous);
      expect(plan.builtInReply.endsWith(gad7.items[0]?.text ?? "\u0000")).toBe(true);
      previous = plan.builtInReply;
    }
    for (const answer of ["3", "3", "3", "2", "2", "1", "1"]) say(conversation, answer);
    plan = say(conversation, "very difficult");
    expect(eventsOf(plan.events, "check-in-completed")).toEqual([
      { type: "check-in-completed", instrument: "gad7", score: 15, band: "severe", answers: [3, 3, 3, 2, 2, 1, 1], functional: 2 },
    ]);
  });

  it("stops without scoring a half-finished questionnaire", () => {
    const conversation = newConversation("check-in");
    say(conversation, "3, sad");
    say(conversation, "PHQ-9");
    say(conversation, "1");
    const plan = say(conversation, "stop");
    expect(plan.builtInReply).toBe(checkInCopy.stopped);
    expect(eventsOf(conversation.events, "check-in-completed").filter((event) => event.instrument === "phq9")).toHaveLength(0);
  });

  it("skips the functional item when every answer was 0", () => {
    const conversation = newConversation("check-in");
    say(conversation, "8 good");
    let plan = say(conversation, "GAD-7");
    for (let i = 0; i < 7; i++) plan = say(conversation, "not at all");
    expect(eventsOf(plan.events, "check-in-completed")).toEqual([
      { type: "check-in-completed", instrument: "gad7", score: 0, band: "minimal", answers: [0, 0, 0, 0, 0, 0, 0], functional: null },
    ]);
  });
});
