// `npm run eval -- emotions`: the built-in emotion model (packages/core/src/emotions) on GoEmotions,
// read from ../shared/data/goemotions at run time (never copied). It scores the test split when the
// data folder has one (set BETWEEN_SHARED_DATA to a copy that holds test.tsv); otherwise dev, where
// the thresholds were tuned, so it also prints a fairer dev figure: thresholds re-tuned on one half
// of dev and scored on the other. Figures over the 28 labels (neutral included, as the paper counts
// them) and over the Ekman grouping; per-label precision and recall; time per message. Reported,
// not asserted. Reference (Demszky et al. 2020, fine-tuned BERT-base, test): macro-F1 0.46 over the
// 28 labels, 0.64 over Ekman.
import { performance } from "node:perf_hooks";
import { builtInEmotionWeights, createEmotionModel, ekmanGroups, goEmotionLabels, type EmotionModel } from "../../packages/core/src/index.ts";
import { findGoEmotionsDir, readGoEmotions, checkLabelFile, type GoEmotionsRow } from "../lib/goemotions.ts";
import { f1, labelNames, precision, recall, scoreSets, toEkman, type Scores } from "../lib/emotion-metrics.ts";
import { tuneEmotionThresholds } from "../lib/emotion-training.ts";

function score(model: EmotionModel, rows: readonly GoEmotionsRow[]): { labels: Scores; ekman: Scores } {
  const predicted = rows.map((row) => ({ gold: labelNames(row.labels), labels: model.predict(row.text), ekman: model.ekman(row.text) }));
  return {
    labels: scoreSets(goEmotionLabels, predicted.map((p) => ({ gold: p.gold, predicted: p.labels }))),
    ekman: scoreSets(ekmanGroups, predicted.map((p) => ({ gold: toEkman(p.gold), predicted: p.ekman }))),
  };
}

function table(scores: Scores): void {
  console.log("  label            support  precision  recall    F1");
  scores.names.forEach((name, i) => {
    const c = scores.counts[i] ?? { tp: 0, fp: 0, fn: 0 };
    console.log(`  ${name.padEnd(16)} ${String(c.tp + c.fn).padStart(7)}  ${precision(c).toFixed(2).padStart(9)}  ${recall(c).toFixed(2).padStart(6)}  ${f1(c).toFixed(2).padStart(4)}`);
  });
}

function timing(model: EmotionModel, rows: readonly GoEmotionsRow[]): { mean: number; p50: number; p99: number } {
  const texts = rows.slice(0, 2000).map((row) => row.text);
  for (const text of texts) model.classify(text);
  const samples: number[] = [];
  for (const text of texts) {
    const started = performance.now();
    model.classify(text);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { mean: samples.reduce((sum, x) => sum + x, 0) / Math.max(1, samples.length), p50: at(0.5), p99: at(0.99) };
}

export function run(): Promise<void> {
  const dir = findGoEmotionsDir();
  if (dir === null) {
    console.log("GoEmotions not found (../shared/data/goemotions, or BETWEEN_SHARED_DATA): skipped");
    return Promise.resolve();
  }
  checkLabelFile(dir);
  const test = readGoEmotions(dir, "test");
  const dev = readGoEmotions(dir, "dev");
  const split = test !== null ? "test" : "dev";
  const rows = test ?? dev;
  if (rows === null) {
    console.log(`${dir} has neither test.tsv nor dev.tsv: skipped`);
    return Promise.resolve();
  }
  const weightsKb = (JSON.stringify(builtInEmotionWeights).length / 1024).toFixed(0);
  const kept = builtInEmotionWeights.weights.reduce((sum, posting) => sum + posting.length / 2, 0);
  console.log(`Model: ${kept} weights on ${builtInEmotionWeights.features.length} features (${weightsKb} KB of JSON)`);
  const model = createEmotionModel(builtInEmotionWeights);
  const result = score(model, rows);
  console.log(`GoEmotions ${split} (${rows.length} comments)${split === "dev" ? ", where the thresholds were tuned: optimistic" : ""}`);
  console.log(`  28 labels: macro-F1 ${result.labels.macroF1.toFixed(3)}, micro-F1 ${result.labels.microF1.toFixed(3)}   (BERT-base, test: macro 0.46)`);
  console.log(`  Ekman:     macro-F1 ${result.ekman.macroF1.toFixed(3)}, micro-F1 ${result.ekman.microF1.toFixed(3)}   (BERT-base, test: macro 0.64)`);
  if (split === "dev" && dev !== null) {
    const halves = [dev.filter((_, i) => i % 2 === 0), dev.filter((_, i) => i % 2 === 1)] as const;
    const fair = halves.map((tuneOn, h) => score(createEmotionModel(tuneEmotionThresholds({ weights: builtInEmotionWeights, dev: tuneOn })), halves[1 - h] ?? []));
    const mean = (pick: (s: { labels: Scores; ekman: Scores }) => number): string => (fair.reduce((sum, s) => sum + pick(s), 0) / fair.length).toFixed(3);
    console.log("  fairer: thresholds tuned on one half of dev, scored on the other (mean of both ways)");
    console.log(`  28 labels: macro-F1 ${mean((s) => s.labels.macroF1)}, micro-F1 ${mean((s) => s.labels.microF1)}`);
    console.log(`  Ekman:     macro-F1 ${mean((s) => s.ekman.macroF1)}, micro-F1 ${mean((s) => s.ekman.microF1)}`);
  }
  console.log("\nPer label:");
  table(result.labels);
  console.log("\nPer Ekman group:");
  table(result.ekman);
  const time = timing(model, rows);
  console.log(`\nTime per message (classify, after warm-up, ${Math.min(2000, rows.length)} comments): mean ${(time.mean * 1000).toFixed(0)} µs, p50 ${(time.p50 * 1000).toFixed(0)} µs, p99 ${(time.p99 * 1000).toFixed(0)} µs`);
  return Promise.resolve();
}
