// The themes Between names in the client's words: feelings, and the parts of life they are about.

export const feelingThemes = [
  "desire",
  "fear",
  "boredom",
  "shame",
  "anger",
  "sadness-and-grief",
  "loneliness",
  "guilt",
  "joy-and-pride",
] as const;
export type FeelingTheme = (typeof feelingThemes)[number];

export const lifeAreas = ["partner", "family", "friends", "work", "body", "sleep", "substances"] as const;
export type LifeArea = (typeof lifeAreas)[number];

export type ThemeId = FeelingTheme | LifeArea;
export const themeIds: readonly ThemeId[] = [...feelingThemes, ...lifeAreas];

/** Plain words for a theme, as a therapist (or the client) would read them. */
export const themeLabels: Readonly<Record<ThemeId, string>> = {
  desire: "desire and longing",
  fear: "fear and worry",
  boredom: "boredom",
  shame: "shame",
  anger: "anger",
  "sadness-and-grief": "sadness and grief",
  loneliness: "loneliness",
  guilt: "guilt",
  "joy-and-pride": "joy and pride",
  partner: "partner",
  family: "family",
  friends: "friends",
  work: "work",
  body: "body",
  sleep: "sleep",
  substances: "alcohol and other substances",
};

export function isFeelingTheme(theme: ThemeId): theme is FeelingTheme {
  return (feelingThemes as readonly string[]).includes(theme);
}

export function isLifeArea(theme: ThemeId): theme is LifeArea {
  return (lifeAreas as readonly string[]).includes(theme);
}
