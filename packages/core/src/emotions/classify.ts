// The built-in emotion model, from the committed weights (GoEmotions; see NOTICE). Built on first use,
// so importing core costs nothing until a message is classified.
import weightsFile from "./goemotions-weights.json" with { type: "json" };
import { createEmotionModel, type EmotionModel, type EmotionWeights } from "./model.ts";
import type { EkmanGroup, GoEmotionLabel } from "./labels.ts";

export const builtInEmotionWeights: EmotionWeights = weightsFile;

let model: EmotionModel | null = null;

export function builtInEmotionModel(): EmotionModel {
  model ??= createEmotionModel(builtInEmotionWeights);
  return model;
}

/**
 * The emotion words GoEmotions' annotators would likely give this text (its 27 emotions, without
 * neutral): a description of the words, not of the writer's state. Often empty.
 */
export function classifyEmotions(text: string): GoEmotionLabel[] {
  return builtInEmotionModel().classify(text);
}

/** The full GoEmotions labelling, neutral included and never empty (for evaluation and the CLI). */
export function predictEmotions(text: string): GoEmotionLabel[] {
  return builtInEmotionModel().predict(text);
}

/** The Ekman grouping of the same model, never empty. */
export function predictEkmanEmotions(text: string): EkmanGroup[] {
  return builtInEmotionModel().ekman(text);
}
