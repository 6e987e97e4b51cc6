// Where the licensed shared data lives: env BETWEEN_SHARED_DATA, or `shared/data` found by walking up
// from this package (so it works from /work/main and from any worktree under /work/wt/). The data is
// not part of the repository (its licences keep it beside the project, not in it), so a checkout
// elsewhere may not have it: tests that compare against it are skipped there, and say so.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function findSharedDataDir(): string | null {
  const fromEnv = process.env["BETWEEN_SHARED_DATA"];
  if (fromEnv !== undefined && fromEnv.length > 0) return resolve(fromEnv);
  let dir = resolve(import.meta.dirname);
  for (;;) {
    const candidate = join(dir, "shared", "data");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
