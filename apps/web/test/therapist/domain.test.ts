// The workspace keeps its own copy of a few of core's constants (to keep core's lexicons out of the
// browser chunk): they must stay exactly core's.
import * as core from "@between/core";
import { describe, expect, it } from "vitest";
import { consentLevels, dependencyCueLabels, dependencyWeights, severityBands } from "../../src/therapist/domain.ts";

describe("the workspace's copy of core's constants", () => {
  it("matches core exactly", () => {
    expect(consentLevels).toEqual(core.consentLevels);
    expect(severityBands.phq9).toEqual(core.phq9.bands);
    expect(severityBands.gad7).toEqual(core.gad7.bands);
    expect(dependencyWeights).toEqual(core.dependencyWeights);
    expect(dependencyCueLabels).toEqual(core.dependencyCueLabels);
  });
});
