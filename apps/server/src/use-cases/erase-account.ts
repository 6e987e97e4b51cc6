import type { Actor } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { user } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";

/**
 * Erases a client: their data key first (so any ciphertext left anywhere — a backup, a replica —
 * is unreadable), then their rows, which cascade to everything they own.
 */
export async function eraseAccount(ctx: AppContext, actor: Actor): Promise<void> {
  if (actor.role !== "client") {
    throw forbidden("Therapist and admin accounts are closed by an administrator, so clinical records are handled properly.");
  }
  await ctx.db.transaction(async (tx) => {
    await ctx.keyring.destroy(tx, actor.userId);
    await tx.delete(user).where(eq(user.id, actor.userId));
  });
  ctx.logger.info({ event: "account.erased", userId: actor.userId }, "client account erased");
}
