#!/usr/bin/env node
// The `between` command. The code is TypeScript, run by Node's built-in type stripping (Node 24).
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(`Between needs Node.js 24 or newer; this is ${process.version}. See the README's quickstart.`);
  process.exit(1);
}
await import("../src/cli.ts");
