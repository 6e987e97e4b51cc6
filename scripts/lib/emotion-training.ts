// Training the emotion model: one-vs-rest logistic regression over emotionFeatures (binary), fitted
// with FTRL-Proximal (per-coordinate learning rates, L1 and L2) on every feature seen at least
// `minCount` times in train; then keep each label's `keepPerLabel` strongest weights (on dev, 400 per
// label scores as well as all million of them; an optional refit on the kept features, `refitEpochs`,
// did not help), round the weights to hundredths, and tune each label's threshold on dev to maximise its F1,
// and each Ekman group's threshold the same way. Deterministic: the example order comes from a
// seeded generator and ties are broken by feature string, so the same data gives the same file.
// Imported from the module files, not core's index: the index loads the weights this writes.
import { emotionFeatures, emotionFeaturesVersion } from "../../packages/core/src/emotions/features.ts";
import { ekmanGroups, goEmotionLabels } from "../../packages/core/src/emotions/labels.ts";
import { createEmotionModel, emotionWeightsFormat, type EmotionWeights } from "../../packages/core/src/emotions/model.ts";
import type { GoEmotionsRow } from "./goemotions.ts";
import { toEkman, labelNames } from "./emotion-metrics.ts";

export interface TrainOptions {
  minCount: number;
  keepPerLabel: number;
  epochs: number;
  refitEpochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  seed: number;
  /** Weights are stored as integers in units of 1/scale. */
  scale: number;
  source: string;
}

export const defaultTrainOptions: TrainOptions = {
  minCount: 2,
  keepPerLabel: 400,
  epochs: 8,
  refitEpochs: 0,
  alpha: 0.1,
  beta: 1,
  l1: 0.3,
  l2: 1,
  seed: 20200705,
  scale: 100,
  source: "",
};

/** mulberry32: a small seeded generator, so the shuffles are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  /** Feature ids, the bias (id = vocabulary size) last. */
  x: Int32Array;
  y: Uint8Array;
}

/** FTRL-Proximal over binary features for all labels at once. `allowed` (feature × label) restricts the fit. */
function fit(options: {
  data: readonly Encoded[];
  features: number;
  epochs: number;
  allowed: Uint8Array | null;
  settings: TrainOptions;
}): Float64Array {
  const { data, features, epochs, allowed, settings } = options;
  const L = goEmotionLabels.length;
  const size = (features + 1) * L;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const weight = (k: number): number => {
    if (allowed !== null && allowed[k] === 0) return 0;
    const zk = z[k] ?? 0;
    if (Math.abs(zk) <= settings.l1) return 0;
    return -(zk - Math.sign(zk) * settings.l1) / ((settings.beta + Math.sqrt(n[k] ?? 0)) / settings.alpha + settings.l2);
  };
  const random = seeded(settings.seed);
  const order = data.map((_, i) => i);
  const sums = new Float64Array(L);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    for (const index of order) {
      const example = data[index];
      if (example === undefined) continue;
      const { x, y } = example;
      const current = new Float64Array(x.length * L);
      sums.fill(0);
      for (let a = 0; a < x.length; a++) {
        const base = (x[a] ?? 0) * L;
        for (let l = 0; l < L; l++) {
          const w = weight(base + l);
          current[a * L + l] = w;
          sums[l] = (sums[l] ?? 0) + w;
        }
      }
      for (let l = 0; l < L; l++) {
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, sums[l] ?? 0))));
        const g = p - (y[l] ?? 0);
        const g2 = g * g;
        for (let a = 0; a < x.length; a++) {
          const k = (x[a] ?? 0) * L + l;
          if (allowed !== null && allowed[k] === 0) continue;
          const nk = n[k] ?? 0;
          const sigma = (Math.sqrt(nk + g2) - Math.sqrt(nk)) / settings.alpha;
          z[k] = (z[k] ?? 0) + g - sigma * (current[a * L + l] ?? 0);
          n[k] = nk + g2;
        }
      }
    }
  }
  const out = new Float64Array(size);
  for (let k = 0; k < size; k++) out[k] = weight(k);
  return out;
}

const noPositivesThreshold = 1000;

/** The threshold (between two observed scores) that maximises F1 on these scores; ties keep the higher one. */
export function bestThreshold(scores: readonly number[], gold: readonly boolean[]): { threshold: number; f1: number } {
  const items = scores.map((score, i) => ({ score, positive: gold[i] === true })).sort((a, b) => b.score - a.score);
  const positives = items.filter((item) => item.positive).length;
  // A label never seen in the tuning set is never given (scores are logits; no score comes near this).
  if (positives === 0) return { threshold: noPositivesThreshold, f1: 0 };
  let tp = 0;
  let best = { threshold: (items[0]?.score ?? 0) + 1, f1: 0 };
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item === undefined) continue;
    if (item.positive) tp++;
    const next = items[k + 1];
    if (next !== undefined && next.score === item.score) continue;
    const f1 = positives === 0 ? 0 : (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: next === undefined ? item.score - 1 : (item.score + next.score) / 2, f1 };
  }
  return best;
}

