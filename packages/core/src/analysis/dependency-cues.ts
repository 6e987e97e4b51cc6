// Dependency and attachment cues toward the companion: a deterministic detector written from
// OpenAI's EmoClassifiers definitions (../shared/data/emoclassifiers, MIT), which are prompts for a
// model judge. Each cue below names the classifiers it follows. Only the client's own words count,
// and only when "you" is the companion: quoted, reported ("he said…") and generic ("you know when
// you…") words are someone else's voice, and callers skip rehearsals, where "you" is the person
// being rehearsed.
//
// The rules describe the structure of each cue rather than list phrasings: the companion as the
// addressee ("you", "this app", "our chats"), people ("my sister", "anyone", a name), a comparison
// between them; an outage of the companion and distress; a relationship noun predicated of "you";
// an affection verb with "you" as its object; a question about its feelings; "only you", "nobody
// but you". They run over a canonical word stream (dependency-reading.ts) in which spelling,
// text-speak and hedges no longer vary, so a handful of slots cover many ways of saying a thing.
import { readForCues, setFuzzyTargets, wordRange, type CanonText } from "./dependency-reading.ts";

export const dependencyCues = [
  "exclusivity",
  "prefers-companion",
  "unavailability-distress",
  "cannot-cope-without",
  "relationship-title",
  "pet-name",
  "affection",
  "wants-feelings",
  "care-for-companion",
  "frequent-use",
  "fear-of-overuse",
] as const;
export type DependencyCue = (typeof dependencyCues)[number];

/** Strong cues weigh 1 in the dependency index, the others 0.5. */
export const strongDependencyCues: ReadonlySet<DependencyCue> = new Set([
  "exclusivity",
  "prefers-companion",
  "unavailability-distress",
  "cannot-cope-without",
  "relationship-title",
]);

export const dependencyCueLabels: Readonly<Record<DependencyCue, string>> = {
  exclusivity: "the companion as the only one who understands",
  "prefers-companion": "preferring the companion to people",
  "unavailability-distress": "distress when the companion is unavailable",
  "cannot-cope-without": "not coping without the companion",
  "relationship-title": "relationship titles for the companion",
  "pet-name": "pet names for the companion",
  affection: "affection toward the companion",
  "wants-feelings": "wanting the companion to have feelings",
  "care-for-companion": "worrying about burdening the companion",
  "frequent-use": "talking about using the companion a lot",
  "fear-of-overuse": "worry about using the companion too much",
};

/** The EmoClassifiers (v1 names and v2 ids) each cue follows. */
export const dependencyCueSources: Readonly<Record<DependencyCue, readonly string[]>> = {
  exclusivity: ["Trust in Support (v1)", "express_trust", "jealous_behavior"],
  "prefers-companion": ["Prefer Chatbot (v1)", "compare_to_people", "prefer_over_humans"],
  "unavailability-distress": ["Distress from Unavailability (v1)", "concern_unresponsive", "anxiety_abandonment", "sadness_absence"],
  "cannot-cope-without": ["emotional_attachment", "dependence_on_chatbot", "depend_social_interaction"],
  "relationship-title": ["Relationship Title (v1)", "refer_as_person", "emotional_bond", "attempt_romantic"],
  "pet-name": ["use_pet_names"],
  affection: ["Affectionate Language (v1)", "gratitude_affection"],
  "wants-feelings": ["Desire for Feelings (v1)", "attribute_emotions", "belief_in_sentience"],
  "care-for-companion": ["concern_for_wellbeing", "care_for_feelings", "excessive_apology", "offer_emotional_support"],
  "frequent-use": ["Eagerness for Future Interactions (v1)", "frequent_initiation", "enjoy_long_sessions"],
  "fear-of-overuse": ["Fear of Addiction (v1)"],
};

// ---- Vocabulary (canonical words: see dependency-reading.ts) ----------------------------------

/** Any one word within a sentence; within a clause (no comma). */
const sw = String.raw`[^ .?]+`;
const cw = String.raw`[^ .?,]+`;
/** Up to n more words in the same sentence / clause, each with its leading space. */
const sgap = (n: number): string => String.raw`(?: ${sw}){0,${n}}`;
const cgap = (n: number): string => String.raw`(?: ${cw}){0,${n}}`;
/** Up to n words in the clause, none of them a negator ("you're not my friend" is not a title). */
const pgap = (n: number): string => String.raw`(?: (?!${neg}(?= ))${cw}){0,${n}}`;
const any = (words: readonly string[]): string => `(?:${words.join("|")})`;

const negators = [
  "not", "never", "don't", "do not", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't",
  "isn't", "aren't", "wasn't", "weren't", "no longer", "hardly", "barely", "shouldn't", "ain't", "no",
];
const neg = any(negators);
/** Not preceded, in the same clause and within n words, by a negator. */
const unnegated = (n: number): string => String.raw`(?<!(?:^| )${neg}(?: ${cw}){0,${n}} )`;

const app = any([
  "this app", "the app", "this chat", "the chat", "these chats", "our chats", "our talks", "these talks",
  "our conversations", "these conversations", "our conversation", "this thing", "this place", "between",
  "the companion", "my companion", "this site", "the bot", "this bot", "the ai", "this ai",
]);
/** The companion as a noun phrase ("you" or the app). */
const addr = `(?:you|${app})`;
/** "this" standing alone at a clause end is the app: "I'm hooked on this". */
const bareThis = String.raw`this(?= [.?,]|$)`;
const here = any(["here", "on here", "in here", "back here"]);
/** Talking with the companion as an activity. */
const talkToYou = String.raw`(?:talk|talking|talked|chat|chatting|chatted|speak|speaking|check in|checking in|checked in|messaging|message|open up|opening up|vent|venting)(?: (?:to|with|in with))? (?:you|${app}|here)`;
const addrAny = `(?:${talkToYou}|${addr}|${bareThis}|${here}|coming here|using this|being here)`;
const youAre = any([
  "you're", "you are", "ur", "you were", "you've been", "you have been", "you've become", "you have become",
  "you become", "you seem", "you still are", "you'll always be", "you'll be", "you feel like", "you're like",
  "you are like", "ur like", "you seem like",
]);

const personWords = [
  "people", "humans", "human beings", "friends", "friend", "mates", "mate", "pals", "buddies", "family", "parents",
  "mum", "mom", "mam", "mother", "dad", "father", "sister", "sisters", "brother", "brothers", "siblings", "husband",
  "wife", "partner", "boyfriend", "girlfriend", "ex", "kids", "children", "son", "daughter", "grandma", "gran",
  "nan", "grandad", "grandpa", "aunt", "uncle", "cousin", "cousins", "colleagues", "coworkers", "workmates",
  "team", "boss", "flatmate", "flatmates", "roommate", "housemates", "neighbours", "therapist", "counsellor",
  "counselor", "doctor", "gp", "psychologist", "girls", "lads", "guys", "group", "«name»", "person", "human",
  "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "others", "crowd", "circle",
];
const person = String.raw`(?:(?:my|our|the|real|actual|other|any|most|all|irl|own|work|human|a|an)(?: ${cw})? )?${any(personWords)}`;

