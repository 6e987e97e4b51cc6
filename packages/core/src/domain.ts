// The domain words of DESIGN.md, as values the whole code base shares.

export const roles = ["client", "therapist", "admin"] as const;
export type Role = (typeof roles)[number];

/** Ordered from least to most shared: each level includes everything below it. */
export const consentLevels = ["signals", "moments", "summaries", "transcripts"] as const;
export type ConsentLevel = (typeof consentLevels)[number];

export const conversationModes = ["talk", "rehearse", "regulate", "check-in", "debrief"] as const;
export type ConversationMode = (typeof conversationModes)[number];

/** Ordered by severity. */
export const riskTiers = ["none", "concern", "urgent", "imminent"] as const;
export type RiskTier = (typeof riskTiers)[number];

export function riskTierAtLeast(tier: RiskTier, floor: RiskTier): boolean {
  return riskTiers.indexOf(tier) >= riskTiers.indexOf(floor);
}

export function consentIncludes(granted: ConsentLevel, needed: ConsentLevel): boolean {
  return consentLevels.indexOf(granted) >= consentLevels.indexOf(needed);
}
