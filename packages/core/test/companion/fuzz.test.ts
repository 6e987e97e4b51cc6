// Long, messy conversations in every mode, many seeds: the companion never says the same thing twice
// in a row, always says something, keeps to at most one question (outside questionnaire items), and
// its state always survives the JSON round trip.
import { describe, expect, it } from "vitest";
import { conversationModes, parseModeState, type DueFollowUp } from "../../src/index.ts";
import { createRandom } from "../../src/companion/random.ts";
import { newConversation, say } from "./helpers.ts";

const lines = [
  "idk", "meh", "yes", "no", "ok", "7", "about a 4", "pause", "stop", "again", "hi", "thanks",
  "my sister yelled at me again", "I need to tell my boss I'm quitting", "i'm panicking my heart is racing",
  "breathing", "grounding", "body scan", "done", "PHQ-9", "several days", "not at all", "2", "realistic",
  "my dad", "that I'm moving out", "that he'll be angry", "you never listen to me", "I'll do it on saturday",
  "I feel so alone tonight", "Sam didn't text back", "can we practise", "help me calm down", "check in",
  "I did it, it went ok", "not yet", "I changed my mind", "what should I do", "are you real?", "never mind",
];

const due: DueFollowUp[] = [
  { kind: "intention", id: "i1", what: "talk to Ana", withWhom: "Ana", due: "2025-06-07" },
  { kind: "practice", id: "p1", what: "Say no to one extra shift", due: "2025-06-10" },
];

describe("long conversations", () => {
  it("never repeat the previous reply, never go silent, keep the state storable", { timeout: 120_000 }, () => {
    for (const mode of conversationModes) {
      for (let seed = 0; seed < 25; seed++) {
        const random = createRandom(`${mode}:${seed}`);
        const conversation = newConversation(mode);
        let previous = "";
        for (let turn = 0; turn < 40; turn++) {
          const text = random.pick(lines);
          const plan = say(conversation, { text: text, seed: `${seed}:${turn}`, dueFollowUps: seed % 2 === 0 ? due : [] });
          const where = `${mode} seed ${seed} turn ${turn}: "${text}" → "${plan.builtInReply}"`;
          expect(plan.builtInReply.trim().length, where).toBeGreaterThan(0);
          expect(plan.builtInReply, where).not.toBe(previous);
          // Questionnaire items are verbatim; in a role-play it is the other person speaking, not the companion.
          const exempt = ["questionnaire-item", "questionnaire-functional", "role-play"];
          if (!exempt.includes(plan.structured?.kind ?? "")) {
            expect((plan.builtInReply.match(/\?/g) ?? []).length, where).toBeLessThanOrEqual(1);
          }
          expect(parseModeState(JSON.parse(JSON.stringify(plan.nextState))), where).toEqual(plan.nextState);
          previous = plan.builtInReply;
        }
      }
    }
  });
});