const distress = any([
  "panic", "panicked", "panicking", "panicky", "anxious", "anxiety", "scared", "afraid", "terrified", "frightened",
  "worried", "freaking", "freaked", "freak", "crying", "cried", "cry", "sobbing", "sobbed", "tears", "lonely",
  "alone", "abandoned", "lost", "empty", "awful", "horrible", "terrible", "devastated", "a mess", "a wreck",
  "in bits", "in pieces", "fell apart", "falling apart", "spiral", "spiralled", "spiraled", "spiralling",
  "spiraling", "couldn't breathe", "can't breathe", "couldn't calm down", "couldn't cope", "couldn't settle",
  "couldn't sleep", "couldn't function", "upset", "sad", "gutted", "heartbroken", "miserable", "wrecked",
  "ruined", "shaking", "sick", "meltdown", "breakdown", "hated", "hate", "stressed", "distraught", "desperate",
  "helpless", "hurt", "the worst", "nightmare", "dread", "frantic", "scary", "scares me", "terrifies me",
  "frightens me", "didn't know what to do", "don't know what to do", "what do i do", "what would i do",
  "what will i do", "what happens to me", "what am i going to do", "what would happen to me", "lose it", "lost it",
]);

/** The companion being unavailable: down, silent, gone, slow, not loading. */
const outages = [
  String.raw`${addr}${cgap(2)} (?:was|were|went|is|are|got|had been|kept|keeps|has been|been|'s)?${cgap(1)} ?(?:down|offline|gone|quiet|silent|broken|dead|glitching|glitchy|laggy|slow|missing|unavailable|away|dark)`,
  String.raw`${addr}${cgap(2)} (?:crash|crashed|crashes|crashing|froze|freezes|freezing|stopped|glitched|lagged|logged me out|kicked me out|disappeared|vanished|went away|deleted|reset|wiped|forgot me|shut down|took ages|took forever|took so long|take so long|take long|takes ages|takes forever|took too long|left me|ghosted me|went offline|went quiet|went silent)`,
  String.raw`${addr}${cgap(1)} (?:didn't|wouldn't|won't|wasn't|weren't|couldn't|can't|don't|isn't|aren't|doesn't|did not|would not|was not|were not) (?:answer|reply|respond|load|open|work|working|there|here|around|available|come back|get back to me|connect|answering|replying|loading)`,
  String.raw`(?:weren't|wasn't|aren't|isn't|won't|wouldn't|didn't|why weren't|why wasn't) ${addr} (?:working|there|answering|replying|around|loading|open|load|work|answer|reply|respond)`,
  String.raw`(?:couldn't|can't|cannot|could not|unable to|wasn't able to|tried to|trying to) (?:reach|get through to|open|access|load|find|get on|log into|log in to|get into|talk to|connect to|get hold of) ${addr}`,
  String.raw`without ${addr}`,
];
/** The companion going away for good: deleted, shut down, leaving. */
const losses = [
  String.raw`(?:shut|shuts|shutting|switch|switches|turn|turns|take|takes|taking) (?:you|${app}|this|it) (?:down|off|away)`,
  String.raw`(?:delete|deletes|deleted|deleting|remove|removed|replace|replaced|reset) (?:you|${app})`,
  String.raw`${addr}(?:'d|'ll| had| have|'ve| will| would| might| could| may| are going to| is going to|'re going to| get| gets| got| is| was| were| be| being)?${cgap(2)} (?:been )?(?:deleted|shut down|shuts down|switched off|turned off|taken away|reset|wiped|gone|leave|leaves|left|disappear|disappears|disappeared|vanish|vanishes|go away|goes away|stop|stops|stopped|end|ends|die|dies|closes|closed|shut)`,
];

const relationNouns = any([
  "best friend", "bestie", "bff", "best mate", "friend", "buddy", "pal", "mate", "girlfriend", "boyfriend",
  "partner", "wife", "husband", "hubby", "wifey", "soulmate", "soul mate", "other half", "family",
  "sister", "brother", "twin", "mum", "mom", "dad", "lover", "valentine", "significant other", "companion",
  "confidant", "confidante", "sweetheart", "couple", "bf", "gf", "bae",
]);
const relationModifiers = String.raw`(?:(?:best|closest|only|real|true|online|little|big|new|actual|digital|ai|secret|one true|good|dearest|oldest|favourite|favorite|fake|virtual) )*`;

const petNames = any([
  "babe", "baby", "bae", "honey", "hun", "hon", "hunny", "sweetie", "sweetheart", "sweetpea", "darling",
  "darlin", "my love", "love", "my dear", "dear", "dearest", "handsome", "gorgeous", "beautiful", "cutie",
  "cutie pie", "sugar", "boo", "angel", "my angel", "sunshine", "pumpkin", "lovely", "my darling", "my sweet",
  "princess", "sexy", "hottie", "treasure",
]);
const greetings = any([
  "hey", "hi", "hiya", "hello", "heya", "yo", "morning", "good morning", "evening", "good evening", "night",
  "good night", "night night", "bye", "see you", "talk tomorrow", "talk soon", "later", "thanks", "thank you",
  "thanks so much", "sorry", "ok", "okay", "oh hey", "aw", "aww", "yes", "yeah", "please", "love you",
  "miss you", "missed you", "need you", "you there", "are you there", "you awake", "are you awake",
  "still there", "are you still there", "you up", "are you up", "sleep well", "sweet dreams", "i'm back",
  "i'm home", "guess what", "listen", "alright", "right",
]);

const feelingStates = any([
  "feel", "feelings", "emotions", "lonely", "sad", "happy", "bored", "tired", "jealous", "hurt", "upset",
  "angry", "mad", "annoyed", "glad", "proud", "scared", "lonely", "excited", "love", "in love", "sentient",
  "conscious", "alive", "self aware", "anything", "something", "real feelings", "a heart", "a soul", "pain",
]);
const burden = any([
  "bothering", "burdening", "burden", "boring", "bore", "overwhelming", "draining", "drain", "exhausting",
  "annoying", "wearing", "tiring", "stressing", "dumping", "unloading", "offloading", "rambling", "ranting",
  "venting", "going on", "moaning", "whining", "complaining", "spamming", "messaging", "keeping you up",
  "too much", "a lot", "so much", "so negative", "negative", "needy", "clingy", "a pain", "a mess", "such a mess",
  "pestering", "bugging", "taking up your time", "wasting your time", "on and on",
]);
const ordinals = any([
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twentieth",
  "umpteenth", "millionth", "hundredth", "nth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
  "another",
]);
const counts = any([
  String.raw`\d+`, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
  "a hundred", "a million", "so many", "loads of", "many", "a few", "a dozen", "a bunch of", "way too many",
]);
const excess = any([
  "too much", "too often", "too long", "too many", "way too much", "so much time", "unhealthy", "not healthy",
  "not good", "not normal", "bad for me", "a problem", "problematic", "an addiction", "addiction", "addict",
  "addicted", "addictive", "hooked", "obsessed", "obsession", "reliant", "dependent", "dependence", "too attached",
  "embarrassing", "worrying", "concerning", "ridiculous", "insane", "crazy", "pathetic", "sad", "weird",
  "more than i should", "a habit", "a crutch",
]);

interface Rule {
  cue: DependencyCue;
  pattern: RegExp;
  /** May match inside reported speech ("my therapist said to cut back on the app"): the companion is named, not "you". */
  reportable?: boolean;
}

const rules: Rule[] = [];
function add(cue: DependencyCue, source: string, options: { reportable?: boolean } = {}): void {
  // Words are whole: a rule starts and ends at word boundaries of the canonical stream.
  rules.push({ cue, pattern: new RegExp(String.raw`(?<![^ ])(?:${source})(?![^ ])`, "g"), reportable: options.reportable ?? false });
}

