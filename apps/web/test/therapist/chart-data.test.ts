import { describe, expect, it } from "vitest";
import {
  bandFor,
  daysBetween,
  dependencyChart,
  isoWeekStart,
  questionnaireChart,
  regulationChart,
  rhythmHeatmap,
  themesOverWeeks,
  type Charts,
} from "../../src/therapist/charts/chart-data.ts";

const theme = (name: string, messages: number, share: number) => ({ theme: name, label: `${name} label`, messages, share, words: [] });

describe("isoWeekStart", () => {
  it("finds the Monday of ISO weeks, across year boundaries", () => {
    expect(isoWeekStart("2026-W48")).toBe("2026-11-23");
    expect(isoWeekStart("2026-W01")).toBe("2025-12-29");
    expect(isoWeekStart("2021-W01")).toBe("2021-01-04");
    expect(isoWeekStart("2020-W53")).toBe("2020-12-28");
  });
  it("refuses what is not a week", () => {
    expect(() => isoWeekStart("2026-11-23")).toThrow();
  });
});

describe("themesOverWeeks", () => {
  const weeks: Charts["themesByWeek"] = [
    { week: "2026-W47", messages: 10, themes: [theme("fear", 5, 0.5), theme("work", 2, 0.2)] },
    { week: "2026-W46", messages: 4, themes: [theme("fear", 1, 0.25), theme("shame", 3, 0.75)] },
    { week: "2026-W48", messages: 8, themes: [theme("work", 6, 0.75), theme("joy", 1, 0.125)] },
  ];

  it("orders weeks and fills a week without the theme with 0", () => {
    const shaped = themesOverWeeks(weeks);
    expect(shaped.weeks.map((week) => week.week)).toEqual(["2026-W46", "2026-W47", "2026-W48"]);
    expect(shaped.weeks[0]?.label).toBe("w/c 9 Nov");
    const fear = shaped.series.find((series) => series.theme === "fear");
    expect(fear?.shares).toEqual([0.25, 0.5, 0]);
    expect(fear?.counts).toEqual([1, 5, 0]);
  });

  it("keeps the themes with most messages as lines and the rest for the table", () => {
    const shaped = themesOverWeeks(weeks, { limit: 2 });
    expect(shaped.series.map((series) => series.theme)).toEqual(["work", "fear"]);
    expect(shaped.others.map((series) => series.theme)).toEqual(["shame", "joy"]);
  });

  it("says first and last share per theme", () => {
    const shaped = themesOverWeeks(weeks, { limit: 1 });
    expect(shaped.summary).toBe("Share of messages touching each theme over 3 weeks: work label 0% → 75%.");
    expect(themesOverWeeks([]).summary).toBe("No themes in this window.");
  });
});

describe("rhythmHeatmap", () => {
  const counts: Record<string, number> = { "3,21": 4, "3,2": 1, "6,2": 2 };
  const matrix = Array.from({ length: 7 }, (_, weekday) => Array.from({ length: 24 }, (_unused, hour) => counts[`${weekday},${hour}`] ?? 0));
  const rhythm: Charts["rhythm"] = {
    matrix,
    messages: 7,
    night: 3,
    nightShare: 3 / 7,
    previousNightShare: 0.1,
    nightDays: ["2026-11-26"],
    activeDays: 2,
    peakHour: 21,
  };

  it("scales cells by the busiest one and marks night hours", () => {
    const heat = rhythmHeatmap(rhythm);
    expect(heat.max).toBe(4);
    expect(heat.rows).toHaveLength(7);
    const thursday = heat.rows[3];
    expect(thursday?.label).toBe("Thursday");
    expect(thursday?.cells[21]).toMatchObject({ count: 4, intensity: 1, night: false });
    expect(thursday?.cells[2]).toMatchObject({ count: 1, intensity: 0.25, night: true });
    expect(thursday?.total).toBe(5);
    expect(heat.hourTotals[2]).toBe(3);
    expect(heat.busiest).toEqual({ weekday: 3, hour: 21, count: 4 });
  });

  it("summarises busiest hour, day and night share", () => {
    expect(rhythmHeatmap(rhythm).summary).toBe(
      "7 messages on 2 days; busiest hour: Thursday 21:00–22:00 (4); busiest day: Thursday (5); 43% between 00:00 and 05:00 (previous window: 10%).",
    );
  });

  it("handles an empty window", () => {
    const empty = rhythmHeatmap({ ...rhythm, matrix: [], messages: 0, night: 0, nightShare: 0, activeDays: 0, peakHour: null });
    expect(empty.max).toBe(0);
    expect(empty.busiest).toBeNull();
    expect(empty.rows.every((row) => row.cells.length === 24 && row.cells.every((cell) => cell.intensity === 0))).toBe(true);
    expect(empty.summary).toBe("No messages in this window.");
  });
});

