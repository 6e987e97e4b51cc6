// One reply at a time per conversation. The lock is a lease on the conversation row (taken in
// take-turn.ts together with storing the client's message), so it holds across server processes on
// PostgreSQL, and a process that dies mid-reply cannot hold it for longer than the lease.
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { conversation } from "../db/schema/index.ts";

export async function renewReplyLock(exec: Executor, request: { conversationId: string; now: Date; leaseMs: number }): Promise<void> {
  await exec
    .update(conversation)
    .set({ replyLockedUntil: new Date(request.now.getTime() + request.leaseMs) })
    .where(eq(conversation.id, request.conversationId));
}

export async function releaseReplyLock(exec: Executor, conversationId: string): Promise<void> {
  await exec.update(conversation).set({ replyLockedUntil: null }).where(eq(conversation.id, conversationId));
}

/** The embedded database has exactly one server process: at start-up, no reply can be in flight. */
export async function releaseAllReplyLocks(exec: Executor): Promise<void> {
  await exec.update(conversation).set({ replyLockedUntil: null });
}
