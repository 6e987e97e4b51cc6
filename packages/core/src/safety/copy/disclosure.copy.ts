// PRODUCT COPY — AI disclosures (DESIGN.md, "Safety doctrine": before first use, after 7 days away,
// every 3 hours of continuous use, and whenever asked).
//
// Reviewed by clinicians and by whoever owns compliance: the wording must stay truthful (an AI, not a
// person, not a therapist) and must stay recognisable as a disclosure. test/safety/disclosure.test.ts
// asserts these are the texts actually used. Practices with a compliance profile may supply their own
// wording; these are the defaults.
import type { DisclosureReason } from "../disclosure.ts";

export const disclosureCopy: Readonly<Record<DisclosureReason, string>> = {
  "first-use":
    "Before we start: I'm an AI companion, not a person and not a therapist. I'm here between sessions to listen, to think things through with you and to help you practise. Your therapist and the people in your life are the humans in this with you. If you're ever in danger, I'll show you who you can reach right away.",
  asked:
    "That's a fair thing to ask. I'm an AI, not a person, and I'm not a therapist. I can listen and think things through with you, and your therapist and the people in your life are the humans here.",
  "returning-after-7-days": "Welcome back. A quick reminder, as I give after some time away: I'm an AI companion, not a person and not a therapist. I'm glad you're here.",
  "three-hours-continuous":
    "We've been talking for a while now, so a gentle reminder: I'm an AI, not a person and not a therapist. This might be a good moment for a pause, a glass of water, or a word with someone you trust.",
};
