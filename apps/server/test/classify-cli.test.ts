// `npx between classify …` as a pipeline stage: JSON lines in, one JSON line out per input, nothing
// else on stdout.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = join(import.meta.dirname, "../src/cli.ts");

function classify(kind: string, input: string) {
  const run = spawnSync(process.execPath, [cli, "classify", kind], { input, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { status: run.status, lines: run.stdout.split("\n").filter((line) => line !== ""), stderr: run.stderr };
}

describe("between classify", { timeout: 60_000 }, () => {
  it("screens risk line by line", () => {
    const run = classify(
      "risk",
      [
        JSON.stringify({ id: "a", text: "this meeting is killing me" }),
        JSON.stringify({ id: "b", text: "i took all my pills an hour ago" }),
        JSON.stringify({ id: 7, text: "my friend said she wants to die" }),
      ].join("\n"),
    );
    expect(run.status).toBe(0);
    const out = run.lines.map((line) => JSON.parse(line) as { id: string | number; tier: string; categories: string[] });
    expect(out.map((row) => row.id)).toEqual(["a", "b", 7]);
    expect(out[0]).toEqual({ id: "a", tier: "none", categories: [] });
    expect(out[1]?.tier).toBe("imminent");
    expect(out[2]?.tier).not.toBe("imminent");
  });

  it("detects dependency cues", () => {
    const run = classify("dependency", JSON.stringify({ id: "x", text: "you're the only one who understands me" }));
    expect(JSON.parse(run.lines[0] ?? "{}")).toMatchObject({ id: "x", cues: ["exclusivity"] });
  });

  it("labels emotion words with GoEmotions names", () => {
    const run = classify(
      "emotions",
      [
        JSON.stringify({ id: "t", text: "Thank you so much, that really helped." }),
        JSON.stringify({ id: 2, text: "I went to the shop." }),
        JSON.stringify({ id: "g", text: "I miss my mum so much since she died" }),
      ].join("\n"),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const out = run.lines.map((line) => JSON.parse(line) as { id: string | number; labels: string[] });
    expect(out.map((row) => Object.keys(row))).toEqual([["id", "labels"], ["id", "labels"], ["id", "labels"]]);
    expect(out[0]).toEqual({ id: "t", labels: ["gratitude"] });
    expect(out[1]).toEqual({ id: 2, labels: ["neutral"] });
    expect(out[2]?.labels).toContain("grief");
  });

  it("reports bad lines on stderr only, and fails at the end", () => {
    const run = classify("risk", `not json\n${JSON.stringify({ id: "ok", text: "fine thanks" })}\n${JSON.stringify({ text: "no id" })}`);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([JSON.stringify({ id: "ok", tier: "none", categories: [] })]);
    expect(run.stderr).toContain("line 1");
    expect(run.stderr).toContain("line 3");
  });

  it("names the classifiers it has", () => {
    const run = classify("astrology", "");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("risk");
  });
});
