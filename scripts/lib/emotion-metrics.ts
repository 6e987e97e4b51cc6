// Multi-label scores for the emotion model: per-label precision, recall and F1, micro and macro F1,
// over the 28 GoEmotions labels and over the Ekman grouping.
import { ekmanGroups, ekmanMapping, goEmotionLabels, type EkmanGroup, type GoEmotionLabel } from "../../packages/core/src/emotions/labels.ts";

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  names: string[];
  counts: LabelCounts[];
  microF1: number;
  macroF1: number;
}

export function f1(counts: LabelCounts): number {
  return counts.tp === 0 ? 0 : (2 * counts.tp) / (2 * counts.tp + counts.fp + counts.fn);
}

export function precision(counts: LabelCounts): number {
  return counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
}

export function recall(counts: LabelCounts): number {
  return counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
}

/** Scores predicted label sets against gold ones; names fixes the labels counted (and their order). */
export function scoreSets(names: readonly string[], pairs: Iterable<{ gold: readonly string[]; predicted: readonly string[] }>): Scores {
  const counts = names.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const index = new Map(names.map((name, i) => [name, i]));
  for (const { gold, predicted } of pairs) {
    const g = new Set(gold.map((name) => index.get(name)).filter((i) => i !== undefined));
    const p = new Set(predicted.map((name) => index.get(name)).filter((i) => i !== undefined));
    for (let i = 0; i < names.length; i++) {
      const c = counts[i];
      if (c === undefined) continue;
      if (g.has(i) && p.has(i)) c.tp++;
      else if (p.has(i)) c.fp++;
      else if (g.has(i)) c.fn++;
    }
  }
  const total = counts.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { names: [...names], counts, microF1: f1(total), macroF1: counts.reduce((sum, c) => sum + f1(c), 0) / names.length };
}

const groupOf = new Map<GoEmotionLabel, EkmanGroup>();
for (const group of ekmanGroups) for (const label of ekmanMapping[group]) groupOf.set(label, group);

/** The Ekman groups of a set of GoEmotions labels. */
export function toEkman(labels: readonly GoEmotionLabel[]): EkmanGroup[] {
  return [...new Set(labels.map((label) => groupOf.get(label) ?? "neutral"))];
}

export function labelNames(indices: readonly number[]): GoEmotionLabel[] {
  return indices.map((i) => goEmotionLabels[i] ?? "neutral");
}