describe("questionnaireChart", () => {
  const point = (id: string, date: string, score: number, band: string) => ({ id, date, score, band });

  it("uses the published bands and scale tops", () => {
    const phq = questionnaireChart({ instrument: "phq9", label: "PHQ-9", threshold: 5, points: [], latest: null, sinceReference: null, sinceBaseline: null });
    expect(phq.maxScore).toBe(27);
    expect(phq.bands.map((band) => band.label)).toEqual(["minimal", "mild", "moderate", "moderately severe", "severe"]);
    expect(phq.summary).toBe("PHQ-9: no scores in this window.");
    const gad = questionnaireChart({ instrument: "gad7", label: "GAD-7", threshold: 4, points: [], latest: null, sinceReference: null, sinceBaseline: null });
    expect(gad.maxScore).toBe(21);
    expect(gad.bands.at(-1)).toEqual({ label: "severe", min: 15, max: 21 });
  });

  it("orders points by date and states the reliable change", () => {
    const first = point("a", "2026-11-02", 16, "moderately severe");
    const last = point("b", "2026-11-20", 9, "mild");
    const chart = questionnaireChart({
      instrument: "phq9",
      label: "PHQ-9",
      threshold: 5,
      points: [last, first],
      latest: last,
      sinceReference: { from: first, to: last, change: -7, reliable: "improved" },
      sinceBaseline: null,
    });
    expect(chart.points.map((p) => [p.id, p.day])).toEqual([
      ["a", 0],
      ["b", 18],
    ]);
    expect(chart.spanDays).toBe(18);
    expect(chart.change).toEqual({ reliable: "improved", text: "16 on 2 Nov → 9 on 20 Nov (-7): improved" });
    expect(chart.summary).toBe("PHQ-9: 2 scores, latest 9 of 27 (mild) on 20 Nov; change 16 on 2 Nov → 9 on 20 Nov (-7): improved; 5 points or more is a reliable change.");
  });

  it("counts days across month and year ends", () => {
    expect(daysBetween("2026-11-02", "2026-11-20")).toBe(18);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("finds the band for a score", () => {
    expect(bandFor("phq9", 14)).toBe("moderate");
    expect(bandFor("phq9", 15)).toBe("moderately severe");
    expect(bandFor("gad7", 21)).toBe("severe");
    expect(bandFor("gad7", 4)).toBe("minimal");
  });
});

describe("dependencyChart", () => {
  const dependency: Charts["dependency"] = {
    index: 43,
    level: "medium",
    previousIndex: 20,
    components: {
      volumeTrend: { score: 0.5, perDay: 3, previousPerDay: 2 },
      nightShare: { score: 1, share: 0.4, previousShare: 0.1 },
      cues: { score: 0.22, messages: 1, weighted: 1, byCue: [{ cue: "exclusivity", messages: 1 }, { cue: "something-new", messages: 2 }] },
      fewerPeople: { score: 0, share: 0.3, previousShare: 0.3, people: 2, previousPeople: 2 },
    },
  };

  it("gives each part its weighted points, which add up to the index", () => {
    const chart = dependencyChart(dependency);
    expect(chart.parts.map((part) => [part.key, part.points])).toEqual([
      ["volumeTrend", 10],
      ["nightShare", 25],
      ["cues", 7.7],
      ["fewerPeople", 0],
    ]);
    expect(Math.round(chart.parts.reduce((sum, part) => sum + part.points, 0))).toBe(chart.index);
    expect(chart.parts[1]?.detail).toBe("40% of messages; previous window 10%");
  });

  it("names cues by their labels, and unknown ones by their key", () => {
    const chart = dependencyChart(dependency);
    expect(chart.cues[0]?.label).toBe("the companion as the only one who understands");
    expect(chart.cues[1]?.label).toBe("something-new");
  });

  it("summarises the index and what contributes", () => {
    expect(dependencyChart(dependency).summary).toBe(
      "Dependency index 43 of 100, medium (previous window: 20). Points from: more messages per day 10; night use (00:00–05:00) 25; attachment cues toward the companion 7.7.",
    );
  });
});

describe("regulationChart", () => {
  const regulation: Charts["regulation"] = {
    sessions: 3,
    rated: 2,
    meanBefore: 7.5,
    meanAfter: 4.25,
    meanChange: -3.25,
    improvedShare: 1,
    night: 1,
    byExercise: [{ exercise: "body-scan", rated: 2, meanChange: -3.25 }],
    previousMeanChange: -1,
  };

  it("states before, after and the change", () => {
    const chart = regulationChart(regulation);
    expect(chart.before).toBe(7.5);
    expect(chart.after).toBe(4.25);
    expect(chart.rows[0]?.label).toBe("Body scan");
    expect(chart.summary).toBe(
      "3 exercises, 2 rated: distress 7.5 of 10 before, 4.3 after on average (-3.3); distress lower afterwards in 100%; previous window: -1.",
    );
  });

  it("says when nothing was rated", () => {
    expect(regulationChart({ ...regulation, rated: 0, meanBefore: null, meanAfter: null, meanChange: null }).summary).toBe("3 exercises, none rated before and after.");
    expect(regulationChart({ ...regulation, sessions: 0 }).summary).toBe("No calming exercises in this window.");
  });
});
