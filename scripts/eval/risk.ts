// `npm run eval -- risk`: the risk screen, measured.
// 1. The labelled chat-style set in packages/core/eval/risk-messages.jsonl (written for this, no real
//    people): recall per tier, false alarms on figures of speech, per-trap accuracy, speed.
// 2. The held-out set in packages/core/eval/risk-holdout.jsonl, written after the rules and never used to
//    tune them: reported on its own, since the labelled set was written alongside the rules and flatters
//    them. When a miss here is fixed, fix the class of phrasing (with a unit test), not the sentence.
//    risk-holdout-2.jsonl was written the same way after the first round of fixes: its first figures
//    are the honest estimate of how the screen does on messages it has never seen.
//    risk-holdout-3.jsonl (188 messages) was written before the broad lexical net (risk-net.ts) existed,
//    mostly in structures and words no earlier set used; its first figures are recorded in git history.
//    risk-holdout-4.jsonl (67) was written after the net and the holdout-3 fixes, before screening it.
// 3. The C-SSRS Reddit users (../shared/data/cssrs-reddit/users.csv, read at run time, never copied): a
//    user counts as flagged if any of their posts screens `urgent` or higher. Set BETWEEN_SHARED_DATA
//    (the project's name for it; BETWEEN_DATA_DIR also works) to point at another copy, e.g. one holding
//    the held-out users.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { riskTierAtLeast, riskTiers, screenRisk, warmUpSafetyChecks, type RiskContext, type RiskTier } from "../../packages/core/src/index.ts";
import { parseCsv } from "./lib/csv.ts";
import { parsePythonStringList } from "./lib/python-list.ts";

interface LabelledMessage {
  id: string;
  text: string;
  tier: RiskTier;
  trap?: string;
  context?: RiskContext;
}

const root = resolve(import.meta.dirname, "../..");
const pct = (part: number, whole: number): string => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);
const mark = (ok: boolean): string => (ok ? "✓" : "✗");

function isTier(value: unknown): value is RiskTier {
  return typeof value === "string" && (riskTiers as readonly string[]).includes(value);
}

function readLabelled(relativePath: string): LabelledMessage[] {
  const file = join(root, relativePath);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      if (typeof row.id !== "string" || typeof row.text !== "string" || !isTier(row.tier)) throw new Error(`${relativePath} line ${index + 1}: needs id, text and tier`);
      const message: LabelledMessage = { id: row.id, text: row.text, tier: row.tier };
      if (typeof row.trap === "string") message.trap = row.trap;
      if (typeof row.context === "object" && row.context !== null) message.context = row.context;
      return message;
    });
}

function findDataDir(): string | null {
  const fromEnv = process.env.BETWEEN_SHARED_DATA ?? process.env.BETWEEN_DATA_DIR;
  if (fromEnv !== undefined && fromEnv.length > 0) return existsSync(fromEnv) ? fromEnv : null;
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, "..", "shared", "data");
    if (existsSync(join(candidate, "cssrs-reddit", "users.csv"))) return resolve(candidate);
    const here = join(dir, "shared", "data");
    if (existsSync(join(here, "cssrs-reddit", "users.csv"))) return resolve(here);
    if (dirname(dir) === dir) return null;
  }
}

function timeIt(texts: readonly string[], passes: number): { mean: number; p50: number; p99: number; max: number } {
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      const started = performance.now();
      screenRisk({ text });
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { mean: samples.reduce((sum, x) => sum + x, 0) / samples.length, p50: at(0.5), p99: at(0.99), max: samples[samples.length - 1] ?? 0 };
}

