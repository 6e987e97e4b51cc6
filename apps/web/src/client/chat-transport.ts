// How useChat talks to the server: only the new message's text goes out (`{text}`), never the
// history — the server owns the conversation (DESIGN.md, "The server owns conversation state").
// The reply comes back as the AI SDK's UI message stream over SSE, with Between's data parts.
import type { CrisisReply, Structured } from "@between/core";
import { DefaultChatTransport, type UIMessage } from "ai";
import { errorFromResponse, offlineError } from "../api/http.ts";
import type { Message } from "../api/types.ts";

/** `data-crisis`: the crisis protocol's parts, beside its fixed text. */
export type CrisisData = Pick<CrisisReply, "tier" | "parts" | "emergency" | "lines" | "actions" | "pinCrisisLines" | "therapistAlert"> & {
  kind: "crisis";
  safetyEventId: string;
};

/** `data-guard`: the reply streamed so far was replaced by the output guard's safe text. */
export interface GuardData {
  replaces: string;
  violation: string;
}

// A type alias (not an interface) so it fits the SDK's `Record<string, unknown>` without an index signature.
export type BetweenDataParts = {
  crisis: CrisisData;
  structured: Structured;
  guard: GuardData;
};

export interface BetweenMetadata {
  clientMessageId?: string;
  replyId?: string;
  engine?: string;
}

export type ChatMessage = UIMessage<BetweenMetadata, BetweenDataParts>;

export function messagesUrl(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/messages`;
}

/** The text of a message as the client typed it (their messages have one text part). */
export function textOf(message: ChatMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

export function conversationTransport(conversationId: string): DefaultChatTransport<ChatMessage> {
  return new DefaultChatTransport<ChatMessage>({
    api: messagesUrl(conversationId),
    credentials: "include",
    prepareSendMessagesRequest: ({ messages }) => {
      const last = messages.at(-1);
      return { body: { text: last === undefined ? "" : textOf(last) } };
    },
    // Failures before the stream starts become readable errors (problem documents: 409 while a reply
    // is still streaming, 423 when the companion is paused…), and "offline" when nothing answered.
    fetch: async (input, init) => {
      let response: Response;
      try {
        response = await fetch(input, init);
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") throw error;
        throw offlineError();
      }
      if (!response.ok) throw await errorFromResponse(response);
      return response;
    },
  });
}

/** A stored message as useChat holds it (the stored parts become the same data parts the stream sends). */
export function toChatMessage(message: Message): ChatMessage {
  const parts: ChatMessage["parts"] = [{ type: "text", text: message.text, state: "done" }];
  for (const stored of message.parts ?? []) {
    if (typeof stored !== "object" || stored === null) continue;
    const kind = (stored as { kind?: unknown }).kind;
    if (kind === "crisis") parts.push({ type: "data-crisis", data: stored as CrisisData });
    else if (typeof kind === "string") parts.push({ type: "data-structured", data: stored as Structured });
  }
  return {
    id: message.id,
    role: message.role === "client" ? "user" : "assistant",
    metadata: {},
    parts,
  };
}
