import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signUp } from "../apps/server/test/support/api-client.ts";
import { readSse } from "../apps/server/test/support/sse.ts";
import { freePort } from "../apps/server/test/support/test-server.ts";
const port = await freePort();
const profDir = mkdtempSync(join(tmpdir(), "prof-"));
const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "apps/server/src/cli.ts", "serve"], { env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), BETWEEN_DATA_DIR: mkdtempSync(join(tmpdir(), "b-")), BETWEEN_RATE_LIMIT: "false", LOG_LEVEL: "silent" }, stdio: "inherit" });
const url = `http://127.0.0.1:${port}`;
for (let i = 0; i < 300; i++) { try { if ((await fetch(`${url}/api/health`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
const client = await signUp(url, "client");
const id = (await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" })).body.id;
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  const r = await fetch(`${url}/api/conversations/${id}/messages`, { method: "POST", headers: { "content-type": "application/json", cookie: client.api.cookieHeader(), origin: url }, body: JSON.stringify({ text: "work was a lot today and my sister called" }) });
  for await (const _ of readSse(r)) { /* drain */ }
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log("p50", times[100], "p90", times[180]);
child.kill("SIGINT");
await new Promise((r) => child.once("exit", r));
const file = readdirSync(profDir)[0];
if (file === undefined) process.exit(0);
const prof = JSON.parse(readFileSync(join(profDir, file), "utf8")) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[]; samples: number[]; timeDeltas: number[] };
const self = new Map<string, number>();
const byFile = new Map<string, number>();
const total = prof.samples.length;
const counts = new Map<number, number>();
for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const node of prof.nodes) {
  const c = counts.get(node.id) ?? 0;
  const key = `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.replace(/.*node_modules\//, "nm/").replace(/.*work\/main\//, "")}:${node.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + c);
  const f = node.callFrame.url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1").replace(/.*work\/main\/(packages|apps)\/([^/]+)\/src\/([^/]+).*/, "$2/$3");
  byFile.set(f, (byFile.get(f) ?? 0) + c);
}
console.log("--- by package/area");
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * v / total).toFixed(1).padStart(5), k);
console.log("--- top functions");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((100 * v / total).toFixed(1).padStart(5), k);
