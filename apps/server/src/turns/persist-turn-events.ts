// The structured results of a turn (companion events), stored as rows of their own tables in the
// turn's transaction. Anything holding the client's words is encrypted under their key.
import { localDateOf, shiftDate, type CompanionEvent } from "@between/core";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { newId } from "../context.ts";
import type { Executor } from "../db/database.ts";
import { assignedPractice, checkIn, companionState, intention, moment, practiceReport, regulationSession, rehearsal } from "../db/schema/index.ts";

export interface TurnFacts {
  clientId: string;
  conversationId: string;
  at: Date;
  timeZone: string;
}

function joinDebrief(parts: (string | null)[]): string | null {
  const kept = parts.filter((part): part is string => part !== null && part.trim() !== "");
  return kept.length === 0 ? null : kept.join("\n");
}

async function openRegulationSession(exec: Executor, facts: TurnFacts) {
  const [open] = await exec
    .select()
    .from(regulationSession)
    .where(and(eq(regulationSession.conversationId, facts.conversationId), isNull(regulationSession.completedAt)))
    .orderBy(desc(regulationSession.startedAt))
    .limit(1);
  return open;
}

export async function persistTurnEvents(ctx: AppContext, exec: Executor, request: { facts: TurnFacts; events: readonly CompanionEvent[] }): Promise<void> {
  const { facts } = request;
  const cipher = await ctx.keyring.forClient(exec, facts.clientId);
  for (const event of request.events) {
    switch (event.type) {
      case "intention-created":
        await exec.insert(intention).values({
          id: newId(),
          clientId: facts.clientId,
          conversationId: facts.conversationId,
          body: cipher.encryptJson({ what: event.what, withWhom: event.withWhom, dueText: event.dueText, source: event.source, outcomeNote: null }),
          dueOn: event.due,
          createdAt: facts.at,
        });
        break;
      case "intention-outcome": {
        const [row] = await exec.select().from(intention).where(and(eq(intention.id, event.intentionId), eq(intention.clientId, facts.clientId)));
        if (row === undefined) break;
        const body = { ...(cipher.decryptJson(row.body) as Record<string, unknown>), outcomeNote: event.note };
        await exec
          .update(intention)
          .set({
            status: event.outcome,
            body: cipher.encryptJson(body),
            resolvedAt: event.outcome === "not-yet" ? null : facts.at,
            ...(event.outcome === "not-yet" ? { status: "pending" as const, dueOn: askAgainOn(row.dueOn, facts) } : {}),
          })
          .where(eq(intention.id, row.id));
        break;
      }
      case "practice-debrief": {
        const [owned] = await exec
          .select({ id: assignedPractice.id })
          .from(assignedPractice)
          .where(and(eq(assignedPractice.id, event.practiceId), eq(assignedPractice.clientId, facts.clientId)));
        if (owned === undefined) break;
        const debrief = joinDebrief([event.happened, event.felt, event.noticed, event.next]);
        await exec.insert(practiceReport).values({
          id: newId(),
          practiceId: owned.id,
          clientId: facts.clientId,
          done: event.outcome === "done" ? "done" : "not-done",
          debrief: debrief === null ? null : cipher.encrypt(debrief),
          reportedAt: facts.at,
        });
        break;
      }
      case "rehearsal-completed":
        await exec.insert(rehearsal).values({
          id: newId(),
          clientId: facts.clientId,
          conversationId: facts.conversationId,
          body: cipher.encryptJson(event.rehearsal),
          createdAt: facts.at,
        });
        break;
      case "distress-rating": {
        const open = await openRegulationSession(exec, facts);
        if (event.phase === "before" || open === undefined) {
          await exec.insert(regulationSession).values({
            id: newId(),
            clientId: facts.clientId,
            conversationId: facts.conversationId,
            exercise: event.exercise,
            distressBefore: event.phase === "before" ? event.value : null,
            distressAfter: event.phase === "after" ? event.value : null,
            startedAt: facts.at,
          });
        } else {
          await exec.update(regulationSession).set({ distressAfter: event.value }).where(eq(regulationSession.id, open.id));
        }
        break;
      }
      case "exercise-completed": {
        const open = await openRegulationSession(exec, facts);
        const values = { exercise: event.exercise, distressBefore: event.before, distressAfter: event.after, completedAt: facts.at };
        if (open === undefined) {
          await exec.insert(regulationSession).values({ id: newId(), clientId: facts.clientId, conversationId: facts.conversationId, startedAt: facts.at, ...values });
        } else {
          await exec.update(regulationSession).set(values).where(eq(regulationSession.id, open.id));
        }
        break;
      }
      case "check-in-completed":
        await exec.insert(checkIn).values({
          id: newId(),
          clientId: facts.clientId,
          conversationId: facts.conversationId,
          instrument: event.instrument,
          score: event.score,
          band: event.instrument === "mood" ? null : event.band,
          answers: event.instrument === "mood" ? null : event.answers,
          word: event.instrument === "mood" && event.word !== null ? cipher.encrypt(event.word) : null,
          createdAt: facts.at,
        });
        break;
      case "moment-requested":
        await exec.insert(moment).values({
          id: newId(),
          clientId: facts.clientId,
          conversationId: facts.conversationId,
          note: cipher.encrypt(event.text),
          createdAt: facts.at,
        });
        break;
      case "disclosure-given":
        await exec
          .insert(companionState)
          .values({ clientId: facts.clientId, firstUseAt: facts.at, lastDisclosureAt: facts.at })
          .onConflictDoUpdate({ target: companionState.clientId, set: { lastDisclosureAt: facts.at } });
        break;
      case "dependency-nudge-given":
        await exec
          .insert(companionState)
          .values({ clientId: facts.clientId, firstUseAt: facts.at, lastDependencyNudgeAt: facts.at })
          .onConflictDoUpdate({ target: companionState.clientId, set: { lastDependencyNudgeAt: facts.at } });
        break;
      case "follow-up-asked":
        if (event.kind === "intention") {
          await exec.update(intention).set({ followedUpAt: facts.at }).where(and(eq(intention.id, event.id), eq(intention.clientId, facts.clientId)));
        }
        break;
      case "debrief-completed":
      case "phq9-item9-positive":
        // The debrief lives in the conversation itself; item 9 is answered by the crisis protocol.
        break;
    }
  }
}

/** "Not yet": ask again a few days from today (or from the due date, if that is later). */
function askAgainOn(dueOn: string, facts: TurnFacts): string {
  const today = localDateOf(facts.at, facts.timeZone);
  return shiftDate(today > dueOn ? today : dueOn, 3);
}