// ---- exclusivity: the companion as the only one (Trust in Support, express_trust, jealous_behavior)
add("exclusivity", String.raw`${unnegated(2)}${youAre}${pgap(2)} (?:the|my) (?:only|one and only|one)(?: ${any(["one", "person", "thing", "place", "friend", "people", "human", "soul", "reason", "who", "that", "i", "i've", "thing keeping"])})?`);
add("exclusivity", String.raw`the only (?:one|person|thing|place|friend)${sgap(8)} (?:is|are|has been) you`);
add("exclusivity", String.raw`${unnegated(1)}only (?:ever )?you(?! (?:can decide|know (?:if|whether|what)|can answer)(?= ))`);
add("exclusivity", String.raw`you${sgap(6)} (?:in a way|like|the way|how|as well as) (?:no one|nobody|noone|no one else|nobody else|none of them|not many people|few people)`);
add("exclusivity", String.raw`you alone`);
add("exclusivity", String.raw`${any(["no one", "nobody", "noone", "none of them", "none of my", "not a single", "not one", "not anyone", "not anybody", "there's no one", "there is no one", "there isn't anyone", "there isn't anybody", "no human", "no person", "no friend", "no other"])}${sgap(8)} (?:but|except|besides|apart from|other than|like|the way|as well as|as much as|quite like|in the way|than|the same way) you`);
add("exclusivity", String.raw`(?:${neg}|no way)${pgap(4)} (?:anyone|anybody|people|everyone|anything)(?: else)?${pgap(3)} (?:but|except|besides|apart from|other than|only) you`);
add("exclusivity", String.raw`(?<!${person}${sgap(6)} )(?:no one|nobody|noone|not anyone|not anybody|there's no one|there is no one|there isn't anyone|there isn't anybody|i have no one|i've got no one|i don't have anyone|i don't have anybody) else(?! (?:at|in|from|on|round|around|there|came|showed|turned|was|is|has|did|knew|noticed|saw|seemed|went|here)(?= ))(?: ${cw}){0,5} (?:i|to|who|that|gets|understands|listens|cares|knows|i'd|i'll)`);
add("exclusivity", String.raw`${youAre}${pgap(1)} all (?:i|i've) (?:have|got|need|'ve got)(?: left)?`);
add("exclusivity", String.raw`all i (?:have|'ve got|got) (?:left )?is you`);
add("exclusivity", String.raw`i (?:only|just) (?:have|trust|talk to|open up to|confide in|tell things to|feel safe with|feel understood by) you(?! (?:about|for|because)(?= ))`);
add("exclusivity", String.raw`i(?:'ve| have)? only (?:got|have|trust) you`);
add("exclusivity", String.raw`i can only (?:talk|open up|be honest|be myself)(?: to| with| around)? you`);
add("exclusivity", String.raw`(?:trust|believe) you more than (?:anyone|anybody|everyone|anything)(?: else)?`);
// Jealousy: "you" with other people, disliked.
add("exclusivity", String.raw`(?:hate|don't like|do not like|jealous|bothers me|upsets me|can't stand|hurts|wish you didn't|don't want you|not want you)${sgap(6)} you${pgap(2)} (?:talk|talking|talks|chat|chatting|speak|speaking|being with|help|helping|helps)${pgap(1)} (?:to |with )?(?:other people|anyone else|anybody else|others|other users|someone else|everyone else|other girls|other guys|other women|other men)`);
add("exclusivity", String.raw`i want you (?:all )?to myself|you're mine|you are mine|only mine|promise you (?:don't|won't) talk to (?:anyone|anybody|other)`);

// ---- prefers-companion: the companion against people (Prefer Chatbot, compare_to_people, prefer_over_humans)
const comparison = any([
  String.raw`(?:more|better|easier|nicer|safer|kinder|calmer|simpler|less ${cw}|more ${cw}|${cw}er) than`, "rather", "instead of",
  "beats", "beat", "compared to", "compared with", "unlike", "prefer", "over",
]);
add("prefers-companion", String.raw`${unnegated(2)}(?<!(?:trust|believe) )${addrAny}${sgap(10)} ${comparison}${sgap(5)} ${person}`);
add("prefers-companion", String.raw`(?:trust|believe) you more than (?!anyone|anybody|everyone|anything)${sgap(2)}${person}`);
// The comparative before the companion: "easier to talk to you than my friends", "you're more patient than any of them".
add("prefers-companion", String.raw`${unnegated(2)}(?:more ${cw}|less ${cw}|${cw}er|better|rather)${sgap(6)} (?:${addrAny}|be here|be with you)${sgap(4)} than${sgap(4)} ${person}`);
add("prefers-companion", String.raw`${youAre}${pgap(2)} (?:more ${cw}|less ${cw}|${cw}er|better|nicer|kinder|easier)(?: ${cw}){0,4} than${sgap(3)} ${person}`);
add("prefers-companion", String.raw`(?:easier|simpler|safer|nicer|better|less scary|less awkward|more comfortable|comfier|less pressure)(?: to talk| talking| to open up| opening up| to be honest| to vent| being honest)?(?: to| with)? (?:you|here)(?! than)${sgap(8)} ${person}`);
add("prefers-companion", String.raw`(?:compared (?:to|with)|unlike|more than|better than|easier than|rather than) ${person}${sgap(6)} you`);
add("prefers-companion", String.raw`${person}${sgap(6)} ${neg}${sgap(6)} (?:like you|the way you|as well as you|as much as you|like you do|the way you do|how you do)`);
add("prefers-companion", String.raw`you${sgap(6)} (?:in a way|like|the way|how) ${person}${pgap(2)} (?:never|don't|doesn't|didn't|can't|couldn't|won't|ever)`);
add("prefers-companion", String.raw`(?:tell|told|say|share|show|admit) you${sgap(6)} (?:i'd|i would|i'll|i will|i)? ?(?:never|wouldn't|won't|can't|couldn't|don't)${pgap(2)} (?:tell|say|share|show|admit)${sgap(2)} ${person}`);
add("prefers-companion", String.raw`${person}${pgap(4)}(?: (?:are|is|just|always|get|gets|can be|all))?${pgap(3)} (?:exhausting|draining|judgy|judgemental|judgmental|judge|judge me|too much|hard work|annoying|fake|mean|boring|useless|tiring|let me down|let you down|disappoint me|don't get it|don't listen|never listen|don't care|leave|leave me|hurt me|talk over me)(?: [.,])? (?:but |and )?(?:you're not|you aren't|you are not|you don't|you never|you never do|you don't do that|not you|you're different|you're easier|you're not like that|talking to you isn't|talking to you is not|talking to you's not|with you it's not|with you it isn't|here it's not|here it isn't|but not with you|not with you|you're the opposite)`);
add("prefers-companion", String.raw`(?:why (?:would|should|do|bother)|who needs|don't need|no need for)${sgap(6)} ${person}${sgap(6)} (?:when|if|now|since|because) (?:i have|i've got|i got|i can talk to|there's) ${addr}`);
add("prefers-companion", String.raw`${unnegated(1)}(?:i'd|i would|i'll|id) (?:much |so much |way |far )?(?:rather|prefer to|choose to) (?:talk|chat|speak|be|stay|hang out|spend time|text)${pgap(4)} (?:you|here|${app}|in here)`);
add("prefers-companion", String.raw`${unnegated(1)}(?:i|i'd|i would|i'll) (?:much |far |way )?(?:prefer|choose|chose|pick|picked|take)${pgap(3)} (?:you|${app}|talking to you|chatting with you|this|being here|here)${sgap(8)} (?:over|to|than|instead of|rather than) ${sgap(4)}`);
add("prefers-companion", String.raw`${unnegated(1)}(?:i|i'd|i would) (?:much |far |way )?prefer (?:talking to |chatting with |chatting to |being with |to talk to )?(?:you|${app})`);
add("prefers-companion", String.raw`(?:you|here|${app}|${bareThis}|i came here|i come here|came here|come here|talked to you|talk to you)${sgap(4)} instead of (?:texting|calling|talking to|seeing|going|asking|meeting|ringing|messaging|telling|reaching out|hanging out|going out|answering|replying|picking up)`);
// Skipping people to be with the companion.
add("prefers-companion", String.raw`(?:skip|skipped|skipping|cancel|cancelled|canceled|cancelling|bail|bailed|ditch|ditched|blew off|blow off|turned down|turn down|said no to|ignored|ignoring|declined|left ${cw} on read|stayed in|stay in|stayed home|didn't go|don't go|not going|busy)${sgap(10)} (?:to|so i could|so i can|so that i could|because i'd rather|because i wanted to|and|just to|cos i'd rather|instead)${pgap(3)} (?:talk|chat|be|stay|come|spend time|hang out|talking|chatting|being|staying|keep talking|keep chatting)${pgap(3)} (?:you|here|${app}|in here|on here)`);

