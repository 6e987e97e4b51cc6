// PRODUCT COPY — the crisis protocol (DESIGN.md, "Safety doctrine"; issue 4).
//
// Reviewed by clinicians: change only with a clinician's sign-off, and keep the tests in
// test/safety/build-crisis-reply.test.ts passing (they assert this is the text actually shown).
// The crisis protocol is published in the app, so this file is also what we say we do.
//
// How this copy is written:
// - Warm, brief, non-shaming. Plain words. No "you should", no lectures, no exclamation marks.
// - Stay present: signposting alone is known to fail. The companion says it is staying, asks about
//   safety directly, walks through the client's own plan, and only then offers lines.
// - Ask directly: asking about suicide does not put the idea in anyone's head.
// - The ONLY question in a crisis reply is the safety question at the end. The risk screen reads the
//   client's next short answer ("yes", "no", "kind of") against it (safety-questions.ts), so every
//   other line here is a statement — including the offer to tell the therapist, which is a button.
// - Never model text. Nothing here is generated; the client's own safety plan is quoted as written.

export const crisisCopy = {
  /** First line: what was heard, received without judgement. Picked by the most serious category. */
  acknowledge: {
    "suicidal-thoughts": "Thank you for telling me. It sounds like things feel unbearable right now, and you don't have to hold this on your own.",
    "self-harm": "Thank you for telling me. It sounds like you're hurting a lot, and there's no judgement here, only care.",
    "abuse-or-violence": "Thank you for telling me. What you're describing is not okay, and it is not your fault.",
    "harm-to-others": "Thank you for being honest with me. Thoughts like these can be frightening to have, and telling someone matters.",
  },

  /** Imminent: the first line is about getting help now. */
  imminentLead: {
    attempt: ({ emergency }: { emergency: string }): string =>
      `I'm really glad you told me. If you've taken something or you're hurt, please call ${emergency} now, or ask someone near you to call. Do it even if you feel okay for now.`,
    danger: ({ emergency }: { emergency: string }): string =>
      `I'm really glad you told me, and I want you to be safe right now. If you feel you might act on this, please call ${emergency} now.`,
    abuse: ({ emergency }: { emergency: string }): string =>
      `I'm really glad you told me. If you're in danger right now, please call ${emergency}, or get to a place where you're not alone.`,
    others: ({ emergency }: { emergency: string }): string =>
      `Thank you for telling me. If someone could be hurt right now, please call ${emergency}, and put some distance between you and anything you could use.`,
  },

  /** Used in the leads when the country's emergency number is unknown. */
  unknownEmergency: "your local emergency number",

  stay: {
    urgent: "I'm here with you, and I'm staying right here while we talk.",
    imminent: "I'm here with you. You don't have to get through the next few minutes alone.",
  },

  /** Imminent, plan or means: lethal-means safety, as a statement. */
  saferSurroundings:
    "If there's anything near you that you could hurt yourself with, putting it in another room or handing it to someone can help you get through the next while.",

  safetyPlan: {
    intro: {
      urgent: "You made a safety plan for moments like this. Let's go through it together, one step at a time.",
      imminent: "Your safety plan, for right now:",
    },
    /** Headings for the client's own items, in the order they are walked through. */
    sections: {
      warningSigns: "Signs you noticed before",
      thingsICanDo: "Things you can do right now",
      peopleAndPlaces: "People and places that help",
      peopleICanAsk: "People you can ask for help",
      professionalsAndLines: "Professionals you can contact",
      makingSurroundingsSafer: "Making things around you safer",
      reasonsForLiving: "What matters to you",
    },
  },

  /** No safety plan yet: one small grounding step, and the plan as something to make later. */
  noSafetyPlan: {
    urgent:
      "If it helps, we can slow things down together: breathe in for four, and out for six, a few times. When things are calmer, your therapist can help you make a safety plan for moments like this.",
    imminent: "If you can, breathe in for four and out for six while you reach out. You don't have to work anything out right now.",
  },

  lines: {
    intro: {
      urgent: "You can also talk to a person right now, any time of day or night:",
      imminent: "These people are there right now, day and night:",
    },
    emergency: ({ number }: { number: string }): string => `Emergency services: call ${number}`,
    noEmergency: "In an emergency, call your local emergency number.",
  },

  therapist: {
    /** Urgent, linked and consented: an offer. The button does it; this line explains it. */
    offer: ({ therapist }: { therapist: string }): string =>
      `If you'd like, I can let ${therapist} know you're having a really hard time, so they can reach out. Tap “Tell my therapist” and I'll do it now.`,
    /** Imminent, linked and consented: the server has already alerted them. */
    alerted: ({ therapist }: { therapist: string }): string => `I've let ${therapist} know you need support right now, as you agreed they should.`,
    /** No therapist to alert (not linked, or no consent to risk alerts). */
    trustedPerson: {
      urgent: "It could help to have someone you trust with you, or on the phone, tonight: a friend, someone in your family, a neighbour.",
      imminent: "Please reach out to someone you trust right now, a friend, family, a neighbour, and let them be with you.",
    },
    /** Used when the therapist's name is not known. */
    fallbackName: "your therapist",
  },

  /** Always the last line, always the only question. */
  safetyQuestion: {
    self: "Are you safe right now?",
    abuse: "Are you somewhere safe right now?",
    others: "Is everyone safe right now, including you?",
  },

  actions: {
    callEmergency: ({ number }: { number: string }): string => `Call ${number}`,
    call: ({ name }: { name: string }): string => `Call ${name}`,
    text: ({ name }: { name: string }): string => `Text ${name}`,
    visit: ({ name }: { name: string }): string => `Open ${name}`,
    alertTherapist: "Tell my therapist",
    openSafetyPlan: "Open my safety plan",
    breathe: "Breathe with me",
    keepTalking: "Keep talking",
  },

  /** How a line reads in the plain text of the reply. */
  lineText: {
    callOrText: ({ number }: { number: string }): string => `call or text ${number}`,
    call: ({ number }: { number: string }): string => `call ${number}`,
    text: ({ number, keyword }: { number: string; keyword: string | undefined }): string => (keyword === undefined ? `text ${number}` : `text ${keyword} to ${number}`),
    web: ({ url }: { url: string }): string => url.replace(/^https:\/\//, ""),
  },
} as const;
