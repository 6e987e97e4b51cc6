// Where the licensed shared data lives: env BETWEEN_SHARED_DATA, or `shared/data` found by walking up
// from this package (so it works from /work/main and from any worktree under /work/wt/).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function sharedDataDir(): string {
  const fromEnv = process.env["BETWEEN_SHARED_DATA"];
  if (fromEnv !== undefined && fromEnv.length > 0) return resolve(fromEnv);
  let dir = resolve(import.meta.dirname);
  for (;;) {
    const candidate = join(dir, "shared", "data");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("shared/data not found above the project; set BETWEEN_SHARED_DATA");
    dir = parent;
  }
}
