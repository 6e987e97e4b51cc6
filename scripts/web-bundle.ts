// What each part of the web app costs to download: the JavaScript a route needs (its chunk and every
// chunk it imports statically), gzipped, read from the build's manifest (apps/web/dist/.vite).
// Used by `npm run bench` (scripts/bench/web.ts) and the e2e budget check.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { distDir } from "./build-web.ts";

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface RouteCost {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** The chunk and everything it imports statically (what the browser must fetch before it runs). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function cost(manifest: Manifest, keys: Iterable<string>): RouteCost {
  const files = [...keys].map((key) => manifest[key]?.file).filter((file): file is string => file !== undefined);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzipBytes, rawBytes };
}

/**
 * The client's chat route (the entry: home and chat are in it), the client's other screens, and the
 * therapist's workspace — each lazily loaded part counted without what the entry already brought.
 */
export function routeCosts(): { chat: RouteCost; clientPages: RouteCost; therapist: RouteCost } {
  const manifest = readManifest();
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
  if (entryKey === undefined) throw new Error("The build has no entry chunk.");
  const entry = closure(manifest, entryKey);
  const lazy = (source: string): RouteCost => {
    const key = Object.keys(manifest).find((candidate) => manifest[candidate]?.src === source || candidate === source);
    if (key === undefined) throw new Error(`The build has no chunk for ${source}.`);
    return cost(manifest, [...closure(manifest, key)].filter((k) => !entry.has(k)));
  };
  return {
    chat: cost(manifest, entry),
    clientPages: lazy("src/client/pages/index.ts"),
    therapist: lazy("src/therapist/index.tsx"),
  };
}

export const CHAT_BUDGET_BYTES = 200 * 1024;
