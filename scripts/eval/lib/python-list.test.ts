import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { parsePythonStringList } from "./python-list.ts";

describe("parsePythonStringList", () => {
  it("reads both quote styles and escapes", () => {
    expect(parsePythonStringList(`['a, b', "it's", 'say \\'hi\\'', 'line\\nbreak']`)).toEqual(["a, b", "it's", "say 'hi'", "line\nbreak"]);
  });
  it("decodes runs of byte escapes as UTF-8", () => {
    expect(parsePythonStringList(`['\\xe2\\x80\\x9cquoted\\xe2\\x80\\x9d']`)).toEqual(["\u201cquoted\u201d"]);
  });
  it("keeps a string cut off by truncation", () => {
    expect(parsePythonStringList(`['one', 'two is cut`)).toEqual(["one", "two is cut"]);
  });
  it("returns nothing for an empty list", () => {
    expect(parsePythonStringList("[]")).toEqual([]);
  });
});

describe("parseCsv", () => {
  it("handles quoted fields with commas, doubled quotes and newlines", () => {
    expect(parseCsv('a,b\n1,"x, ""y""\nz"\n')).toEqual([{ a: "1", b: 'x, "y"\nz' }]);
  });
});
