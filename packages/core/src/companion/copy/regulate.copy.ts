// PRODUCT COPY — regulation: the 0–10 distress questions, the choice of exercise, and the scripts of
// paced breathing, 5-4-3-2-1 grounding and a short body scan, step by step. These replies are
// fixed (the same whichever engine runs), so a model never improvises an exercise.

import type { BreathingPattern, ExerciseKind } from "../types.ts";

export const regulateCopy = {
  askBefore: [
    "Let's slow things down together. Right now, how strong is the distress, from 0 (calm) to 10 (the most you can imagine)?",
    "Let's take a minute. Before we start: from 0 to 10, how intense is it right now?",
  ],
  askBeforeAgain: "A number is enough — 0 is calm, 10 is the most you can imagine.",
  askExercise:
    "We can breathe slowly together, ground with your senses (5-4-3-2-1), or do a short body scan. Which would you like?",
  askExerciseAgain: "Breathing, grounding, or body scan — or say \"you pick\" and we'll breathe.",
  exerciseLabels: { breathing: "Breathing", grounding: "5-4-3-2-1 grounding", "body-scan": "Body scan" } satisfies Record<ExerciseKind, string>,

  breathing: {
    /** {inhale} {hold} {exhale} {cycles} come from the pattern. */
    start: "Let's breathe together. In for {inhale}, hold for {hold}, out for {exhale} — {cycles} rounds. Follow the circle if it helps, and tell me when you're done.",
    startNoHold: "Let's breathe together. In for {inhale}, out for a long {exhale} — {cycles} rounds. Follow the circle if it helps, and tell me when you're done.",
    notYet: "Take your time. Tell me when you've finished the rounds.",
  },
  grounding: [
    "Let's come back to the room. Look around and name 5 things you can see.",
    "Now 4 things you can feel — your feet on the floor, your clothes, whatever you're sitting on.",
    "3 things you can hear, near or far.",
    "2 things you can smell — or two smells you like, if nothing's there.",
    "And 1 thing you can taste — or take one slow sip of water.",
  ],
  bodyScan: [
    "Let's move slowly through the body. Start with your feet: notice where they touch the floor — warmth, pressure, anything. Tell me when you're ready to move on.",
    "Now your legs and hips. Let them be heavy, held by whatever you're sitting or lying on.",
    "Your belly and chest. Notice your breath moving there, without changing it.",
    "Your shoulders, jaw and face. If anything is holding on, see whether it can soften a little.",
    "Now the whole body at once, breathing. Stay with that for a few breaths.",
  ],
  /** Before the next step, a brief echo of what they named ("the lamp, my phone"). */
  groundingEcho: "{items}.",
  askAfter: "And now, from 0 to 10, where is it?",
  askAfterAgain: "Just a number from 0 to 10 is enough.",
  stoppedEarly: "Let's stop there — that's fine. From 0 to 10, where is it now?",
  closeLower: [
    "From {before} to {after}. You brought that down yourself. What would help next — talking for a bit, or leaving it there for now?",
    "{before} to {after}. Your body knows how to do that. Would you like to talk, or rest with it?",
  ],
  closeSame: [
    "Still {after}. That's okay — sometimes it takes more than one round. Would another exercise help, or would you rather talk?",
    "{after}, the same as before. Nothing went wrong; some nights are like that. Another round, or talk for a while?",
  ],
  closeHigher: [
    "It went up to {after}. Thank you for telling me honestly. Would it help to talk about what's there — or is there someone you could be with right now?",
  ],
  closeNoRating: ["Thank you for doing that with me. What would help next?"],
} as const;

/** The standard pattern, and a gentler one (no hold, longer exhale) when distress is 8 or more. */
export const breathingPatterns = {
  standard: { inhale: 4, hold: 4, exhale: 6, holdAfter: 0, cycles: 6 },
  highDistress: { inhale: 4, hold: 0, exhale: 6, holdAfter: 0, cycles: 8 },
} as const satisfies Record<string, BreathingPattern>;

/** Words that pick an exercise. */
export const exerciseKeywords: Readonly<Record<ExerciseKind, readonly string[]>> = {
  breathing: ["breathing", "breathe", "breath", "breathwork", "breaths"],
  grounding: ["grounding", "ground", "senses", "5 4 3 2 1", "54321", "five four three"],
  "body-scan": ["body scan", "body", "scan", "bodyscan"],
};

export const youPickWords: readonly string[] = ["you pick", "you choose", "any", "either", "whatever", "you decide", "don't mind", "dont mind", "surprise me"];
