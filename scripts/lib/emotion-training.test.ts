// The trainer on a small synthetic set made here (no real data): it learns the planted words, gives the
// same weights on every run, and its thresholds maximise F1.
import { describe, expect, it } from "vitest";
import { createEmotionModel, goEmotionLabels } from "../../packages/core/src/index.ts";
import { bestThreshold, trainEmotionWeights } from "./emotion-training.ts";
import type { GoEmotionsRow } from "./goemotions.ts";
import { serialiseEmotionWeights } from "./emotion-weights-file.ts";

const gratitude = goEmotionLabels.indexOf("gratitude");
const anger = goEmotionLabels.indexOf("anger");
const neutral = goEmotionLabels.indexOf("neutral");
const fillers = ["the bus was late", "we went out", "it rained again", "the report is done", "dinner was at eight", "my phone is old"];

function rows(count: number, offset: number): GoEmotionsRow[] {
  const out: GoEmotionsRow[] = [];
  for (let i = 0; i < count; i++) {
    const filler = fillers[Math.floor(i / 3) % fillers.length] ?? "";
    const kind = (i + offset) % 3;
    if (kind === 0) out.push({ id: `g${i}`, text: `thanks so much, ${filler}`, labels: [gratitude] });
    else if (kind === 1) out.push({ id: `a${i}`, text: `I am furious, ${filler}`, labels: [anger] });
    else out.push({ id: `n${i}`, text: filler, labels: [neutral] });
  }
  return out;
}

describe("trainEmotionWeights", () => {
  const train = rows(240, 0);
  const dev = rows(60, 1);
  const options = { epochs: 3, keepPerLabel: 50, source: "synthetic test set" };

  it("learns the planted words and is deterministic", () => {
    const first = trainEmotionWeights({ train, dev, options });
    const second = trainEmotionWeights({ train, dev, options });
    expect(serialiseEmotionWeights(second.weights)).toBe(serialiseEmotionWeights(first.weights));
    const model = createEmotionModel(first.weights);
    expect(model.classify("thanks so much")).toEqual(["gratitude"]);
    expect(model.classify("I am furious")).toEqual(["anger"]);
    expect(model.predict("the bus was late")).toEqual(["neutral"]);
    expect(JSON.parse(serialiseEmotionWeights(first.weights))).toEqual(first.weights);
  });

  it("keeps at most keepPerLabel weights per label", () => {
    const { weights } = trainEmotionWeights({ train, dev, options: { ...options, keepPerLabel: 3 } });
    const perLabel = new Map<number, number>();
    for (const posting of weights.weights) for (let i = 0; i < posting.length; i += 2) perLabel.set(posting[i] ?? -1, (perLabel.get(posting[i] ?? -1) ?? 0) + 1);
    expect(Math.max(...perLabel.values())).toBeLessThanOrEqual(3);
  });
});

describe("bestThreshold", () => {
  it("puts the threshold where F1 is highest", () => {
    const { threshold, f1 } = bestThreshold([0.9, 0.8, 0.7, 0.2, 0.1], [true, true, false, true, false]);
    // Taking the top two gives F1 0.8; the top four 0.857 (3 of 3 positives, 1 false alarm).
    expect(f1).toBeCloseTo(6 / 7);
    expect(threshold).toBeCloseTo(0.15);
  });
});
