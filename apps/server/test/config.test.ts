// The configuration: one parse of the environment at start-up. A bad setting stops start-up with a
// message that names it (and doesn't echo secrets); the defaults are the README's.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type Env } from "../src/config.ts";

function failure(env: Env): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

const validKey = Buffer.alloc(32, 7).toString("base64");

describe("loadConfig refuses bad settings, naming them", () => {
  it.each<[string, Env, string]>([
    ["a port that isn't a number", { PORT: "abc" }, "PORT"],
    ["a port out of range", { PORT: "70000" }, "PORT"],
    ["a port with a fraction", { PORT: "8080.5" }, "PORT"],
    ["a database that isn't PostgreSQL", { DATABASE_URL: "mysql://between@db.internal/between" }, "DATABASE_URL"],
    ["a database URL that isn't a URL", { DATABASE_URL: "db.internal:5432" }, "DATABASE_URL"],
    ["a master key of the wrong length", { BETWEEN_MASTER_KEY: Buffer.alloc(16).toString("base64") }, "BETWEEN_MASTER_KEY"],
    ["a master key given as 64 hex digits", { BETWEEN_MASTER_KEY: "ab".repeat(32) }, "BETWEEN_MASTER_KEY"],
    ["a short auth secret", { BETWEEN_AUTH_SECRET: "too short" }, "BETWEEN_AUTH_SECRET"],
    ["a model provider without a model", { BETWEEN_MODEL_PROVIDER: "anthropic" }, "BETWEEN_MODEL"],
    ["an OpenAI-compatible provider without a base URL", { BETWEEN_MODEL_PROVIDER: "openai-compatible", BETWEEN_MODEL: "llama3" }, "BETWEEN_MODEL_BASE_URL"],
    ["an unknown model provider", { BETWEEN_MODEL_PROVIDER: "gpt" }, "BETWEEN_MODEL_PROVIDER"],
    ["an unknown log level", { LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
    ["a flag that isn't one", { BETWEEN_RATE_LIMIT: "maybe" }, "BETWEEN_RATE_LIMIT"],
    ["a public URL that isn't a URL", { BETWEEN_PUBLIC_URL: "between.example" }, "BETWEEN_PUBLIC_URL"],
    ["a zero timeout", { BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS: "0" }, "BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS"],
    ["an unknown NODE_ENV", { NODE_ENV: "staging" }, "NODE_ENV"],
    ["production on PostgreSQL without a master key", { NODE_ENV: "production", DATABASE_URL: "postgres://db.internal/between" }, "BETWEEN_MASTER_KEY"],
  ])("%s", (_what, env, setting) => {
    const error = failure(env);
    expect(error.message).toMatch(new RegExp(`(^|\\s)${setting}:`));
  });

  it("says what a database URL must be", () => {
    expect(failure({ DATABASE_URL: "mysql://between@db.internal/between" }).message).toMatch(/postgres/);
  });

  it("names every bad setting at once", () => {
    const message = failure({ PORT: "abc", LOG_LEVEL: "loud" }).message;
    expect(message).toContain("PORT:");
    expect(message).toContain("LOG_LEVEL:");
  });

  it("does not echo secret values", () => {
    const message = [
      failure({ DATABASE_URL: "mysql://between:hunter2-secret@db.internal/between" }).message,
      failure({ BETWEEN_MASTER_KEY: "c2VjcmV0LWtleS12YWx1ZQ==" }).message,
      failure({ BETWEEN_AUTH_SECRET: "short-secret-value" }).message,
    ].join("\n");
    expect(message).not.toContain("hunter2-secret");
    expect(message).not.toContain("c2VjcmV0LWtleS12YWx1ZQ==");
    expect(message).not.toContain("short-secret-value");
  });
});

describe("loadConfig defaults (as the README documents them)", () => {
  const config = loadConfig({});

  it.each<[string, unknown, unknown]>([
    ["HOST", config.host, "127.0.0.1"],
    ["PORT", config.port, 8787],
    ["BETWEEN_PUBLIC_URL", config.publicUrl, "http://127.0.0.1:8787"],
    ["BETWEEN_TRUSTED_ORIGINS", config.trustedOrigins, ["http://127.0.0.1:8787"]],
    ["BETWEEN_TRUST_PROXY", config.trustProxy, false],
    ["DATABASE_URL (embedded PGlite)", config.database, { kind: "pglite", dataDir: "./data" }],
    ["BETWEEN_DATA_DIR", config.dataDir, "./data"],
    ["BETWEEN_MASTER_KEY (generated)", config.masterKey, undefined],
    ["BETWEEN_AUTH_SECRET (generated)", config.authSecret, undefined],
    ["BETWEEN_RATE_LIMIT", config.rateLimit, true],
    ["BETWEEN_REQUIRE_THERAPIST_2FA", config.requireTherapistTwoFactor, false],
    ["LOG_LEVEL", config.logLevel, "info"],
    ["BETWEEN_MODEL_PROVIDER", config.model, { provider: "built-in" }],
    ["BETWEEN_IMMINENT_REALERT_MINUTES", config.imminentRealertMinutes, 15],
    ["NODE_ENV", config.env, "development"],
  ])("%s", (_setting, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("model timeouts default to 15000 and 10000 ms", () => {
    const withModel = loadConfig({ BETWEEN_MODEL_PROVIDER: "anthropic", BETWEEN_MODEL: "claude-test" });
    expect(withModel.model).toEqual({
      provider: "anthropic",
      baseUrl: undefined,
      model: "claude-test",
      apiKey: undefined,
      firstTokenTimeoutMs: 15_000,
      idleTimeoutMs: 10_000,
    });
  });

  it("treats a blank setting as unset", () => {
    const blank = loadConfig({ PORT: "", DATABASE_URL: "", BETWEEN_MASTER_KEY: " ", BETWEEN_MODEL: "" });
    expect(blank.port).toBe(8787);
    expect(blank.publicUrl).toBe("http://127.0.0.1:8787");
    expect(blank.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(blank.masterKey).toBeUndefined();
  });
});

describe("loadConfig reads settings", () => {
  it("derives the public URL and trusted origins", () => {
    const config = loadConfig({
      HOST: "0.0.0.0",
      PORT: "9000",
      BETWEEN_PUBLIC_URL: "https://between.example/",
      BETWEEN_TRUSTED_ORIGINS: "https://app.between.example, https://admin.between.example ,",
    });
    expect(config.port).toBe(9000);
    expect(config.publicUrl).toBe("https://between.example");
    expect(config.trustedOrigins).toEqual(["https://between.example", "https://app.between.example", "https://admin.between.example"]);
  });

  it("uses PostgreSQL when DATABASE_URL is set, and decodes the master key", () => {
    const config = loadConfig({ DATABASE_URL: "postgresql://between@db.internal:5432/between", BETWEEN_MASTER_KEY: validKey });
    expect(config.database).toEqual({ kind: "postgres", url: "postgresql://between@db.internal:5432/between" });
    expect(config.masterKey?.equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it.each([
    ["true", true],
    ["1", true],
    ["on", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["off", false],
    ["no", false],
  ])("reads flag %s as %s", (value, expected) => {
    expect(loadConfig({ BETWEEN_RATE_LIMIT: value }).rateLimit).toBe(expected);
  });
});
