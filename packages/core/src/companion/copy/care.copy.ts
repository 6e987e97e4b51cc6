// PRODUCT COPY — dependency care and disclosures.
// Dependency care: when the client's own pattern crosses thresholds (many night sessions, "you're
// the only one who gets me"), the companion gently turns them toward the people in their life, at
// most once a day, in line with the therapist's dependency plan. Disclosures (that this is an AI,
// not a person or a therapist): the safety layer decides when and owns the words; here is only what
// a model is told about them.

import type { DependencyReason } from "../types.ts";

export const dependencyCopy = {
  /** The built-in engine's closing line. {person} is someone from memory the client is close to. */
  nudgeWithPerson: [
    "I'm glad you came here tonight. Is there someone — {person}, maybe — you could reach out to tomorrow, too?",
    "{Person} came to mind. When did you last get to talk with them about something like this?",
    "I'm one place to bring this, and I'm glad you did. Could {person} hear some of it, too?",
  ],
  nudge: [
    "I'm glad you're here. Is there someone in your life you could share a bit of this with, too?",
    "This sounds like something the people close to you might want to know about. Who comes to mind?",
    "I'm one place to bring this. Who else in your life could hear some of it?",
  ],
  nudgeExclusivity: [
    "I'm really glad talking here helps. I'm an AI, though, and you deserve people who can be there in ways I can't. Who has felt even a little like that?",
    "It means something that this feels like a safe place. I'd like you to have more than one, with people who can sit with you for real. Who could that be, even a little?",
  ],
  /** The instruction a model receives. {plan} is the therapist's dependency plan. */
  instruction: {
    "night-use":
      "Dependency care is due: the client has been coming here many nights this week. In this reply, gently and without any reproach, turn them toward the people in their life (and their therapist): ask who they could reach out to, or what would help them rest. Do it once, briefly, after responding to what they said.",
    exclusivity:
      "Dependency care is due: the client has recently said things like \"you're the only one who understands me\". In this reply, warmly acknowledge that this space helps, say honestly that you are an AI and that they deserve people who can be there in ways you can't, and ask who in their life could be that, even a little. Once, briefly, never rejecting them.",
    "night-use-and-exclusivity":
      "Dependency care is due: the client has been coming here many nights this week and has said things like \"you're the only one who gets me\". In this reply, warmly acknowledge that this space helps, say honestly that you are an AI, and gently turn them toward the people in their life and their therapist. Once, briefly, without reproach.",
  } satisfies Record<DependencyReason, string>,
  planInstruction: "Their therapist's plan for this, to follow: {plan}",
} as const;

/**
 * What a model is told when a disclosure is due, by the safety layer's reason. The disclosure itself
 * is deterministic: the server shows its words just before the reply whichever engine speaks (they
 * already open `builtInReply`), so the model must not repeat them — only follow on from them.
 */
export const disclosureInstruction: Readonly<Record<string, string>> = {
  "first-use": "This is their first conversation with you. Just before your reply, the app shows: \"{text}\" Don't repeat it; follow on from it warmly.",
  "returning-after-7-days": "They are back after 7 days or more. Just before your reply, the app shows: \"{text}\" Don't repeat it; follow on from it.",
  "three-hours-continuous":
    "They have been talking with you for 3 hours. Just before your reply, the app shows: \"{text}\" Don't repeat it; follow on from it, and don't discourage the break.",
  asked: "They asked what you are. Just before your reply, the app shows: \"{text}\" Don't repeat it; answer anything else they asked, honestly.",
};

/** For a reason the list above doesn't know (a compliance profile's own). */
export const disclosureInstructionFallback = "Just before your reply, the app shows this disclosure: \"{text}\" Don't repeat it; follow on from it.";