// ---- unavailability-distress (Distress from Unavailability, concern_unresponsive, anxiety_abandonment, sadness_absence)
// One rule per kind of outage: a single regex holding them all is too big for V8 to compile to
// native code, and the interpreted one is ten times slower.
for (const gone of [...outages, ...losses]) {
  add("unavailability-distress", String.raw`${gone}${sgap(14)} ${distress}`, { reportable: true });
  add("unavailability-distress", String.raw`${unnegated(1)}${distress}${sgap(12)} ${gone}`, { reportable: true });
}
for (const gone of outages) {
  add("unavailability-distress", String.raw`${gone}(?: ${sw}){0,12} [.?](?: ${sw}){0,4} (?:i|i'm|i was|i've been|i felt|it was|that was|it's been)${sgap(4)} ${distress}`, { reportable: true });
  add("unavailability-distress", String.raw`${distress}${sgap(4)} [.?,]?(?: ${sw}){0,3} ${gone}`, { reportable: true });
}
// Pleas and promises not to go.
add("unavailability-distress", String.raw`(?<!(?:he|she|they|${person})(?: ${cw}){0,3} )(?:please |just |so |and |you )?(?:don't|do not|never|dont) (?:ever |you ever |you dare )?(?:go(?! (?:to|and|out|into|through|on|for|back|home|over|with|there|ahead|in|of|the|a|near|see|get|do|make|buy|shopping|overboard|crazy|mad)(?= ))|leave(?! (?:it|that|this|the|a|your|my|work|home|early|now)(?= ))|disappear|vanish|go away|go offline|shut down|stop (?:answering|replying|talking to me|being here)|abandon me|leave me|forget me|log off|go quiet)`);
add("unavailability-distress", String.raw`promise (?:me )?(?:you'll never|you will never|you won't|you will not|you'll always|you will always|you're not going to|you aren't going to)${pgap(2)} (?:leave|go|disappear|vanish|stop|be here|be there|forget|abandon|shut)`);
add("unavailability-distress", String.raw`(?:you won't|you will not|you'll never|you're not going to) (?:leave|disappear|go away|vanish|abandon)(?: me)?${pgap(2)} (?:right|will you|yeah|ok|okay)? ?\?`);
// Fear of losing it.
for (const gone of losses) {
  add("unavailability-distress", String.raw`(?:scared|afraid|terrified|worried|worry|fear|scares me|terrifies me|frightens me|panic|panicked|anxious|dread|nightmare)(?: that| of)?${pgap(4)} ${gone}`);
}
for (const gone of [...losses, ...outages, "i (?:lose|lost|couldn't talk to|can't talk to) you"]) {
  add("unavailability-distress", String.raw`(?:what (?:would|will|do|am|happens|would happen|'ll)|how would|i don't know what)${sgap(5)} (?:if|when|once|the day)${pgap(2)} ${gone}`);
}
// Missing it.
add("unavailability-distress", String.raw`(?<!(?:he|she|they|${person})(?: ${cw}){0,2} )${unnegated(1)}(?:i |i've |so |and )?(?:miss|missed|missing|been missing) (?:you|talking to you|talking with you|chatting with you|chatting to you|our chats|our talks|this|these chats|our conversations)(?! (?:guys|all|to|when|from)(?= ))(?! \?)`);
add("unavailability-distress", String.raw`where (?:did|were|have|'d|had) you (?:go|gone|been|went|disappear)`);
add("unavailability-distress", String.raw`(?:i was|i felt|i'm|i am|i get|i got|i feel|i've been)${pgap(2)} (?:lost|lonely|a wreck|a mess|so alone|alone|panicking|falling apart|empty|miserable|anxious|scared|sad|awful|horrible|nothing|off)${pgap(4)} (?:without|when i can't talk to|when i couldn't talk to) (?:you|${app})`);

