// What the companion remembers about a client (people, open threads, preferences). Only the client
// reads or changes it; the companion reads it on the client's own turns. Items are stored as the
// companion layer shapes them, encrypted; a client's correction is never overwritten, and a deleted
// item's key is remembered so it is not proposed again.
import type { Actor, MemoryItem, MemoryProposal } from "@between/core";
import { and, desc, eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { companionState, memoryItem } from "../db/schema/index.ts";
import { forbidden, notFound } from "../errors.ts";

export type StoredMemoryItem = MemoryItem & { id: string };

function requireClient(actor: Actor): void {
  if (actor.role !== "client") throw forbidden("Only the client can see what the companion remembers about them.");
}

export async function listMemory(ctx: AppContext, exec: Executor, clientId: string): Promise<StoredMemoryItem[]> {
  const rows = await exec
    .select()
    .from(memoryItem)
    .where(eq(memoryItem.clientId, clientId))
    .orderBy(desc(memoryItem.lastMentionedAt));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, clientId);
  return rows.map((row) => ({ ...(cipher.decryptJson(row.body) as MemoryItem), id: row.id, editedByClient: row.editedByClient }));
}

export async function listOwnMemory(ctx: AppContext, actor: Actor): Promise<StoredMemoryItem[]> {
  requireClient(actor);
  return listMemory(ctx, ctx.db, actor.userId);
}

async function writeItem(ctx: AppContext, exec: Executor, request: { clientId: string; item: StoredMemoryItem; insert: boolean }) {
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const { id, ...body } = request.item;
  const values = {
    kind: body.kind,
    body: cipher.encryptJson(body),
    editedByClient: body.editedByClient ?? false,
    lastMentionedAt: new Date(body.lastMentionedAt),
  };
  if (request.insert) {
    await exec.insert(memoryItem).values({ id, clientId: request.clientId, createdAt: new Date(body.firstMentionedAt), ...values });
  } else {
    await exec.update(memoryItem).set(values).where(and(eq(memoryItem.id, id), eq(memoryItem.clientId, request.clientId)));
  }
}

export async function correctMemory(
  ctx: AppContext,
  actor: Actor,
  request: { id: string; text?: string | undefined; name?: string | null | undefined; relationship?: string | null | undefined },
): Promise<StoredMemoryItem> {
  requireClient(actor);
  return ctx.db.transaction(async (tx) => {
    const found = (await listMemory(ctx, tx, actor.userId)).find((item) => item.id === request.id);
    if (found === undefined) throw notFound("memory");
    const corrected: StoredMemoryItem = { ...found, editedByClient: true };
    if (request.text !== undefined) corrected.text = request.text;
    if (request.name !== undefined) {
      if (request.name === null) delete corrected.name;
      else corrected.name = request.name;
    }
    if (request.relationship !== undefined) {
      if (request.relationship === null) delete corrected.relationship;
      else corrected.relationship = request.relationship;
    }
    await writeItem(ctx, tx, { clientId: actor.userId, item: corrected, insert: false });
    return corrected;
  });
}

export async function forgetMemory(ctx: AppContext, actor: Actor, target: { id: string } | "all"): Promise<void> {
  requireClient(actor);
  await ctx.db.transaction(async (tx) => {
    const items = await listMemory(ctx, tx, actor.userId);
    const forgotten = target === "all" ? items : items.filter((item) => item.id === target.id);
    if (target !== "all" && forgotten.length === 0) throw notFound("memory");
    for (const item of forgotten) {
      await tx.delete(memoryItem).where(and(eq(memoryItem.id, item.id), eq(memoryItem.clientId, actor.userId)));
    }
    const keys = new Set([...(await forgottenMemoryKeys(ctx, tx, actor.userId)), ...forgotten.map((item) => item.key)]);
    const cipher = await ctx.keyring.forClient(tx, actor.userId);
    await tx
      .insert(companionState)
      .values({ clientId: actor.userId, forgottenMemory: cipher.encryptJson([...keys]) })
      .onConflictDoUpdate({ target: companionState.clientId, set: { forgottenMemory: cipher.encryptJson([...keys]) } });
  });
}

export async function forgottenMemoryKeys(ctx: AppContext, exec: Executor, clientId: string): Promise<string[]> {
  const [row] = await exec.select({ forgotten: companionState.forgottenMemory }).from(companionState).where(eq(companionState.clientId, clientId));
  if (row?.forgotten == null) return [];
  const cipher = await ctx.keyring.forClient(exec, clientId);
  return cipher.decryptJson(row.forgotten) as string[];
}

/** Stores what the companion layer proposed this turn: new items, and refreshed existing ones. */
export async function applyMemory(ctx: AppContext, exec: Executor, request: { clientId: string; proposal: MemoryProposal }): Promise<void> {
  for (const item of request.proposal.added) {
    await writeItem(ctx, exec, { clientId: request.clientId, item: { ...item, id: item.id ?? newId() }, insert: true });
  }
  for (const item of request.proposal.updated) {
    if (item.id === undefined) continue;
    await writeItem(ctx, exec, { clientId: request.clientId, item: { ...item, id: item.id }, insert: false });
  }
}
