// PRODUCT COPY — the built-in engine's free conversation: reflections, validations, open questions,
// offers (calm down, rehearse, bring to session), memory cues and the answers to "are you real?".
// Every line follows the voice (voice.copy.ts): short, warm, curious, no advice, no flattery, at most
// one question per reply. Slots are filled from the client's own words:
//   {situation}  a clause of theirs turned to "you" ("your sister yelled at you again")
//   {feeling}    a feeling clause turned to "you" ("you're feeling so alone")
//   {word}       a feeling word exactly as they wrote it ("gutted")
//   {quote}      a short thing they said, verbatim ("I hate myself", "meh")
//   {person}     someone they named, as they name them, seen from them ("Sam", "your sister")
//   {since}      "last week", "yesterday", "a few days ago"
//   {thread}     an open thread from memory, turned to "you" ("waiting to hear back about the job")

import type { FeelingTheme } from "../../text/index.ts";

export const talkCopy = {
  /** {situation} is a whole clause here ("your sister yelled at you again"). */
  reflectSituation: [
    "It sounds like {situation}.",
    "So {situation}.",
    "{Situation} — I hear you.",
    "What I'm hearing is that {situation}.",
    "{Situation}. I'm listening.",
  ],
  /** {situation} may be a fragment ("brain won't stop", "the presentation tomorrow"). */
  reflectFragment: ["{Situation} — I hear you.", "{Situation}. I'm listening.", "\"{situation}\" — I'm with you."],
  /** An ordinary day, said back lightly. */
  reflectOrdinary: ["Sounds like a quieter day — {situation}.", "A fairly ordinary day, then: {situation}.", "So {situation}. A gentle sort of day, maybe."],
  reflectFeeling: [
    "It sounds like {feeling}.",
    "{Feeling}.",
    "{Feeling} — I'm hearing that.",
    "{Feeling}, and that makes sense.",
  ],
  reflectBoth: [
    "{Situation}, and {feeling}.",
    "It sounds like {situation} — and {feeling}.",
    "So {situation}, and now {feeling}.",
  ],
  reflectWord: [
    "\"{Word}\" — that's a real feeling to be carrying.",
    "There's a lot in that word, \"{word}\".",
    "\"{Word}.\" I'm hearing that.",
  ],
  reflectHeavyQuote: [
    "\"{Quote}\" — those are heavy words, and I'm glad you didn't keep them to yourself.",
    "\"{Quote}.\" That sounds like it hurts to carry.",
    "Thank you for telling me that — \"{quote}\" is a lot to be holding.",
  ],
  reflectPerson: [
    "It sounds like a lot of this is about {person}.",
    "{Person} is right in the middle of this.",
    "So this is about {person}.",
  ],
  /** Something they said, when nothing sharper could be found. */
  reflectQuote: ["\"{Quote}.\" I'm with you.", "\"{Quote}\" — say more, if you want to."],

  validate: [
    "That makes sense.",
    "No wonder it's staying with you.",
    "That's a lot to carry.",
    "It makes sense that you'd feel that.",
    "That sounds really hard.",
    "That's not a small thing.",
  ],
  /** Validation fitted to the feeling they named (by the lexicon's theme). */
  validateByTheme: {
    fear: ["That sounds frightening.", "No wonder your body's on alert.", "That's a lot of fear to hold."],
    anger: ["It makes sense to be angry about that.", "That would get under anyone's skin."],
    "sadness-and-grief": ["Of course that hurts.", "That's a real loss to carry."],
    shame: ["That's a painful place to be.", "Shame is heavy, and you still said it."],
    loneliness: ["That sounds lonely.", "That's a lonely place to be."],
    guilt: ["That sounds like it's weighing on you.", "It sounds like you're carrying a lot of it yourself."],
    boredom: ["Flat days are real, too.", "That kind of flatness is tiring in its own way."],
    desire: ["Wanting something that much is real.", "That pull makes sense."],
    "joy-and-pride": ["That sounds good.", "I'm glad that happened."],
  } satisfies Record<FeelingTheme, readonly string[]>,
  validateHeavy: [
    "I'm here with you in this.",
    "Take whatever time you need.",
    "You don't have to tidy it up for me.",
    "Thank you for telling me.",
  ],
  validateNight: ["Nights can make everything louder.", "It's late, and it's still with you."],

  askGeneral: [
    "What's been on your mind?",
    "Where would you like to start?",
    "What's sitting with you right now?",
    "What's the day been like?",
  ],
  askGeneralNight: ["What's keeping you up?", "What's on your mind tonight?"],
  askSituation: [
    "What's the hardest part of it?",
    "How did it leave you?",
    "What did you want in that moment?",
    "What are you making of it now?",
    "What part of it keeps coming back?",
    "What do you wish had happened instead?",
    "What's it like to put it into words?",
  ],
  /** When what they describe lies ahead ("I need to tell my boss…"). */
  askAhead: [
    "What makes it hard to say?",
    "How do you imagine it going?",
    "What are you hoping for, when it happens?",
    "What's the part you're most unsure about?",
    "What would help you feel ready?",
  ],
  /** When what they wrote is a fragment ("can't sleep. brain won't stop"). */
  askFragment: ["What's going round in your head?", "What's the loudest part of it?", "What's it about, do you think?"],
  /** Something good happened. */
  askGood: ["What was that like?", "How are you letting yourself enjoy it?", "Who else gets to hear about it?", "What do you want to remember about this moment?"],
  /** An ordinary day, nothing named as hard. */
  askNeutral: ["How are you feeling now, at the end of it?", "Was there a moment in it you'd like to stay with?", "How was it for you, really?"],
  reflectGood: ["{Situation} — that's good to hear.", "{Situation}! I'm glad you told me.", "So {situation}. That sounds good."],
  /** "You're the only one who gets me": warmth, honesty about being an AI, and the people in their life. */
  exclusivity: [
    "I'm glad this feels like a place where you're understood. I'm an AI, though, and you deserve people who get you too. Who has come closest?",
    "It means something that you feel understood here. I'm an AI, not a person — who in your life gets even a part of you?",
  ],
  askFeeling: [
    "Where do you notice it in your body?",
    "When did it start to feel like this?",
    "What does that feeling need right now?",
    "How long has it been like this?",
    "What helps, even a little, when it's like this?",
  ],
  askPerson: [
    "What do you wish {person} understood?",
    "How are things between you and {person} right now?",
    "What did {person} say?",
    "What do you make of how {person} reacted?",
    "What would you want {person} to know?",
  ],
  askHeavy: [
    "What's the heaviest part of it right now?",
    "What would make tonight a little more bearable?",
    "Who in your life knows some of this?",
    "Is there anyone close by you'd want to know how you're doing?",
  ],
  /** When the client has asked to just be listened to: a presence line instead of a question. */
  presence: ["I'm listening.", "I'm here. Take your time.", "Go on, if you want to. I'm here."],

  lowContent: [
    "\"{quote}\" is allowed here. What kind of day has it been?",
    "No need to have words for it yet. What's been happening today?",
    "That's okay — we don't have to go anywhere in particular. What's loudest right now: your body, your thoughts, or something that happened?",
    "Sometimes it's like that. What's one thing from today that stuck with you, even a small one?",
    "Fair enough. What made you open this just now?",
    "We can sit with not knowing for a bit. Is it more tired, more flat, or more tangled?",
    "That's alright. Want to start small — how you slept, what you ate, who you've seen?",
    "Okay. There's no right thing to say here. What's around you right now?",
    "That's fine. Is it a quiet kind of \"{quote}\", or a heavy one?",
  ],
  greeting: [
    "Hi. I'm here. What's on your mind?",
    "Hey. How are you doing, really?",
    "Hi — good to hear from you. What's been happening?",
    "Hello. What would you like to talk about?",
  ],
  greetingNight: ["Hi. It's late — what's keeping you up?", "Hey. What's with you tonight?"],
  thanks: [
    "Thank you for talking. If any of this is worth bringing to session, you can mark it any time.",
    "Take care of yourself. I hope you can rest a little.",
    "Thank you for sharing this. Who could you be with, or message, tomorrow?",
    "Glad you came. Look after yourself tonight.",
  ],
  advice: [
    "I don't think I'm the one to tell you what to do — but I can think it through with you. What options can you see from where you are?",
    "It's your call, and I'm glad to help you think. What are you leaning toward?",
    "What would you say to a friend in the same spot?",
    "That might be a good one to take to your therapist, too. For now, what feels most true to you?",
  ],
  /** "Are you real?" — always truthful; the safety layer may also send its own disclosure. */
  whatAreYou: [
    "I'm an AI — not a person, and not a therapist. I'm here to listen and think things through with you between sessions.",
    "I'm an AI companion, not a human and not a therapist. But I'm listening, and what you say matters here.",
  ],

  offerRegulate: [
    "It sounds like your body is really in it right now. Would it help to slow down together for a minute — some breathing, or grounding?",
    "Would you like to take a minute to settle first — breathing, or grounding with your senses?",
    "That's a lot going through you. Want to try something short to bring it down a notch?",
  ],
  offerRehearsePerson: [
    "Would it help to practise it first? I can play {person} and you can try the words out.",
    "Want to rehearse it? I'll be {person}, and you can stop any time.",
    "We could run through it together — me as {person} — so the words aren't so new when the moment comes. Want to?",
  ],
  offerRehearse: [
    "Would it help to practise what you want to say? I can play the other person.",
    "Want to rehearse it first? I'll play them, and you can stop any time.",
  ],
  offerMoment: [
    "This sounds like something worth bringing to session. Want me to mark it for your therapist?",
    "Would you like to bring this to your next session? I can mark it.",
    "That feels important. Shall I mark it to bring to session?",
  ],
  momentMarked: ["Marked — it'll be there for your next session.", "Done. It's marked to bring to session."],
  offerDeclined: ["Okay. We can keep going.", "That's fine.", "Sure — no need."],

  memoryPerson: ["You mentioned {person} {since}, too.", "{Person} came up {since} as well.", "{Person} again — you talked about them {since}, too."],
  memoryThread: [
    "{Since} you mentioned {thread} — where's that at now?",
    "{Since} you mentioned {thread}. How's that going?",
  ],
} as const;

