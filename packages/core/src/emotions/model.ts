// A linear one-vs-rest emotion model over emotionFeatures: each label's score is its bias plus the
// weights of the features present, and a label is given when its score passes the label's threshold
// (tuned on GoEmotions dev to maximise that label's F1). Weights come from a JSON file written by
// scripts/train-emotions.ts; this file only reads them.
import { emotionFeatures, emotionFeaturesVersion } from "./features.ts";
import { ekmanGroups, ekmanMapping, goEmotionLabels, type EkmanGroup, type GoEmotionLabel } from "./labels.ts";

export const emotionWeightsFormat = "between-emotions/1";

/** The committed weights file. Weights and biases are integers in units of 1/scale. */
export interface EmotionWeights {
  format: string;
  /** Where the weights come from (the full attribution is in NOTICE). */
  source: string;
  featuresVersion: number;
  labels: string[];
  scale: number;
  bias: number[];
  /** Per label, in score units: the label is given when its score is above this. */
  thresholds: number[];
  /** Per Ekman group, on the margin scale (a group's margin is its best member's score minus threshold). */
  ekmanThresholds: number[];
  /** Feature strings, sorted, parallel to `weights`. */
  features: string[];
  /** Per feature: label index, weight, label index, weight… */
  weights: number[][];
}

export interface EmotionModel {
  /** Per label (goEmotionLabels order): score minus threshold; a label is given when this is above 0. */
  margins(text: string): number[];
  /**
   * The full GoEmotions labelling, neutral included, and never empty (the best margin when none passes,
   * as every GoEmotions example carries a label): what `npx between classify emotions` prints.
   */
  predict(text: string): GoEmotionLabel[];
  /** Emotion words only: labels that pass their threshold, without neutral; often empty. */
  classify(text: string): GoEmotionLabel[];
  /** The Ekman grouping (anger, disgust, fear, joy, sadness, surprise, neutral), never empty. */
  ekman(text: string): EkmanGroup[];
}

/** Checks a weights file against the code's label set and feature version; throws with the reason. */
export function checkEmotionWeights(weights: EmotionWeights): void {
  const problems: string[] = [];
  if (weights.format !== emotionWeightsFormat) problems.push(`format ${weights.format}, expected ${emotionWeightsFormat}`);
  if (weights.featuresVersion !== emotionFeaturesVersion) problems.push(`features version ${weights.featuresVersion}, code has ${emotionFeaturesVersion}`);
  if (weights.labels.join(",") !== goEmotionLabels.join(",")) problems.push("labels differ from goEmotionLabels");
  const n = goEmotionLabels.length;
  if (weights.bias.length !== n || weights.thresholds.length !== n) problems.push("bias and thresholds need one value per label");
  if (weights.ekmanThresholds.length !== ekmanGroups.length) problems.push("ekmanThresholds need one value per Ekman group");
  if (weights.features.length !== weights.weights.length) problems.push("features and weights differ in length");
  if (!(weights.scale > 0)) problems.push("scale must be positive");
  for (const posting of weights.weights) {
    if (posting.length % 2 !== 0) {
      problems.push("a feature's weights are not label/weight pairs");
      break;
    }
    for (let i = 0; i < posting.length; i += 2) {
      const label = posting[i] ?? -1;
      if (!Number.isInteger(label) || label < 0 || label >= n) {
        problems.push(`label index ${label} out of range`);
        break;
      }
    }
  }
  if (problems.length > 0) throw new Error(`emotion weights: ${problems.join("; ")}`);
}

const ekmanMembers: readonly (readonly number[])[] = ekmanGroups.map((group) =>
  ekmanMapping[group].map((label) => goEmotionLabels.indexOf(label)),
);
const neutralIndex = goEmotionLabels.indexOf("neutral");

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

export function createEmotionModel(weights: EmotionWeights): EmotionModel {
  checkEmotionWeights(weights);
  const postings = new Map<string, Float64Array>();
  for (let f = 0; f < weights.features.length; f++) {
    const raw = weights.weights[f] ?? [];
    const posting = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i += 2) {
      posting[i] = raw[i] ?? 0;
      posting[i + 1] = (raw[i + 1] ?? 0) / weights.scale;
    }
    postings.set(weights.features[f] ?? "", posting);
  }
  const start = weights.bias.map((bias, l) => bias / weights.scale - (weights.thresholds[l] ?? 0));

  const margins = (text: string): number[] => {
    const out = start.slice();
    for (const feature of emotionFeatures(text)) {
      const posting = postings.get(feature);
      if (posting === undefined) continue;
      for (let i = 0; i < posting.length; i += 2) {
        const l = posting[i] ?? 0;
        out[l] = (out[l] ?? 0) + (posting[i + 1] ?? 0);
      }
    }
    return out;
  };

  const passing = (values: readonly number[]): number[] => {
    const out: number[] = [];
    for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) > 0) out.push(i);
    return out;
  };

  return {
    margins,
    predict(text) {
      const values = margins(text);
      const given = passing(values);
      return (given.length > 0 ? given : [argmax(values)]).map((l) => goEmotionLabels[l] ?? "neutral");
    },
    classify(text) {
      return passing(margins(text))
        .filter((l) => l !== neutralIndex)
        .map((l) => goEmotionLabels[l] ?? "neutral");
    },
    ekman(text) {
      const values = margins(text);
      const groupMargins = ekmanMembers.map((members, g) => {
        let best = -Infinity;
        for (const l of members) best = Math.max(best, values[l] ?? -Infinity);
        return best - (weights.ekmanThresholds[g] ?? 0);
      });
      const given = passing(groupMargins);
      return (given.length > 0 ? given : [argmax(groupMargins)]).map((g) => ekmanGroups[g] ?? "neutral");
    },
  };
}
