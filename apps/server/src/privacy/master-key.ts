// Where the master key comes from: BETWEEN_MASTER_KEY, or — on one machine without one — a key
// generated once into the data folder (0600), with a warning that it lives beside the data.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";

export function resolveSecret(options: {
  configured: Buffer | undefined;
  dataDir: string;
  fileName: string;
  bytes: number;
  logger: Logger;
  settingName: string;
}): Buffer {
  if (options.configured !== undefined) return options.configured;
  const path = join(options.dataDir, options.fileName);
  const readStored = () => {
    const stored = Buffer.from(readFileSync(path, "utf8").trim(), "base64");
    if (stored.length !== options.bytes) throw new Error(`${path} does not hold a ${options.bytes}-byte key`);
    return stored;
  };
  if (existsSync(path)) return readStored();
  mkdirSync(options.dataDir, { recursive: true });
  const generated = randomBytes(options.bytes);
  try {
    // Exclusive create: of two first starts at once, one writes the key and the other reads it.
    writeFileSync(path, generated.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readStored();
    throw error;
  }
  chmodSync(path, 0o600);
  options.logger.warn(
    { event: "secret.generated", file: options.fileName, setting: options.settingName },
    "no key configured: generated one in the data folder; set it in the environment for production",
  );
  return generated;
}
