// Builds the web app into apps/web/dist when its sources changed since the last build (`npm start`
// runs this first, so `npm ci && npm start` serves the app on a fresh clone). `--force` always builds.
// The stamp is a hash of every input, so a checkout of other sources rebuilds and an unchanged tree
// starts at once.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
export const webDir = join(root, "apps/web");
export const distDir = join(webDir, "dist");
const stampFile = join(distDir, ".build-stamp");

/** Everything the bundle is made from: the app, and the workspace packages it may import. */
const inputs = ["apps/web/index.html", "apps/web/vite.config.ts", "apps/web/package.json", "apps/web/public", "apps/web/src", "packages/core/src", "packages/contracts/src", "package-lock.json"];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of filesUnder(join(root, input))) {
      hash.update(relative(root, file));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return existsSync(join(distDir, "index.html")) && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === sourceHash();
}

/** Builds unless the last build is of these very sources; returns whether it built. */
export async function buildWeb(options: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (options.force !== true && isBuildCurrent()) return false;
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    if (existsSync(join(distDir, "index.html"))) {
      process.stderr.write("The web app's build tools aren't installed (npm ci --omit=dev?); serving the existing apps/web/dist.\n");
      return false;
    }
    throw new Error("The web app isn't built and its build tools aren't installed: run `npm ci`, then `npm start` again.");
  }
  const hash = sourceHash();
  if (options.quiet !== true) process.stdout.write("Building the web app…\n");
  // Always a production build: Vite takes NODE_ENV from the environment, and under the test runner
  // (NODE_ENV=test) it would otherwise bundle React's development build, 40% larger.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await vite.build({ root: webDir, configFile: join(webDir, "vite.config.ts"), mode: "production", logLevel: options.quiet === true ? "error" : "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(stampFile, `${hash}\n`);
  return true;
}

if (import.meta.main) {
  const force = process.argv.includes("--force");
  await buildWeb({ force });
}
