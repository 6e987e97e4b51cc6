import { describe, expect, it } from "vitest";
import { assemblePrompt, dependencyNudgeDue, estimateTokens, voiceSystemPrompt, type ConversationMessage, type MemoryItem } from "../../src/index.ts";
import { modeInstructions } from "../../src/companion/copy/modes.copy.ts";
import { timeZone, wednesdayEvening } from "./helpers.ts";

const now = wednesdayEvening;
const memory: MemoryItem[] = [
  { key: "person:name:sam", kind: "person", text: "Sam (partner)", name: "Sam", relationship: "partner", relation: "partner", firstMentionedAt: "2025-05-01T10:00:00Z", lastMentionedAt: "2025-06-03T10:00:00Z", mentions: 5 },
  { key: "thread:waiting-hear-job", kind: "thread", text: "waiting to hear back about the job", firstMentionedAt: "2025-06-09T10:00:00Z", lastMentionedAt: "2025-06-09T10:00:00Z", mentions: 1 },
  { key: "preference:don't-call-me-buddy", kind: "preference", text: "Don't call me buddy", firstMentionedAt: "2025-06-01T10:00:00Z", lastMentionedAt: "2025-06-01T10:00:00Z", mentions: 1 },
];

function longHistory(turns: number): ConversationMessage[] {
  const history: ConversationMessage[] = [];
  for (let i = 0; i < turns; i++) {
    history.push({ role: "client", text: `Turn ${i}: my sister Maya called again about the flat and I felt so guilty afterwards. It keeps going round in my head, every night this week, and I don't know what to say to her.` });
    history.push({ role: "companion", text: `It sounds like the calls with Maya leave you carrying a lot of guilt (${i}). What part of it stays with you most?` });
  }
  return history;
}

describe("assemblePrompt", () => {
  const base = {
    mode: "talk" as const,
    stage: "End your reply by offering to rehearse the conversation, with you playing Maya.",
    frame: { focus: "Her relationship with her sister", approach: "Gentle, ACT-informed", avoid: "Reassurance loops", tone: "Warm, unhurried", dependencyPlan: "Encourage calling her friend Jo before opening the app at night" },
    memory,
    dueFollowUps: [
      { kind: "intention" as const, id: "i1", what: "talk to Ana about the holidays", withWhom: "Ana", due: "2025-06-07" },
      { kind: "practice" as const, id: "p1", what: "Say no to one extra shift", due: "2025-06-10" },
    ],
    disclosure: { reason: "three-hours-continuous", text: "We've been talking for a while now, so a gentle reminder: I'm an AI, not a person and not a therapist." },
    dependencyNudge: dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 5, exclusivityCuesRecent: 0, dependencyPlan: "Encourage calling her friend Jo before opening the app at night" }),
    history: [] as ConversationMessage[],
    clientText: "I need to tell Maya I can't lend her money again",
    now,
    timeZone,
  };

  it("contains the voice, the mode and step, frame, memory, due follow-ups, disclosure and dependency care", () => {
    const prompt = assemblePrompt(base);
    expect(prompt.system.startsWith(voiceSystemPrompt())).toBe(true);
    expect(prompt.system).toContain(modeInstructions.talk);
    expect(prompt.system).toContain(base.stage);
    for (const value of Object.values(base.frame)) expect(prompt.system).toContain(value);
    expect(prompt.system).toContain("Sam (partner) — last mentioned last week");
    expect(prompt.system).toContain("waiting to hear back about the job");
    expect(prompt.system).toContain('"Don\'t call me buddy"');
    expect(prompt.system).toMatch(/Intention: "talk to Ana about the holidays" \(with Ana\), planned for on Saturday \(Saturday 7 June\)/);
    expect(prompt.system).toMatch(/Practice set by their therapist: "Say no to one extra shift"/);
    expect(prompt.system).toMatch(/## Disclosure\nThey have been talking with you for 3 hours\. Just before your reply, the app shows: "We've been talking for a while/);
    expect(prompt.system).toMatch(/## Dependency care\n.*many nights this week.*Encourage calling her friend Jo/);
    expect(prompt.system).toMatch(/Wednesday 11 June, 20:30/);
    expect(prompt.messages).toEqual([{ role: "user", content: base.clientText }]);
  });

  it("leaves out what isn't there", () => {
    const prompt = assemblePrompt({ ...base, frame: null, memory: [], dueFollowUps: [], disclosure: null, dependencyNudge: null, stage: null });
    expect(prompt.system).not.toMatch(/frame|remember|follow-up|Disclosure|Dependency care/);
  });

  it("fits the history to the token budget, summarising older turns instead of dropping them", () => {
    const history = longHistory(60);
    const prompt = assemblePrompt({ ...base, history, tokenBudget: 3000 });
    expect(prompt.estimatedTokens).toBeLessThanOrEqual(3000);
    expect(estimateTokens(prompt.system) + prompt.messages.reduce((sum, message) => sum + estimateTokens(message.content) + 4, 0)).toBeLessThanOrEqual(3000);
    expect(prompt.summarisedMessages).toBeGreaterThan(0);
    expect(prompt.system).toMatch(/## Earlier in this conversation \(\d+ older messages, summarised by quoting the client\)/);
    expect(prompt.system).toMatch(/They said: "Turn \d+: my sister Maya called again/);
    // The newest turns are kept in full, in order, starting with the client, ending with this message.
    expect(prompt.messages[0]?.role).toBe("user");
    expect(prompt.messages.at(-1)).toEqual({ role: "user", content: base.clientText });
    expect(prompt.messages.at(-2)?.content).toMatch(/\(59\)/);
    for (let i = 1; i < prompt.messages.length; i++) expect(prompt.messages[i]?.role).not.toBe(prompt.messages[i - 1]?.role);
    // Nothing is summarised when everything fits.
    const roomy = assemblePrompt({ ...base, history: longHistory(3), tokenBudget: 20_000 });
    expect(roomy.summarisedMessages).toBe(0);
    expect(roomy.messages).toHaveLength(7);
  });

  it("keeps the end of a single message that is too long on its own", () => {
    const huge = `${"so much to say ".repeat(3000)}and this is the end`;
    const prompt = assemblePrompt({ ...base, clientText: huge, tokenBudget: 3000 });
    expect(prompt.messages).toHaveLength(1);
    expect(prompt.messages[0]?.content.endsWith("and this is the end")).toBe(true);
    expect(prompt.estimatedTokens).toBeLessThanOrEqual(3000);
  });
});
