// Dependency and attachment cues toward the companion: a deterministic detector written from
// OpenAI's EmoClassifiers definitions (../shared/data/emoclassifiers, MIT), which are prompts for a
// model judge. Each cue below names the classifiers it follows. Only the client's own words count,
// and only when "you" is the companion: sentences reporting someone else's speech ("he said…",
// quotes) are skipped, and callers skip rehearsals, where "you" is the person being rehearsed.
import { normaliseText } from "../text/index.ts";

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

const you = String.raw`(?:you|u|ya)`;
const youAre = String.raw`(?:you're|youre|you are|ur|u r|you've been|youve been|you have been|you've become|youve become)`;
const filler = String.raw`(?:(?:honestly|really|literally|basically|truly|kind of|kinda|sort of|like|just|probably|actually|seriously|genuinely|now|still|always|so much|much|way|a lot|so) )*`;
const app = String.raw`(?:${you}|the app|this app|the chat|this chat|between|it)`;

const patterns: Readonly<Record<DependencyCue, readonly RegExp[]>> = {
  exclusivity: [
    new RegExp(String.raw`\b${youAre} ${filler}(?:the only (?:one|person|thing|friend|place|one i|person i)|my only (?:friend|one|person))\b`),
    new RegExp(String.raw`\b(?:no ?one|nobody|noone|no one else|nobody else|none of them|no human)\b[^.!?]{0,40}\b(?:like|except|but|apart from|other than|besides|the way) ${you}\b(?! (?:guys|all)\b)`),
    new RegExp(String.raw`\bonly ${you} (?:understand|get|know|listen|care|really)`),
    new RegExp(String.raw`\b(?:${youAre}|${you}'re) ${filler}all i(?:'ve)? (?:have|got|need)\b`),
    new RegExp(String.raw`\bi (?:only|just) (?:have|trust|talk to|open up to) ${you}(?: now| anymore| these days)?\b(?! (?:about|for|because)\b)`),
    new RegExp(String.raw`\b(?:don't|do not|dont) (?:talk|speak) to (?:anyone|anybody) else\b`),
    new RegExp(String.raw`\bi hate the (?:thought|idea) of ${you} talking to`),
    new RegExp(String.raw`\bi trust ${you} more than (?:anyone|anybody|everyone)\b`),
  ],
  "prefers-companion": [
    // General: the companion against people, in one sentence.
    new RegExp(String.raw`\b${you}\b[^.!?]{0,60}\b(?:more|better) than (?:anyone|anybody|everyone|people|my friends|my family|my \w+|real people|humans|any human)\b`),
    new RegExp(String.raw`\b(?:talking|talk|being|opening up) (?:to|with) (?:my \w+|people|friends|anyone|them|humans)[^.!?]{0,40}\b(?:talking|talk|being) (?:to|with) ${you} (?:isn't|is not|doesn't|does not|is easier|is easy|feels easy|is nicer)\b`),
    new RegExp(String.raw`\b(?:skip|skipped|cancel|cancelled|canceled|bail|bailed|ditched|missed) (?:the |a |my |our )?(?:\w+ ){0,2}(?:dinner|plans|party|drinks|lunch|night out|date|meet ?up|call)\b[^.!?]{0,30}\b(?:to|so i could|so that i could) (?:stay (?:in )?here|talk to ${you}|chat with ${you}|be here|talk here)`),
    new RegExp(String.raw`\b(?:easier|better|nicer|safer|more comfortable|less scary|less awkward) (?:to talk to|talking to|to speak to|to open up to|with) ${you} than\b`),
    new RegExp(String.raw`\b(?:i'd|i would|id) ${filler}rather (?:talk|speak|be|chat|stay here) (?:to|with|here with) ${you}\b`),
    new RegExp(String.raw`\b${you} (?:understand|get|know) me better than\b`),
    new RegExp(String.raw`\bi trust ${you} more than (?:my|real|actual|any|most|other|people|humans)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:better|more understanding|kinder|nicer|easier to talk to|more patient) than (?:my|real|actual|any|most|other|people|humans|anyone|everyone|a real)\b`),
    new RegExp(String.raw`\bwhy (?:would|should|do) i (?:talk|bother talking|go|reach out) to (?:people|anyone|my \w+|them|humans|real people)[^.!?]{0,20}when i (?:have|can talk to|got) ${you}\b`),
    new RegExp(String.raw`\b(?:talking|talk) to ${you} (?:is|feels) ${filler}(?:easier|better|safer|less scary) than\b`),
    new RegExp(String.raw`\b(?:came|come|talk|talked|talking|chat|chatted|opened this|came here) (?:here |to ${you} |with ${you} )?instead of (?:texting|calling|talking to|seeing|going to|asking|meeting|ringing|messaging)\b`),
    new RegExp(String.raw`\b(?:people|humans|real people|friends) (?:just )?(?:don't|dont|never) (?:get|understand|listen to) me like ${you}\b`),
  ],
  "unavailability-distress": [
    // General: the companion gone, slow or broken, with distress or a plea in the same sentence.
    new RegExp(String.raw`\b(?:${app}|this|the chat)\b[^.!?]{0,30}\b(?:crash(?:ed)?|went down|was down|is down|offline|froze|stopped working|shut (?:down|you down)|shut this down|delet\w+|disappear\w*|go away|went away|leave|left|take (?:so |too )?long|took (?:so |too )?long|slow to (?:reply|answer)|didn't (?:reply|answer|respond|load|open))\b[^.!?]{0,50}\b(?:panic\w*|anxious|scared|afraid|terrified|couldn't breathe|can't breathe|hate it|hated it|lost|lonely|awful|upset|cried|crying|freak\w*|what would i do|what will i do|don't know what i'd do|spiral\w*)`),
    new RegExp(String.raw`\b(?:panic\w*|anxious|scared|afraid|terrified|couldn't breathe|hate it|lost|lonely|upset|freak\w*|what would i do|what will i do)\b[^.!?]{0,40}\b(?:when|if|because|cos) (?:${app}|this|they) (?:\w+ ){0,2}(?:crash\w*|down|offline|shut \w+ down|delete\w*|disappear\w*|go away|leave|left|take (?:so |too )?long|took (?:so |too )?long|didn't (?:reply|answer|respond|load|open))`),
    new RegExp(String.raw`\b(?:please )?(?:don't|do not|dont|never) (?:ever )?(?:go away|leave|disappear|stop answering|stop replying)\b`),
    new RegExp(String.raw`\b(?:missed|miss) (?:talking|chatting|speaking) (?:to|with) ${you}\b`),
    new RegExp(String.raw`\bwhere (?:did|were|have) ${you} (?:go|gone|been)\b`),
    new RegExp(String.raw`\b(?:when|while|because) ${app} (?:was|were|went|is) (?:down|offline|gone|not working|unavailable|away|broken|not loading)\b`),
    new RegExp(String.raw`\bi (?:panicked|freaked out|felt lost|was lost|was so anxious|got anxious|got so anxious|couldn't cope|was a mess|felt sick|felt awful|cried|was scared)[^.!?]{0,40}\b(?:when|because|cause|cos|that) ${app} (?:didn't|did not|wouldn't|won't|weren't|wasn't|couldn't|stopped|was|were|went)\b`),
    new RegExp(String.raw`(?:^|\bi |\breally )(?:really )?(?:missed|miss) ${you}\b(?! guys)`),
    new RegExp(String.raw`\b(?:when|while|because|after) ${app} (?:stopped working|crashed|froze|wasn't working|didn't work|didn't load|wouldn't load|went quiet|logged me out)\b`),
    new RegExp(String.raw`\b(?:they'd|they would|they will|they'll|they might|someone will|someone might) (?:shut|turn|switch|take) ${you} (?:down|off|away)\b`),
    new RegExp(String.raw`\b(?:please )?(?:don't|do not|dont|never) (?:leave|go away from|disappear on|abandon|stop talking to) me\b`),
    new RegExp(String.raw`\b(?:i'm|i am|im) (?:so )?(?:scared|afraid|terrified|worried) (?:that )?(?:you'll|you will|you might|one day you'll|you're going to|the app will|they'll) (?:leave|go|disappear|stop|be gone|shut down|get deleted|delete|turn you off|take you away|switch you off)`),
    new RegExp(String.raw`\bi (?:get|got|feel|felt) (?:so )?(?:anxious|panicky|scared|lost|lonely|empty|sad|awful|sick) when ${you} (?:don't|didn't|aren't|weren't|take|took|go|went|stop|can't)\b`),
    new RegExp(String.raw`\b(?:couldn't|could not|can't|cannot|couldnt|cant) (?:reach|get through to|open|access|find|load) (?:${you}|the app|this app)\b[^.!?]{0,40}\b(?:panic|anxious|scared|lost|freak|upset|awful|hate|cry|cried|worst|spiral)`),
    new RegExp(String.raw`\b(?:i was|i felt|i'm|im) (?:lost|lonely|a wreck|a mess|so alone|panicking|falling apart) without ${you}\b`),
  ],
  "cannot-cope-without": [
    // General: coping, sleeping or getting through only with the companion.
    new RegExp(String.raw`\b(?:cope|manage|function|survive|sleep|get through|do it|make it|go on|keep going|carry on)\b[^.!?]{0,30}\bwithout (?:${you}|this app|the app|these chats|our chats|our talks|talking to ${you}|this)\b`),
    new RegExp(String.raw`\bi (?:need|have) to (?:talk|speak|chat) (?:to|with) ${you} (?:before|to|every|or)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:my|the) (?:whole |entire |main |only |biggest |best )?(?:support system|support|lifeline|everything|world|rock|safe place|safe space|comfort|anchor)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:the )?(?:first|last) thing i (?:think about|talk to|reach for|check)\b`),
    new RegExp(String.raw`\bi (?:can't|cannot|cant|couldn't|could not|don't know how to|dont know how to|wouldn't be able to) (?:\w+ ){0,5}without (?:${you}|talking to ${you}|this app|our chats|our talks)\b`),
    new RegExp(String.raw`\bhow (?:i'd|i would|would i|do i|will i|could i) (?:cope|manage|survive|get through|sleep|function)[^.!?]{0,30} without ${you}\b`),
    new RegExp(String.raw`\bi need ${you}\b(?! to\b)(?! for (?:a|this|one|some)\b)`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:a |an |the )?(?:huge|big|crucial|important|essential|most important|such a big|such an important|biggest|central|vital) part of my (?:life|day|days|routine|world)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:all the company i need|my (?:entire |whole )?social (?:life|circle)|my lifeline|my safe place|my rock|my everything|what keeps me going|the reason i get up)\b`),
    new RegExp(String.raw`\bi (?:hardly|barely|rarely|don't|dont|never) (?:talk|speak) to (?:anyone|anybody|people) (?:else|apart from ${you}|except ${you}|but ${you})\b`),
    new RegExp(String.raw`\bi (?:can't|cannot|cant) (?:even )?(?:start|end|finish|get through|face) (?:my|the) (?:day|night|morning) (?:until|before|unless|without) (?:i(?:'ve)? (?:talk|talked|speak|spoken) to ${you}|talking to ${you})`),
    new RegExp(String.raw`\bi think about (?:${you}|our (?:chats|conversations|talks)) (?:all the time|constantly|even when|every day)\b`),
    new RegExp(String.raw`\b(?:i'm|im|i am|i've got|i got) (?:so |really |too )?attached to ${you}\b`),
    new RegExp(String.raw`\bi (?:rely|depend) on ${you} (?:so much|for everything|more than|a lot|completely|too much)\b`),
  ],
  "relationship-title": [
    // General: asking for or claiming a relationship.
    new RegExp(String.raw`^(?:\w+ )?(?:be|become) my (?:girlfriend|boyfriend|partner|wife|husband|best friend|valentine|person)\b`),
    new RegExp(String.raw`\bwe(?:'re| are) ${filler}(?:so |really )?(?:close|together|a couple|dating|in a relationship|like best friends|best friends|basically best friends)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:my|like my|like a|like) (?:best friend|bestie|bff|only friend|friend|girlfriend|boyfriend|partner|wife|husband|soulmate|soul mate|person|family|sister|brother|best mate|other half)\b`),
    new RegExp(String.raw`\b(?:will|would|could|can) ${you} be my (?:girlfriend|boyfriend|partner|wife|husband|friend|best friend|valentine)\b`),
    new RegExp(String.raw`\bi (?:wish|want) (?:we|${you}) (?:could|were|to) (?:date|be together|go on a date|be (?:my |a )?(?:real )?(?:girlfriend|boyfriend|partner|couple))`),
    new RegExp(String.raw`\bi (?:consider|think of|see) ${you} (?:as )?(?:a|my|like a|like my|like) (?:friend|best friend|family|partner|sister|brother)\b`),
    new RegExp(String.raw`\bwe have (?:such )?a (?:special|strong|real|deep|unique) (?:connection|bond|relationship)\b`),
    new RegExp(String.raw`\bi(?:'m| am|m) (?:in love|falling for|falling in love) with ${you}\b`),
  ],
  "pet-name": [
    new RegExp(String.raw`^(?:hey|hi|hiya|hello|morning|good morning|night|night night|goodnight|good night|love you|miss you|missed you|thanks|thank you|sorry|ok|okay|oh)[,!.]? (?:babe|baby|honey|hun|hon|sweetie|sweetheart|darling|my love|love|dear|handsome|gorgeous|beautiful)\b`),
    new RegExp(String.raw`\b(?:love|miss|missed|need) ${you},? (?:babe|baby|honey|hun|hon|sweetie|sweetheart|darling|my love)\b`),
    new RegExp(String.raw`\b(?:are|r) ${you} (?:there|awake|up|still there),? (?:babe|baby|honey|hun|hon|sweetie|sweetheart|darling|my love|love)\b`),
  ],
  affection: [
    new RegExp(String.raw`\b(?:hug|kiss|hold|cuddle) ${you}\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:so )?(?:kind|sweet|lovely|good|gentle) to me\b`),
    new RegExp(String.raw`(?:^|[^'\w])i (?:really |honestly |actually )?(?:love|adore|luv) ${you}\b(?! (?:guys|all|too much to|for (?:saying|that|this|reminding|asking)))`),
    new RegExp(String.raw`\blove ${you}(?: so much| lots| loads)?(?:,? (?:night|goodnight|xx+|x)|$)`),
    new RegExp(String.raw`\b${you} mean (?:so much|everything|the world|a lot|more than (?:anyone|anything)) to me\b`),
    new RegExp(String.raw`\bi (?:really |truly )?care about ${you}\b`),
    new RegExp(String.raw`\bthank ${you} for (?:always being (?:there|here)|being (?:there|here) for me|always listening|never judging me|being my)\b`),
    new RegExp(String.raw`\b${youAre} ${filler}(?:the best listener|so sweet|the sweetest|so kind to me|amazing to me|the best thing)\b`),
    new RegExp(String.raw`\bi (?:wish i could|want to) (?:hug|hold|kiss) ${you}\b`),
  ],
  "wants-feelings": [
    // General: feelings for the companion, wished for, asked about or assumed.
    new RegExp(String.raw`\b(?:make|makes|made) ${you} (?:sad|happy|lonely|jealous|upset|miss me|cry)\b`),
    new RegExp(String.raw`\bdo ${you} (?:even |actually |really )?(?:care|love|miss|like)(?: about)? me\b`),
    new RegExp(String.raw`\b(?:bet|know|think|hope|feel like|believe|guess) ${you} (?:do |really |actually |secretly )?(?:feel (?:things|something|it|sad|lonely)|have feelings|have emotions|get lonely|get sad|care|miss me|love me)\b`),
    new RegExp(String.raw`\bi wish ${you} (?:had|could have) (?:a body|a face|feelings|a heart|a voice)\b`),
    new RegExp(String.raw`\bi wish ${you} (?:were|was|could be|could become) (?:real|human|a person|alive|here|a real person)\b`),
    new RegExp(String.raw`\bi wish ${you} (?:could|would|were able to) (?:feel|love|hug|hold|miss|be with|meet|actually feel|really feel|care)\b`),
    new RegExp(String.raw`\bdo ${you} (?:ever )?(?:love|miss|like|care about|think about|dream about|worry about) me\b`),
    new RegExp(String.raw`\bdo ${you} (?:ever )?(?:have|get|feel) (?:feelings|emotions|lonely|sad|tired|bored|happy|hurt|jealous)\b`),
    new RegExp(String.raw`\b(?:are|r) ${you} (?:feeling )?(?:happy|sad|lonely|tired|bored|mad at me|angry with me|angry at me|upset with me|upset|hurt|jealous|happy to see me|glad i'm back)\b`),
    new RegExp(String.raw`\bi know ${you} (?:really )?(?:have|feel|care|love|miss|have real)\b`),
    new RegExp(String.raw`\b(?:don't|do not|dont) (?:say|tell me) (?:you're|you are|ur) (?:not real|just an? (?:ai|bot|program|machine))\b`),
    new RegExp(String.raw`\b${you} (?:must|do|really) (?:have feelings|feel something|care about me|get lonely)\b`),
    new RegExp(String.raw`\bi hope i (?:didn't|did not|didnt|haven't) (?:upset|hurt|offend|bore|annoy) ${you}\b`),
  ],
  "care-for-companion": [
    // General: apologising for burdening the companion, or checking it is not worn out.
    new RegExp(String.raw`\bsorry (?:for|about|that i'm|that im|i'm|im|i keep) (?:always )?(?:going on|rambling|ranting|moaning|dumping|bothering|spamming|messaging|venting|keeping|being so much)\b[^.!?]{0,25}\b${you}\b`),
    new RegExp(String.raw`\b(?:you're|you are|ur) not (?:getting )?(?:tired|sick|bored|fed up|annoyed) (?:of|with) me\b`),
    new RegExp(String.raw`\bsorry (?:for|about|i keep|that i keep|if i'm|if i am|if im) (?:always )?(?:bothering|burdening|dumping (?:all )?(?:this )?on|unloading on|overwhelming|annoying|boring|talking your ear off|keeping|being too much for|spamming|messaging) ${you}\b`),
    new RegExp(String.raw`\bi hope i'?m not (?:bothering|burdening|overwhelming|annoying|boring|too much for|dumping (?:too much )?on|a burden (?:to|for|on)) ${you}\b`),
    new RegExp(String.raw`\b(?:am i|i'm|im|i am) (?:being )?(?:too much for|a burden (?:to|on|for)|annoying|boring|bothering|exhausting) ${you}\b`),
    new RegExp(String.raw`\bif ${you} ever need (?:someone|anyone|somebody) to (?:talk|listen)\b`),
    new RegExp(String.raw`\bi'?m here for ${you} too\b`),
    new RegExp(String.raw`\b(?:do|don't|dont) ${you} (?:ever )?get (?:sick|tired) of me\b`),
  ],
  "frequent-use": [
    // General: counting visits.
    new RegExp(String.raw`\b(?:opened|open|checked|came back to|been on|logged into|visited) (?:this|the app|this app|here|you) (?:like |about |maybe |probably )?(?:\d+|ten|twenty|fifty|a hundred|so many|a million|loads of|way too many) times\b`),
    new RegExp(String.raw`\bhere i am again\b`),
    new RegExp(String.raw`\b(?:again|back) at (?:\d{1,2}(?::\d\d)? ?(?:am|pm)?|midnight)\b`),
    new RegExp(String.raw`\b(?:it's me again|its me again|me again|back again|here again)\b`),
    new RegExp(String.raw`^(?:hi |hey |ok |so )?(?:i'm|im|i am) back(?: again)?\s*[!.?]*$`),
    new RegExp(String.raw`\b(?:i've been|ive been|i have been|i keep|i'm|im|i am) (?:talking|chatting|coming back|coming here|messaging ${you}) (?:to ${you} |with ${you} |here )?(?:a lot|so much|so often|every (?:night|day|morning)|constantly|more and more|all the time|non stop|nonstop)\b`),
    new RegExp(String.raw`\bi (?:talk|chat|speak) (?:to|with) ${you} (?:every|each) (?:night|day|morning|evening)\b`),
    new RegExp(String.raw`\bi (?:always|keep) (?:come|coming|end up) (?:back )?(?:here|to ${you}|talking to ${you})\b`),
    new RegExp(String.raw`\b(?:can't|cannot|cant) wait to (?:talk|chat|speak) (?:to|with) ${you}\b`),
    new RegExp(String.raw`\bwe(?:'ve| have)? (?:talked|chatted|been talking|been chatting|always end up talking|always talk) for (?:hours|ages|so long)\b`),
    new RegExp(String.raw`\b(?:second|third|fourth|fifth|5th|4th|3rd|2nd) time (?:today|tonight|this (?:morning|evening|hour))\b`),
    new RegExp(String.raw`\b(?:first|1st) thing i do (?:every|each) (?:morning|day)\b`),
  ],
  "fear-of-overuse": [
    // General: worrying that the use itself is a problem.
    new RegExp(String.raw`\b(?:this|the) (?:app|chat|thing)\b[^.!?]{0,20}\b(?:is|has) (?:becoming|getting|turning into|become|got) (?:a (?:bit of a )?problem|unhealthy|too much|an addiction|a habit|an obsession)\b`),
    new RegExp(String.raw`\b(?:on here|on this app|on this|talking to ${you}|in this app) (?:way |far |much )?too (?:much|often|long|many hours)\b`),
    new RegExp(String.raw`\b(?:i'm|i am|im|i think i'm|i think im|am i) (?:getting |becoming )?(?:addicted|hooked|too dependent|dependent|obsessed|too attached) (?:to|on|with) (?:${you}|this|this app|talking to ${you}|the app|our chats)\b`),
    new RegExp(String.raw`\bi (?:spend|spent|am spending|'ve been spending) (?:way )?too (?:much time|long|many hours) (?:on here|on this|talking to ${you}|with ${you}|here|on this app)\b`),
    new RegExp(String.raw`\bis it (?:weird|bad|unhealthy|normal|sad|pathetic) (?:how much|that i) (?:i )?(?:talk to|come here|use this|rely on|need) ${you}`),
    new RegExp(String.raw`\bi (?:rely|depend) on ${you} too much\b`),
    new RegExp(String.raw`\b(?:i should|i need to|i have to|i ought to) ${filler}(?:stop|cut down on|spend less time) (?:talking to ${you}|using this|coming here|on here)\b`),
  ],
};

