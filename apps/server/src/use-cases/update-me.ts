import type { Actor } from "@between/core";
import { eq } from "drizzle-orm";
import { isValidTimeZone } from "../auth.ts";
import type { AppContext } from "../context.ts";
import { user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

export async function updateMe(
  ctx: AppContext,
  actor: Actor,
  changes: { timeZone?: string | undefined; country?: string | null | undefined },
): Promise<void> {
  if (changes.timeZone !== undefined && !isValidTimeZone(changes.timeZone)) {
    throw new AppError("unprocessable", "Unknown time zone", `"${changes.timeZone}" isn't a time zone we know. Try one like Europe/London.`);
  }
  await ctx.db
    .update(user)
    .set({
      ...(changes.timeZone === undefined ? {} : { timeZone: changes.timeZone }),
      ...(changes.country === undefined ? {} : { country: changes.country }),
      updatedAt: ctx.now(),
    })
    .where(eq(user.id, actor.userId));
}
