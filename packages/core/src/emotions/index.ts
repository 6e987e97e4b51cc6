// Emotion words: a small linear model trained on GoEmotions (scripts/train-emotions.ts), pure and fast.
export { emotionFeatures, emotionFeaturesVersion } from "./features.ts";
export {
  goEmotionLabels,
  ekmanGroups,
  ekmanMapping,
  isGoEmotionLabel,
  type GoEmotionLabel,
  type EkmanGroup,
} from "./labels.ts";
export {
  createEmotionModel,
  checkEmotionWeights,
  emotionWeightsFormat,
  type EmotionModel,
  type EmotionWeights,
} from "./model.ts";
export { classifyEmotions, predictEmotions, predictEkmanEmotions, builtInEmotionModel, builtInEmotionWeights } from "./classify.ts";
