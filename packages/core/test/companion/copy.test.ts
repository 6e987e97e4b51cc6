// The product copy obeys the voice: brief, at most one question per line, nothing from `neverSay`,
// and only the slots the engine fills.
import { describe, expect, it } from "vitest";
import { neverSay, voiceRules, voiceSystemPrompt, voicePrinciples } from "../../src/companion/copy/voice.copy.ts";
import { talkCopy } from "../../src/companion/copy/talk.copy.ts";
import { rehearseCopy } from "../../src/companion/copy/rehearse.copy.ts";
import { regulateCopy } from "../../src/companion/copy/regulate.copy.ts";
import { checkInCopy } from "../../src/companion/copy/check-in.copy.ts";
import { debriefCopy, followUpCopy } from "../../src/companion/copy/debrief.copy.ts";
import { dependencyCopy } from "../../src/companion/copy/care.copy.ts";
import { slotsOf } from "../../src/companion/template.ts";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const companionCopy = {
  talk: talkCopy,
  rehearse: { ...rehearseCopy, reactions: {}, reactionsByRelationship: {}, fearLines: [] },
  regulate: regulateCopy,
  checkIn: checkInCopy,
  debrief: debriefCopy,
  followUp: followUpCopy,
  dependency: { nudge: dependencyCopy.nudge, nudgeWithPerson: dependencyCopy.nudgeWithPerson, nudgeExclusivity: dependencyCopy.nudgeExclusivity },
};

const knownSlots = new Set([
  "situation", "feeling", "word", "quote", "person", "since", "thread", "other", "difficultyPhrase", "echoQuestion", "echoStatement", "fear",
  "what", "date", "when", "practice", "items", "before", "after", "inhale", "hold", "exhale", "cycles", "score", "name", "count", "stem",
  "number", "total", "max", "plan", "list", "question",
]);

describe("product copy", () => {
  it("the companion's own lines never say what the voice forbids", () => {
    for (const line of strings(companionCopy)) {
      for (const phrase of neverSay) expect(line.toLowerCase(), line).not.toContain(phrase);
    }
  });

  it("asks at most one question per line, in at most four sentences", () => {
    for (const line of strings(companionCopy)) {
      expect((line.match(/\?/g) ?? []).length, line).toBeLessThanOrEqual(voiceRules.maxQuestions);
      expect(line.split(/(?<=[.!?])\s+/).length, line).toBeLessThanOrEqual(voiceRules.maxSentences);
    }
  });

  it("uses only slots the engine fills", () => {
    for (const line of [...strings(companionCopy), ...strings(rehearseCopy)]) {
      for (const slot of slotsOf(line)) expect(knownSlots.has(slot.charAt(0).toLowerCase() + slot.slice(1)), `${slot} in ${line}`).toBe(true);
    }
  });

  it("the system prompt carries every principle and limit", () => {
    const prompt = voiceSystemPrompt();
    for (const principle of voicePrinciples) expect(prompt).toContain(principle.text);
    expect(prompt).toMatch(/not a person and not a therapist/);
    expect(prompt).toMatch(/medication/);
    expect(prompt).toMatch(/diagnose/);
    expect(prompt).toMatch(/one question/i);
  });
});
