import { describe, expect, it } from "vitest";
import { conversationModes, initialModeState, parseModeState, planTurn } from "../../src/index.ts";
// The safety layer's disclosure (its `disclosureDue(...)` result), as the server passes it on.
const firstUse = { reason: "first-use", text: "Before we start: I'm an AI companion, not a person and not a therapist." };
const asked = { reason: "asked", text: "That's a fair thing to ask. I'm an AI, not a person, and I'm not a therapist." };
import { talkCopy } from "../../src/companion/copy/talk.copy.ts";
import { fillTemplate } from "../../src/companion/template.ts";
import { newConversation, open, say, timeZone, wednesdayEvening } from "./helpers.ts";

describe("planTurn", () => {
  it("gives a built-in reply, a prompt for a model, the next state and proposed memory", () => {
    const conversation = newConversation("talk");
    say(conversation, "hi");
    const plan = say(conversation, "my sister Ana called and we argued about mum again");
    expect(plan.mode).toBe("talk");
    expect(plan.fixedReply).toBe(false);
    expect(plan.builtInReply.length).toBeGreaterThan(0);
    expect(plan.prompt.messages.at(-1)).toEqual({ role: "user", content: "my sister Ana called and we argued about mum again" });
    expect(plan.prompt.messages[0]).toEqual({ role: "user", content: "hi" });
    expect(plan.memory.added.map((item) => item.key)).toEqual(["person:name:ana", "person:rel:mother"]);
    expect(parseModeState(plan.nextState)).toEqual(plan.nextState);
  });

  it("prepends a due disclosure to the built-in reply, reports it, and instructs a model", () => {
    const conversation = newConversation("talk");
    const plan = say(conversation, { text: "hello", disclosure: firstUse });
    expect(plan.builtInReply.startsWith(`${firstUse.text}\n\n`)).toBe(true);
    expect(plan.events[0]).toEqual({ type: "disclosure-given", reason: "first-use" });
    expect(plan.disclosure).toEqual(firstUse);
    expect(plan.prompt.system).toContain(`## Disclosure\nThis is their first conversation with you. Just before your reply, the app shows: "${firstUse.text}" Don't repeat it`);
  });

  it("uses the safety layer's words when it sets them, even in a fixed step", () => {
    const conversation = newConversation("check-in");
    const plan = say(conversation, { text: "6", disclosure: { reason: "three-hours-continuous", text: "Reminder: I'm an AI, not a human." } });
    expect(plan.fixedReply).toBe(true);
    expect(plan.builtInReply.startsWith("Reminder: I'm an AI, not a human.\n\n")).toBe(true);
  });

  it("answers 'are you real?' once, not twice", () => {
    const conversation = newConversation("talk");
    const plan = say(conversation, { text: "wait are you a real person?", disclosure: asked });
    expect(plan.builtInReply.startsWith(asked.text)).toBe(true);
    expect(plan.builtInReply.match(/I'm an AI/g)).toHaveLength(1);
    // Without the safety layer's disclosure, the built-in engine still answers truthfully.
    expect(say(newConversation("talk"), "are you a bot").builtInReply).toMatch(/I'm an AI/);
    expect(plan.events).toContainEqual({ type: "disclosure-given", reason: "asked" });
  });

  it("opens a conversation in every mode", () => {
    for (const mode of conversationModes) {
      const conversation = newConversation(mode);
      const plan = open(conversation);
      expect(plan.builtInReply.length, mode).toBeGreaterThan(0);
      expect(plan.mode).toBe(mode);
      expect(plan.memory).toEqual({ added: [], updated: [] });
    }
  });

  it("starts afresh from a missing or corrupt state", () => {
    for (const state of [null, undefined, 42, "x", { v: 99 }, { v: 1, shared: {}, flow: { mode: "dance" } }]) {
      const plan = planTurn({
        conversation: { mode: "regulate", state },
        clientText: "7",
        history: [],
        memory: [],
        frame: null,
        dueFollowUps: [],
        disclosure: null,
        dependencyNudge: null,
        seed: 1,
        now: wednesdayEvening,
        timeZone,
      });
      expect(plan.events).toContainEqual({ type: "distress-rating", phase: "before", value: 7, exercise: null });
    }
  });

  it("has an initial state for every mode that survives JSON", () => {
    for (const mode of conversationModes) {
      const state = initialModeState({ mode });
      expect(parseModeState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    }
  });

  it("says the words from the copy", () => {
    const conversation = newConversation("talk");
    const plan = say(conversation, { text: "idk", seed: 3 });
    const options = talkCopy.lowContent.map((template) => fillTemplate(template, { quote: "idk" }));
    expect(options).toContain(plan.builtInReply);
  });
});

describe("the server's levers", () => {
  it("a check-in can start with the questionnaires the therapist asked for", () => {
    const conversation = newConversation("check-in");
    conversation.state = initialModeState({ mode: "check-in", questionnaires: ["gad7"] });
    open(conversation);
    const plan = say(conversation, "5 okay");
    expect(plan.structured).toMatchObject({ kind: "questionnaire-item", instrument: "gad7", item: 1 });
  });

  it("a kept preference to be listened to is respected by the built-in engine", () => {
    const conversation = newConversation("talk");
    const memory = [
      { key: "preference:prefer-when-just-listen", kind: "preference" as const, text: "I prefer when you just listen", firstMentionedAt: "2025-06-01T00:00:00Z", lastMentionedAt: "2025-06-01T00:00:00Z", mentions: 1 },
    ];
    for (const text of ["work was awful, my manager ignored me in the meeting", "and then the train was late", "I'm just so tired of it"]) {
      const plan = say(conversation, { text: text, memory });
      expect(plan.builtInReply).not.toMatch(/\?/);
      expect(plan.prompt.system).toContain("I prefer when you just listen");
    }
  });
});
