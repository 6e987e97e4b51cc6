import { describe, expect, it } from "vitest";
import { questionnaireScore, questionnaireBand, summariseQuestionnaires, type AnalysisCheckIn } from "../../src/index.ts";

describe("questionnaires", () => {
  it.each([
    ["phq9", 4, "minimal"],
    ["phq9", 5, "mild"],
    ["phq9", 9, "mild"],
    ["phq9", 10, "moderate"],
    ["phq9", 15, "moderately severe"],
    ["phq9", 20, "severe"],
    ["gad7", 14, "moderate"],
    ["gad7", 15, "severe"],
  ] as const)("%s %i is %s", (instrument, score, band) => {
    expect(questionnaireBand(instrument, score)).toBe(band);
  });

  it("scores from items", () => {
    expect(questionnaireScore({ id: "q", at: 0, instrument: "phq9", items: [1, 2, 3, 0, 0, 1, 1, 0, 0] })).toBe(8);
  });

  const day = 86_400_000;
  const at = (n: number) => Date.UTC(2025, 0, 1) + n * day;
  const phq = (id: string, n: number, score: number): AnalysisCheckIn => ({ id, at: at(n), instrument: "phq9", score });

  it("calls a change reliable at exactly the threshold, not below", () => {
    const window = { from: at(10), to: at(20) };
    const [atThreshold] = summariseQuestionnaires({ checkIns: [phq("a", 1, 10), phq("b", 12, 15)], window, timeZone: "UTC" });
    expect(atThreshold?.sinceReference?.reliable).toBe("worsened");
    const [below] = summariseQuestionnaires({ checkIns: [phq("a", 1, 10), phq("b", 12, 14)], window, timeZone: "UTC" });
    expect(below?.sinceReference?.reliable).toBe("no reliable change");
    const [gad] = summariseQuestionnaires({ checkIns: [{ id: "g1", at: at(1), instrument: "gad7", score: 12 }, { id: "g2", at: at(12), instrument: "gad7", score: 8 }], window, timeZone: "UTC" });
    expect(gad?.sinceReference?.reliable).toBe("improved");
  });

  it("compares the latest score with the one before the window and with the first on record", () => {
    const window = { from: at(30), to: at(40) };
    const [trend] = summariseQuestionnaires({ checkIns: [phq("a", 0, 18), phq("b", 20, 12), phq("c", 35, 10)], window, timeZone: "UTC" });
    expect(trend?.sinceReference).toMatchObject({ change: -2, reliable: "no reliable change" });
    expect(trend?.sinceBaseline).toMatchObject({ change: -8, reliable: "improved" });
    expect(trend?.inWindow.map((point) => point.id)).toEqual(["c"]);
  });
});