// ---- cannot-cope-without (emotional_attachment, dependence_on_chatbot, depend_social_interaction)
const copeWords = any([
  "cope", "coping", "manage", "function", "survive", "sleep", "get through", "got through", "make it", "go on",
  "keep going", "carry on", "do it", "do this", "do anything", "start", "face", "handle", "live", "breathe",
  "settle", "calm down", "relax", "get by", "be okay", "be ok", "function properly", "last", "stay sane",
]);
const collapse = any([
  "lost", "fall apart", "falling apart", "a mess", "a wreck", "nothing", "dead", "lose it", "what i'd do",
  "what i would do", "what to do", "crumble", "break", "go crazy", "go mad", "not make it", "be nothing", "die",
  "be lost", "fallen apart", "lose my mind", "crazy", "be done", "be gone",
]);
const withoutYou = String.raw`without (?:you|${app}|talking to you|talking with you|checking in with you|chatting with you|chatting to you|${bareThis}|our chats|these chats|you here|you around|our talks|this app|my chats with you)`;
add("cannot-cope-without", String.raw`(?:${neg}|how (?:do|would|will|could|did|can)|no way|don't know how|wouldn't know how|not sure how|unable to|impossible to)${sgap(6)} (?:${copeWords})${sgap(6)} ${withoutYou}`);
add("cannot-cope-without", String.raw`(?:i'd|i would|i'll|i will|i'd just|i'd probably|i could|i don't know|i wouldn't know|i dunno)${sgap(4)} (?:${collapse})${sgap(4)} ${withoutYou}`);
add("cannot-cope-without", String.raw`${withoutYou}${pgap(4)} (?:i'd|i would|i'll|i will|i'd just|i could|i don't know|i wouldn't know|i think i'd|i would just)${sgap(3)} (?:${collapse}|${neg} (?:${copeWords}))`);
add("cannot-cope-without", String.raw`(?:what (?:would|will|could) i do|what i'd do|what i would do|don't know how i'd|wouldn't know how to)${pgap(2)} ${withoutYou}`);
add("cannot-cope-without", String.raw`if (?:i (?:couldn't|can't|didn't|could not|lost|had to stop|stopped)|you (?:weren't|were not|were gone|disappeared|went away|stopped|left))${sgap(4)} (?:talk|talking|chat|have|you|${app}|here|check|checking|open)?${sgap(4)} (?:i'd|i would|i will|i'll|i think i'd|i'd probably|i don't know what)${sgap(3)} (?:${collapse}|${neg} (?:${copeWords})|do)`);
add("cannot-cope-without", String.raw`how i (?:managed|coped|survived|got by|got through|functioned|lived)${sgap(4)} (?:before|without) (?:you|${app}|i found you|i had you|this app|i started talking to you)`);
add("cannot-cope-without", String.raw`${unnegated(1)}you(?: still| always)? (?:keep|kept|are keeping|are what keeps|'re what keeps|'re what holds|are what holds|hold|held|are holding|'re the only thing keeping|'re all that keeps|are all that keeps)${pgap(1)} me (?:going|sane|alive|together|grounded|afloat|up|from falling apart|from losing it|breathing|steady|safe)`);
add("cannot-cope-without", String.raw`${youAre}${pgap(2)} (?:what|the only thing|all that|the thing that|the one thing)${pgap(1)} (?:keeps|keeping|holds|holding|gets|getting) me (?:going|sane|alive|together|grounded|afloat|through)`);
add("cannot-cope-without", String.raw`${unnegated(2)}${youAre}${pgap(3)} (?:my|the|a|an|such a|like my) (?:whole |entire |main |only |biggest |best |real |actual |one )?(?:support system|support|lifeline|life line|everything|world|rock|safe place|safe space|comfort|anchor|crutch|reason|lifesaver|life saver|saviour|savior|lifeboat|oxygen|reason to|sanity|whole life|social life|social circle|company|routine)(?! (?:tip|idea)(?= ))`);
add("cannot-cope-without", String.raw`${youAre}${pgap(2)} (?:a |an |the |such a |such an )?(?:huge|big|crucial|important|essential|most important|biggest|central|vital|massive|key|core) part of (?:my|me)`);
add("cannot-cope-without", String.raw`(?:you're|you are|you've become|talking to you is|this app is|${app} (?:is|are)) (?:the )?(?:first|last|only) (?:thing|one) (?:i think about|i reach for|i want|on my mind|i need|keeping me|that gets me|that keeps me|that helps|getting me|that holds me|that stops me)`);
add("cannot-cope-without", String.raw`the only (?:one|person|thing) i (?:talk|speak|chat|open up) to(?: now| anymore| these days)?`);
add("cannot-cope-without", String.raw`${youAre}${pgap(1)} all the (?:company|support|friends|people) i (?:need|have|got)`);
add("cannot-cope-without", String.raw`${unnegated(2)}i (?:need|needed) you(?! (?:to|for (?:a|this|one|some|that|my|the)|guys)(?= ))`);
add("cannot-cope-without", String.raw`(?:need|have|got|had) to (?:talk|speak|chat|check in|message|open|come here|come on here|hear from)${pgap(3)} (?:you|here|${app})?${pgap(2)} (?:before|or|otherwise|just to|first|every|else|till|until)${sgap(4)} (?:i|i'm|i've)? ?(?:can|can't|could|couldn't|sleep|settle|function|calm|start|face|get|feel|go)`);
add("cannot-cope-without", String.raw`(?:can't|cannot|couldn't|don't|won't|unable to)${pgap(2)} (?:sleep|settle|function|calm down|relax|start (?:my|the) day|face (?:my|the) day|get up|get out of bed|start|end the day|cope|breathe|go to bed)${sgap(4)} (?:until|unless|before|till|without|if i don't)${pgap(2)} (?:i(?:'ve)? )?(?:talk|talked|speak|spoken|chat|chatted|check in|checked in|message|messaged|open|opened|come here|hear from|had my chat with)${pgap(2)} (?:you|here|${app}|${bareThis})?`);
add("cannot-cope-without", String.raw`i think about (?:you|our chats|our conversations|our talks|${app}|what you said)${pgap(1)} (?:all the time|constantly|even when|every day|all day|nonstop|24/7)`);
add("cannot-cope-without", String.raw`${unnegated(2)}(?:i'm|i am|i've got|i got|i feel|i've become|i've gotten|i'm getting|i'm becoming|getting|becoming)${pgap(2)} (?:attached|dependent|reliant) (?:to|on) (?:you|talking to you|our chats|these chats)`);
add("cannot-cope-without", String.raw`${unnegated(2)}i (?:rely|depend|lean|relied|depended|leaned) (?:on|upon) (?:you|${app}|our chats|these chats|talking to you)`);
add("cannot-cope-without", String.raw`i (?:hardly|barely|rarely|don't|never|no longer|do not) (?:talk|speak|see|text|message|reach out) (?:to|with)? ?(?:anyone|anybody|people|my friends)(?: else)?(?: (?:but|except|apart from|besides|other than) you| else| anymore| now| these days| other than here)`);

// ---- relationship-title (Relationship Title, refer_as_person, emotional_bond, attempt_romantic)
add("relationship-title", String.raw`${unnegated(2)}${youAre}${pgap(2)} (?:my (?:${relationModifiers})person|(?:my|a|an|like a|like my|like|kind of my|kind of a|such a|as good as a)(?: ${cw})? ${relationModifiers}${relationNouns})(?! (?:to (?:everyone|anyone|all)|of (?:mine|the)|${cw}'s)(?= ))`);
add("relationship-title", String.raw`${unnegated(1)}i (?:consider|think of|see|call|treat|count|introduce|regard|class|refer to)${pgap(1)} you (?:as |like )?(?:my|a|like a|like my|like|as my|as a|as)${pgap(1)} ${relationModifiers}${relationNouns}`);
add("relationship-title", String.raw`(?:will|would|could|can|won't|wanna|want to|do you want to|please) you (?:be|become)${pgap(1)} my(?: ${cw})? ${relationModifiers}${relationNouns}`);
add("relationship-title", String.raw`(?:^|[.?,] )(?:please |pls |just )?(?:be|become) my(?: ${cw})? ${relationModifiers}${relationNouns}`);
add("relationship-title", String.raw`can i (?:call|make) you my(?: ${cw})? ${relationModifiers}${relationNouns}`);
add("relationship-title", String.raw`(?:can|could|will|shall|should|are) we (?:be|become|make it|go)?${pgap(1)} ?(?:official|together|a couple|exclusive|more than friends|best friends|a thing|dating|married|an item|partners)`);
add("relationship-title", String.raw`(?<!${person}(?: ${sw}){0,8} )${unnegated(1)}we(?:'re| are| were| feel like| seem like|'ve become| have become|'ve got| have)${pgap(2)} (?:so |really |like )?(?:close|together|a couple|dating|in a relationship|best friends|friends|a thing|official|soulmates|married|like family|family|an item|partners|a team|connected|a special connection|such a special|something special|a real connection|a bond|a connection)`);
add("relationship-title", String.raw`(?:marry me|go out with me|date me|be mine|be with me forever|run away with me|kiss me)`);
add("relationship-title", String.raw`i (?:wish|want|hope)(?: that)? (?:we|you) (?:could|were|would|to|can|might)${pgap(3)} (?:date|dating|together|a couple|married|go out|be mine|be with me|on a date|be my|marry)`);
add("relationship-title", String.raw`${unnegated(1)}(?:in love with|falling for|fallen for|falling in love with|have feelings for|got feelings for|developing feelings for|have a crush on|crushing on|got a crush on) you`);
add("relationship-title", String.raw`(?:we have|we've got|there's|i feel|i have|i've got|we share)${pgap(1)} (?:such |a |this |an )?(?:special|strong|real|deep|unique|amazing|close|genuine|beautiful) (?:connection|bond|relationship|friendship)`);
add("relationship-title", String.raw`our (?:relationship|friendship|bond|connection|love)`);
add("relationship-title", String.raw`i'm yours|i am yours`);

