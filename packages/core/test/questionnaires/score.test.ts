import { describe, expect, it } from "vitest";
import {
  QuestionnaireAnswerError,
  checkAnswers,
  parseDifficultyAnswer,
  parseFrequencyAnswer,
  scoreQuestionnaire,
  type InstrumentId,
} from "../../src/index.ts";

/** Answers (0–3 each) over `count` items that add up to `total`. */
function answersTotalling(total: number, count: number): number[] {
  const answers: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const value = Math.min(3, left);
    answers.push(value);
    left -= value;
  }
  if (left !== 0) throw new Error(`cannot reach ${total} with ${count} items`);
  return answers;
}

function bandAt({ instrument, total, count }: { instrument: InstrumentId; total: number; count: number }): string {
  // Keep item 9 at 0 for the PHQ-9 band checks, by filling from the front.
  return scoreQuestionnaire({ instrument, answers: answersTotalling(total, count) }).band;
}

describe("PHQ-9 scoring", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately severe"],
    [19, "moderately severe"],
    [20, "severe"],
    [24, "severe"],
  ])("total %i is %s", (total, band) => {
    expect(bandAt({ instrument: "phq9", total, count: 9 })).toBe(band);
  });

  it("reaches 27 and calls it severe", () => {
    const score = scoreQuestionnaire({ instrument: "phq9", answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] });
    expect(score).toEqual({ instrument: "phq9", total: 27, band: "severe", aboveCutoff: true, item9Positive: true });
  });

  it("flags item 9 above 0 whatever the total", () => {
    for (const value of [1, 2, 3]) {
      const score = scoreQuestionnaire({ instrument: "phq9", answers: [0, 0, 0, 0, 0, 0, 0, 0, value] });
      expect(score.item9Positive).toBe(true);
      expect(score.band).toBe("minimal");
    }
    expect(scoreQuestionnaire({ instrument: "phq9", answers: [3, 3, 3, 3, 3, 3, 3, 3, 0] }).item9Positive).toBe(false);
  });

  it("marks the screening cut-off at 10", () => {
    expect(scoreQuestionnaire({ instrument: "phq9", answers: answersTotalling(9, 9) }).aboveCutoff).toBe(false);
    expect(scoreQuestionnaire({ instrument: "phq9", answers: answersTotalling(10, 9) }).aboveCutoff).toBe(true);
  });
});

describe("GAD-7 scoring", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ])("total %i is %s", (total, band) => {
    expect(bandAt({ instrument: "gad7", total, count: 7 })).toBe(band);
  });

  it("has no item-9 flag", () => {
    expect(scoreQuestionnaire({ instrument: "gad7", answers: [3, 3, 3, 3, 3, 3, 3] }).item9Positive).toBeUndefined();
  });
});

describe("invalid answers are rejected", () => {
  it.each([
    ["phq9", [0, 0, 0, 0, 0, 0, 0, 0]],
    ["phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["phq9", [0, 0, 0, 0, 4, 0, 0, 0, 0]],
    ["phq9", [0, 0, 0, 0, -1, 0, 0, 0, 0]],
    ["phq9", [0, 0, 0, 0, 1.5, 0, 0, 0, 0]],
    ["gad7", [0, 0, 0]],
    ["gad7", [0, 0, 0, 0, 0, 0, Number.NaN]],
  ] as const)("%s %j", (instrument, answers) => {
    expect(() => scoreQuestionnaire({ instrument, answers })).toThrow(QuestionnaireAnswerError);
    expect(checkAnswers({ instrument, answers })).not.toBeNull();
  });
});

describe("typed answers", () => {
  it.each([
    ["Not at all", 0],
    ["never", 0],
    ["0", 0],
    ["Several days", 1],
    ["some days", 1],
    ["1", 1],
    ["More than half the days", 2],
    ["most days tbh", 2],
    ["Nearly every day", 3],
    ["every day", 3],
    ["all the time", 3],
    ["3", 3],
  ])("%s → %i", (text, value) => {
    expect(parseFrequencyAnswer(text)).toBe(value);
  });

  it.each(["idk", "maybe", "4", "banana"])("%s is unclear", (text) => {
    expect(parseFrequencyAnswer(text)).toBeNull();
  });

  it("reads the functional item", () => {
    expect(parseDifficultyAnswer("Somewhat difficult")).toBe(1);
    expect(parseDifficultyAnswer("extremely")).toBe(3);
    expect(parseDifficultyAnswer("not difficult at all")).toBe(0);
  });
});
