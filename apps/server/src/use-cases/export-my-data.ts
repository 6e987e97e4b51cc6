// Everything Between holds about a client, decrypted, as one JSON document they can keep: their
// account, care links and consent history, conversations, memory, moments, intentions, rehearsals,
// calming-down sessions, check-ins, practices, frames, safety plan and events, and who looked at what.
// Not included: a therapist's private session notes, which are the therapist's own record.
import type { Actor } from "@between/core";
import { asc, eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { checkIn, intention, regulationSession, rehearsal, safetyEvent, user } from "../db/schema/index.ts";
import { forbidden } from "../errors.ts";
import { listConsentChanges, listLinksFor } from "../repositories/care-links.ts";
import { listAccessEvents } from "../repositories/client-access.ts";
import { listConversations, readOwnMessages } from "../repositories/conversations.ts";
import { listMemory } from "../repositories/memory.ts";
import { readMoments } from "../repositories/moments.ts";
import { readFrameHistory, listPractices } from "../repositories/care-work.ts";
import { readSafetyPlanFor } from "../repositories/safety.ts";

export async function exportMyData(ctx: AppContext, actor: Actor) {
  if (actor.role !== "client") throw forbidden("The export is of a client's own data.");
  const clientId = actor.userId;
  const [account] = await ctx.db.select().from(user).where(eq(user.id, clientId));
  const cipher = await ctx.keyring.forClient(ctx.db, clientId);
  const links = await listLinksFor(ctx.db, actor);
  const conversations = await listConversations(ctx, actor);

  return {
    exportedAt: ctx.now().toISOString(),
    account: {
      id: account?.id,
      name: account?.name,
      email: account?.email,
      timeZone: account?.timeZone,
      country: account?.country,
      createdAt: account?.createdAt.toISOString(),
    },
    careLinks: await Promise.all(
      links.map(async (link) => ({
        id: link.id,
        therapist: { id: link.therapistId, name: link.therapistName },
        status: link.status,
        consent: { level: link.consentLevel, riskAlerts: link.riskAlerts },
        companionEnabled: link.companionEnabled,
        createdAt: link.createdAt.toISOString(),
        endedAt: link.endedAt?.toISOString() ?? null,
        consentHistory: (await listConsentChanges(ctx.db, link.id)).map((change) => ({
          at: change.at.toISOString(),
          by: change.actorName,
          field: change.field,
          from: change.fromValue,
          to: change.toValue,
        })),
      })),
    ),
    conversations: await Promise.all(
      conversations.map(async (conversation) => ({
        id: conversation.id,
        mode: conversation.mode,
        title: conversation.title,
        private: conversation.private,
        createdAt: conversation.createdAt.toISOString(),
        messages: (await readOwnMessages(ctx, actor, conversation.id)).map((message) => ({
          id: message.id,
          role: message.role,
          text: message.text,
          at: message.createdAt.toISOString(),
        })),
      })),
    ),
    memory: (await listMemory(ctx, ctx.db, clientId)).map(({ id, kind, text, name, relationship, firstMentionedAt, lastMentionedAt }) => ({
      id,
      kind,
      text,
      name: name ?? null,
      relationship: relationship ?? null,
      firstMentionedAt,
      lastMentionedAt,
    })),
    moments: (await readMoments(ctx, ctx.db, { actor, clientId })).map((moment) => ({ ...moment, createdAt: moment.createdAt.toISOString() })),
    intentions: (await ctx.db.select().from(intention).where(eq(intention.clientId, clientId)).orderBy(asc(intention.createdAt))).map((row) => ({
      id: row.id,
      ...(cipher.decryptJson(row.body) as Record<string, unknown>),
      dueOn: row.dueOn,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
    })),
    rehearsals: (await ctx.db.select().from(rehearsal).where(eq(rehearsal.clientId, clientId)).orderBy(asc(rehearsal.createdAt))).map((row) => ({
      id: row.id,
      conversationId: row.conversationId,
      ...(cipher.decryptJson(row.body) as Record<string, unknown>),
      createdAt: row.createdAt.toISOString(),
    })),
    calmingDown: (await ctx.db.select().from(regulationSession).where(eq(regulationSession.clientId, clientId)).orderBy(asc(regulationSession.startedAt))).map((row) => ({
      id: row.id,
      exercise: row.exercise,
      distressBefore: row.distressBefore,
      distressAfter: row.distressAfter,
      startedAt: row.startedAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
    })),
    checkIns: (await ctx.db.select().from(checkIn).where(eq(checkIn.clientId, clientId)).orderBy(asc(checkIn.createdAt))).map((row) => ({
      id: row.id,
      instrument: row.instrument,
      score: row.score,
      band: row.band,
      answers: row.answers,
      word: row.word === null ? null : cipher.decrypt(row.word),
      at: row.createdAt.toISOString(),
    })),
    practices: (await listPractices(ctx, { actor, clientId, clientTimeZone: account?.timeZone ?? "UTC" })).map((practice) => ({
      ...practice,
      reports: practice.reports?.map((report) => ({ ...report, reportedAt: report.reportedAt.toISOString() })) ?? [],
    })),
    frames: (await readFrameHistory(ctx, { actor, clientId })).map((frame) => ({ ...frame, createdAt: frame.createdAt.toISOString() })),
    safetyPlan: await readSafetyPlanFor(ctx, actor, clientId).then((found) => ({
      plan: found.plan,
      updatedAt: found.updatedAt?.toISOString() ?? null,
      proposals: found.proposals.map((proposal) => ({ ...proposal, createdAt: proposal.createdAt.toISOString(), decidedAt: proposal.decidedAt?.toISOString() ?? null })),
    })),
    safetyEvents: (await ctx.db.select().from(safetyEvent).where(eq(safetyEvent.clientId, clientId)).orderBy(asc(safetyEvent.createdAt))).map((row) => ({
      id: row.id,
      source: row.source,
      tier: row.tier,
      categories: row.categories,
      messageId: row.messageId,
      response: row.response,
      at: row.createdAt.toISOString(),
    })),
    accessLog: (await listAccessEvents(ctx.db, { actor, limit: 100_000 })).map((event) => ({
      at: event.at.toISOString(),
      by: event.actorName,
      role: event.actorRole,
      action: event.action,
      resource: event.resource,
      resourceId: event.resourceId,
    })),
  };
}
