// Safety: crisis lines for every screen (no sign-in needed), the client's safety plan and their
// therapist's proposals, therapist alerts with acknowledgement, and the admin's edits and report.
import { createRoute } from "@hono/zod-openapi";
import {
  AcknowledgeAlertBody,
  CountryCrisisLines,
  CrisisLineDirectory,
  CrisisReferralReport,
  IdParam,
  SafetyAlertList,
  SafetyPlanBody,
  SafetyPlanDocument,
  SafetyPlanProposal,
  SafetyPlanProposalList,
} from "@between/contracts";
import { crisisLinesFor } from "@between/core";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { presentAlert, presentProposal } from "../../presenters/safety.ts";
import { clientSettings } from "../../repositories/clients.ts";
import {
  acknowledgeAlert,
  alertTherapistOnRequest,
  crisisDirectory,
  decideProposal,
  listAlertsForTherapist,
  proposeSafetyPlan,
  readSafetyPlanFor,
  saveCrisisLines,
  writeSafetyPlan,
} from "../../repositories/safety.ts";
import { reportCrisisReferrals, toCsv } from "../../use-cases/report-crisis-referrals.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

const CountryQuery = z.strictObject({ country: z.string().trim().min(2).max(4).optional() });
const CountryParam = z.strictObject({ country: z.string().regex(/^([A-Z]{2}|INTL)$/, "Use a two-letter country code, like GB.") });
const ProposalDecisionParams = z.strictObject({ id: z.string().min(1), decision: z.enum(["accept", "decline"]) });

