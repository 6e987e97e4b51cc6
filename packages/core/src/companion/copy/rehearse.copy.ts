// PRODUCT COPY — rehearsal: set-up questions, the other person's typical reactions in role-play,
// stepping out, the debrief and the intention. Slots: {other} is the other person as the client
// named them, seen from the client ("your dad", "Ana"); {echo} is the client's last line turned
// around to the other person's point of view ("I never listen to you"); {fear} is what the client
// feared hearing, as the other person would say it; {what} and {date} the intention.

import type { Difficulty, ReactionKind } from "../types.ts";

export const rehearseCopy = {
  /** Opens a rehearsal when nothing is set up yet. */
  setUpLead: "Let's set it up.",
  /** Opens a rehearsal started from talk (the client said yes to practising). */
  acceptedLead: "Okay, let's practise.",
  askWho: ["Who's the conversation with?", "Who will you be talking to?", "Who's the person you want to practise with?"],
  askWhoAgain: ["Just their name, or who they are to you, is enough — like Sam, or your boss."],
  askRelationship: ["Who is {other} to you?", "And {other} is — a friend, family, someone from work?"],
  askSay: [
    "What do you most want to say to {other}?",
    "What's the thing you need {other} to hear?",
    "If it went the way you hope, what would you get to say to {other}?",
  ],
  askFear: [
    "And what are you afraid {other} might say back?",
    "What's the reply from {other} you're dreading?",
    "What would be hardest to hear from {other}?",
  ],
  /** Fixed: the answer picks the difficulty, shown as buttons. */
  askDifficulty: "How should I play {other}? Gentle, realistic, or tough.",
  difficultyLabels: { gentle: "Gentle", realistic: "Realistic", tough: "Tough" } satisfies Record<Difficulty, string>,
  difficultyPhrases: {
    gentle: "on a good day",
    realistic: "the way they usually are",
    tough: "at their most difficult",
  } satisfies Record<Difficulty, string>,
  start: [
    "Okay. I'll be {other}, {difficultyPhrase}. Say \"pause\" any time to step out. Start whenever you're ready.",
    "Alright — I'm {other} now, {difficultyPhrase}. You can say \"pause\" whenever you want. Go ahead.",
    "I'll play {other}, {difficultyPhrase}. \"Pause\" steps us out at any moment. Whenever you're ready.",
  ],
  restart: ["Okay, again from the top. I'm {other}. Go whenever you're ready.", "Let's run it again. I'm {other} — start when you like."],
  /** The role-play's pause button (it sends "pause"). */
  pauseLabel: "Pause",
  /** Said once, in brackets, after a few exchanges. */
  pauseReminder: "(We can pause here whenever you like — just say \"pause\".)",

  /** The other person's reactions, in role. */
  reactions: {
    defensive: [
      "Hang on. {echoQuestion} That's not fair.",
      "Where is this coming from? I've been doing my best.",
      "So this is all on me now?",
      "That's not how I remember it at all.",
      "Why are you bringing this up now?",
      "{echoQuestion} Come on. You know that's not true.",
      "I'm not the only one here, you know.",
      "I don't think that's fair, honestly.",
    ],
    dismissive: [
      "You're overthinking this.",
      "It's really not a big deal.",
      "Can we talk about this another time?",
      "Okay. Is that it?",
      "You always make such a thing of everything.",
      "I don't really see the problem.",
      "Fine. Whatever you say.",
      "{echoQuestion} I think you're reading too much into it.",
    ],
    hurt: [
      "Wow. I didn't know you felt that way.",
      "That really hurts to hear.",
      "{echoQuestion} Is that really what you think of me?",
      "I thought we were okay.",
      "I don't know what to say to that.",
      "So all this time you've been holding this in?",
      "I'm trying. I really am.",
    ],
    receptive: [
      "Okay. I'm listening.",
      "I didn't realise it was like that for you. Tell me more.",
      "{echoStatement} — I hear that. What do you need from me?",
      "That's fair. I haven't made it easy, have I?",
      "Thank you for telling me. What would help?",
      "I'm glad you said something. Go on.",
      "I didn't see it that way before. Keep going.",
    ],
  } satisfies Record<ReactionKind, readonly string[]>,
  /** Extra lines by relationship group, mixed in with the ones above. */
  reactionsByRelationship: {
    parent: {
      defensive: ["After everything I've done for you?", "I did what I could with what I had."],
      dismissive: ["You were always so sensitive.", "That was a long time ago. Let it go."],
      hurt: ["I always thought I did right by you."],
      receptive: ["I never knew you carried that. I'm sorry."],
    },
    partner: {
      defensive: ["Oh, so I'm the problem again?", "You're not exactly easy to live with either."],
      dismissive: ["Do we have to do this tonight?", "Can we not make this a whole thing?"],
      hurt: ["I thought you were happy with us."],
      receptive: ["I want us to get this right. Tell me what you need."],
    },
    work: {
      defensive: ["I think you're missing the bigger picture here.", "Everyone's under pressure right now, not just you."],
      dismissive: ["Let's not make this bigger than it is.", "Can you put it in an email?"],
      hurt: ["I thought I'd been supportive of you."],
      receptive: ["Thanks for raising it. Let's look at what we can change."],
    },
    friend: {
      defensive: ["I've been there for you plenty of times."],
      dismissive: ["Honestly, I didn't think it mattered that much to you."],
      hurt: ["I thought we were closer than that."],
      receptive: ["I'm really glad you told me. I don't want to lose this."],
    },
  } satisfies Record<string, Record<ReactionKind, readonly string[]>>,
  /** The reply the client feared, said once in a realistic or tough role-play. */
  fearLines: ["{Fear}.", "Honestly? {Fear}.", "You know what I think? {Fear}."],

  stepOut: [
    "Okay, stepping out. I'm not {other} any more. What was the hardest part of that?",
    "Let's pause there — out of the role now. What felt hardest?",
    "Stepping out. Take a breath if you like. What was the hardest moment in that?",
  ],
  /** When the client seems overwhelmed inside the role-play. */
  stepOutGently: [
    "Let's step out — I'm not {other} any more, I'm here with you. That was a lot. What's happening for you right now?",
  ],
  askBody: [
    "Where did you feel it in your body while you were saying it?",
    "When it got hard, where did it land in your body — chest, throat, stomach, somewhere else?",
    "What did your body do during that?",
  ],
  askKeep: [
    "What do you want to keep from this — a sentence, a feeling, anything?",
    "Is there something you said that you want to hold on to for the real conversation?",
    "What would you take from this into the real thing?",
  ],
  askIntention: [
    "If you want to make it real: what's one thing you'll do, and by when?",
    "If you're ready: what will you actually do with {other}, and when?",
    "Is there something you'd like to do with this in real life — what, and by when?",
  ],
  askWhen: [
    "When would you like to do it?",
    "By when, roughly? A day is enough.",
    "When feels possible — tomorrow, the weekend, next week?",
  ],
  /** {date} is "Saturday 14 June"; said whatever the engine, so the date is exact. */
  intentionSet: [
    "So: {what}, by {date}. I'll ask you how it went then.",
    "Okay — {what}, by {date}. I'll check in with you about it then.",
  ],
  /** When no date was given: a week from today. */
  intentionSetDefault: ["Okay — {what}. I'll ask you how it went around {date}; tell me sooner if you like."],
  intentionDeclined: [
    "That's okay. Practising it counts for something on its own. What's it like to have said it out loud, even here?",
    "No need to decide now. It'll still be here if you want to come back to it. How are you feeling after that?",
  ],
  /** Back to free conversation after the intention is set. */
  afterIntention: ["Is there anything else on your mind about {other}?", "How are you feeling about it now?"],
} as const;

/** Words that ask to run the role-play again. */
export const againWords: readonly string[] = ["again", "try again", "one more time", "once more", "redo", "from the top", "run it again", "another go", "go again"];

/** The default "what" of an intention when the client only says yes: "talk to {other}". */
export const defaultIntentionWhat = "talk to {other}";
