import { z } from "zod";
import { conversationModes } from "@between/core";
import { Id, Timestamp } from "./common.ts";

export const ConversationMode = z.enum(conversationModes);

export const CreateConversationBody = z.strictObject({ mode: ConversationMode });

export const UpdateConversationBody = z
  .strictObject({
    title: z.string().trim().min(1).max(120).nullable().optional(),
    private: z.boolean().optional(),
  })
  .refine((body) => body.title !== undefined || body.private !== undefined, { error: "Say what to change: title, private, or both." });

export const Conversation = z.object({
  id: Id,
  mode: ConversationMode,
  title: z.string().nullable(),
  private: z.boolean(),
  createdAt: Timestamp,
  lastMessageAt: Timestamp.nullable(),
});

export const ConversationList = z.object({ conversations: z.array(Conversation) });

export const Message = z.object({
  id: Id,
  role: z.enum(["client", "companion"]),
  text: z.string(),
  createdAt: Timestamp,
  /** Beside a companion reply: crisis lines and actions, a rating scale, choices, breathing timing. */
  parts: z.array(z.unknown()).nullable(),
});

export const MessageList = z.object({ messages: z.array(Message) });

/** `POST /api/conversations/:id/messages`: the browser sends only the new message; the server owns history. */
export const SendMessageBody = z.strictObject({ text: z.string().trim().min(1).max(8000) });

/** The summary of one conversation (under `summaries` and `transcripts`). */
export const ConversationSummaryDetail = z.object({
  /** The template over the analysers: always present, the evidence for any generated text. */
  template: z.string(),
  facts: z.object({
    mode: z.enum(conversationModes),
    date: z.iso.date(),
    partOfDay: z.enum(["night", "morning", "afternoon", "evening"]),
    clientMessages: z.number().int(),
    themes: z.array(z.object({ theme: z.string(), label: z.string(), messages: z.number().int() })),
    people: z.array(z.object({ label: z.string(), messages: z.number().int() })),
    outcomes: z.array(z.string()),
  }),
  /** Written by a language model from the conversation, where one is configured. */
  generated: z.object({ text: z.string(), model: z.string(), at: Timestamp }).nullable(),
});

/** What a therapist sees of a client's conversations: summaries from `summaries`, text from `transcripts`. */
export const ClientConversation = z.object({
  id: Id,
  mode: ConversationMode,
  createdAt: Timestamp,
  lastMessageAt: Timestamp.nullable(),
  messageCount: z.number().int(),
  /** The template summary's text (under `summaries` and `transcripts`; null below). */
  summary: z.string().nullable(),
  summaryDetail: ConversationSummaryDetail.nullable(),
  messages: z.array(Message).nullable(),
});

export const ClientConversationList = z.object({
  level: z.enum(["summaries", "transcripts"]),
  conversations: z.array(ClientConversation),
});

export type Conversation = z.infer<typeof Conversation>;
export type Message = z.infer<typeof Message>;
export type ConversationSummaryDetail = z.infer<typeof ConversationSummaryDetail>;
export type ClientConversationList = z.infer<typeof ClientConversationList>;
