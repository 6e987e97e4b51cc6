import { describe, expect, it } from "vitest";
import { isoWeekOf, localTime, mondayOfIsoWeek, weekdayOf, zonedTimeToMillis } from "../src/index.ts";

describe("time", () => {
  it.each([
    ["2024-12-30", "2025-W01"],
    ["2025-01-05", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2026-12-31", "2026-W53"],
    ["2025-03-14", "2025-W11"],
  ])("ISO week of %s is %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it("finds the Monday of an ISO week", () => {
    expect(mondayOfIsoWeek("2025-W01")).toBe("2024-12-30");
    expect(mondayOfIsoWeek("2020-W53")).toBe("2020-12-28");
    expect(weekdayOf("2025-03-16")).toBe(6);
  });

  it("reads local time across daylight saving", () => {
    expect(localTime("2025-03-30T00:30:00Z", "Europe/London")).toMatchObject({ date: "2025-03-30", hour: 0 });
    expect(localTime("2025-03-30T01:30:00Z", "Europe/London")).toMatchObject({ date: "2025-03-30", hour: 2 });
    expect(localTime("2025-06-01T03:00:00Z", "America/Los_Angeles")).toMatchObject({ date: "2025-05-31", hour: 20, weekday: 5 });
    expect(localTime("2025-06-01T03:00:00Z", "Asia/Kolkata")).toMatchObject({ date: "2025-06-01", hour: 8, minute: 30 });
  });

  it("turns a wall-clock time into an instant", () => {
    expect(new Date(zonedTimeToMillis({ date: "2025-07-01", hour: 9, minute: 15, timeZone: "Europe/London" })).toISOString()).toBe("2025-07-01T08:15:00.000Z");
    expect(new Date(zonedTimeToMillis({ date: "2025-01-01", hour: 0, minute: 0, timeZone: "America/New_York" })).toISOString()).toBe("2025-01-01T05:00:00.000Z");
  });
});
