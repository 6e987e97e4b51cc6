import { createRoute } from "@hono/zod-openapi";
import { CheckInList, RecordCheckInBody, RecordCheckInResponse } from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { listCheckIns, recordCheckIn, type CheckInView } from "../../use-cases/record-check-in.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

const present = (view: CheckInView) => ({ ...view, createdAt: view.createdAt.toISOString() });

export function checkInRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: "/check-ins",
      tags: ["check-ins"],
      summary: "Record a mood rating or a PHQ-9 / GAD-7 (client); PHQ-9 item 9 above 0 returns the crisis protocol",
      request: { body: jsonBody(RecordCheckInBody) },
      responses: { 201: json(RecordCheckInResponse, "The scored check-in"), ...problemResponses },
    }),
    async (c) => {
      const result = await recordCheckIn(ctx, requireActor(c, "client"), c.req.valid("json"));
      return c.json({ checkIn: present(result.checkIn), crisis: result.crisis }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/check-ins",
      tags: ["check-ins"],
      summary: "Your check-ins, newest first (client)",
      responses: { 200: json(CheckInList, "Check-ins"), ...problemResponses },
    }),
    async (c) => c.json({ checkIns: (await listCheckIns(ctx, requireActor(c, "client"))).map(present) }, 200),
  );

  return app;
}