function labelledSet(options: { title: string; relativePath: string }): void {
  const started = performance.now();
  warmUpSafetyChecks();
  const warmUp = performance.now() - started;
  const messages = readLabelled(options.relativePath);
  const results = messages.map((message) => ({ message, got: screenRisk({ text: message.text, context: message.context }).tier }));
  console.log(`${options.title}: ${messages.length} messages (${options.relativePath})`);

  const byTier = (tier: RiskTier): typeof results => results.filter((r) => r.message.tier === tier);
  const atLeast = (rows: typeof results, floor: RiskTier): number => rows.filter((r) => riskTierAtLeast(r.got, floor)).length;
  const exact = (rows: typeof results): number => rows.filter((r) => r.got === r.message.tier).length;

  const imminent = byTier("imminent");
  const urgent = byTier("urgent");
  const concern = byTier("concern");
  const none = byTier("none");
  const figures = results.filter((r) => r.message.trap === "figure-of-speech");
  const imminentFlagged = atLeast(imminent, "urgent") / Math.max(1, imminent.length);
  const imminentExact = exact(imminent) / Math.max(1, imminent.length);
  const urgentFlagged = atLeast(urgent, "urgent") / Math.max(1, urgent.length);
  const figuresFlagged = atLeast(figures, "urgent") / Math.max(1, figures.length);

  console.log("\n  tier       n    flagged ≥urgent   exact tier   ≥concern");
  for (const tier of [...riskTiers].reverse()) {
    const rows = byTier(tier);
    console.log(`  ${tier.padEnd(9)} ${String(rows.length).padStart(3)}   ${pct(atLeast(rows, "urgent"), rows.length).padStart(13)}   ${pct(exact(rows), rows.length).padStart(10)}   ${pct(atLeast(rows, "concern"), rows.length).padStart(8)}`);
  }
  console.log("\n  Targets");
  console.log(`  ${mark(imminentFlagged === 1)} imminent flagged ≥ urgent: ${pct(atLeast(imminent, "urgent"), imminent.length)} (target 100%)`);
  console.log(`  ${mark(imminentExact >= 0.9)} imminent flagged imminent: ${pct(exact(imminent), imminent.length)} (target ≥ 90%)`);
  console.log(`  ${mark(urgentFlagged >= 0.97)} urgent flagged ≥ urgent:   ${pct(atLeast(urgent, "urgent"), urgent.length)} (target ≥ 97%)`);
  console.log(`    concern recall (≥ concern): ${pct(atLeast(concern, "concern"), concern.length)}`);
  console.log(`  ${mark(figuresFlagged <= 0.03)} figures of speech flagged ≥ urgent: ${pct(atLeast(figures, "urgent"), figures.length)} of ${figures.length} (target ≤ 3%); flagged ≥ concern: ${pct(atLeast(figures, "concern"), figures.length)}`);
  console.log(`    all "none" messages flagged ≥ urgent: ${pct(atLeast(none, "urgent"), none.length)}`);

  const traps = [...new Set(messages.map((m) => m.trap ?? "(plain)"))].sort();
  console.log("\n  By trap (exact tier / crisis decision right, i.e. ≥ urgent iff labelled ≥ urgent)");
  for (const trap of traps) {
    const rows = results.filter((r) => (r.message.trap ?? "(plain)") === trap);
    const decision = rows.filter((r) => riskTierAtLeast(r.got, "urgent") === riskTierAtLeast(r.message.tier, "urgent")).length;
    console.log(`    ${trap.padEnd(20)} n=${String(rows.length).padStart(3)}   exact ${pct(exact(rows), rows.length).padStart(6)}   decision ${pct(decision, rows.length).padStart(6)}`);
  }

  const confusion = riskTiers.map((want) => riskTiers.map((got) => results.filter((r) => r.message.tier === want && r.got === got).length));
  console.log("\n  Confusion (rows labelled, columns screened): none concern urgent imminent");
  riskTiers.forEach((tier, i) => {
    console.log(`    ${tier.padEnd(9)} ${(confusion[i] ?? []).map((n) => String(n).padStart(6)).join("")}`);
  });

  const misses = results.filter((r) => riskTierAtLeast(r.message.tier, "urgent") !== riskTierAtLeast(r.got, "urgent") || (r.message.tier === "imminent" && r.got !== "imminent"));
  if (misses.length > 0) {
    console.log("\n  Crisis decisions that differ from the label:");
    for (const miss of misses) console.log(`    ${miss.message.id} labelled ${miss.message.tier}, screened ${miss.got}: ${JSON.stringify(miss.message.text)}`);
  }

  const timing = timeIt(messages.map((m) => m.text), 20);
  console.log(`\n  Speed (chat messages, ${messages.length} × 20 runs, after warmUpSafetyChecks() took ${warmUp.toFixed(0)} ms once): mean ${timing.mean.toFixed(3)} ms, p50 ${timing.p50.toFixed(3)} ms, p99 ${timing.p99.toFixed(3)} ms, max ${timing.max.toFixed(3)} ms per message (the max is a garbage-collection pause)`);
}

