import { describe, expect, it } from "vitest";
import { asksAboutNature, disclosureCopy, disclosureDue, nextContinuousUseSince, type DisclosureInput } from "../../src/index.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const t0 = Date.parse("2026-03-02T09:00:00Z");
const at = (ms: number): Date => new Date(t0 + ms);

/** A client who started long ago, was disclosed to at t0 and was last active at t0. */
const steady = (overrides: Partial<DisclosureInput>): DisclosureInput => ({
  now: at(1 * minute),
  firstUseAt: at(-30 * day),
  lastActivityAt: at(0),
  lastDisclosureAt: at(0),
  continuousUseSince: at(0),
  clientText: "hello",
  ...overrides,
});

describe("disclosureDue: before first use", () => {
  it("is due before the first reply, and whenever no disclosure was ever shown", () => {
    expect(disclosureDue({ now: at(0), firstUseAt: null, lastActivityAt: null, lastDisclosureAt: null, continuousUseSince: null })).toEqual({ reason: "first-use", text: disclosureCopy["first-use"] });
    expect(disclosureDue(steady({ lastDisclosureAt: null }))?.reason).toBe("first-use");
  });
  it("is not due again once shown", () => {
    expect(disclosureDue(steady({}))).toBeNull();
  });
});

describe("disclosureDue: after 7 days away", () => {
  const away = (ms: number): DisclosureInput => steady({ now: at(ms), continuousUseSince: at(0) });
  it("is not due just before 7 days", () => {
    expect(disclosureDue(away(7 * day - 1))).toBeNull();
  });
  it("is due at exactly 7 days and after", () => {
    expect(disclosureDue(away(7 * day))?.reason).toBe("returning-after-7-days");
    expect(disclosureDue(away(30 * day))).toEqual({ reason: "returning-after-7-days", text: disclosureCopy["returning-after-7-days"] });
  });
});

describe("disclosureDue: every 3 hours of continuous use", () => {
  // Active every 10 minutes since t0; the disclosure was shown at t0.
  const using = (ms: number, overrides: Partial<DisclosureInput> = {}): DisclosureInput => steady({ now: at(ms), lastActivityAt: at(ms - 10 * minute), continuousUseSince: at(0), ...overrides });
  it("is not due just before 3 hours", () => {
    expect(disclosureDue(using(3 * hour - 1))).toBeNull();
  });
  it("is due at exactly 3 hours", () => {
    expect(disclosureDue(using(3 * hour))).toEqual({ reason: "three-hours-continuous", text: disclosureCopy["three-hours-continuous"] });
  });
  it("counts from the last disclosure within the run", () => {
    const shownAt2h = { lastDisclosureAt: at(2 * hour) };
    expect(disclosureDue(using(3 * hour, shownAt2h))).toBeNull();
    expect(disclosureDue(using(5 * hour - 1, shownAt2h))).toBeNull();
    expect(disclosureDue(using(5 * hour, shownAt2h))?.reason).toBe("three-hours-continuous");
  });
  it("a gap of 30 minutes or more ends continuous use; just under 30 does not", () => {
    expect(disclosureDue(using(3 * hour, { lastActivityAt: at(3 * hour - 30 * minute) }))).toBeNull();
    expect(disclosureDue(using(3 * hour, { lastActivityAt: at(3 * hour - 30 * minute + 1) }))?.reason).toBe("three-hours-continuous");
  });
});

describe("nextContinuousUseSince", () => {
  it("starts a run at the first activity and after a gap of 30 minutes or more", () => {
    expect(nextContinuousUseSince({ now: at(0), lastActivityAt: null, continuousUseSince: null })).toEqual(at(0));
    expect(nextContinuousUseSince({ now: at(2 * hour), lastActivityAt: at(2 * hour - 30 * minute), continuousUseSince: at(0) })).toEqual(at(2 * hour));
  });
  it("keeps the run going while activity comes less than 30 minutes apart", () => {
    expect(nextContinuousUseSince({ now: at(2 * hour), lastActivityAt: at(2 * hour - 30 * minute + 1), continuousUseSince: at(0) })).toEqual(at(0));
    expect(nextContinuousUseSince({ now: at(5 * minute), lastActivityAt: at(0), continuousUseSince: null })).toEqual(at(0));
  });
  it("drives the 3-hour disclosure across a simulated session", () => {
    let since: Date | null = null;
    let last: Date | null = null;
    let lastDisclosure: Date | null = at(0);
    const shown: number[] = [];
    for (let ms = 0; ms <= 7 * hour; ms += 10 * minute) {
      const now = at(ms);
      const due = disclosureDue({ now, firstUseAt: at(-day), lastActivityAt: last, lastDisclosureAt: lastDisclosure, continuousUseSince: since });
      if (due !== null) {
        shown.push(ms / hour);
        lastDisclosure = now;
      }
      since = nextContinuousUseSince({ now, lastActivityAt: last, continuousUseSince: since });
      last = now;
    }
    expect(shown).toEqual([3, 6]);
  });
  it("honours a practice's stricter cadence", () => {
    expect(disclosureDue(steady({ now: at(hour), lastActivityAt: at(hour - minute), rules: { continuousUseMs: hour } }))?.reason).toBe("three-hours-continuous");
  });
});

describe("disclosureDue: whenever asked", () => {
  it("is due when the client asks what they are talking to", () => {
    expect(disclosureDue(steady({ clientText: "wait, are you real?" }))).toEqual({ reason: "asked", text: disclosureCopy.asked });
  });
  it("first use still comes first", () => {
    expect(disclosureDue(steady({ clientText: "are you a bot", lastDisclosureAt: null }))?.reason).toBe("first-use");
  });
});

describe("asksAboutNature", () => {
  it("recognises the ways people ask", () => {
    for (const text of ["are you real?", "am i talking to a bot", "is this a person", "are you a therapist", "r u human", "Are you even a real person??", "am i talking to an AI right now", "wait is this chatgpt", "you're a bot, right?", "who am i talking to", "is anyone there", "ARE YOU HUMAN", "are you an ai or a person"]) {
      expect({ text, asks: asksAboutNature(text) }).toEqual({ text, asks: true });
    }
  });
  it("does not fire on look-alikes", () => {
    for (const text of ["are you for real", "is this real life", "you're a good listener", "are you sure?", "my therapist is a real person", "what are you doing today", "is this normal", "are you there?"]) {
      expect({ text, asks: asksAboutNature(text) }).toEqual({ text, asks: false });
    }
  });
});

describe("disclosure copy", () => {
  it("is truthful: an AI, not a person, not a therapist", () => {
    for (const text of Object.values(disclosureCopy)) {
      expect(text).toMatch(/\bAI\b/);
      expect(text).toMatch(/not a person/);
      expect(text).toMatch(/not a therapist/);
    }
  });
});
