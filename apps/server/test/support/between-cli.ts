// Runs `npx between …` from the project root in a child process, the way the README says, on the
// storage a test names (no DATABASE_URL means the embedded database; keys come from the data folder).
import { spawn } from "node:child_process";
import { join } from "node:path";

export const projectRoot = join(import.meta.dirname, "../../../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function between(args: string[], options: { env: Record<string, string>; stdin?: string }): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.env.DATABASE_URL === undefined) delete env.DATABASE_URL;
  delete env.BETWEEN_MASTER_KEY;
  delete env.BETWEEN_AUTH_SECRET;
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "between", ...args], { cwd: projectRoot, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}
