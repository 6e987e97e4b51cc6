// What every use case may use. Built once at start-up (or per test) and passed down explicitly.
import type { Auth } from "./auth.ts";
import type { ModelEngine } from "./companion/model-engine.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import type { Logger } from "./logger.ts";
import type { Keyring } from "./privacy/envelope.ts";

export interface AppContext {
  config: Config;
  db: Database;
  keyring: Keyring;
  logger: Logger;
  auth: Auth;
  /** The configured language model; undefined means the built-in engine speaks. */
  model: ModelEngine | undefined;
  /** The clock; tests pass a fake one. */
  now: () => Date;
}

export const newId = (): string => crypto.randomUUID();
