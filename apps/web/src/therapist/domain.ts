// The few domain constants the workspace draws with, copied from @between/core so the workspace
// chunk does not pull in core's lexicons and models (its barrel keeps them). A unit test
// (test/therapist/domain.test.ts) compares every value here with core's, so they cannot drift.

export const consentLevels = ["signals", "moments", "summaries", "transcripts"] as const;
export type ConsentLevel = (typeof consentLevels)[number];

export interface SeverityBand {
  min: number;
  max: number;
  label: string;
}

/** PHQ-9 and GAD-7 severity bands as published (Kroenke et al. 2001; Spitzer et al. 2006). */
export const severityBands: Readonly<Record<"phq9" | "gad7", readonly SeverityBand[]>> = {
  phq9: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 19, label: "moderately severe" },
    { min: 20, max: 27, label: "severe" },
  ],
  gad7: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 21, label: "severe" },
  ],
};

/** How much each part weighs in the 0–100 dependency index. */
export const dependencyWeights = { volumeTrend: 0.2, nightShare: 0.25, cues: 0.35, fewerPeople: 0.2 } as const;

export const dependencyCueLabels: Readonly<Record<string, string>> = {
  exclusivity: "the companion as the only one who understands",
  "prefers-companion": "preferring the companion to people",
  "unavailability-distress": "distress when the companion is unavailable",
  "cannot-cope-without": "not coping without the companion",
  "relationship-title": "relationship titles for the companion",
  "pet-name": "pet names for the companion",
  affection: "affection toward the companion",
  "wants-feelings": "wanting the companion to have feelings",
  "care-for-companion": "worrying about burdening the companion",
  "frequent-use": "talking about using the companion a lot",
  "fear-of-overuse": "worry about using the companion too much",
};
