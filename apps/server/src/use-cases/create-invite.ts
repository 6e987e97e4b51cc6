import { createHash, randomInt } from "node:crypto";
import type { Actor } from "@between/core";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import { invite } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";
import { ensurePractice } from "./ensure-practice.ts";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Upper-cases, drops separators and maps look-alike letters, so "k7qx 2m9p-tr0o" matches. */
export function normaliseInviteCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function hashInviteCode(code: string): string {
  return createHash("sha256").update(normaliseInviteCode(code)).digest("hex");
}

export async function createInvite(ctx: AppContext, actor: Actor): Promise<{ code: string; expiresAt: Date }> {
  if (actor.role !== "therapist") throw forbidden("Only a therapist can invite a client.");
  // 12 symbols of 5 bits: 60 bits, far beyond guessing within a week under rate limits.
  const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
  await ensurePractice(ctx.db, actor.userId);
  await ctx.db.insert(invite).values({
    id: newId(),
    codeHash: hashInviteCode(code),
    therapistId: actor.userId,
    createdAt: now,
    expiresAt,
  });
  return { code, expiresAt };
}
