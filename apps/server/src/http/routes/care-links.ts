import { createRoute } from "@hono/zod-openapi";
import {
  CareLink,
  CareLinkList,
  ChangeConsentBody,
  ConsentHistory,
  ConsentTexts,
  CreateInviteResponse,
  IdParam,
  RedeemInviteBody,
  SetCompanionBody,
} from "@between/contracts";
import type { AppContext } from "../../context.ts";
import { presentCareLink, presentConsentTexts } from "../../presenters/care-link.ts";
import { findLinkFor, listConsentChanges, listLinksFor } from "../../repositories/care-links.ts";
import { changeConsent } from "../../use-cases/change-consent.ts";
import { createInvite } from "../../use-cases/create-invite.ts";
import { endCareLink } from "../../use-cases/end-care-link.ts";
import { redeemInvite } from "../../use-cases/redeem-invite.ts";
import { setCompanionEnabled } from "../../use-cases/set-companion-enabled.ts";
import { newRouter, requireActor } from "../env.ts";
import { json, jsonBody, problemResponses } from "../openapi.ts";

export function careLinkRoutes(ctx: AppContext) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/consent-texts",
      tags: ["care links"],
      summary: "The plain-language text of every consent choice, as the client sees it",
      responses: { 200: json(ConsentTexts, "Consent texts") },
    }),
    (c) => c.json(presentConsentTexts(), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/invites",
      tags: ["care links"],
      summary: "Create a single-use invite code (therapist); it expires in 7 days",
      responses: { 201: json(CreateInviteResponse, "The code to give the client"), ...problemResponses },
    }),
    async (c) => {
      const invite = await createInvite(ctx, requireActor(c, "therapist"));
      return c.json({ code: invite.code, expiresAt: invite.expiresAt.toISOString() }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/care-links",
      tags: ["care links"],
      summary: "Redeem an invite code (client), choosing what the therapist may see",
      request: { body: jsonBody(RedeemInviteBody) },
      responses: { 201: json(CareLink, "The new care link, with the text of what was agreed"), ...problemResponses },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const link = await redeemInvite(ctx, requireActor(c, "client"), body);
      return c.json(presentCareLink(link), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/care-links",
      tags: ["care links"],
      summary: "Your care links (as client or therapist)",
      responses: { 200: json(CareLinkList, "Care links"), ...problemResponses },
    }),
    async (c) => {
      const links = await listLinksFor(ctx.db, requireActor(c));
      return c.json({ careLinks: links.map(presentCareLink) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/care-links/{id}/consent",
      tags: ["care links"],
      summary: "Change the consent level or risk alerts (client); effective at once",
      request: { params: IdParam, body: jsonBody(ChangeConsentBody) },
      responses: { 200: json(CareLink, "The updated care link"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const link = await changeConsent(ctx, requireActor(c, "client"), { linkId: id, ...body });
      return c.json(presentCareLink(link), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/care-links/{id}/companion",
      tags: ["care links"],
      summary: "Switch the companion on or off for this client (therapist)",
      request: { params: IdParam, body: jsonBody(SetCompanionBody) },
      responses: { 200: json(CareLink, "The updated care link"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { enabled } = c.req.valid("json");
      const link = await setCompanionEnabled(ctx, requireActor(c, "therapist"), { linkId: id, enabled });
      return c.json(presentCareLink(link), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/care-links/{id}",
      tags: ["care links"],
      summary: "End the link (either side): the client revokes, the therapist ends",
      request: { params: IdParam },
      responses: { 200: json(CareLink, "The ended care link"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(presentCareLink(await endCareLink(ctx, requireActor(c), id)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/care-links/{id}/history",
      tags: ["care links"],
      summary: "Every consent change on this link: who, when, from, to",
      request: { params: IdParam },
      responses: { 200: json(ConsentHistory, "Consent history"), ...problemResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const link = await findLinkFor(ctx.db, { actor: requireActor(c), linkId: id });
      const changes = await listConsentChanges(ctx.db, link.id);
      return c.json(
        {
          changes: changes.map((change) => ({
            id: change.id,
            at: change.at.toISOString(),
            by: change.actorId === null ? null : { id: change.actorId, name: change.actorName ?? "" },
            field: change.field,
            from: change.fromValue,
            to: change.toValue,
          })),
        },
        200,
      );
    },
  );

  return app;
}
