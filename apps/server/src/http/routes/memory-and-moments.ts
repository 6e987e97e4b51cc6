import { createRoute } from "@hono/zod-openapi";
import { CreateMomentBody, IdParam, MemoryItem, MemoryList, Moment, MomentList, UpdateMemoryBody } from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { presentMemoryItem, presentMoment } from "../../presenters/memory.ts";
import { correctMemory, forgetMemory, listOwnMemory } from "../../repositories/memory.ts";
import { createMoment, deleteMoment, readMoments } from "../../repositories/moments.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

export function memoryAndMomentRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/memory",
      tags: ["memory"],
      summary: "What the companion remembers about you: people, open threads, preferences",
      responses: { 200: json(MemoryList, "Memory"), ...problemResponses },
    }),
    async (c) => c.json({ items: (await listOwnMemory(ctx, requireActor(c, "client"))).map(presentMemoryItem) }, 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/me/memory/{id}",
      tags: ["memory"],
      summary: "Correct something the companion remembers",
      request: { params: IdParam, body: jsonBody(UpdateMemoryBody) },
      responses: { 200: json(MemoryItem, "The corrected item"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const entry = await correctMemory(ctx, requireActor(c, "client"), { id, ...c.req.valid("json") });
      return c.json(presentMemoryItem(entry), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/me/memory/{id}",
      tags: ["memory"],
      summary: "Make the companion forget one thing",
      request: { params: IdParam },
      responses: { 204: { description: "Forgotten" }, ...problemResponses },
    }),
    async (c) => {
      await forgetMemory(ctx, requireActor(c, "client"), { id: c.req.valid("param").id });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/me/memory",
      tags: ["memory"],
      summary: "Make the companion forget everything it remembers about you",
      responses: { 204: { description: "Forgotten" }, ...problemResponses },
    }),
    async (c) => {
      await forgetMemory(ctx, requireActor(c, "client"), "all");
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/moments",
      tags: ["moments"],
      summary: 'Bring something to session: a message of yours ({messageId}) or a note ({note})',
      request: { body: jsonBody(CreateMomentBody) },
      responses: { 201: json(Moment, "The moment"), ...problemResponses },
    }),
    async (c) => c.json(presentMoment(await createMoment(ctx, requireActor(c, "client"), c.req.valid("json"))), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/moments",
      tags: ["moments"],
      summary: "What you have chosen to bring to session",
      responses: { 200: json(MomentList, "Moments, newest first"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      const moments = await readMoments(ctx, ctx.db, { actor, clientId: actor.userId });
      return c.json({ moments: moments.map(presentMoment) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/moments/{id}",
      tags: ["moments"],
      summary: "Take a moment back",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...problemResponses },
    }),
    async (c) => {
      await deleteMoment(ctx, requireActor(c, "client"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  return app;
}
