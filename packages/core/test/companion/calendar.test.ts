import { describe, expect, it } from "vitest";
import { describeDay, formatDate, isFollowUpDue, parseWhen } from "../../src/companion/calendar.ts";
import { localDateOf } from "../../src/time/index.ts";

// Wednesday 11 June 2025, 23:30 in Berlin (21:30 UTC).
const now = new Date("2025-06-11T21:30:00Z");
const timeZone = "Europe/Berlin";
const when = (text: string): string | null => parseWhen({ text, now, timeZone })?.date ?? null;

describe("parseWhen", () => {
  it.each([
    ["saturday", "2025-06-14"],
    ["on Saturday", "2025-06-14"],
    ["by friday", "2025-06-13"],
    ["saterday", "2025-06-14"],
    ["tomorrow", "2025-06-12"],
    ["tmrw", "2025-06-12"],
    ["tomorow morning", "2025-06-12"],
    ["tonight", "2025-06-11"],
    ["next week", "2025-06-18"],
    ["on the 12th", "2025-06-12"],
    ["the 3rd", "2025-07-03"],
    ["wednesday", "2025-06-18"],
    ["in 3 days", "2025-06-14"],
    ["in two weeks", "2025-06-25"],
    ["in a couple of days", "2025-06-13"],
    ["this weekend", "2025-06-14"],
    ["12 july", "2025-07-12"],
    ["july 12th", "2025-07-12"],
    ["the 2nd of may", "2026-05-02"],
    ["I'll talk to her on sat", "2025-06-14"],
  ])("%s → %s", (text, date) => {
    expect(when(text)).toBe(date);
  });

  it("uses the client's time zone, not UTC", () => {
    // 23:30 in Berlin is still Wednesday; in Tokyo it is already Thursday 12 June.
    expect(localDateOf(now, timeZone)).toBe("2025-06-11");
    expect(localDateOf(now, "Asia/Tokyo")).toBe("2025-06-12");
    expect(parseWhen({ text: "tomorrow", now, timeZone: "Asia/Tokyo" })?.date).toBe("2025-06-13");
  });

  it("finds nothing in a sentence without a date", () => {
    expect(when("I sat with it for a while")).toBeNull();
    expect(when("idk")).toBeNull();
    expect(when("may be")).toBeNull();
  });

  it("reports the words it matched", () => {
    expect(parseWhen({ text: "talk to Ana on Saturday", now, timeZone })?.matched).toBe("on saturday");
  });
});

describe("dates in words", () => {
  it("formats and describes", () => {
    expect(formatDate("2025-06-14")).toBe("Saturday 14 June");
    expect(describeDay({ date: "2025-06-07", now, timeZone })).toBe("on Saturday");
    expect(describeDay({ date: "2025-06-10", now, timeZone })).toBe("yesterday");
    expect(describeDay({ date: "2025-06-01", now, timeZone })).toBe("last Sunday");
  });
  it("knows when a follow-up is due", () => {
    expect(isFollowUpDue({ due: "2025-06-11", now, timeZone })).toBe(true);
    expect(isFollowUpDue({ due: "2025-06-12", now, timeZone })).toBe(false);
    expect(isFollowUpDue({ due: "2025-06-12", now, timeZone: "Asia/Tokyo" })).toBe(true);
  });
});
