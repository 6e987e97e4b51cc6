// `npm run eval`: runs every evaluation in scripts/eval/ (each module exports `run(): Promise<void>`
// and prints its own figures). Pass names to run only some: `npm run eval -- risk`.
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface EvalModule {
  run: () => Promise<void>;
}

const dir = join(import.meta.dirname, "eval");
const wanted = new Set(process.argv.slice(2));
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .filter((name) => wanted.size === 0 || wanted.has(name))
  .sort();

for (const name of names) {
  console.log(`\n=== ${name} ===`);
  const module = (await import(join(dir, `${name}.ts`))) as EvalModule;
  await module.run();
}
