import { describe, expect, it } from "vitest";
import { feelingsNear, readText } from "../../src/index.ts";

describe("readText and feelingsNear", () => {
  it("ties feelings to the person in the same sentence", () => {
    const reading = readText("I was so angry with my boss. Later Priya made me feel better.");
    const [boss, priya] = reading.people;
    expect(boss === undefined ? [] : feelingsNear(boss, reading).map((feeling) => feeling.theme)).toEqual(["anger"]);
    expect(priya === undefined ? [] : feelingsNear(priya, reading).map((feeling) => feeling.theme)).toEqual(["joy-and-pride"]);
  });

  it("keeps to the clause when a sentence names two people", () => {
    const reading = readText("I'm furious with my dad, but I felt proud of my sister.");
    const [dad, sister] = reading.people;
    expect(dad === undefined ? [] : feelingsNear(dad, reading).map((feeling) => feeling.theme)).toEqual(["anger"]);
    expect(sister === undefined ? [] : feelingsNear(sister, reading).map((feeling) => feeling.theme)).toEqual(["joy-and-pride"]);
  });

  it("leaves out negated feelings", () => {
    const reading = readText("I'm not angry at Sam anymore");
    const [sam] = reading.people;
    expect(sam === undefined ? [] : feelingsNear(sam, reading)).toEqual([]);
  });
});