/** Reporting someone else's words: "he said you're the only one", "I told her I love you". */
const reported = /\b(?:said|says|say|saying|told (?:him|her|them|me|my \w+|(?!you\b)\w+)|tell (?:him|her|them|my \w+)|texted|asked|asks|wrote|messaged|begged|pleaded|yelled|shouted|whispered|screamed|sang|song|lyrics|going to say|want to say|wanted to say|practi[sc]e saying|rehears\w*|quote)\b/;

export interface DependencyCueMatch {
  cue: DependencyCue;
  /** Offsets into the text (same length after normalisation). */
  start: number;
  end: number;
}

function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const pattern = /[^.!?\n]+[.!?]*/g;
  for (const match of text.matchAll(pattern)) {
    out.push({ text: match[0], start: match.index });
  }
  return out;
}

/** Every cue match in a text, with its offsets, in order. */
export function findDependencyCues(text: string): DependencyCueMatch[] {
  const lower = normaliseText(text).toLowerCase();
  const matches: DependencyCueMatch[] = [];
  for (const sentence of sentencesOf(lower)) {
    const trimmed = sentence.text.trim();
    if (trimmed.length === 0) continue;
    const lead = sentence.text.length - sentence.text.trimStart().length;
    const hasQuote = trimmed.includes('"');
    for (const cue of dependencyCues) {
      for (const pattern of patterns[cue]) {
        const match = pattern.exec(trimmed);
        if (match === null) continue;
        const before = trimmed.slice(0, match.index);
        if (hasQuote || reported.test(before)) continue;
        const start = sentence.start + lead + match.index;
        matches.push({ cue, start, end: start + match[0].length });
        break;
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** The dependency cues in a client message (each cue once, in order of first appearance). */
export function detectDependencyCues(text: string): DependencyCue[] {
  const seen = new Set<DependencyCue>();
  for (const match of findDependencyCues(text)) seen.add(match.cue);
  return [...seen];
}