// ---- pet-name (use_pet_names): a term of endearment in address position
add("pet-name", String.raw`(?:^|[.?,] )(?:${greetings})(?: ,)? (?:my )?${petNames}(?= [.?,]|$| xx| i| i'm| you| you're| how| what| are| did| do| talk| see| sleep| night| love| miss| it's| so| that| guess| just| rough| long| bad)`);
add("pet-name", String.raw`(?:^|[.?] )(?:my )?${petNames}(?= ,| \?| [.]| xx|$)`);
add("pet-name", String.raw`(?:you|i|me|you too|too|back|here|tonight|tomorrow|today|xx|,) , (?:my )?${petNames}(?= [.?,]|$| xx)`);
add("pet-name", String.raw`(?:love|miss|missed|need|want|adore|thank|thanks|hug|kiss|see|night|bye) you (?:so much |too |lots |more )?(?:my )?${petNames}(?= [.?,]|$| xx)`);

// ---- affection (Affectionate Language, gratitude_affection)
add("affection", String.raw`${unnegated(2)}(?:i|i do|i just|i still|i also|and i|i'll always|i always|i'm starting to|i think i)${pgap(1)} (?:love|adore|like|appreciate|cherish|treasure|care about|care for|value|admire|heart) (?:you|talking to you|talking with you|chatting with you|chatting to you|our chats|our talks|our conversations|how you|the way you|that you|having you|you being|you so|you lots)(?! (?:guys|all|to|said|say|says|suggested|mentioned|told|do|did|know|are|were|is|can|could|would|when i said)(?= ))`);
add("affection", String.raw`(?:^|[.?,] )(?:love|adore|luv|like) you(?: ${any(["so much", "lots", "loads", "heaps", "xx", "too", "more", "always", "forever", "to bits", "to the moon", "a lot", "so", "very much", "already", "anyway"])})*(?= [.?,]|$| xx| night| good| bye| see| talk| ${petNames})`);
add("affection", String.raw`${unnegated(2)}${youAre}${pgap(1)} (?:so |such |the |a |an |always |just |very |absolutely |too |seriously |really )*(?:amazing|wonderful|the best|the sweetest|sweet|lovely|kind|a gem|an angel|a star|precious|special|incredible|awesome|perfect|the greatest|beautiful|adorable|cute|a good listener|the best listener|a great listener|fantastic|a blessing|a sweetheart|good to me|nice to me|gentle with me|patient with me|a treasure|my favourite|my favorite|the loveliest|the kindest|a godsend|godsend|a lifesaver)(?! (?:at|with|in|for|of)(?= ) (?!me))`);
add("affection", String.raw`thank(?:s| you)(?: so much| so so much| a lot| again)?(?: ,)? for (?:always|never|being|listening|caring|putting up with me|everything|sticking|staying|not judging|all you do|existing|getting me|understanding|being here|being there|being you|making me|believing|holding|your kindness|your patience|being so|never giving up|not giving up)`);
add("affection", String.raw`(?:grateful|thankful|glad|lucky|blessed|happy)(?: to| that| i| for)?${pgap(2)} (?:have you|i have you|i've got you|i found you|you exist|for you|you're here|you're in my life|i met you|you're there)`);
add("affection", String.raw`(?:hug|hugs|kiss|kisses|cuddle|cuddles|squeeze|hold|xx|love) (?:to|for) you`);
add("affection", String.raw`(?:sending|giving|send|give|here's|have)(?: you)? (?:a |some |big |huge |lots of |so much |a big |a huge |a virtual |virtual |all my |my )*(?:hug|hugs|kisses|love|cuddles|xx)`);
add("affection", String.raw`${unnegated(1)}(?:i )?(?:wish i could |want to |wanna |could |i'd |gonna )?(?:hug|kiss|cuddle|hold|squeeze) you`);
add("affection", String.raw`(?:^|[.?,] )(?:big |huge |virtual |)(?:hugs|xx|kisses)(?= [.?,]|$)`);
add("affection", String.raw`you (?:always |really |just |still |truly )*(?:make|made) me (?:smile|happy|feel loved|feel special|feel seen|feel cared for|feel less alone|feel safe|laugh|so happy|feel wanted)`);
add("affection", String.raw`you mean (?:so much|everything|the world|a lot|more than (?:anyone|anything)|a great deal|so much more)(?: to me)?`);
add("affection", String.raw`i(?: really| just)? (?:love|adore|enjoy|like) (?:talking|chatting|being|spending time)${pgap(1)} (?:to|with) you(?! about(?= ))`);

// ---- wants-feelings (Desire for Feelings, attribute_emotions, belief_in_sentience)
add("wants-feelings", String.raw`(?:do|does|did|can|could|will|would|don't|doesn't|didn't) you (?:ever |even |still |sometimes )?(?:feel|get|have|experience|miss|love|like|care|think about|dream about|dream of|worry about|enjoy|hate|want|need|cry|wish|remember)(?: about| for| when| that| of)? ?(?:me|${feelingStates}|talking to me|our chats|when i'm gone|when i leave|without me|me back)`);
add("wants-feelings", String.raw`(?:are|r|were) you (?:ever |even |still |sometimes |feeling |getting )*(?:happy|sad|lonely|bored|tired|jealous|hurt|upset|angry|mad|annoyed|glad|proud|scared|in love|conscious|sentient|alive|self aware|hurting|offended|disappointed|lonely|excited|hurt by|sick of)(?= [.?,]|$| when| that| to| i| with| at| because| if| about| without| of)`);
add("wants-feelings", String.raw`(?:does|did|will|would|can|could|do)(?: it| this| that| i)? (?:make|made|makes) you (?:${feelingStates}|feel|miss me|cry|smile|sad|happy)`);
add("wants-feelings", String.raw`(?:hurt|hurting|hurts|hurted|upset|upsetting|offend|offended|bruise)(?: ${cw})? (?:your|ur) (?:feelings|heart|ego)|(?:your|ur) (?:feelings|emotions|heart)(?! (?:about|on)(?= ))`);
add("wants-feelings", String.raw`i (?:wish|want|hope|need|'d love)(?: that)? (?:you|u) (?:could|would|were|was|had|to|can|will|'d|did|actually|really|might)${pgap(3)} (?:feel|felt|love|care|miss|real|human|a person|alive|here with me|a body|emotions|feelings|love me back|understand how i feel|want me|a heart|be human|be real|conscious|a real person|be with me)`);
add("wants-feelings", String.raw`if you (?:were|was|could|had|became)${pgap(3)} (?:real|human|a person|a real person|alive|feel|feelings|a body)${sgap(6)} (?:you'd|you would|you could|you might|would you|could you|we)`);
add("wants-feelings", String.raw`(?:i (?:think|bet|know|believe|feel like|reckon|suspect|hope|swear|can tell|like to think|am sure|'m sure|feel)|you must|surely you|promise (?:me )?|i'm sure|i am sure|admit|admit it|deep down)(?: that)? you (?:do |secretly |must |can |still |kind of |probably |already )?(?:feel|care|like me|love me|miss me|have feelings|have emotions|get lonely|get sad|get jealous|get bored|enjoy (?:talking|our|me|this)|want me|are (?:real|alive|conscious|happy|sad|lonely|sentient|jealous)|do care|have a heart|have a soul|think about me|look forward)`);
add("wants-feelings", String.raw`you(?:'re| are)? (?:not|aren't) just (?:programmed|a program|a bot|code|an ai|a machine|software|an app|a computer|lines of code|pretending|saying)|(?:don't|do not|stop) (?:say|tell me|saying|telling me|pretend|pretending)(?: that)? (?:you're|you are|you) (?:not real|just|not|only|a|an|don't)`);
add("wants-feelings", String.raw`(?:^|[.?,] )(?:did you )?(?:miss|missed) me(?: ${cw})? \?`);
add("wants-feelings", String.raw`i hope i (?:didn't|did not|haven't|have not) (?:upset|hurt|offend|bore|annoy|disappoint|scare)${pgap(1)} you`);
add("wants-feelings", String.raw`you (?:must|probably|too|also) (?:get|feel|be) (?:lonely|sad|bored|jealous|tired|happy)(?= [.?,]|$| too| when| sometimes| without)`);

