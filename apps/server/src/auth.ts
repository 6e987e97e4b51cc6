// Accounts through Better Auth: email and password, sessions in httpOnly SameSite cookies, TOTP as
// a second factor, and rate limits on sign-in and sign-up kept in the database (so several server
// processes share them).
import { betterAuth, APIError } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor } from "better-auth/plugins";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import { account, rateLimit, session, twoFactor as twoFactorTable, user, verification } from "./db/schema/index.ts";
import type { Logger } from "./logger.ts";

/** The header our own HTTP layer sets to the caller's address (from the socket, or a trusted proxy). */
export const CLIENT_IP_HEADER = "x-between-client-ip";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function createAuth(options: {
  config: Config;
  db: Database;
  secret: string;
  logger: Logger;
  onUserCreated: (created: { id: string; role: string }) => Promise<void>;
}) {
  const { config, db, logger } = options;
  return betterAuth({
    appName: "Between",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: config.trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, twoFactor: twoFactorTable, rateLimit },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 256, autoSignIn: true },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "client", input: true },
        timeZone: { type: "string", required: false, defaultValue: "UTC", input: true },
        country: { type: "string", required: false, input: true },
      },
    },
    // No cookie cache: signing out, or erasing an account, must end the session on the very next
    // request, not a minute later. Each request reads its session from the database.
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: config.rateLimit,
      storage: "database",
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60 * 10, max: 5 },
        "/two-factor/*": { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: "between",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [twoFactor({ issuer: "Between" })],
    databaseHooks: {
      user: {
        create: {
          before: (data) => {
            const role = (data as { role?: unknown }).role ?? "client";
            // Admins are made with the CLI, never through sign-up.
            if (role !== "client" && role !== "therapist") {
              throw new APIError("BAD_REQUEST", { message: 'role must be "client" or "therapist".' });
            }
            const timeZone = (data as { timeZone?: unknown }).timeZone ?? "UTC";
            checkPlaceFields({ timeZone, country: (data as { country?: unknown }).country });
            return Promise.resolve({ data: { ...data, role, timeZone } });
          },
          after: async (created) => {
            await options.onUserCreated({ id: created.id, role: (created as { role?: string }).role ?? "client" });
          },
        },
        update: {
          // Better Auth's POST /update-user accepts every additional field marked as input, so this
          // is where a user is stopped from changing their own role (roles change only on the
          // machine, through the CLI) and where time zone and country are checked as at sign-up.
          before: (data) => {
            if ((data as { role?: unknown }).role !== undefined) {
              throw new APIError("FORBIDDEN", { message: "An account's role can't be changed here." });
            }
            checkPlaceFields({ timeZone: (data as { timeZone?: unknown }).timeZone, country: (data as { country?: unknown }).country });
            return Promise.resolve({ data });
          },
        },
      },
    },
    logger: {
      // Better Auth's messages can carry request details; keep only the level and a fixed event name.
      log: (level, message) => {
        logger[level]({ event: "auth.log", authMessage: scrub(message) });
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Time zone and country as Better Auth receives them (sign-up or update): absent is fine, wrong is not. */
function checkPlaceFields(fields: { timeZone: unknown; country: unknown }): void {
  const { timeZone, country } = fields;
  if (timeZone !== undefined && (typeof timeZone !== "string" || !isValidTimeZone(timeZone))) {
    throw new APIError("BAD_REQUEST", { message: "timeZone must be an IANA time zone, like Europe/London." });
  }
  if (country !== undefined && country !== null && (typeof country !== "string" || !/^[A-Z]{2}$/.test(country))) {
    throw new APIError("BAD_REQUEST", { message: "country must be a two-letter country code, like GB." });
  }
}

function scrub(message: string): string {
  return message.replace(/[^\s@]+@[^\s@]+/g, "[email]").slice(0, 200);
}
