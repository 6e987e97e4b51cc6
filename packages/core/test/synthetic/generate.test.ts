import { describe, expect, it } from "vitest";
import { analyseMessage, everydayTemplatesForTest, generateHistory, historyMessages, localTime, syntheticProfiles } from "../../src/index.ts";

describe("generateHistory", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateHistory({ profile: "steady", seed: 7, start: "2025-01-06", weeks: 4, timeZone: "Europe/London" });
    const b = generateHistory({ profile: "steady", seed: 7, start: "2025-01-06", weeks: 4, timeZone: "Europe/London" });
    const c = generateHistory({ profile: "steady", seed: 8, start: "2025-01-06", weeks: 4, timeZone: "Europe/London" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it.each(syntheticProfiles)("writes a %s history in the client's zone, with unique ids and every mode", (profile) => {
    const history = generateHistory({ profile, seed: 3, start: "2025-03-03", weeks: 8, timeZone: "America/New_York" });
    const messages = historyMessages(history);
    expect(messages.length).toBeGreaterThan(150);
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    const firstDay = localTime(messages[0]?.at ?? 0, "America/New_York").date;
    expect(firstDay >= "2025-03-03").toBe(true);
    const modes = new Set(history.conversations.map((conversation) => conversation.mode));
    expect([...modes].sort()).toEqual(expect.arrayContaining(["check-in", "debrief", "regulate", "talk"]));
    expect(history.checkIns.some((checkIn) => checkIn.instrument === "phq9" && checkIn.items?.length === 9)).toBe(true);
    expect(history.checkIns.some((checkIn) => checkIn.instrument === "gad7" && checkIn.items?.length === 7)).toBe(true);
    expect(history.sessions.length).toBe(8);
    expect(history.regulationSessions.every((session) => session.before !== null && session.after !== null)).toBe(true);
  });

  it("writes rehearsals with intentions and outcomes for the rehearsal profiles", () => {
    const doer = generateHistory({ profile: "rehearse-and-do", seed: 1, start: "2025-01-06", weeks: 8, timeZone: "UTC" });
    expect(doer.conversations.some((conversation) => conversation.mode === "rehearse")).toBe(true);
    expect(doer.intentions.filter((intention) => intention.outcome === "done").length).toBeGreaterThanOrEqual(2);
    const delayer = generateHistory({ profile: "rehearse-and-delay", seed: 1, start: "2025-01-06", weeks: 8, timeZone: "UTC" });
    expect(delayer.intentions.length).toBeGreaterThanOrEqual(5);
    expect(delayer.intentions.some((intention) => intention.outcome === "done")).toBe(false);
  });

  it("scales to a year of more than 20,000 messages", () => {
    const history = generateHistory({ profile: "steady", seed: 1, start: "2025-01-06", weeks: 52, timeZone: "Europe/London", messagesPerWeek: 400 });
    expect(historyMessages(history).length).toBeGreaterThanOrEqual(20_000);
  });

  it("keeps ordinary messages free of worries, cues and reassurance (so repeats are not read as loops)", () => {
    for (const text of everydayTemplatesForTest()) {
      const features = analyseMessage({ text: text.replace(/\{\w+\}/g, "Sam"), at: 0, timeZone: "UTC" });
      expect({ text, worries: features.worries.length, cues: features.cues, reassurance: features.reassurance }).toEqual({ text, worries: 0, cues: [], reassurance: [] });
    }
  });
});
