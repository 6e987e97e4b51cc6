// The client's safety plan (Stanley & Brown's Safety Planning Intervention), built with their therapist.
// Seven sections, each a short list in the client's own words. The crisis protocol walks through it.

export const safetyPlanSections = [
  "warningSigns",
  "thingsICanDo",
  "peopleAndPlaces",
  "peopleICanAsk",
  "professionalsAndLines",
  "makingSurroundingsSafer",
  "reasonsForLiving",
] as const;
export type SafetyPlanSection = (typeof safetyPlanSections)[number];

export interface SafetyPlan {
  /** Thoughts, images, moods, situations that tell me a crisis may be coming. */
  warningSigns: string[];
  /** Things I can do on my own to take my mind off things (coping strategies). */
  thingsICanDo: string[];
  /** People and places that help me feel better or distract me. */
  peopleAndPlaces: string[];
  /** People I can ask for help. */
  peopleICanAsk: string[];
  /** Professionals, services and crisis lines I can contact. */
  professionalsAndLines: string[];
  /** Making my surroundings safer (what I can put away or ask someone to keep). */
  makingSurroundingsSafer: string[];
  /** The things that are most important to me and worth living for. */
  reasonsForLiving: string[];
}

export const safetyPlanLimits = { itemsPerSection: 10, charactersPerItem: 200 } as const;

export function emptySafetyPlan(): SafetyPlan {
  return {
    warningSigns: [],
    thingsICanDo: [],
    peopleAndPlaces: [],
    peopleICanAsk: [],
    professionalsAndLines: [],
    makingSurroundingsSafer: [],
    reasonsForLiving: [],
  };
}

/** Trims items, drops empty ones and keeps each section within {@link safetyPlanLimits}. */
export function tidySafetyPlan(plan: SafetyPlan): SafetyPlan {
  const tidy = emptySafetyPlan();
  for (const section of safetyPlanSections) {
    tidy[section] = plan[section]
      .map((item) => item.replace(/\s+/g, " ").trim().slice(0, safetyPlanLimits.charactersPerItem))
      .filter((item) => item.length > 0)
      .slice(0, safetyPlanLimits.itemsPerSection);
  }
  return tidy;
}

/** True when at least one section has something in it. */
export function hasSafetyPlan(plan: SafetyPlan | null | undefined): plan is SafetyPlan {
  if (plan === null || plan === undefined) return false;
  return safetyPlanSections.some((section) => plan[section].some((item) => item.trim().length > 0));
}

/** A plain check for data read from storage or a request (the server also validates with zod). */
export function isSafetyPlan(value: unknown): value is SafetyPlan {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return safetyPlanSections.every((section) => {
    const items = record[section];
    return Array.isArray(items) && items.every((item) => typeof item === "string");
  });
}
