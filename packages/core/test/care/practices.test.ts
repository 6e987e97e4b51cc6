import { describe, expect, it } from "vitest";
import { adherence, expectedOccurrences, localDateOf, practiceFollowUpDue, type PracticeSchedule } from "../../src/index.ts";

const daily: PracticeSchedule = { cadence: { every: "day", times: 1 }, startsOn: "2026-03-02", endsOn: null, status: "active" };
const twiceWeekly: PracticeSchedule = { cadence: { every: "week", times: 2 }, startsOn: "2026-03-02", endsOn: null, status: "active" };

describe("local dates", () => {
  it("follow the client's time zone across midnight", () => {
    const instant = new Date("2026-03-02T23:30:00Z");
    expect(localDateOf(instant, "Europe/London")).toBe("2026-03-02");
    expect(localDateOf(instant, "Europe/Berlin")).toBe("2026-03-03");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2026-03-02");
  });
});

describe("practice adherence", () => {
  it("counts occurrences expected up to today, by cadence", () => {
    expect(expectedOccurrences(daily, "2026-03-01")).toBe(0);
    expect(expectedOccurrences(daily, "2026-03-02")).toBe(1);
    expect(expectedOccurrences(daily, "2026-03-08")).toBe(7);
    expect(expectedOccurrences(twiceWeekly, "2026-03-08")).toBe(2);
    expect(expectedOccurrences(twiceWeekly, "2026-03-09")).toBe(4);
    expect(expectedOccurrences({ ...daily, endsOn: "2026-03-04" }, "2026-03-20")).toBe(3);
  });

  it("separates done from not done", () => {
    expect(
      adherence(daily, [{ done: true, on: "2026-03-02" }, { done: false, on: "2026-03-03" }, { done: true, on: "2026-03-04" }], "2026-03-05"),
    ).toEqual({ expected: 4, done: 2, notDone: 1 });
  });
});

describe("practice follow-ups", () => {
  it("asks about a daily practice in the evening until it is reported", () => {
    expect(practiceFollowUpDue({ schedule: daily, reports: [], today: "2026-03-03", localHour: 12 })).toBe(false);
    expect(practiceFollowUpDue({ schedule: daily, reports: [], today: "2026-03-03", localHour: 19 })).toBe(true);
    expect(
      practiceFollowUpDue({ schedule: daily, reports: [{ done: true, on: "2026-03-03" }], today: "2026-03-03", localHour: 19 }),
    ).toBe(false);
  });

  it("asks about a weekly practice from the third day of its week", () => {
    expect(practiceFollowUpDue({ schedule: twiceWeekly, reports: [], today: "2026-03-03", localHour: 10 })).toBe(false);
    expect(practiceFollowUpDue({ schedule: twiceWeekly, reports: [], today: "2026-03-04", localHour: 10 })).toBe(true);
    const reports = [
      { done: true, on: "2026-03-03" },
      { done: false, on: "2026-03-04" },
    ];
    expect(practiceFollowUpDue({ schedule: twiceWeekly, reports, today: "2026-03-05", localHour: 10 })).toBe(false);
    // The next practice week starts on the 9th: last week's reports don't count.
    expect(practiceFollowUpDue({ schedule: twiceWeekly, reports, today: "2026-03-11", localHour: 10 })).toBe(true);
  });

  it("never asks about an ended practice", () => {
    expect(practiceFollowUpDue({ schedule: { ...daily, status: "ended" }, reports: [], today: "2026-03-03", localHour: 20 })).toBe(false);
    expect(practiceFollowUpDue({ schedule: { ...daily, endsOn: "2026-03-02" }, reports: [], today: "2026-03-03", localHour: 20 })).toBe(false);
  });
});
