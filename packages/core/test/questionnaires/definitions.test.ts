import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gad7, phq9, type QuestionnaireDefinition } from "../../src/index.ts";
import { findSharedDataDir } from "../support/shared-data.ts";

const sharedData = findSharedDataDir();

interface InstrumentJson {
  instrument: string;
  full_name: string;
  reference: string;
  stem: string;
  options: { value: number; text: string }[];
  items: { id: number; text: string; domain?: string; safety_item?: boolean }[];
  functional_item: { id: string; scored: boolean; text: string; options: string[] };
  scoring: {
    severity_bands: { min: number; max: number; label: string }[];
    common_screening_cutoff: number;
    safety_rule?: string;
  };
  short_form: { instrument: string; items: number[]; cutoff: number };
}

function load(file: string): InstrumentJson {
  return JSON.parse(readFileSync(join(sharedData ?? "", "instruments", file), "utf8")) as InstrumentJson;
}

function expectVerbatim(definition: QuestionnaireDefinition, source: InstrumentJson): void {
  expect(definition.name).toBe(source.instrument);
  expect(definition.fullName).toBe(source.full_name);
  expect(definition.reference).toBe(source.reference);
  expect(definition.stem).toBe(source.stem);
  expect(definition.options).toEqual(source.options);
  expect(definition.items.map((item) => ({ id: item.id, text: item.text }))).toEqual(
    source.items.map((item) => ({ id: item.id, text: item.text })),
  );
  for (const [i, item] of source.items.entries()) {
    expect(definition.items[i]?.domain).toBe(item.domain);
    expect(definition.items[i]?.safetyItem === true).toBe(item.safety_item === true);
  }
  expect(source.functional_item.scored).toBe(false);
  expect(definition.functionalItem.id).toBe(source.functional_item.id);
  expect(definition.functionalItem.text).toBe(source.functional_item.text);
  expect(definition.functionalItem.options).toEqual(source.functional_item.options);
  expect(definition.bands).toEqual(source.scoring.severity_bands);
  expect(definition.screeningCutoff).toBe(source.scoring.common_screening_cutoff);
  expect(definition.safetyRule).toBe(source.scoring.safety_rule ?? null);
  expect(definition.shortForm).toEqual({
    name: source.short_form.instrument,
    items: source.short_form.items,
    cutoff: source.short_form.cutoff,
  });
}

// The published wording lives in ../shared/data/instruments (not copied into the project).
describe.skipIf(sharedData === null)("questionnaire definitions (against ../shared/data/instruments)", () => {
  it("PHQ-9 is verbatim the published instrument", () => {
    expectVerbatim(phq9, load("phq9.json"));
  });
  it("GAD-7 is verbatim the published instrument", () => {
    expectVerbatim(gad7, load("gad7.json"));
  });
});
