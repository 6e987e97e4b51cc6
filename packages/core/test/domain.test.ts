import { describe, expect, it } from "vitest";
import { consentIncludes, riskTierAtLeast } from "../src/index.ts";

describe("consent levels", () => {
  it("include every lower level and none above", () => {
    expect(consentIncludes("summaries", "moments")).toBe(true);
    expect(consentIncludes("summaries", "summaries")).toBe(true);
    expect(consentIncludes("summaries", "transcripts")).toBe(false);
    expect(consentIncludes("signals", "moments")).toBe(false);
  });
});

describe("risk tiers", () => {
  it("compare by severity", () => {
    expect(riskTierAtLeast("imminent", "urgent")).toBe(true);
    expect(riskTierAtLeast("concern", "urgent")).toBe(false);
  });
});
