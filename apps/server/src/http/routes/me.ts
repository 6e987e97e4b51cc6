import { createRoute } from "@hono/zod-openapi";
import { AccessLog, Me, UpdateMeBody } from "@between/contracts";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { user } from "../../db/schema/index.ts";
import { notFound } from "../../errors.ts";
import { listAccessEvents } from "../../repositories/client-access.ts";
import { eraseAccount } from "../../use-cases/erase-account.ts";
import { exportMyData } from "../../use-cases/export-my-data.ts";
import { updateMe } from "../../use-cases/update-me.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

export function meRoutes(ctx: AppContext) {
  const app = newRouter();

  async function loadMe(userId: string) {
    const [row] = await ctx.db.select().from(user).where(eq(user.id, userId));
    if (row === undefined) throw notFound("account");
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      timeZone: row.timeZone,
      country: row.country,
      twoFactorEnabled: row.twoFactorEnabled ?? false,
    };
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags: ["me"],
      summary: "Who is signed in",
      responses: { 200: json(Me, "The signed-in account"), ...problemResponses },
    }),
    async (c) => c.json(await loadMe(requireActor(c).userId), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags: ["me"],
      summary: "Change your time zone or country (which crisis lines you see)",
      request: { body: jsonBody(UpdateMeBody) },
      responses: { 200: json(Me, "The updated account"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      await updateMe(ctx, actor, c.req.valid("json"));
      return c.json(await loadMe(actor.userId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/access-log",
      tags: ["me"],
      summary: "Who read what of your content, and when (client)",
      responses: { 200: json(AccessLog, "Access events, most recent first"), ...problemResponses },
    }),
    async (c) => {
      const events = await listAccessEvents(ctx.db, { actor: requireActor(c, "client"), limit: 1000 });
      return c.json(
        {
          events: events.map((event) => ({
            id: event.id,
            at: event.at.toISOString(),
            actor:
              event.actorId === null ? null : { id: event.actorId, name: event.actorName ?? "", role: event.actorRole ?? "" },
            action: event.action,
            resource: event.resource,
            resourceId: event.resourceId,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/export",
      tags: ["me"],
      summary: "Everything Between holds about you, as one JSON file (client)",
      responses: { 200: json(z.record(z.string(), z.unknown()), "Your data"), ...problemResponses },
    }),
    async (c) => {
      const data = await exportMyData(ctx, requireActor(c, "client"));
      c.header("content-disposition", `attachment; filename="between-export-${data.exportedAt.slice(0, 10)}.json"`);
      return c.json(data, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/me",
      tags: ["me"],
      summary: "Erase your account and everything in it (client); cannot be undone",
      responses: { 204: { description: "Erased" }, ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      // Sign out first, so this browser's session cookies are cleared with the account.
      const signedOut = await ctx.auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
      await eraseAccount(ctx, actor);
      for (const cookie of signedOut.headers.getSetCookie()) c.header("set-cookie", cookie, { append: true });
      return c.body(null, 204);
    },
  );

  return app;
}