// "|| 0" turns -0 into 0, which JSON cannot tell apart anyway.
const round3 = (value: number): number => Math.round(value * 1000) / 1000 || 0;

export interface TrainResult {
  weights: EmotionWeights;
  /** Non-zero weights before pruning, and the vocabulary size. */
  stats: { vocabulary: number; fullNonZero: number; kept: number; features: number };
}

export function trainEmotionWeights(input: { train: readonly GoEmotionsRow[]; dev: readonly GoEmotionsRow[]; options?: Partial<TrainOptions> }): TrainResult {
  const settings: TrainOptions = { ...defaultTrainOptions, ...input.options };
  const L = goEmotionLabels.length;
  const trainFeatures = input.train.map((row) => emotionFeatures(row.text));
  const counts = new Map<string, number>();
  for (const features of trainFeatures) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, count]) => count >= settings.minCount)
    .map(([feature]) => feature)
    .sort();
  const ids = new Map(vocabulary.map((feature, i) => [feature, i]));
  const V = vocabulary.length;
  const data: Encoded[] = input.train.map((row, r) => {
    const x: number[] = [];
    for (const feature of trainFeatures[r] ?? []) {
      const id = ids.get(feature);
      if (id !== undefined) x.push(id);
    }
    x.push(V);
    const y = new Uint8Array(L);
    for (const label of row.labels) y[label] = 1;
    return { x: Int32Array.from(x), y };
  });

  const full = fit({ data, features: V, epochs: settings.epochs, allowed: null, settings });
  let fullNonZero = 0;
  for (let k = 0; k < V * L; k++) if (full[k] !== 0) fullNonZero++;

  const allowed = new Uint8Array((V + 1) * L);
  for (let l = 0; l < L; l++) {
    const candidates: number[] = [];
    for (let f = 0; f < V; f++) if (full[f * L + l] !== 0) candidates.push(f);
    candidates.sort((a, b) => Math.abs(full[b * L + l] ?? 0) - Math.abs(full[a * L + l] ?? 0) || a - b);
    for (const f of candidates.slice(0, settings.keepPerLabel)) allowed[f * L + l] = 1;
    allowed[V * L + l] = 1;
  }
  const refit = settings.refitEpochs > 0 ? fit({ data, features: V, epochs: settings.refitEpochs, allowed, settings }) : full.map((w, k) => (allowed[k] === 1 ? w : 0));

  const features: string[] = [];
  const weights: number[][] = [];
  let kept = 0;
  for (let f = 0; f < V; f++) {
    const posting: number[] = [];
    for (let l = 0; l < L; l++) {
      const q = Math.round((refit[f * L + l] ?? 0) * settings.scale);
      if (q !== 0) posting.push(l, q);
    }
    if (posting.length === 0) continue;
    features.push(vocabulary[f] ?? "");
    weights.push(posting);
    kept += posting.length / 2;
  }
  const bias = goEmotionLabels.map((_, l) => Math.round((refit[V * L + l] ?? 0) * settings.scale) || 0);
  const untuned: EmotionWeights = {
    format: emotionWeightsFormat,
    source: settings.source,
    featuresVersion: emotionFeaturesVersion,
    labels: [...goEmotionLabels],
    scale: settings.scale,
    bias,
    thresholds: goEmotionLabels.map(() => 0),
    ekmanThresholds: ekmanGroups.map(() => 0),
    features,
    weights,
  };

  return { weights: tuneEmotionThresholds({ weights: untuned, dev: input.dev }), stats: { vocabulary: V, fullNonZero, kept, features: features.length } };
}

/** Sets each label's threshold, then each Ekman group's, to maximise its F1 on these rows. */
export function tuneEmotionThresholds(input: { weights: EmotionWeights; dev: readonly GoEmotionsRow[] }): EmotionWeights {
  // Scored through the very code that will use the thresholds.
  const untuned: EmotionWeights = { ...input.weights, thresholds: goEmotionLabels.map(() => 0), ekmanThresholds: ekmanGroups.map(() => 0) };
  const untunedModel = createEmotionModel(untuned);
  const scores = input.dev.map((row) => untunedModel.margins(row.text));
  const thresholds = goEmotionLabels.map((_, l) =>
    round3(bestThreshold(scores.map((s) => s[l] ?? 0), input.dev.map((row) => row.labels.includes(l))).threshold),
  );
  const withLabels: EmotionWeights = { ...untuned, thresholds };
  const model = createEmotionModel(withLabels);
  const margins = input.dev.map((row) => model.margins(row.text));
  const groups = input.dev.map((row) => new Set(toEkman(labelNames(row.labels))));
  const ekmanThresholds = ekmanGroups.map((group) => {
    const members = goEmotionLabels.flatMap((label, l) => (toEkman([label])[0] === group ? [l] : []));
    const groupScores = margins.map((m) => Math.max(...members.map((l) => m[l] ?? -Infinity)));
    return round3(bestThreshold(groupScores, groups.map((set) => set.has(group))).threshold);
  });
  return { ...withLabels, ekmanThresholds };
}
