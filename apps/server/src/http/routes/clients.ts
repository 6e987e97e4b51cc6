// The therapist's side: a client's content, as far as that client's consent allows. Routes stay
// thin: the repositories authorise and record every read.
import { createRoute } from "@hono/zod-openapi";
import { ClientConversationList, IdParam } from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { readSharedConversations } from "../../use-cases/read-shared-conversations.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, problemResponses } from "../openapi.ts";

export function clientRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/conversations",
      tags: ["therapist"],
      summary: "A client's conversations as far as their consent allows (summaries, or full text), never private ones",
      request: { params: IdParam },
      responses: { 200: json(ClientConversationList, "Conversations"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await readSharedConversations(ctx, { actor: requireActor(c, "therapist"), clientId: id }), 200);
    },
  );

  return app;
}