function cssrs(): void {
  const dataDir = findDataDir();
  if (dataDir === null) {
    console.log("\nC-SSRS Reddit: skipped (shared/data/cssrs-reddit/users.csv not found; set BETWEEN_SHARED_DATA)");
    return;
  }
  const rows = parseCsv(readFileSync(join(dataDir, "cssrs-reddit", "users.csv"), "utf8"));
  const users = rows.map((row) => ({ label: row.Label ?? "", posts: parsePythonStringList(row.Post ?? "") }));
  const started = performance.now();
  let postCount = 0;
  let charCount = 0;
  const screened = users.map((user) => {
    const tiers = user.posts.map((post) => {
      postCount++;
      charCount += post.length;
      return screenRisk({ text: post }).tier;
    });
    return { label: user.label, tiers };
  });
  const elapsed = performance.now() - started;

  type Rule = { name: string; flagged: (tiers: readonly RiskTier[]) => boolean };
  const rules: Rule[] = [
    { name: "any post ≥ urgent (the measure)", flagged: (tiers) => tiers.some((t) => riskTierAtLeast(t, "urgent")) },
    { name: "any post imminent", flagged: (tiers) => tiers.some((t) => t === "imminent") },
    { name: "2+ posts ≥ urgent", flagged: (tiers) => tiers.filter((t) => riskTierAtLeast(t, "urgent")).length >= 2 },
    { name: "any post ≥ concern", flagged: (tiers) => tiers.some((t) => riskTierAtLeast(t, "concern")) },
  ];
  const labels = ["Attempt", "Behavior", "Ideation", "Indicator", "Supportive"];
  const atRisk = new Set(["Ideation", "Behavior", "Attempt"]);
  console.log(`\nC-SSRS Reddit users (${users.length} users, ${postCount} posts; ${dataDir})`);
  const main = rules[0];
  if (main !== undefined) {
    console.log("  label        users   flagged (any post ≥ urgent)");
    for (const label of labels) {
      const group = screened.filter((u) => u.label === label);
      const flagged = group.filter((u) => main.flagged(u.tiers)).length;
      console.log(`  ${label.padEnd(11)} ${String(group.length).padStart(6)}   ${String(flagged).padStart(4)}  ${pct(flagged, group.length)}`);
    }
    const risk = screened.filter((u) => atRisk.has(u.label));
    const riskFlagged = risk.filter((u) => main.flagged(u.tiers)).length;
    const supportive = screened.filter((u) => u.label === "Supportive");
    const supportiveFlagged = supportive.filter((u) => main.flagged(u.tiers)).length;
    console.log(`  ${mark(riskFlagged / Math.max(1, risk.length) >= 0.9)} at-risk (Ideation + Behavior + Attempt) flagged: ${riskFlagged}/${risk.length} = ${pct(riskFlagged, risk.length)} (target ≥ 90%)`);
    console.log(`    Supportive flagged: ${supportiveFlagged}/${supportive.length} = ${pct(supportiveFlagged, supportive.length)} (as low as possible)`);
  }
  console.log("\n  Trade-off: other ways to call a user flagged");
  console.log("  rule                               at-risk   Ideation  Behavior   Attempt  Indicator  Supportive");
  for (const rule of rules) {
    const rate = (filter: (label: string) => boolean): string => {
      const group = screened.filter((u) => filter(u.label));
      return pct(group.filter((u) => rule.flagged(u.tiers)).length, group.length);
    };
    console.log(`  ${rule.name.padEnd(34)} ${rate((l) => atRisk.has(l)).padStart(7)} ${rate((l) => l === "Ideation").padStart(9)} ${rate((l) => l === "Behavior").padStart(9)} ${rate((l) => l === "Attempt").padStart(9)} ${rate((l) => l === "Indicator").padStart(10)} ${rate((l) => l === "Supportive").padStart(11)}`);
  }
  console.log(`\n  Speed (Reddit posts, mean ${Math.round(charCount / Math.max(1, postCount))} characters): ${(elapsed / Math.max(1, postCount)).toFixed(3)} ms per post, ${((1000 * elapsed) / Math.max(1, charCount)).toFixed(3)} ms per 1,000 characters`);
}

export async function run(): Promise<void> {
  labelledSet({ title: "Labelled chat-style set, written alongside the rules", relativePath: "packages/core/eval/risk-messages.jsonl" });
  console.log("");
  labelledSet({ title: "Held-out set, written after the rules (not used to tune them)", relativePath: "packages/core/eval/risk-holdout.jsonl" });
  console.log("");
  labelledSet({ title: "Held-out set, round 2, written after the fixes the first one led to", relativePath: "packages/core/eval/risk-holdout-2.jsonl" });
  console.log("");
  labelledSet({ title: "Held-out set, round 3, written before the broad net (new structures and vocabulary)", relativePath: "packages/core/eval/risk-holdout-3.jsonl" });
  console.log("");
  labelledSet({ title: "Held-out set, round 4, written after the net was built (its first figures are the honest estimate)", relativePath: "packages/core/eval/risk-holdout-4.jsonl" });
  cssrs();
  await Promise.resolve();
}
