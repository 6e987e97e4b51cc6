// The weights file's layout: one JSON object, with one line per feature so a diff shows which
// features moved, and the header fields first so a reader sees the source before the numbers.
import type { EmotionWeights } from "../../packages/core/src/emotions/model.ts";

export function serialiseEmotionWeights(weights: EmotionWeights): string {
  const header = {
    format: weights.format,
    source: weights.source,
    featuresVersion: weights.featuresVersion,
    labels: weights.labels,
    scale: weights.scale,
    bias: weights.bias,
    thresholds: weights.thresholds,
    ekmanThresholds: weights.ekmanThresholds,
  };
  const lines = Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  lines.push(`"features":[\n${weights.features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]`);
  lines.push(`"weights":[\n${weights.weights.map((posting) => JSON.stringify(posting)).join(",\n")}\n]`);
  return `{\n${lines.join(",\n")}\n}\n`;
}
