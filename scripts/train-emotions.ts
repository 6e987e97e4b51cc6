// `node scripts/train-emotions.ts`: trains the built-in emotion model on GoEmotions train, tunes its
// thresholds on dev, and writes packages/core/src/emotions/goemotions-weights.json (committed; the
// source is named in NOTICE). No downloads, no Python; the same data gives the same file.
// Reads ../shared/data/goemotions (or $BETWEEN_SHARED_DATA/goemotions). Options (for experiments):
// --keep N (features per label), --epochs N, --refit N, --l1 X, --l2 X, --alpha X, --out FILE.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { checkLabelFile, findGoEmotionsDir, readGoEmotions } from "./lib/goemotions.ts";
import { defaultTrainOptions, trainEmotionWeights, tuneEmotionThresholds } from "./lib/emotion-training.ts";
import { serialiseEmotionWeights } from "./lib/emotion-weights-file.ts";
import { createEmotionModel } from "../packages/core/src/emotions/model.ts";
import { ekmanGroups, goEmotionLabels } from "../packages/core/src/emotions/labels.ts";
import { labelNames, scoreSets, toEkman } from "./lib/emotion-metrics.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    keep: { type: "string" },
    epochs: { type: "string" },
    refit: { type: "string" },
    l1: { type: "string" },
    l2: { type: "string" },
    alpha: { type: "string" },
    out: { type: "string" },
  },
});
const num = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Number(value));

const dir = findGoEmotionsDir();
if (dir === null) {
  process.stderr.write("GoEmotions not found: expected ../shared/data/goemotions (or set BETWEEN_SHARED_DATA)\n");
  process.exit(1);
}
checkLabelFile(dir);
const train = readGoEmotions(dir, "train");
const dev = readGoEmotions(dir, "dev");
if (train === null || dev === null) {
  process.stderr.write(`${dir} needs train.tsv and dev.tsv\n`);
  process.exit(1);
}

const started = performance.now();
const { weights, stats } = trainEmotionWeights({
  train,
  dev,
  options: {
    keepPerLabel: num(values.keep, defaultTrainOptions.keepPerLabel),
    epochs: num(values.epochs, defaultTrainOptions.epochs),
    refitEpochs: num(values.refit, defaultTrainOptions.refitEpochs),
    l1: num(values.l1, defaultTrainOptions.l1),
    l2: num(values.l2, defaultTrainOptions.l2),
    alpha: num(values.alpha, defaultTrainOptions.alpha),
    source:
      "GoEmotions (Demszky et al., ACL 2020; Apache-2.0): trained on the train split, thresholds tuned on dev, by scripts/train-emotions.ts. See NOTICE.",
  },
});
const seconds = (performance.now() - started) / 1000;

const out = values.out ?? join(root, "packages/core/src/emotions/goemotions-weights.json");
const text = serialiseEmotionWeights(weights);
writeFileSync(out, text);

const model = createEmotionModel(weights);
const predicted = dev.map((row) => ({ row, labels: model.predict(row.text), ekman: model.ekman(row.text) }));
const labelScores = scoreSets(goEmotionLabels, predicted.map(({ row, labels }) => ({ gold: labelNames(row.labels), predicted: labels })));
const ekmanScores = scoreSets(
  ekmanGroups,
  predicted.map(({ row, ekman }) => ({ gold: toEkman(labelNames(row.labels)), predicted: ekman })),
);
console.log(`trained in ${seconds.toFixed(1)} s: vocabulary ${stats.vocabulary}, ${stats.fullNonZero} non-zero weights before pruning`);
console.log(`kept ${stats.kept} weights on ${stats.features} features; wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
console.log(`dev (thresholds tuned here, so optimistic): macro-F1 ${labelScores.macroF1.toFixed(3)}, micro-F1 ${labelScores.microF1.toFixed(3)}, Ekman macro-F1 ${ekmanScores.macroF1.toFixed(3)}`);

// A fairer estimate than the figures above: tune thresholds on one half of dev, score the other half.
const halves = [dev.filter((_, i) => i % 2 === 0), dev.filter((_, i) => i % 2 === 1)] as const;
const fair = halves.map((tuneOn, h) => {
  const scoreOn = halves[1 - h] ?? [];
  const half = tuneEmotionThresholds({ weights, dev: tuneOn });
  const halfModel = createEmotionModel(half);
  const rows = scoreOn.map((row) => ({ row, labels: halfModel.predict(row.text), ekman: halfModel.ekman(row.text) }));
  return {
    macro: scoreSets(goEmotionLabels, rows.map(({ row, labels }) => ({ gold: labelNames(row.labels), predicted: labels }))).macroF1,
    ekman: scoreSets(ekmanGroups, rows.map(({ row, ekman }) => ({ gold: toEkman(labelNames(row.labels)), predicted: ekman }))).macroF1,
  };
});
const mean = (xs: readonly number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
console.log(`dev, thresholds tuned on the other half (mean of both halves): macro-F1 ${mean(fair.map((f) => f.macro))}, Ekman macro-F1 ${mean(fair.map((f) => f.ekman))}`);
