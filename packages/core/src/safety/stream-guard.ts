// The output guard for streamed replies. Text is held back until a sentence boundary, then the whole
// reply so far is checked before that sentence is released, so a sentence that breaks a rule never
// reaches the client. Between boundaries the text so far is checked too (up to its last complete
// word), so a violation is reported as soon as it is seen, not at the end of the sentence.
import { guardReplacement, guardReply, type GuardOptions, type GuardViolation } from "./guard-reply.ts";

export type StreamGuardStep =
  /** `emit` is the text newly safe to show (often ""). */
  | { ok: true; emit: string }
  /** Stop streaming; show `replacement` instead of the reply. Nothing after the last emit is shown. */
  | { ok: false; violation: GuardViolation; rule: string; replacement: string };

export interface StreamGuard {
  push(delta: string): StreamGuardStep;
  /** Flushes what is left (the last sentence may have no full stop). */
  end(): StreamGuardStep;
  /** Everything released so far. */
  readonly emitted: string;
  readonly violation: GuardViolation | null;
}

/** The last place the text may be released: after sentence punctuation followed by a space (or a
 * closing quote and a space), or after a line break. "3.5mg" and "e.g." mid-word do not count. */
function lastBoundary(text: string): number {
  let cut = 0;
  const boundary = /[.!?…]+["'”’)\]]*\s+|\n+/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) cut = match.index + match[0].length;
  return cut;
}

export function createStreamGuard(options: GuardOptions = {}): StreamGuard {
  let emitted = "";
  let pending = "";
  let stopped: { violation: GuardViolation; rule: string } | null = null;

  const stop = (violation: GuardViolation, rule: string): StreamGuardStep => {
    stopped = { violation, rule };
    pending = "";
    return { ok: false, violation, rule, replacement: guardReplacement(violation) };
  };
  const stoppedStep = (): StreamGuardStep | null => (stopped === null ? null : { ok: false, violation: stopped.violation, rule: stopped.rule, replacement: guardReplacement(stopped.violation) });

  return {
    get emitted() {
      return emitted;
    },
    get violation() {
      return stopped?.violation ?? null;
    },
    push(delta: string): StreamGuardStep {
      const already = stoppedStep();
      if (already !== null) return already;
      pending += delta;
      // Report as soon as the text so far (to its last whole word) breaks a rule.
      // A neutral word stands in for what has not arrived yet, so a pattern that needs the sentence to
      // end right there ("i'm a real…") does not fire on half a sentence.
      const wholeWords = pending.slice(0, Math.max(0, pending.search(/\S*$/)));
      const early = guardReply(`${emitted}${wholeWords} zz`, options);
      if (!early.ok) return stop(early.violation, early.rule);
      const cut = lastBoundary(pending);
      if (cut === 0) return { ok: true, emit: "" };
      const candidate = pending.slice(0, cut);
      const checked = guardReply(emitted + candidate, options);
      if (!checked.ok) return stop(checked.violation, checked.rule);
      emitted += candidate;
      pending = pending.slice(cut);
      return { ok: true, emit: candidate };
    },
    end(): StreamGuardStep {
      const already = stoppedStep();
      if (already !== null) return already;
      const checked = guardReply(emitted + pending, options);
      if (!checked.ok) return stop(checked.violation, checked.rule);
      const rest = pending;
      emitted += rest;
      pending = "";
      return { ok: true, emit: rest };
    },
  };
}
