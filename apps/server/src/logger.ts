// Structured logs carry ids and event names, never content: no message text, names or emails.
// Redaction below is a second line of defence for fields that should never have been logged.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

const REDACTED_KEYS = ["email", "name", "text", "body", "content", "password", "note", "title", "code", "secret"];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "between" },
      redact: {
        paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)],
        censor: "[redacted]",
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