export function safetyRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/crisis-lines",
      tags: ["safety"],
      summary: "Crisis lines for a country (yours when signed in, or ?country=GB); no sign-in needed",
      request: { query: CountryQuery },
      responses: { 200: json(CountryCrisisLines, "The country's emergency number and crisis lines") },
    }),
    async (c) => {
      const user = c.get("user");
      const country = c.req.valid("query").country ?? (user?.role === "client" ? (await clientSettings(ctx.db, user.id)).country : null);
      return c.json(crisisLinesFor({ country, directory: await crisisDirectory(ctx.db) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/crisis-lines/all",
      tags: ["safety"],
      summary: "Every country's crisis lines",
      responses: { 200: json(CrisisLineDirectory, "The directory") },
    }),
    async (c) => c.json({ countries: Object.values(await crisisDirectory(ctx.db)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/admin/crisis-lines/{country}",
      tags: ["admin"],
      summary: "Replace one country's crisis lines (admin)",
      request: { params: CountryParam, body: jsonBody(CountryCrisisLines) },
      responses: { 200: json(CountryCrisisLines, "Saved"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "admin");
      const { country } = c.req.valid("param");
      const lines = { ...c.req.valid("json"), country };
      await saveCrisisLines(ctx.db, { actor, country, lines, at: ctx.now() });
      ctx.logger.info({ event: "crisis-lines.updated", country, by: actor.userId }, "crisis lines updated");
      return c.json(lines, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/admin/reports/crisis-referrals",
      tags: ["admin"],
      summary: "Crisis referrals per month and tier (admin); counts only, no personal data",
      responses: { 200: json(CrisisReferralReport, "Counts"), ...problemResponses },
    }),
    async (c) => c.json({ rows: await reportCrisisReferrals(ctx, requireActor(c, "admin")) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/admin/reports/crisis-referrals.csv",
      tags: ["admin"],
      summary: "The same counts as CSV, for a regulator's spreadsheet (admin)",
      responses: { 200: { content: { "text/csv": { schema: { type: "string" } } }, description: "CSV" }, ...problemResponses },
    }),
    async (c) => {
      const rows = await reportCrisisReferrals(ctx, requireActor(c, "admin"));
      return new Response(toCsv(rows), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="crisis-referrals.csv"' },
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/me/safety-plan",
      tags: ["safety"],
      summary: "Your safety plan, and your therapist's suggested changes (client)",
      responses: { 200: json(SafetyPlanDocument.extend({ proposals: SafetyPlanProposalList.shape.proposals }), "The plan"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      const found = await readSafetyPlanFor(ctx, actor, actor.userId);
      return c.json({ plan: found.plan, updatedAt: found.updatedAt?.toISOString() ?? null, proposals: found.proposals.map(presentProposal) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/me/safety-plan",
      tags: ["safety"],
      summary: "Save your safety plan (client)",
      request: { body: jsonBody(SafetyPlanBody) },
      responses: { 200: json(SafetyPlanDocument, "The saved plan"), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c, "client");
      const plan = c.req.valid("json");
      const at = ctx.now();
      await writeSafetyPlan(ctx, ctx.db, { clientId: actor.userId, plan, at });
      return c.json({ plan, updatedAt: at.toISOString() }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/me/safety-plan/proposals/{id}/{decision}",
      tags: ["safety"],
      summary: "Accept or decline your therapist's suggested safety plan (client)",
      request: { params: ProposalDecisionParams },
      responses: { 204: { description: "Decided" }, ...problemResponses },
    }),
    async (c) => {
      const { id, decision } = c.req.valid("param");
      await decideProposal(ctx, requireActor(c, "client"), { proposalId: id, accept: decision === "accept" });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/safety-plan",
      tags: ["therapist"],
      summary: "A client's safety plan and your proposals (linked therapist)",
      request: { params: IdParam },
      responses: { 200: json(SafetyPlanDocument.extend({ proposals: SafetyPlanProposalList.shape.proposals }), "The plan"), ...problemResponses },
    }),
    async (c) => {
      const found = await readSafetyPlanFor(ctx, requireActor(c, "therapist"), c.req.valid("param").id);
      return c.json({ plan: found.plan, updatedAt: found.updatedAt?.toISOString() ?? null, proposals: found.proposals.map(presentProposal) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/safety-plan/proposals",
      tags: ["therapist"],
      summary: "Propose changes to a client's safety plan; the client accepts or not",
      request: { params: IdParam, body: jsonBody(SafetyPlanBody) },
      responses: { 201: json(SafetyPlanProposal, "The proposal"), ...problemResponses },
    }),
    async (c) => {
      const proposal = await proposeSafetyPlan(ctx, requireActor(c, "therapist"), { clientId: c.req.valid("param").id, plan: c.req.valid("json") });
      return c.json(presentProposal(proposal), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/alerts",
      tags: ["therapist"],
      summary: "Safety alerts from clients who agreed to them: unacknowledged first, then the last 30 days",
      responses: { 200: json(SafetyAlertList, "Alerts"), ...problemResponses },
    }),
    async (c) => {
      const since = new Date(ctx.now().getTime() - 30 * 24 * 60 * 60 * 1000);
      const alerts = await listAlertsForTherapist(ctx, requireActor(c, "therapist"), { since });
      alerts.sort((a, b) => Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) || b.lastRaisedAt.getTime() - a.lastRaisedAt.getTime());
      return c.json({ alerts: alerts.map(presentAlert) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/alerts/{id}/acknowledge",
      tags: ["therapist"],
      summary: "Acknowledge an alert, with a note of what you did",
      request: { params: IdParam, body: jsonBody(AcknowledgeAlertBody) },
      responses: { 204: { description: "Acknowledged" }, ...problemResponses },
    }),
    async (c) => {
      await acknowledgeAlert(ctx, requireActor(c, "therapist"), { alertId: c.req.valid("param").id, note: c.req.valid("json").note });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/safety-events/{id}/alert-therapist",
      tags: ["safety"],
      summary: "Ask for your therapist to be alerted now (client; offered by the crisis protocol)",
      request: { params: IdParam },
      responses: { 200: json(z.object({ alerted: z.number().int() }), "How many therapists were alerted"), ...problemResponses },
    }),
    async (c) => {
      const alerted = await alertTherapistOnRequest(ctx, requireActor(c, "client"), c.req.valid("param").id);
      return c.json({ alerted }, 200);
    },
  );

  return app;
}