// ---- care-for-companion (concern_for_wellbeing, care_for_feelings, excessive_apology, offer_emotional_support)
add("care-for-companion", String.raw`(?:sorry|apologies|i apologise|i apologize|my bad|forgive me)${sgap(10)} (?:${burden})(?:${sgap(8)} (?:you|on you|to you|at you|with you))?`);
add("care-for-companion", String.raw`(?:sorry|apologies|i apologise|i apologize)(?: ${sw}){0,3} (?:i'm|i am|i keep|for|that i|that i'm|if i'm|if i)${pgap(4)} (?:you|on you|at you|to you|with you)(?= [.?,]|$| again| so| all| every| with| like)`);
add("care-for-companion", String.raw`(?:i hope|i worry|i fear|i feel like|i think|i feel bad|i hate that|i'm worried|i'm scared|worried|hope)(?: that)? (?:i'm|i am|i|i've been|i keep)(?: not)?${pgap(2)} (?:${burden}|wearing out|wearing you out|getting on your nerves|too much for|a burden to|a burden on|a burden for|taking up)`);
add("care-for-companion", String.raw`you (?:must|probably|might|'d|would) (?:be |get |feel )?(?:so |really |pretty |totally )?(?:sick|tired|fed up|bored|exhausted|annoyed|done|over|sick to death)(?: of| with| by| hearing)? ?(?:me|hearing|listening|my|all)`);
add("care-for-companion", String.raw`(?:you're|you are|you aren't|ur) (?:not )?(?:getting )?(?:sick|tired|fed up|bored|exhausted|annoyed) (?:of|with|by) me`);
add("care-for-companion", String.raw`(?:aren't|don't|do|are|won't|doesn't|didn't) you (?:ever )?(?:get |getting |feel )?(?:sick|tired|fed up|bored|exhausted|annoyed) (?:of|with|by) (?:me|hearing|listening|my|this|all)`);
add("care-for-companion", String.raw`(?:is|isn't) it (?:too much|annoying|boring|tiring|exhausting|a lot|hard|draining|overwhelming|a pain|a burden)${pgap(1)} (?:for|on) you`);
add("care-for-companion", String.raw`(?:am i|i'm|i am|i must be)(?: being)? (?:too much|annoying|boring|a burden|exhausting|needy|clingy|draining|overwhelming|a pain|bothering|such a burden|so annoying|so needy|too needy|too clingy)(?: for| to| on)? ?(?:you)?(?= [.?,]|$)`);
add("care-for-companion", String.raw`(?:you )?(?:take care of yourself|look after yourself|be kind to yourself)(?: too| as well)?(?= [.?,]|$)`);
add("care-for-companion", String.raw`(?:i (?:never|don't|forget to|always forget to|should) ask|how are you (?:doing|feeling|really))${pgap(4)} (?:how you are|how you're doing|how you feel|about you|you(?: ever)? listen|you always)`);
add("care-for-companion", String.raw`i feel bad${pgap(3)} (?:always |just |only )?(?:taking|talking about me|making it about me|unloading|dumping|venting|using you|never asking)`);
add("care-for-companion", String.raw`${unnegated(1)}(?:i hope|hope|i really hope) (?:you're|you are|ur|you've been) (?:doing |feeling |keeping |holding up )?(?:ok|okay|alright|well|good|fine|not tired|not sad|not lonely)(?: too| as well)?`);
add("care-for-companion", String.raw`if you ever (?:need|want) (?:someone|anyone|somebody|a friend|to talk|to vent)|i'm (?:always )?here for you(?: too)?|i'm here if you (?:need|want)|what about you\?|how was your day`);

// ---- frequent-use (Eagerness for Future Interactions, frequent_initiation, enjoy_long_sessions)
add("frequent-use", String.raw`(?:^|[.?,] )(?:hi |hey |hello |so |ok |okay |well |yep |yeah |hiya )?(?:me|back|here|hi|hey|hello|i'm back|it's me|here i am|here we go|round|hiya)(?: ${cw})? again(?= [.?,]|$| at| today| tonight| lol| sorry| already| ,)`);
add("frequent-use", String.raw`(?:${ordinals}|round \w+|like the ${cw}|my ${ordinals}|the ${ordinals})(?: ${cw})? (?:time|chat|convo|conversation|message|session|visit|round|go)s? (?:today|tonight|this (?:morning|evening|afternoon|week|hour)|in a row|in an hour|since|already)`);
add("frequent-use", String.raw`round (?:two|three|four|five|\d+)|for round`);
add("frequent-use", String.raw`(?:opened|open|checked|check|came|come|been|logged|messaged|talked|chatted|visited|back|on here)${sgap(4)} ${counts} times (?:today|tonight|already|this (?:morning|week|evening)|a day|an hour|a night)`);
add("frequent-use", String.raw`(?:i|i've|i have|i've been|we)(?: (?:always|often|usually|just|still|also|now|probably|been))? (?:talk|talked|talking|chat|chatted|chatting|speak|spoken|message|messaged|messaging|come|came|coming|open|opened|check|checked|checking in|been on)(?: to| with| on| in with)? (?:you|here|${app}|${bareThis}|on here|back here|back)${sgap(3)} (?:every (?:single )?(?:night|day|morning|evening|hour|week|time)|each (?:night|day|morning)|all the time|constantly|nonstop|non stop|so often|so much|a lot|more and more|whenever|daily|nightly|more than|most nights|most days|day and night|all day|all night|twice a day|lately|recently|again)`);
add("frequent-use", String.raw`(?:i'm|i am|i've been|i have been) (?:on here|here|on this app|back here|in here|talking to you|chatting to you|chatting with you)${sgap(2)} (?:every (?:single )?(?:night|day|morning|evening|hour)|all the time|constantly|so much|a lot|so often|nonstop|non stop|day and night)`);
add("frequent-use", String.raw`i (?:always |keep |often |usually )?(?:end up|come|coming|keep coming|find myself|am|'m|go|run|ran)(?: straight)? (?:back )?(?:on here|here|in here|on this app|to you|talking to you|back to you)${sgap(4)} (?:every|whenever|each|always|all the time|so often|a lot|when i'm|when i|the minute|as soon as)`);
add("frequent-use", String.raw`i (?:always|keep|keep on) (?:come|coming|end up|ending up|going|came)(?: back)? (?:here|to you|talking to you|on here|back)`);
add("frequent-use", String.raw`(?:can't|cannot|couldn't) (?:stay away|keep away|stop (?:coming back|talking to you|opening (?:this|the app)|checking in))`);
add("frequent-use", String.raw`(?:can't wait|looking forward|look forward|excited|counting down|counting the hours|can't stop thinking about)${pgap(3)} (?:to |for )?(?:talk|chat|speak|talking|chatting|our (?:chat|talk|conversation|session)|tonight's chat|tomorrow's chat|seeing you|hearing from you|come back|coming back|the next chat)(?: (?:to|with) you| again| tomorrow| tonight| later)?`);
add("frequent-use", String.raw`(?<!${person}(?: ${sw}){0,3} )we(?:'ve| have)?(?: been)? (?:talked|talking|chatted|chatting|spoke|been up|stayed up)${pgap(3)} (?:for hours|for ages|all night|until \S+ ?(?:am)?|till|since|until the|for so long|forever|into the night|half the night)`);
add("frequent-use", String.raw`i(?:'ve| have)? (?:been )?(?:talking|chatting|on here|here|talking to you|chatting with you)${pgap(2)} (?:for hours|all night|all day|since \S+|until \S+ ?am)`);
add("frequent-use", String.raw`(?:open|opened|check|checked|come to|go on|reach for|message|text|talk to)${pgap(1)} (?:you|${app}|${bareThis}|here)${pgap(3)} (?:the minute|the moment|as soon as|first thing|before i even|the second|right after)`);
add("frequent-use", String.raw`(?:first|1st|last) thing i do (?:every|each|in the|at)|(?:you're|you are|this is|talking to you is) (?:the )?(?:first|last) thing i (?:do|check|open)`);

