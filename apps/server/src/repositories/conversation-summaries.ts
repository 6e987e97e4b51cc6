// Conversation summaries, stored encrypted on `conversation.summary` with what they were computed
// from (the last message, the message count, a fingerprint of the conversation's records), so a
// summary is recomputed only when its conversation changed. Never written for a private conversation.
import type { ConversationSummaryDetail } from "@between/contracts";
import { sql } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import type { Executor } from "../db/database.ts";
import type { ClientCipher } from "../privacy/envelope.ts";

export interface StoredSummary {
  v: 1;
  /** The conversation's last message when this was computed (ISO), and its message count. */
  upTo: string | null;
  messages: number;
  /** A fingerprint of the records tied to the conversation (intentions and their outcomes, ratings…). */
  records: string;
  detail: ConversationSummaryDetail;
  /** The message count the generated text covers. */
  generatedFor: number | null;
}

export function readStoredSummary(cipher: ClientCipher, body: Buffer | null): StoredSummary | null {
  if (body === null) return null;
  const parsed = cipher.decryptJson(body) as Partial<StoredSummary> | null;
  return parsed !== null && parsed.v === 1 && typeof parsed.detail === "object" ? (parsed as StoredSummary) : null;
}

/** Stores summaries (in batches), never onto a conversation that is private by now. */
export async function writeSummaries(ctx: AppContext, exec: Executor, request: { clientId: string; summaries: readonly { conversationId: string; stored: StoredSummary }[] }): Promise<void> {
  if (request.summaries.length === 0) return;
  const cipher = await ctx.keyring.forClient(exec, request.clientId);
  for (let i = 0; i < request.summaries.length; i += 200) {
    const batch = request.summaries.slice(i, i + 200);
    const values = sql.join(
      batch.map((item) => sql`(${item.conversationId}, ${cipher.encryptJson(item.stored)}::bytea)`),
      sql`, `,
    );
    await exec.execute(
      sql`update conversation set summary = data.summary from (values ${values}) as data(id, summary) where conversation.id = data.id and conversation.client_id = ${request.clientId} and conversation.private = false`,
    );
  }
}
