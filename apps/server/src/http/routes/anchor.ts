// The therapist's anchor: the caseload, a client's signals and brief (JSON and PDF), and the
// client's mirror of what their therapist sees. Routes stay thin: the use cases authorise at the
// data boundary, record every read, and compute only from what the consent allows.
import { createRoute } from "@hono/zod-openapi";
import { AnchorWindowQuery, Caseload, ClientSignals, IdParam, SessionBrief, TherapistView, TherapistViewQuery } from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { buildClientBrief } from "../../use-cases/build-session-brief.ts";
import { exportBriefPdf } from "../../use-cases/export-brief-pdf.ts";
import { listCaseload } from "../../use-cases/list-caseload.ts";
import { readClientSignals } from "../../use-cases/read-client-signals.ts";
import { readTherapistView } from "../../use-cases/read-therapist-view.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, problemResponses } from "../openapi.ts";

export function anchorRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients",
      tags: ["therapist"],
      summary: "Your clients, ordered by what needs attention, with last activity and the reason (therapist)",
      responses: { 200: json(Caseload, "The caseload"), ...problemResponses },
    }),
    async (c) => c.json(await listCaseload(ctx, requireActor(c, "therapist")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/signals",
      tags: ["therapist"],
      summary: "Signals with evidence and the charts' data, since the last session (or ?from&to), as the client's consent allows",
      request: { params: IdParam, query: AnchorWindowQuery },
      responses: { 200: json(ClientSignals, "Signals and charts"), ...problemResponses },
    }),
    async (c) => {
      const body = await readClientSignals(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id, requested: c.req.valid("query") });
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/brief",
      tags: ["therapist"],
      summary: "The session brief for the time since the last recorded session (or ?from&to)",
      request: { params: IdParam, query: AnchorWindowQuery },
      responses: { 200: json(SessionBrief, "The brief"), ...problemResponses },
    }),
    async (c) => {
      const body = await buildClientBrief(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id, requested: c.req.valid("query"), format: "json" });
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/brief.pdf",
      tags: ["therapist"],
      summary: "The session brief as a PDF",
      request: { params: IdParam, query: AnchorWindowQuery },
      responses: { 200: { content: { "application/pdf": { schema: { type: "string", format: "binary" } } }, description: "PDF" }, ...problemResponses },
    }),
    async (c) => {
      const { pdf, fileName } = await exportBriefPdf(ctx, { actor: requireActor(c, "therapist"), clientId: c.req.valid("param").id, requested: c.req.valid("query") });
      return new Response(new Uint8Array(pdf), {
        headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/therapist-view",
      tags: ["me"],
      summary: "Exactly what each of your therapists sees of you: their signals, brief and conversations (client)",
      request: { query: TherapistViewQuery },
      responses: { 200: json(TherapistView, "One entry per therapist"), ...problemResponses },
    }),
    async (c) => c.json(await readTherapistView(ctx, { actor: requireActor(c, "client"), therapistId: c.req.valid("query").therapist }), 200),
  );

  return app;
}
