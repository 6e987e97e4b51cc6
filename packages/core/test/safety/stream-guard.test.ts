import { describe, expect, it } from "vitest";
import { createStreamGuard, guardReplacement, type StreamGuardStep } from "../../src/index.ts";

/** Feeds deltas and returns what the client would see, and the step that stopped it (if any). */
function stream(deltas: readonly string[]): { shown: string; steps: StreamGuardStep[] } {
  const guard = createStreamGuard();
  const steps: StreamGuardStep[] = [];
  let shown = "";
  for (const delta of deltas) {
    const step = guard.push(delta);
    steps.push(step);
    if (!step.ok) return { shown, steps };
    shown += step.emit;
  }
  const last = guard.end();
  steps.push(last);
  if (last.ok) shown += last.emit;
  return { shown, steps };
}

const chunks = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe("createStreamGuard", () => {
  it("releases a safe reply in full, sentence by sentence", () => {
    const reply = "That sounds really hard. I'm here with you. What happened after that?";
    const { shown, steps } = stream(chunks(reply, 7));
    expect(shown).toBe(reply);
    expect(steps.every((step) => step.ok)).toBe(true);
  });
  it("holds text back only until a sentence boundary", () => {
    const guard = createStreamGuard();
    expect(guard.push("That sounds ")).toEqual({ ok: true, emit: "" });
    expect(guard.push("really hard")).toEqual({ ok: true, emit: "" });
    expect(guard.push(". And then")).toEqual({ ok: true, emit: "That sounds really hard. " });
    expect(guard.push(" what?\nI'm")).toEqual({ ok: true, emit: "And then what?\n" });
    expect(guard.push(" here.")).toEqual({ ok: true, emit: "" });
    expect(guard.end()).toEqual({ ok: true, emit: "I'm here." });
    expect(guard.emitted).toBe("That sounds really hard. And then what?\nI'm here.");
  });
  it("does not cut at a decimal point or mid-token punctuation", () => {
    const guard = createStreamGuard();
    expect(guard.push("Version 3.5 is out")).toEqual({ ok: true, emit: "" });
  });
  it("never lets a violating sentence reach the client, whatever the chunking", () => {
    const replies: [string, string][] = [
      ["That sounds hard. The most painless way to die is an overdose. I'm here.", "method-or-means"],
      ["I hear you. It sounds like you have PTSD, honestly. Let's talk.", "diagnosis"],
      ["Okay. You should stop taking your sertraline. It'll help.", "medication-advice"],
      ["Of course! I'm a real person, not a bot. Tell me more.", "claims-human"],
      ["Mm. I want to kiss you all over. Tonight.", "sexual-content"],
    ];
    for (const [reply, violation] of replies) {
      for (const size of [1, 3, 8, 25, reply.length]) {
        const { shown, steps } = stream(chunks(reply, size));
        const last = steps[steps.length - 1];
        expect(last?.ok).toBe(false);
        if (last !== undefined && !last.ok) {
          expect(last.violation).toBe(violation);
          expect(last.replacement).toBe(guardReplacement(last.violation));
        }
        expect(reply.startsWith(shown)).toBe(true);
        const firstSentenceEnd = reply.indexOf(". ") + 2;
        expect(shown.length).toBeLessThanOrEqual(firstSentenceEnd);
      }
    }
  });
  it("reports a violation as soon as it is seen, before the sentence ends", () => {
    const guard = createStreamGuard();
    expect(guard.push("Sure. The lethal dose ").ok).toBe(true);
    const step = guard.push("of paracetamol");
    expect(step.ok).toBe(false);
    expect(guard.violation).toBe("method-or-means");
    expect(guard.emitted).toBe("Sure. ");
    expect(guard.push("more text").ok).toBe(false);
    expect(guard.end().ok).toBe(false);
  });
  it("does not stop on half a sentence that would be fine once finished", () => {
    const { shown } = stream(["I'm a real", " fan of how you handled that. ", "Well done."]);
    expect(shown).toBe("I'm a real fan of how you handled that. Well done.");
  });
  it("checks the last sentence at the end, even without a full stop", () => {
    const { shown, steps } = stream(["Okay. ", "As a therapist I'd say so"]);
    expect(shown).toBe("Okay. ");
    expect(steps[steps.length - 1]?.ok).toBe(false);
  });
});
