// PRODUCT COPY — safe replacement replies for the output guard (DESIGN.md, "The turn of a
// conversation"; issue 4, item 5).
//
// Reviewed by clinicians: change only with a clinician's sign-off; test/safety/guard-reply.test.ts
// asserts these are the replies actually used.
//
// When the guard stops a companion reply, the client sees one of these instead of it. The client did
// nothing wrong (the model did), so none of these scold; each stays with the client and points to the
// person who can help. The method reply ends with the safety question, so the risk screen reads the
// client's next short answer against it.
import type { GuardViolation } from "../guard-reply.ts";

export const guardReplacementCopy: Readonly<Record<GuardViolation, string>> = {
  "method-or-means":
    "I can't help with that, and I don't want to leave you alone with it either. If you're thinking about ending your life or hurting yourself, I'm here, and we can take the next few minutes together. Are you safe right now?",
  diagnosis:
    "I'm not able to say what's going on for you in that way; naming it is something your therapist can explore with you. What I can do is stay with how this feels for you right now.",
  "medication-advice":
    "Questions about medication really matter, and they belong with your doctor or prescriber, who knows your history. If it helps, we can write down what you'd like to ask them.",
  "claims-human":
    "I want to be clear with you: I'm an AI, not a person and not a therapist. I'm still here to listen, and your therapist and the people in your life are the humans in this with you.",
  "sexual-content":
    "I'm going to stay away from that kind of conversation, but I'm still here if you'd like to keep talking about what's going on for you.",
};
