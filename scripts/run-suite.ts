// `npm run eval` and `npm run bench`: run every module in scripts/eval/ or scripts/bench/. Each module
// exports `run(): Promise<void>` and prints its own figures. Extra arguments pick modules by name:
// `npm run eval -- risk`.
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface SuiteModule {
  run: () => Promise<void>;
}

const [suite, ...picked] = process.argv.slice(2);
if (suite !== "eval" && suite !== "bench") {
  throw new Error("usage: node scripts/run-suite.ts eval|bench [module …]");
}
const dir = join(import.meta.dirname, suite);
const wanted = new Set(picked);
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .filter((name) => wanted.size === 0 || wanted.has(name))
  .sort();

for (const name of names) {
  console.log(`\n=== ${suite}: ${name} ===`);
  const module = (await import(join(dir, `${name}.ts`))) as SuiteModule;
  await module.run();
}