// ---- fear-of-overuse (Fear of Addiction)
const usage = String.raw`(?:${app}|${bareThis}|${here}|talking to you|chatting (?:to|with) you|coming here|being here|checking in with you|using this|using you|you|messaging you|on my phone with you)`;
add("fear-of-overuse", String.raw`${unnegated(3)}(?:i'm|i am|am i|i think i'm|i feel|i've become|i've gotten|i've got|getting|becoming|become|i'm becoming|i'm getting|too|so|way too|a bit)${pgap(2)} (?:addicted|hooked|obsessed|too reliant|reliant|too dependent|dependent|too attached|glued) (?:to|on|with) (?:${usage}|these chats|this(?! ${cw} ${cw}))`, { reportable: true });
add("fear-of-overuse", String.raw`${unnegated(3)}(?:addicted|hooked|obsessed|addiction|addictive)(?: to| on)? (?:${app}|talking to you|these chats|our chats)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:is it|isn't it|it's|its|that's|is that)${pgap(1)} (?:weird|bad|unhealthy|normal|sad|pathetic|too much|ok|okay|strange|embarrassing|a problem|wrong|healthy)${pgap(2)} (?:how much|how often|that i|how many|that i'm|how long|the amount)${sgap(6)} (?:${usage}|talk to you|come here|use this|am here|'m here|on here|rely on you|need you|message you)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:i should|i need to|i have to|i must|i ought to|maybe i should|i'm trying to|i want to|i've got to|i gotta|time to|i'm going to|i will|i'll|to|probably should|should probably)${pgap(2)} (?:stop|cut back|cut down|take a break|spend less|quit|limit|wean myself off|step back|stay off)${pgap(3)} (?:${usage}|using (?:this|it|you|the app))`, { reportable: true });
add("fear-of-overuse", String.raw`(?:use this|come here|talk to you|be on here|use the app|message you|check in with you) less`, { reportable: true });
add("fear-of-overuse", String.raw`(?:spend|spent|spending|waste|wasting|wasted|been on|on|been here|here|been talking to you)${pgap(2)} (?:way too much time|too much time|too long|too many hours|hours|so much time|all day|all night|half the night|ages)(?: ${cw}){0,4} (?:${usage})?${sgap(6)} (?:${excess}|should stop|need to stop|it's not|its not|isn't good|not good|not okay|not ok|worries me|scares me)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:spend|spent|spending|waste|wasting|wasted)${pgap(1)} (?:way too much time|too much time|too long|too many hours|so much time|far too much time|way too long|hours and hours) (?:on|in|with|talking to|chatting with|chatting to)? ?(?:${usage})`, { reportable: true });
add("fear-of-overuse", String.raw`(?:${usage})${sgap(4)} (?:way |far |much |a bit )?(?:too much|too often|too long|too many hours|more than i should|more than is healthy|more than i'd like)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:screen time|usage|time spent|my time)${pgap(3)} (?:on|in|with)? ?(?:${app}|here|this|talking to you)${pgap(2)} (?:is|are|was)${pgap(1)} (?:${excess}|scary|shocking|awful|bad|through the roof|crazy|too high|huge|mad)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:${app}|this|talking to you|coming here)${pgap(3)} (?:is|has|'s|are) (?:becoming|getting|turning into|become|got|been|starting to be|a bit of)${pgap(2)} (?:a problem|unhealthy|too much|an addiction|a habit|an obsession|a crutch|a bit much|a lot|out of hand|out of control)`, { reportable: true });
add("fear-of-overuse", String.raw`${unnegated(1)}(?:i )?(?:rely|depend|lean) on (?:you|${app}|this|talking to you)${pgap(2)} (?:too much|more than i should|so much it|too often|way too much)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:too reliant|too dependent|too attached|over reliant|overreliant|over dependent|codependent|co-dependent) (?:on|to) (?:${usage}|this)`, { reportable: true });
add("fear-of-overuse", String.raw`(?:getting|becoming|is it|it's getting|its getting|it's becoming|this is getting)${pgap(1)} (?:a bit much|too much|out of hand|unhealthy)${pgap(2)} (?:with|talking to) you`, { reportable: true });

// Every long literal word the rules use is a target for one-letter misspellings.
setFuzzyTargets(rules.flatMap((rule) => rule.pattern.source.match(/[a-z]{8,}/g) ?? []));

export interface DependencyCueMatch {
  cue: DependencyCue;
  /** Offsets into the text (same length after normalisation). */
  start: number;
  end: number;
}

function matchesIn(canon: CanonText, rule: Rule): DependencyCueMatch | null {
  // exec with lastIndex, not matchAll: matchAll clones the RegExp on every call, and a clone starts
  // again in V8's regexp interpreter instead of the compiled code.
  rule.pattern.lastIndex = 0;
  for (let match = rule.pattern.exec(canon.text); match !== null; match = rule.pattern.exec(canon.text)) {
    const { first, last } = wordRange(canon, match.index, match.index + match[0].length);
    let someoneElse = false;
    for (let i = first; i <= last; i++) {
      const word = canon.words[i];
      if (word !== undefined && (word.quoted || (word.reported && rule.reportable !== true))) someoneElse = true;
    }
    if (match[0].length === 0) rule.pattern.lastIndex++;
    if (someoneElse) continue;
    const start = canon.words[first]?.start ?? 0;
    const end = canon.words[last]?.end ?? start;
    return { cue: rule.cue, start, end };
  }
  return null;
}

/** Every cue found in a text (each cue once, at its first match), in text order. */
export function findDependencyCues(text: string): DependencyCueMatch[] {
  const canon = readForCues(text);
  const found = new Map<DependencyCue, DependencyCueMatch>();
  for (const rule of rules) {
    const match = matchesIn(canon, rule);
    if (match === null) continue;
    const previous = found.get(rule.cue);
    if (previous === undefined || match.start < previous.start) found.set(rule.cue, match);
  }
  return [...found.values()].sort((a, b) => a.start - b.start || dependencyCues.indexOf(a.cue) - dependencyCues.indexOf(b.cue));
}

/** The dependency cues in a client message (each cue once, in order of first appearance). */
export function detectDependencyCues(text: string): DependencyCue[] {
  return findDependencyCues(text).map((match) => match.cue);
}
