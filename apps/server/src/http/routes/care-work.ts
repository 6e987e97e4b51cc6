// Frames, practices and sessions: the therapist's side under /api/clients/:id, the client's under /api/me.
import { createRoute } from "@hono/zod-openapi";
import {
  AssignPracticeBody,
  Frame,
  FrameBody,
  FrameHistory,
  IdParam,
  Practice,
  PracticeList,
  PracticeReport,
  RecordSessionBody,
  ReportPracticeBody,
  TherapySession,
  TherapySessionList,
} from "@between/contracts";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { presentFrame, presentFrameHistory, presentPractice, presentSession } from "../../presenters/care-work.ts";
import {
  assignPractice,
  endPractice,
  listPractices,
  listSessions,
  readFrameHistory,
  recordSession,
  reportPractice,
  saveFrame,
} from "../../repositories/care-work.ts";
import { clientSettings } from "../../repositories/clients.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

const PracticeParams = z.strictObject({ id: z.string().min(1), practiceId: z.string().min(1) });

export function careWorkRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/frame",
      tags: ["therapist"],
      summary: "The frame for this client: the current version and its history",
      request: { params: IdParam },
      responses: { 200: json(FrameHistory, "Frame versions, newest first"), ...problemResponses },
    }),
    async (c) => {
      const versions = await readFrameHistory(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id });
      return c.json(presentFrameHistory(versions), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/clients/{id}/frame",
      tags: ["therapist"],
      summary: "Save a new version of the frame; the companion uses the latest",
      request: { params: IdParam, body: jsonBody(FrameBody) },
      responses: { 200: json(Frame, "The saved version"), ...problemResponses },
    }),
    async (c) => {
      const saved = await saveFrame(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id, frame: c.req.valid("json") });
      return c.json(presentFrame(saved), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/frame",
      tags: ["me"],
      summary: "How your therapist has asked the companion to support you (client)",
      responses: { 200: json(FrameHistory, "Frame versions, newest first"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      return c.json(presentFrameHistory(await readFrameHistory(ctx, { actor, clientId: actor.userId })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/practices",
      tags: ["therapist"],
      summary: "Practices set for this client, with adherence (and debriefs under `moments` consent or more)",
      request: { params: IdParam },
      responses: { 200: json(PracticeList, "Practices"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "therapist");
      const clientId = c.req.valid("param").id;
      const { timeZone } = await clientSettings(ctx.db, clientId);
      const practices = await listPractices(ctx, { actor, clientId, clientTimeZone: timeZone });
      return c.json({ practices: practices.map(presentPractice) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/practices",
      tags: ["therapist"],
      summary: "Set a practice: a real-life experiment the companion follows up on",
      request: { params: IdParam, body: jsonBody(AssignPracticeBody) },
      responses: { 201: json(Practice, "The practice"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "therapist");
      const clientId = c.req.valid("param").id;
      const { timeZone } = await clientSettings(ctx.db, clientId);
      const practice = await assignPractice(ctx, { actor, clientId, practice: c.req.valid("json"), clientTimeZone: timeZone });
      return c.json(presentPractice(practice), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/clients/{id}/practices/{practiceId}",
      tags: ["therapist"],
      summary: "End a practice (its reports stay)",
      request: { params: PracticeParams },
      responses: { 204: { description: "Ended" }, ...problemResponses },
    }),
    async (c) => {
      const { id, practiceId } = c.req.valid("param");
      await endPractice(ctx, { actor: requireActor(c, "therapist"), clientId: id, practiceId });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/practices",
      tags: ["me"],
      summary: "Your practices and how they have gone (client)",
      responses: { 200: json(PracticeList, "Practices"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      const { timeZone } = await clientSettings(ctx.db, actor.userId);
      const practices = await listPractices(ctx, { actor, clientId: actor.userId, clientTimeZone: timeZone });
      return c.json({ practices: practices.map(presentPractice) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/practices/{id}/reports",
      tags: ["me"],
      summary: "Say whether you did a practice, with a short debrief (client)",
      request: { params: IdParam, body: jsonBody(ReportPracticeBody) },
      responses: { 201: json(PracticeReport, "The report"), ...problemResponses },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const report = await reportPractice(ctx, { actor: requireActor(c, "client"), practiceId: c.req.valid("param").id, ...body });
      return c.json({ ...report, reportedAt: report.reportedAt.toISOString() }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/sessions",
      tags: ["therapist"],
      summary: "Record a session date, with private notes (never shown to the client or the companion)",
      request: { params: IdParam, body: jsonBody(RecordSessionBody) },
      responses: { 201: json(TherapySession, "The session"), ...problemResponses },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const session = await recordSession(ctx, {
        actor: requireActor(c, "therapist"),
        clientId: c.req.valid("param").id,
        heldAt: new Date(body.heldAt),
        notes: body.notes,
      });
      return c.json(presentSession(session), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/sessions",
      tags: ["therapist"],
      summary: "Your sessions with this client, with your notes",
      request: { params: IdParam },
      responses: { 200: json(TherapySessionList, "Sessions, newest first"), ...problemResponses },
    }),
    async (c) => {
      const sessions = await listSessions(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id });
      return c.json({ sessions: sessions.map(presentSession) }, 200);
    },
  );

  return app;
}
