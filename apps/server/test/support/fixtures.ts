// Shared set-up for integration tests: linking a client to a therapist, and seeding conversations.
// Messages are written through the repository (the streaming message route comes later), exactly as
// that route will store them: encrypted under the client's key.
import type { ConsentLevel } from "@between/core";
import { and, asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { message } from "../../src/db/schema/index.ts";
import { appendMessage } from "../../src/repositories/conversations.ts";
import type { SignedIn } from "./api-client.ts";
import type { TestServer } from "./test-server.ts";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

export interface CareLinkBody {
  id: string;
  client: { id: string; name: string };
  therapist: { id: string; name: string };
  status: "active" | "revoked" | "ended";
  consent: { level: ConsentLevel; riskAlerts: boolean };
  companionEnabled: boolean;
  createdAt: string;
  endedAt: string | null;
  agreed: { level: { level: ConsentLevel; title: string; shows: string; keeps: string }; riskAlerts: string; always: string[] };
}

export interface ConversationBody {
  id: string;
  mode: string;
  title: string | null;
  private: boolean;
  createdAt: string;
  lastMessageAt: string | null;
}

export interface MessageBody {
  id: string;
  role: "client" | "companion";
  text: string;
  createdAt: string;
}

export interface ClientConversationsBody {
  level: "summaries" | "transcripts";
  conversations: {
    id: string;
    mode: string;
    createdAt: string;
    lastMessageAt: string | null;
    messageCount: number;
    summary: string | null;
    messages: MessageBody[] | null;
  }[];
}

export interface AccessLogBody {
  events: {
    id: string;
    at: string;
    actor: { id: string; name: string; role: string } | null;
    action: "read" | "write";
    resource: string;
    resourceId: string | null;
  }[];
}

export interface ConsentHistoryBody {
  changes: { id: string; at: string; by: { id: string; name: string } | null; field: string; from: string | null; to: string }[];
}

export async function createInvite(therapist: SignedIn): Promise<string> {
  const invite = await therapist.api.post<{ code: string; expiresAt: string }>("/api/invites");
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  return invite.body.code;
}

/** A fresh invite from the therapist, redeemed by the client with the given consent. */
export async function linkClient(
  therapist: SignedIn,
  client: SignedIn,
  consent: { level: ConsentLevel; riskAlerts: boolean } = { level: "transcripts", riskAlerts: true },
): Promise<CareLinkBody> {
  const code = await createInvite(therapist);
  const linked = await client.api.post<CareLinkBody>("/api/care-links", { code, consent });
  expect(linked.status, JSON.stringify(linked.body)).toBe(201);
  return linked.body;
}

export interface SeededConversation extends ConversationBody {
  /** The companion's opening message, stored first when the conversation starts. */
  opening: MessageBody | null;
}

/** The texts a seeded conversation holds, in order: the companion's opening, then the seeded ones. */
export function expectedTexts(seeded: SeededConversation, texts: string[]): string[] {
  return [...(seeded.opening === null ? [] : [seeded.opening.text]), ...texts];
}

/**
 * A conversation started by the client over HTTP (the companion speaks first), then messages stored
 * as the message route stores them, alternating client and companion, starting with the client.
 */
export async function seedConversation(
  server: TestServer,
  client: SignedIn,
  options: { texts: string[]; private?: boolean; title?: string; mode?: string },
): Promise<SeededConversation> {
  const created = await client.api.post<SeededConversation>("/api/conversations", { mode: options.mode ?? "talk" });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const ctx = server.app.ctx;
  for (const [index, text] of options.texts.entries()) {
    await appendMessage(ctx, ctx.db, {
      clientId: client.id,
      conversationId: created.body.id,
      role: index % 2 === 0 ? "client" : "companion",
      text,
      at: new Date(server.clock.now.getTime() + index * 1000),
    });
  }
  if (options.private !== undefined || options.title !== undefined) {
    const updated = await client.api.patch<ConversationBody>(`/api/conversations/${created.body.id}`, {
      ...(options.private === undefined ? {} : { private: options.private }),
      ...(options.title === undefined ? {} : { title: options.title }),
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    return { ...updated.body, opening: created.body.opening };
  }
  return created.body;
}

/** The stored rows of what the client wrote (not the companion's), in order. */
export async function clientMessageRows(server: TestServer, conversationId: string) {
  const rows = await server.app.ctx.db
    .select()
    .from(message)
    .where(and(eq(message.conversationId, conversationId), eq(message.role, "client")))
    .orderBy(asc(message.seq));
  return rows;
}
