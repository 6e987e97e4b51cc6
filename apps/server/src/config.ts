// The one reader of process.env. Every setting is parsed and validated here at start-up; a bad
// setting stops the server with a message that names it.
import { z } from "zod";

/** A blank value (`PORT=` in an env file) means "unset", as it does for the optional settings. */
const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const port = z.coerce.number().int().min(0).max(65_535);
const positiveMs = z.coerce.number().int().positive();
const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  // Without this, z.coerce turns "" into 0: a random port, and a public URL ending in ":0".
  PORT: z.preprocess(blankAsUnset, port.default(8787)),
  BETWEEN_PUBLIC_URL: z.url().optional(),
  BETWEEN_TRUSTED_ORIGINS: optionalText,
  BETWEEN_TRUST_PROXY: flag.default(false),
  DATABASE_URL: optionalText.pipe(
    z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional(),
  ),
  BETWEEN_DATA_DIR: z.string().min(1).default("./data"),
  BETWEEN_MASTER_KEY: optionalText.pipe(
    z
      .string()
      .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded")
      .optional(),
  ),
  BETWEEN_AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  BETWEEN_RATE_LIMIT: flag.default(true),
  BETWEEN_REQUIRE_THERAPIST_2FA: flag.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BETWEEN_MODEL_PROVIDER: z.enum(["built-in", "openai-compatible", "anthropic"]).default("built-in"),
  BETWEEN_MODEL_BASE_URL: optionalText.pipe(z.url().optional()),
  BETWEEN_MODEL: optionalText,
  BETWEEN_MODEL_API_KEY: optionalText,
  BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS: positiveMs.default(15_000),
  BETWEEN_MODEL_IDLE_TIMEOUT_MS: positiveMs.default(10_000),
  BETWEEN_IMMINENT_REALERT_MINUTES: z.coerce.number().int().positive().default(15),
  BETWEEN_REPLY_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  /** The address people reach the app at; cookies, origin checks and links derive from it. */
  publicUrl: string;
  trustedOrigins: string[];
  /** Read the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  dataDir: string;
  masterKey: Buffer | undefined;
  authSecret: string | undefined;
  rateLimit: boolean;
  requireTherapistTwoFactor: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  model: ModelConfig;
  imminentRealertMinutes: number;
  /** How long a reply holds its conversation without renewing: a crashed process frees it after this. */
  replyLeaseMs: number;
}

export type ModelConfig =
  | { provider: "built-in" }
  | {
      provider: "openai-compatible" | "anthropic";
      baseUrl: string | undefined;
      model: string;
      apiKey: string | undefined;
      firstTokenTimeoutMs: number;
      idleTimeoutMs: number;
    };

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.BETWEEN_MODEL_PROVIDER !== "built-in" && e.BETWEEN_MODEL === undefined) {
    throw new ConfigError(
      `Invalid configuration:\n  BETWEEN_MODEL: required when BETWEEN_MODEL_PROVIDER is ${e.BETWEEN_MODEL_PROVIDER}`,
    );
  }
  if (e.BETWEEN_MODEL_PROVIDER === "openai-compatible" && e.BETWEEN_MODEL_BASE_URL === undefined) {
    throw new ConfigError(
      "Invalid configuration:\n  BETWEEN_MODEL_BASE_URL: required when BETWEEN_MODEL_PROVIDER is openai-compatible",
    );
  }
  if (e.NODE_ENV === "production" && e.DATABASE_URL !== undefined && e.BETWEEN_MASTER_KEY === undefined) {
    throw new ConfigError(
      "Invalid configuration:\n  BETWEEN_MASTER_KEY: required in production on PostgreSQL (the key must not live beside the data)",
    );
  }
  const publicUrl = (e.BETWEEN_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
  const extraOrigins = (e.BETWEEN_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    trustedOrigins: [new URL(publicUrl).origin, ...extraOrigins],
    trustProxy: e.BETWEEN_TRUST_PROXY,
    database:
      e.DATABASE_URL === undefined
        ? { kind: "pglite", dataDir: e.BETWEEN_DATA_DIR }
        : { kind: "postgres", url: e.DATABASE_URL },
    dataDir: e.BETWEEN_DATA_DIR,
    masterKey: e.BETWEEN_MASTER_KEY === undefined ? undefined : Buffer.from(e.BETWEEN_MASTER_KEY, "base64"),
    authSecret: e.BETWEEN_AUTH_SECRET,
    rateLimit: e.BETWEEN_RATE_LIMIT,
    requireTherapistTwoFactor: e.BETWEEN_REQUIRE_THERAPIST_2FA,
    logLevel: e.LOG_LEVEL,
    model:
      e.BETWEEN_MODEL_PROVIDER === "built-in"
        ? { provider: "built-in" }
        : {
            provider: e.BETWEEN_MODEL_PROVIDER,
            baseUrl: e.BETWEEN_MODEL_BASE_URL,
            model: e.BETWEEN_MODEL ?? "",
            apiKey: e.BETWEEN_MODEL_API_KEY,
            firstTokenTimeoutMs: e.BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS,
            idleTimeoutMs: e.BETWEEN_MODEL_IDLE_TIMEOUT_MS,
          },
    imminentRealertMinutes: e.BETWEEN_IMMINENT_REALERT_MINUTES,
    replyLeaseMs: e.BETWEEN_REPLY_LEASE_MS,
  };
}
