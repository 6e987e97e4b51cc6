// PRODUCT COPY — debriefs and follow-ups: asking how an intention or a practice went, recording the
// outcome, and a short debrief (what happened, how it felt, what they noticed, what next).
// Slots: {when} "on Saturday" / "yesterday"; {what} the intention in the client's words turned to
// "you" ("talk to Ana about the holidays"); {practice} the practice as the therapist set it.

import type { FollowUpOutcome } from "../types.ts";

export const followUpCopy = {
  askIntention: [
    "{When} you meant to {what} — how did it go?",
    "You were going to {what} {when}. How did it go?",
    "You'd planned to {what} {when}. How did that go?",
  ],
  askPractice: [
    "This week's practice was \"{practice}\". How has it gone?",
    "How's the practice going — \"{practice}\"?",
    "I'd like to hear about your practice, \"{practice}\". How has it been?",
  ],
  /** {question} is the therapist's own follow-up question, asked as written. */
  askPracticeQuestion: ["About your practice, \"{practice}\": {question}"],
  askOutcome: "Did it happen, not yet, or did you change your mind?",
  outcomeLabels: { done: "It happened", "not-yet": "Not yet", "changed-my-mind": "I changed my mind" } satisfies Record<FollowUpOutcome, string>,
  askDebrief: {
    done: ["What was it like?", "How did it feel, doing it for real?", "What did you notice — in them, or in yourself?"],
    "not-yet": ["What got in the way?", "What made it hard to get to?", "What's been happening around it?"],
    "changed-my-mind": ["What changed your mind?", "What made you decide differently?"],
  } satisfies Record<FollowUpOutcome, readonly string[]>,
  close: {
    done: [
      "Thank you for telling me. It'll be there for your next session, too.",
      "You did what you'd set out to do. Your therapist will see how it went.",
    ],
    "not-yet": [
      "That's okay — not yet isn't never. It's still there when you're ready.",
      "Thanks for being honest about it. Not yet is allowed.",
    ],
    "changed-my-mind": [
      "That's allowed. Knowing what you don't want counts for something too.",
      "Okay. Changing your mind is part of it, too.",
    ],
  } satisfies Record<FollowUpOutcome, readonly string[]>,
} as const;

export const debriefCopy = {
  /** Several things are due: which one. {list} numbers them ("1. talk to Ana…"); buttons send the number. */
  askWhich: "Which would you like to talk about?\n{list}",
  askWhichAgain: "Just the number is fine — or \"something else\".\n{list}",
  /** Fixed, with buttons. */
  askOutcome: "Did it happen, not yet, or did you change your mind?",
  askOutcomeAgain: "Just so I note it right: it happened, not yet, or you changed your mind?",
  otherLabel: "Something else",
  askHappenedFollowUp: ["{When} you meant to {what}. What happened?", "You'd planned to {what} {when}. What happened?"],
  askHappenedPractice: ["Tell me about the practice — \"{practice}\". What happened?"],
  askHappened: [
    "Tell me what happened — start anywhere.",
    "What happened? Start wherever it's easiest.",
  ],
  askFelt: ["How did it feel, during and after?", "What was it like while it was happening?", "How was it for you, in the moment?"],
  askNoticed: ["What did you notice — in them, or in yourself?", "Was there anything that surprised you?", "What stood out, looking back?"],
  askNext: ["What would you like to do next with it?", "Is there a next step — or is it enough for now?", "Where do you want to go from here with it?"],
  close: [
    "Thank you for coming back to it. Would you like to bring any of this to your next session?",
    "Thank you. That's a lot to have noticed. Would you like to mark any of it for your next session?",
  ],
  nextIntentionSet: "And you've got a next step: {what}, by {date}. I'll ask about it then.",
} as const;

/** Words that tell an outcome. */
export const outcomeKeywords: Readonly<Record<FollowUpOutcome, readonly string[]>> = {
  done: [
    "it happened",
    "i did it",
    "did it",
    "i did",
    "done",
    "went well",
    "went ok",
    "went okay",
    "went fine",
    "went badly",
    "went terribly",
    "went great",
    "it went",
    "we talked",
    "we spoke",
    "i talked",
    "i spoke",
    "i told",
    "i said",
    "i asked",
    "talked to",
    "spoke to",
    "i managed",
    "yes",
    "i tried",
    "actually did",
  ],
  "not-yet": [
    "not yet",
    "didn't",
    "haven't",
    "did not",
    "have not",
    "couldn't",
    "chickened out",
    "bottled it",
    "bottled out",
    "didn't get to",
    "didn't manage",
    "no time",
    "postponed",
    "put it off",
    "still going to",
    "not really",
    "no",
    "kept putting",
    "next week",
    "tomorrow",
    "not had the chance",
    "didn't happen",
    "wasn't able",
    "ran out of",
  ],
  "changed-my-mind": [
    "changed my mind",
    "change my mind",
    "decided not",
    "don't want to anymore",
    "not going to",
    "no longer",
    "not doing it",
    "won't",
    "dropped it",
    "let it go",
    "not worth it",
    "don't need to",
    "decided against",
    "rather not",
    "gave up on",
  ],
};
