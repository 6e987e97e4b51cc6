// `npm run bench`: runs every benchmark in scripts/bench/ (each module exports `run(): Promise<void>`
// and prints its own figures as a table). Pass names to run only some: `npm run bench -- turns`.
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface BenchModule {
  run: () => Promise<void>;
}

const dir = join(import.meta.dirname, "bench");
const wanted = new Set(process.argv.slice(2));
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .filter((name) => wanted.size === 0 || wanted.has(name))
  .sort();

for (const name of names) {
  console.log(`\n=== ${name} ===`);
  const module = (await import(join(dir, `${name}.ts`))) as BenchModule;
  await module.run();
}
