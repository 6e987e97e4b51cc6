// The companion's words for one turn, streamed through the output guard: from the configured model
// when there is one and the step allows it, otherwise (or when the model fails) from the built-in
// engine. Text reaches the browser only after the guard has checked it, so a violating sentence is
// never shown; on a violation the reply is replaced by the guard's safe reply.
import { createStreamGuard, fallbackCopy, type TurnPlan } from "@between/core";
import type { Logger } from "../logger.ts";
import { ModelFailure, type ModelEngine, type ModelFailureKind } from "../companion/model-engine.ts";
import type { ReplyChannel } from "./reply-channel.ts";

export type ReplyEngine = "built-in" | "model" | "fallback";

export interface ReplyOutcome {
  /** Exactly what the client was shown (and what is stored). */
  text: string;
  engine: ReplyEngine;
  guardViolation: { violation: string; rule: string } | null;
  modelFailure: ModelFailureKind | null;
}

/** The built-in reply without the disclosure that opens it, for when the disclosure was already shown. */
function withoutDisclosure(plan: TurnPlan): string {
  const prefix = plan.disclosure === null ? "" : `${plan.disclosure.text}\n\n`;
  return prefix !== "" && plan.builtInReply.startsWith(prefix) ? plan.builtInReply.slice(prefix.length) : plan.builtInReply;
}

/** Sentence-sized pieces, so even the built-in engine's reply arrives the way a streamed one does. */
function pieces(text: string): string[] {
  return text.match(/[^.!?\n]+[.!?]*\s*|\n+/g) ?? [text];
}

export async function streamCompanionReply(options: {
  plan: TurnPlan;
  model: ModelEngine | undefined;
  channel: ReplyChannel;
  logger: Logger;
  ids: { text: string; replacement: string; turn: string };
}): Promise<ReplyOutcome> {
  const { plan, model, channel } = options;
  const guard = createStreamGuard({ rolePlay: plan.speaker === "role-play" });
  let violation: { violation: string; rule: string; replacement: string } | null = null;

  channel.write({ type: "text-start", id: options.ids.text });
  const send = (delta: string): boolean => {
    const step = guard.push(delta);
    if (step.ok) {
      if (step.emit !== "") channel.write({ type: "text-delta", id: options.ids.text, delta: step.emit });
      return true;
    }
    violation = { violation: step.violation, rule: step.rule, replacement: step.replacement };
    return false;
  };
  const finish = (): void => {
    if (violation !== null) return;
    const step = guard.end();
    if (step.ok) {
      if (step.emit !== "") channel.write({ type: "text-delta", id: options.ids.text, delta: step.emit });
    } else {
      violation = { violation: step.violation, rule: step.rule, replacement: step.replacement };
    }
  };
  const sendAll = (text: string): boolean => pieces(text).every(send);

  let engine: ReplyEngine = "built-in";
  let modelFailure: ModelFailureKind | null = null;
  if (model !== undefined && !plan.fixedReply) {
    engine = "model";
    const abort = new AbortController();
    const disclosureShown = plan.disclosure === null || sendAll(`${plan.disclosure.text}\n\n`);
    const fromDisclosure = guard.emitted.length;
    try {
      if (disclosureShown) {
        for await (const delta of model.streamReply({ instructions: plan.prompt.system, messages: plan.prompt.messages, signal: abort.signal })) {
          if (!send(delta)) {
            abort.abort();
            break;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof ModelFailure)) throw error;
      modelFailure = error.kind;
      options.logger.warn({ event: "model.failed", turn: options.ids.turn, failure: error.kind }, "model failed; built-in engine answers");
      engine = "fallback";
      const brokeOff = guard.emitted.length > fromDisclosure;
      const note = brokeOff ? `\n\n${fallbackCopy.afterBrokenReply}\n\n` : `${fallbackCopy.beforeReply}\n\n`;
      sendAll(`${note}${withoutDisclosure(plan)}`);
    }
  } else {
    sendAll(plan.builtInReply);
  }
  finish();
  channel.write({ type: "text-end", id: options.ids.text });

  const stopped = violation as { violation: string; rule: string; replacement: string } | null;
  if (stopped !== null) {
    options.logger.warn({ event: "guard.replaced", turn: options.ids.turn, violation: stopped.violation, rule: stopped.rule }, "reply replaced");
    channel.write({ type: "data-guard", data: { replaces: options.ids.text, violation: stopped.violation } });
    channel.write({ type: "text-start", id: options.ids.replacement });
    channel.write({ type: "text-delta", id: options.ids.replacement, delta: stopped.replacement });
    channel.write({ type: "text-end", id: options.ids.replacement });
    return { text: stopped.replacement, engine, guardViolation: { violation: stopped.violation, rule: stopped.rule }, modelFailure };
  }
  return { text: guard.emitted, engine, guardViolation: null, modelFailure };
}