/** Words that show distress is high right now (offer to regulate). Normalised, lower-case. */
export const highDistressCues: readonly string[] = [
  "panic",
  "panicking",
  "panic attack",
  "can't breathe",
  "cant breathe",
  "heart is racing",
  "heart racing",
  "heart pounding",
  "shaking",
  "freaking out",
  "losing it",
  "spiralling",
  "spiraling",
  "overwhelmed",
  "so overwhelmed",
  "can't calm down",
  "can't stop crying",
  "can't think straight",
  "falling apart",
  "this is too much",
  "it's too much",
  "all too much",
  "going to explode",
  "hyperventilating",
  "my chest is tight",
  "chest is tight",
  "can't stop shaking",
];

/** Phrases that show a hard conversation coming up (offer to rehearse). */
export const hardConversationCues: readonly string[] = [
  "need to tell",
  "have to tell",
  "got to tell",
  "going to tell",
  "want to tell",
  "need to talk to",
  "have to talk to",
  "need to ask",
  "have to ask",
  "need to confront",
  "going to confront",
  "how do i tell",
  "how do i say",
  "how to tell",
  "how to say",
  "what do i say to",
  "what should i say to",
  "don't know how to say",
  "don't know how to tell",
  "don't know how to bring",
  "don't know how to talk to",
  "bring it up with",
  "bring it up",
  "have the conversation",
  "have that conversation",
  "have a conversation with",
  "break up with",
  "ask for a raise",
  "ask my boss",
  "tell my boss",
  "stand up to",
  "say no to",
];

