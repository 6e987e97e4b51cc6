// What the companion remembers about a client. Only the client reads or changes it; the companion
// reads it on the client's own turns.
import type { Actor } from "@between/core";
import { and, desc, eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { memoryItem, type MemoryKind } from "../db/schema/index.ts";
import { forbidden, notFound } from "../errors.ts";

export interface MemoryEntry {
  id: string;
  kind: MemoryKind;
  label: string;
  detail: string | null;
  lastMentionedAt: Date;
  editedByClient: boolean;
}

interface StoredBody {
  label: string;
  detail: string | null;
}

function requireClient(actor: Actor): void {
  if (actor.role !== "client") throw forbidden("Only the client can see what the companion remembers about them.");
}

export async function listMemory(ctx: AppContext, exec: Executor, clientId: string): Promise<MemoryEntry[]> {
  const rows = await exec
    .select()
    .from(memoryItem)
    .where(eq(memoryItem.clientId, clientId))
    .orderBy(desc(memoryItem.lastMentionedAt));
  if (rows.length === 0) return [];
  const cipher = await ctx.keyring.forClient(exec, clientId);
  return rows.map((row) => {
    const body = cipher.decryptJson(row.body) as StoredBody;
    return {
      id: row.id,
      kind: row.kind,
      label: body.label,
      detail: body.detail,
      lastMentionedAt: row.lastMentionedAt,
      editedByClient: row.editedByClient,
    };
  });
}

export async function listOwnMemory(ctx: AppContext, actor: Actor): Promise<MemoryEntry[]> {
  requireClient(actor);
  return listMemory(ctx, ctx.db, actor.userId);
}

export async function correctMemory(
  ctx: AppContext,
  actor: Actor,
  request: { id: string; label?: string | undefined; detail?: string | null | undefined },
): Promise<MemoryEntry> {
  requireClient(actor);
  return ctx.db.transaction(async (tx) => {
    const entry = (await listMemory(ctx, tx, actor.userId)).find((item) => item.id === request.id);
    if (entry === undefined) throw notFound("memory");
    const body: StoredBody = { label: request.label ?? entry.label, detail: request.detail === undefined ? entry.detail : request.detail };
    const cipher = await ctx.keyring.forClient(tx, actor.userId);
    await tx
      .update(memoryItem)
      .set({ body: cipher.encryptJson(body), editedByClient: true })
      .where(and(eq(memoryItem.id, entry.id), eq(memoryItem.clientId, actor.userId)));
    return { ...entry, ...body, editedByClient: true };
  });
}

export async function forgetMemory(ctx: AppContext, actor: Actor, target: { id: string } | "all"): Promise<void> {
  requireClient(actor);
  if (target === "all") {
    await ctx.db.delete(memoryItem).where(eq(memoryItem.clientId, actor.userId));
    return;
  }
  const deleted = await ctx.db
    .delete(memoryItem)
    .where(and(eq(memoryItem.id, target.id), eq(memoryItem.clientId, actor.userId)))
    .returning({ id: memoryItem.id });
  if (deleted.length === 0) throw notFound("memory");
}

/** Adds or refreshes items the analysers or the model extracted; a client's own correction is kept. */
export async function rememberItems(
  ctx: AppContext,
  exec: Executor,
  request: { clientId: string; items: { kind: MemoryKind; label: string; detail: string | null }[]; at: Date },
): Promise<void> {
  if (request.items.length === 0) return;
  const existing = await listMemory(ctx, exec, request.clientId);
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  const key = (kind: string, label: string) => `${kind}:${label.trim().toLowerCase()}`;
  const byKey = new Map(existing.map((entry) => [key(entry.kind, entry.label), entry]));
  for (const item of request.items) {
    const found = byKey.get(key(item.kind, item.label));
    if (found === undefined) {
      const row = { id: newId(), clientId: request.clientId, kind: item.kind, body: cipher.encryptJson({ label: item.label, detail: item.detail }), lastMentionedAt: request.at, createdAt: request.at };
      await exec.insert(memoryItem).values(row);
      byKey.set(key(item.kind, item.label), { ...item, id: row.id, lastMentionedAt: request.at, editedByClient: false });
      continue;
    }
    const detail = found.editedByClient ? found.detail : (item.detail ?? found.detail);
    await exec
      .update(memoryItem)
      .set({ lastMentionedAt: request.at, body: cipher.encryptJson({ label: found.label, detail }) })
      .where(eq(memoryItem.id, found.id));
  }
}
