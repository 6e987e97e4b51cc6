// Reading GoEmotions from ../shared/data/goemotions (never copied into the repository): one row per
// line, `text<TAB>label ids<TAB>comment id`. BETWEEN_SHARED_DATA points at another copy of the shared
// data folder (for example one that holds the held-out test split).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { goEmotionLabels } from "../../packages/core/src/emotions/labels.ts";

export interface GoEmotionsRow {
  id: string;
  text: string;
  /** Label indices into goEmotionLabels. */
  labels: number[];
}

const root = resolve(import.meta.dirname, "../..");

/** The goemotions folder: $BETWEEN_SHARED_DATA/goemotions, else ../shared/data/goemotions above the repo. */
export function findGoEmotionsDir(): string | null {
  const fromEnv = process.env.BETWEEN_SHARED_DATA;
  if (fromEnv !== undefined && fromEnv.length > 0) {
    const dir = join(fromEnv, "goemotions");
    return existsSync(join(dir, "labels.txt")) ? resolve(dir) : null;
  }
  for (let dir = root; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, "..", "shared", "data", "goemotions"), join(dir, "shared", "data", "goemotions")]) {
      if (existsSync(join(candidate, "train.tsv"))) return resolve(candidate);
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Checks labels.txt against the label set compiled into core. */
export function checkLabelFile(dir: string): void {
  const names = readFileSync(join(dir, "labels.txt"), "utf8").trim().split(/\r?\n/);
  if (names.join(",") !== goEmotionLabels.join(",")) throw new Error(`${join(dir, "labels.txt")} does not match goEmotionLabels`);
}

export function parseGoEmotions(content: string): GoEmotionsRow[] {
  const rows: GoEmotionsRow[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.length === 0) continue;
    const [text, ids, id] = line.split("\t");
    if (text === undefined || ids === undefined) throw new Error(`line ${i + 1}: expected text<TAB>label ids<TAB>id`);
    const labels = ids.split(",").map(Number);
    if (labels.some((label) => !Number.isInteger(label) || label < 0 || label >= goEmotionLabels.length)) throw new Error(`line ${i + 1}: bad label ids "${ids}"`);
    rows.push({ id: id ?? String(i + 1), text, labels: [...new Set(labels)].sort((a, b) => a - b) });
  }
  return rows;
}

export function readGoEmotions(dir: string, split: "train" | "dev" | "test"): GoEmotionsRow[] | null {
  const file = join(dir, `${split}.tsv`);
  if (!existsSync(file)) return null;
  return parseGoEmotions(readFileSync(file, "utf8"));
}