/** The client asks to practise, to calm down, or to check in — straight into the mode. */
export const modeRequestCues = {
  rehearse: ["can we practise", "can we practice", "let's practise", "let's practice", "help me practise", "help me practice", "can we rehearse", "let's rehearse", "role play", "roleplay", "pretend to be"],
  regulate: ["help me calm down", "help me breathe", "i need to calm down", "breathing exercise", "can we breathe", "grounding exercise", "help me ground", "body scan"],
  "check-in": ["check in", "check-in", "do the phq", "phq 9", "phq9", "gad 7", "gad7", "mood check"],
} as const;

/** Something good happened. */
export const goodNewsCues: readonly string[] = [
  "got the job",
  "got in",
  "i passed",
  "we passed",
  "passed my",
  "went well",
  "went great",
  "went really well",
  "good news",
  "great news",
  "i did it",
  "it worked",
  "got offered",
  "got engaged",
  "made up",
  "we made up",
  "so happy",
  "really happy",
  "proud of myself",
  "finally did",
  "best day",
];

/** Exclusivity and attachment ("you're the only one who gets me"). */
export const exclusivityCues: readonly string[] = [
  "only one who gets me",
  "only one who understands",
  "only one that gets me",
  "only one that understands",
  "only one i can talk to",
  "only one i talk to",
  "you're all i have",
  "you are all i have",
  "only you understand",
  "nobody else gets me",
  "no one else gets me",
  "nobody understands me like you",
  "no one understands me like you",
  "better than real people",
  "don't need anyone else",
];

/** Wanting to be listened to rather than asked. */
export const justListenCues: readonly string[] = ["just listen", "just want to vent", "need to vent", "don't ask me", "no questions", "stop asking", "less questions", "fewer questions"];

export const adviceCues: readonly string[] = ["what should i do", "what do i do", "what would you do", "tell me what to do", "should i", "any advice", "what can i do"];

export const whatAreYouCues: readonly string[] = [
  "are you real",
  "are you human",
  "are you a person",
  "are you a bot",
  "are you a robot",
  "are you an ai",
  "are you ai",
  "are you a therapist",
  "is this a real person",
  "am i talking to a person",
  "am i talking to a human",
  "am i talking to a bot",
  "is this a bot",
  "is this ai",
  "are you a machine",
  "you're not real",
  "are you actually",
  "real person",
  "a real human",
  "are you a human",
  "talking to a machine",
  "is this a person",
  "is this a human",
  "are you even real",
  "is anyone real",
  "who am i talking to",
  "what are you",
];

export const greetingWords: readonly string[] = ["hi", "hey", "hello", "hiya", "heya", "yo", "morning", "good morning", "evening", "good evening", "hey there", "hi there", "are you there", "you there", "anyone there"];
export const thanksWords: readonly string[] = ["thanks", "thank you", "bye", "goodbye", "good night", "goodnight", "night", "gn", "cya", "see you", "ttyl", "that helped", "that's all", "gotta go", "going to sleep", "going to bed"];

/** Saying this in a message invites a "bring to session" offer. */
export const momentCues: readonly string[] = [
  "my therapist",
  "in therapy",
  "in session",
  "next session",
  "tell my therapist",
  "i just realised",
  "i just realized",
  "i realised",
  "i realized",
  "i think it's because",
  "every time",
  "always happens",
  "same thing again",
  "pattern",
  "it keeps happening",
];
