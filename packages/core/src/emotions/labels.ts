// GoEmotions' 27 emotions and neutral, in the dataset's id order (labels.txt), and its Ekman grouping
// (ekman_mapping.json): Demszky et al., ACL 2020. See NOTICE.
export const goEmotionLabels = [
  "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire",
  "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy",
  "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
] as const;

export type GoEmotionLabel = (typeof goEmotionLabels)[number];

export const ekmanGroups = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"] as const;

export type EkmanGroup = (typeof ekmanGroups)[number];

export const ekmanMapping: Readonly<Record<EkmanGroup, readonly GoEmotionLabel[]>> = {
  anger: ["anger", "annoyance", "disapproval"],
  disgust: ["disgust"],
  fear: ["fear", "nervousness"],
  joy: ["joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief", "pride", "admiration", "desire", "caring"],
  sadness: ["sadness", "disappointment", "embarrassment", "grief", "remorse"],
  surprise: ["surprise", "realization", "confusion", "curiosity"],
  neutral: ["neutral"],
};

export function isGoEmotionLabel(value: string): value is GoEmotionLabel {
  return (goEmotionLabels as readonly string[]).includes(value);
}
