import { createRoute } from "@hono/zod-openapi";
import {
  Conversation,
  ConversationList,
  CreateConversationBody,
  IdParam,
  Message,
  MessageList,
  SendMessageBody,
  UpdateConversationBody,
} from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { presentConversation, presentMessage } from "../../presenters/conversation.ts";
import { isCompanionPaused } from "../../repositories/care-links.ts";
import { startConversation } from "../../turns/start-conversation.ts";
import { companionPaused, takeTurn } from "../../turns/take-turn.ts";
import {
  deleteConversation,
  listConversations,
  readOwnMessages,
  updateConversation,
} from "../../repositories/conversations.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

export function conversationRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: "/conversations",
      tags: ["conversations"],
      summary: "Start a conversation in a mode (talk, rehearse, regulate, check-in, debrief)",
      request: { body: jsonBody(CreateConversationBody) },
      responses: {
        201: json(Conversation.extend({ opening: Message.nullable() }), "The new conversation, with the companion's opening message"),
        423: { description: "Companion paused" },
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      if (await isCompanionPaused(ctx.db, actor.userId)) throw companionPaused();
      const started = await startConversation(ctx, actor, c.req.valid("json"));
      return c.json({ ...presentConversation(started.conversation), opening: started.opening === null ? null : presentMessage(started.opening) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/conversations",
      tags: ["conversations"],
      summary: "Your conversations, most recent first",
      responses: { 200: json(ConversationList, "Conversations"), ...problemResponses },
    }),
    async (c) => {
      const conversations = await listConversations(ctx, requireActor(c, "client"));
      return c.json({ conversations: conversations.map(presentConversation) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}/messages",
      tags: ["conversations"],
      summary: "A conversation's history",
      request: { params: IdParam },
      responses: { 200: json(MessageList, "Messages in order"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const messages = await readOwnMessages(ctx, requireActor(c, "client"), id);
      return c.json({ messages: messages.map(presentMessage) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/messages",
      tags: ["conversations"],
      summary: "Send a message; the reply streams back as Server-Sent Events (the AI SDK's UI message stream)",
      description:
        "Only the new message is sent: the server owns the conversation's history. The client's message is stored before anything else; the reply is stored even if the connection drops. 409 while a reply is still streaming; 423 when the companion is paused.",
      request: { params: IdParam, body: jsonBody(SendMessageBody) },
      responses: {
        200: { content: { "text/event-stream": { schema: { type: "string" } } }, description: "The reply, streamed" },
        423: { description: "Companion paused" },
        ...problemResponses,
      },
    }),
    async (c) => takeTurn(ctx, requireActor(c, "client"), { conversationId: c.req.valid("param").id, text: c.req.valid("json").text }),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/conversations/{id}",
      tags: ["conversations"],
      summary: "Rename a conversation or mark it private (then your therapist sees nothing of it)",
      request: { params: IdParam, body: jsonBody(UpdateConversationBody) },
      responses: { 200: json(Conversation, "The updated conversation"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const updated = await updateConversation(ctx, requireActor(c, "client"), { conversationId: id, ...c.req.valid("json") });
      return c.json(presentConversation(updated), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/conversations/{id}",
      tags: ["conversations"],
      summary: "Delete a conversation and its messages",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await deleteConversation(ctx, requireActor(c, "client"), id);
      return c.body(null, 204);
    },
  );

  return app;
}
