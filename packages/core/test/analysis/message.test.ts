import { describe, expect, it } from "vitest";
import { analyseMessage, isNearRepeat } from "../../src/index.ts";

describe("analyseMessage", () => {
  const at = "2025-03-14T01:30:00Z"; // 01:30 in London (GMT in March before the change)

  it("reads local time, night, themes, people and feelings near them", () => {
    const features = analyseMessage({
      text: "I'm so angry with my boss Dave. I can't sleep and I keep thinking what if I get fired over the report.",
      at,
      timeZone: "Europe/London",
      mode: "talk",
    });
    expect(features).toMatchObject({ date: "2025-03-14", hour: 1, weekday: 4, week: "2025-W11", night: true, mode: "talk" });
    expect(features.themes.map((hit) => hit.theme)).toEqual(expect.arrayContaining(["anger", "work", "sleep", "fear"]));
    expect(features.people).toEqual([
      { key: "name:dave", name: "Dave", relation: "boss", owner: "self", area: "work", plural: false, feelings: ["anger"] },
    ]);
    expect(features.worries.length).toBeGreaterThan(0);
  });

  it("uses the client's time zone for the date and hour", () => {
    const features = analyseMessage({ text: "hi", at: "2025-07-01T23:30:00Z", timeZone: "Asia/Tokyo" });
    expect(features).toMatchObject({ date: "2025-07-02", hour: 8, night: false });
  });

  it("takes names and relations from this message only, not from memory", () => {
    const known = [{ key: "name:ana", name: "Ana", relation: "sister" as const }];
    const features = analyseMessage({ text: "my sister called. ana was upset", at, timeZone: "UTC", knownPeople: known });
    expect(features.people.map((person) => [person.key, person.name, person.relation])).toEqual([
      ["rel:sister", null, "sister"],
      ["name:ana", "Ana", null],
    ]);
  });

  it("keeps no text but lexicon words and names", () => {
    const features = analyseMessage({ text: "My secret is that I never told Priya about the money.", at, timeZone: "UTC" });
    const json = JSON.stringify(features);
    expect(json).not.toContain("secret");
    expect(json).not.toContain("money");
  });

  it("fingerprints near-repeats of the same worry", () => {
    const a = analyseMessage({ text: "What if my manager finds the mistake in the quarterly report and I get fired?", at, timeZone: "UTC" });
    const b = analyseMessage({ text: "I keep thinking the manager will find my mistake in that quarterly report.", at, timeZone: "UTC" });
    const c = analyseMessage({ text: "What if the train is late and I miss my sister's wedding?", at, timeZone: "UTC" });
    const [sa] = a.worries;
    const [sb] = b.worries;
    const [sc] = c.worries;
    expect(sa !== undefined && sb !== undefined && isNearRepeat(sa, sb)).toBe(true);
    expect(sa !== undefined && sc !== undefined && isNearRepeat(sa, sc)).toBe(false);
  });
});
