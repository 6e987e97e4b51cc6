// The session brief for the time since the last recorded session: built from the anchor's view (so
// it shows exactly what the consent allows), with a narrative written by the configured model where
// the consent reaches `summaries` — marked as generated, always beside the deterministic evidence,
// and replaced by the template's on any failure. Below `summaries` nothing is sent to a model.
import { buildSessionBrief, consentIncludes, checkGeneratedText, type Actor } from "@between/core";
import type { SessionBrief } from "@between/contracts";
import { z } from "zod";
import type { AppContext } from "../context.ts";
import { ModelFailure } from "../companion/model-engine.ts";
import type { RequestedWindow } from "../anchor/windows.ts";
import { presentSessionBrief, sessionDate } from "../presenters/anchor.ts";
import { authorizeAnchorRead } from "../repositories/anchor-access.ts";
import { computeAnchorView, signalsBodyOf, type AnchorView } from "./compute-anchor-views.ts";

const NarrativeSchema = z.object({
  narrative: z.string().min(1).max(2000),
});

const narrativeInstructions = [
  "You help a therapist prepare for a session with their client.",
  "From the facts given (counts, themes, records and what the client chose to bring), write a short narrative of 3 to 6 sentences about what the client wrote and did since the last session.",
  "Describe only what the facts say the client wrote and did. Never diagnose, never name a disorder, never state a mental state as fact, never advise on medication, never add facts that are not given.",
  "Write plainly and warmly, in British English, about \"the client\". Answer with JSON: {\"narrative\": \"...\"}.",
].join("\n");

/** The brief of a view, built once per view (and so once per data version) and shared by every reader. */
export function briefOf(ctx: AppContext, view: AnchorView): Promise<SessionBrief> {
  if (view.brief === undefined) {
    const pending = composeBrief(ctx, view);
    view.brief = pending;
    // A failure is not cached: the next request tries again.
    void pending.catch(() => {
      if (view.brief === pending) delete view.brief;
    });
  }
  return view.brief;
}

async function composeBrief(ctx: AppContext, view: AnchorView): Promise<SessionBrief> {
  const signalsBody = await signalsBodyOf(ctx, view);
  const content = buildSessionBrief({
    summary: view.summary,
    signals: view.signals,
    moments: view.inputs.moments,
    practices: view.inputs.practiceFacts,
    lastSessionDate: view.window.basis === "since-last-session" ? sessionDate(view.window.lastSessionAt, view.timeZone) : null,
  });
  let narrative: SessionBrief["narrative"] = { text: content.narrative, generated: false, model: null, template: content.narrative };
  const model = ctx.model;
  // Nothing goes to a model unless the therapist may see summaries.
  if (model !== undefined && consentIncludes(view.grant.level, "summaries")) {
    const facts = {
      window: { from: signalsBody.window.fromDate, to: signalsBody.window.toDate },
      headline: content.headline,
      summary: content.narrative,
      themes: content.themes.map((theme) => ({ label: theme.label, share: theme.share, trend: theme.direction })),
      signals: content.signals.map((signal) => signal.statement),
      intentions: content.intentions.items.map((item) => ({ with: item.withLabel, status: item.status, due: item.dueDate })),
      practices: content.practices.map((practice) => ({ title: practice.title, done: practice.inWindow.done, notDone: practice.inWindow.notDone })),
      questionnaires: content.questionnaires.map((item) => ({ label: item.label, latest: item.latest, change: item.change })),
      broughtToSession: content.brought?.map((moment) => moment.text) ?? [],
    };
    try {
      const answer = await model.generateStructured({
        instructions: narrativeInstructions,
        prompt: JSON.stringify(facts),
        schema: NarrativeSchema,
        timeoutMs: timeoutOf(ctx),
      });
      const text = answer.narrative.trim();
      const check = checkGeneratedText(text);
      if (check.ok) narrative = { text, generated: true, model: model.name, template: content.narrative };
      else ctx.logger.warn({ event: "brief.narrative-refused", clientId: view.grant.clientId, rule: check.rule }, "generated narrative not used");
    } catch (error) {
      ctx.logger.warn(
        { event: "brief.narrative-failed", clientId: view.grant.clientId, kind: error instanceof ModelFailure ? error.kind : (error as Error).name },
        "model narrative failed; the template's is used",
      );
    }
  }
  return presentSessionBrief({ signalsBody, content, narrative });
}

export function timeoutOf(ctx: AppContext): number {
  const model = ctx.config.model;
  return model.provider === "built-in" ? 30_000 : model.firstTokenTimeoutMs + model.idleTimeoutMs;
}

/** A therapist's brief: authorised (and recorded as `brief`) in one transaction, then composed. */
export async function buildClientBrief(
  ctx: AppContext,
  request: { actor: Actor; clientId: string; requested?: RequestedWindow | undefined; format: "json" | "pdf" },
): Promise<SessionBrief> {
  const view = await ctx.db.transaction(async (tx) => {
    const grant = await authorizeAnchorRead(tx, {
      actor: request.actor,
      clientId: request.clientId,
      now: ctx.now(),
      recordAs: "brief",
      ...(request.format === "pdf" ? { resourceId: "pdf" } : {}),
    });
    return computeAnchorView(ctx, tx, { grant, requested: request.requested });
  });
  return briefOf(ctx, view);
}
