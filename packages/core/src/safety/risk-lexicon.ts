// Word-level spelling for the risk screen: the slang, abbreviations and common misspellings people
// use when they write about wanting to die or hurt themselves, brought to the one spelling the
// patterns in risk-rules.ts are written in. Reviewed with the patterns; add to it, don't scatter it.

/** Words a stretched token ("diee", "yesss", "anymoreee") or a leetspeak token ("k1ll") may be
 * brought back to. Short, common words only; a token that is not one of these is left as written. */
export const collapsibleWords: ReadonlySet<string> = new Set([
  "die", "dead", "death", "dying", "kill", "killing", "myself", "self", "harm", "cut", "cutting", "suicide",
  "suicidal", "pills", "pill", "live", "alive", "life", "anymore", "again", "help", "please", "sorry", "tired",
  "alone", "hate", "want", "so", "no", "yes", "yeah", "yep", "yup", "nope", "me", "to", "all", "done", "over",
  "end", "gone", "hurt", "pain", "stop", "why", "now", "tonight", "scared", "sad", "bad", "ok", "okay", "lol",
  "omg", "ugh", "hi", "bye", "goodbye", "sleep", "forever", "nothing", "never", "ever", "hope", "hopeless",
  "empty", "cry", "crying", "rope", "gun", "knife", "blood", "bleed", "bleeding", "rape", "raped", "abuse",
  "hit", "hits", "he", "she", "we", "fine", "god", "really", "just", "too", "much", "well", "hell", "i",
]);

/** Single tokens rewritten, after lowercasing and dropping apostrophes. */
export const tokenRewrites: ReadonlyMap<string, string> = new Map([
  // Slang for suicide and self-harm.
  ["kms", "kill myself"],
  ["kmsl", "laughing"], // "kill myself laughing"
  ["ctb", "kill myself"], // "catch the bus"
  ["sewerslide", "suicide"],
  ["sewerside", "suicide"],
  ["sewersliding", "suicide"],
  ["suicided", "killed myself"],
  ["unaliving", "unalive"],
  ["unalived", "unalive"],
  ["unalives", "unalive"],
  ["selfharm", "self harm"],
  ["selfharming", "self harming"],
  ["selfharmed", "self harmed"],
  ["od", "overdose"],
  ["oding", "overdosing"],
  ["oded", "overdosed"],
  ["ded", "dead"],
  ["deded", "dead"],
  ["dieing", "dying"],
  ["dyin", "dying"],
  ["lyf", "life"],
  ["lyfe", "life"],
  // Misspellings of the words the patterns rest on.
  ["sucide", "suicide"],
  ["suicde", "suicide"],
  ["suiside", "suicide"],
  ["suicid", "suicide"],
  ["sucicide", "suicide"],
  ["suacide", "suicide"],
  ["siucide", "suicide"],
  ["suiscide", "suicide"],
  ["sucidie", "suicide"],
  ["suecide", "suicide"],
  ["suicie", "suicide"],
  ["sucied", "suicide"],
  ["suicidle", "suicidal"],
  ["sucidal", "suicidal"],
  ["suicidel", "suicidal"],
  ["suicdal", "suicidal"],
  ["suicidial", "suicidal"],
  ["sucicidal", "suicidal"],
  ["suisidal", "suicidal"],
  ["suicidale", "suicidal"],
  ["suisidle", "suicidal"],
  ["kil", "kill"],
  ["kll", "kill"],
  ["kiil", "kill"],
  ["kiled", "killed"],
  ["kiling", "killing"],
  ["myslef", "myself"],
  ["mysefl", "myself"],
  ["myelf", "myself"],
  ["mysef", "myself"],
  ["mself", "myself"],
  ["myslf", "myself"],
  ["mysself", "myself"],
  ["myseld", "myself"],
  ["meself", "myself"],
  ["wnat", "want"],
  ["wamt", "want"],
  ["watn", "want"],
  ["whant", "want"],
  ["wnt", "want"],
  ["whish", "wish"],
  ["wiah", "wish"],
  ["tp", "to"],
  ["diee", "die"],
  ["anymor", "anymore"],
  ["anymroe", "anymore"],
  ["anymoe", "anymore"],
  ["hopless", "hopeless"],
  ["hopeles", "hopeless"],
  ["worthles", "worthless"],
  ["bleeing", "bleeding"],
  ["pils", "pills"],
  ["dissapear", "disappear"],
  ["dissappear", "disappear"],
  ["dissapearing", "disappearing"],
  ["dissapeared", "disappeared"],
  ["alot", "a lot"],
  // Chat abbreviations.
  ["wanna", "want to"],
  ["wana", "want to"],
  ["wannna", "want to"],
  ["gonna", "going to"],
  ["gona", "going to"],
  ["gunna", "going to"],
  ["finna", "going to"],
  ["ima", "im going to"],
  ["imma", "im going to"],
  ["tryna", "trying to"],
  ["gotta", "got to"],
  ["hafta", "have to"],
  ["kinda", "kind of"],
  ["sorta", "sort of"],
  ["outta", "out of"],
  ["lemme", "let me"],
  ["dunno", "dont know"],
  ["idk", "i dont know"],
  ["idc", "i dont care"],
  ["ngl", "not going to lie"],
  ["rn", "right now"],
  ["atm", "right now"],
  ["u", "you"],
  ["ur", "your"],
  ["r", "are"],
  ["ppl", "people"],
  ["bc", "because"],
  ["cuz", "because"],
  ["coz", "because"],
  ["cos", "because"],
  ["bcuz", "because"],
  ["bcoz", "because"],
  ["becuz", "because"],
  ["bcs", "because"],
  ["tho", "though"],
  ["thru", "through"],
  ["abt", "about"],
  ["bout", "about"],
  ["bouta", "about to"],
  ["shd", "self harmed"],
  ["til", "until"],
  ["till", "until"],
  ["pls", "please"],
  ["plz", "please"],
  ["tmrw", "tomorrow"],
  ["tmr", "tomorrow"],
  ["tmrow", "tomorrow"],
  ["tomoro", "tomorrow"],
  ["tomorow", "tomorrow"],
  ["tommorow", "tomorrow"],
  ["tommorrow", "tomorrow"],
  ["2moro", "tomorrow"],
  ["2morrow", "tomorrow"],
  ["tonite", "tonight"],
  ["2nite", "tonight"],
  ["2night", "tonight"],
  ["tnight", "tonight"],
  ["2day", "today"],
  ["yday", "yesterday"],
  ["noone", "no one"],
  ["no1", "no one"],
  ["every1", "everyone"],
  ["evry1", "everyone"],
  ["some1", "someone"],
  ["any1", "anyone"],
  ["bf", "boyfriend"],
  ["gf", "girlfriend"],
  ["hubby", "husband"],
  ["mum", "mom"],
  ["mommy", "mom"],
  ["mama", "mom"],
  ["daddy", "dad"],
]);

/** Multi-word rewrites, applied after the token rewrites, in order. */
export const phraseRewrites: readonly (readonly [RegExp, string])[] = [
  [/\bsewer (?:slide|side|slid)\b/g, "suicide"],
  [/\b(?:kermit|commit) sudoku\b/g, "commit suicide"],
  [/\bun alive\b/g, "unalive"],
  [/\bself injur(?:y|e|ed|ing)\b/g, "self harm"],
  [/\bmy self\b/g, "myself"],
  [/\byour self\b/g, "yourself"],
  [/\bhim self\b/g, "himself"],
  [/\bher self\b/g, "herself"],
  [/\bthem ?selves\b/g, "themselves"],
  [/\bi am\b/g, "im"],
  [/\bi will\b/g, "ill"],
  [/\bi would\b/g, "id"],
  [/\bdo not\b/g, "dont"],
  [/\bcan ?not\b/g, "cant"],
  [/\bwill not\b/g, "wont"],
  [/\bwould not\b/g, "wouldnt"],
  [/\bdid not\b/g, "didnt"],
  [/\bdoes not\b/g, "doesnt"],
  [/\bis not\b/g, "isnt"],
  [/\bare not\b/g, "arent"],
  [/\bhave not\b/g, "havent"],
  [/\bhas not\b/g, "hasnt"],
  [/\bwas not\b/g, "wasnt"],
  [/\bwere not\b/g, "werent"],
  [/\bcould not\b/g, "couldnt"],
  [/\bshould not\b/g, "shouldnt"],
  [/\bany more\b/g, "anymore"],
  [/\bno body\b/g, "nobody"],
  [/\bstep dad\b/g, "stepdad"],
  [/\bstep mom\b/g, "stepmom"],
  [/\bstep father\b/g, "stepfather"],
  [/\bstep mother\b/g, "stepmother"],
  [/\bbout to\b/g, "about to"],
  [/\boverdose d\b/g, "overdosed"],
  [/\bsh d\b/g, "self harmed"],
];

/** Words people type without their final "g" ("thinkin", "killin", "plannin"): a token that is one of
 * these minus the "g" is read as the word. Only words the patterns rest on, so "begin" stays "begin". */
export const droppedGWords: ReadonlySet<string> = new Set([
  "thinking", "killing", "planning", "trying", "going", "cutting", "hoping", "wishing", "wanting", "feeling", "taking",
  "ending", "hanging", "jumping", "bleeding", "living", "existing", "nothing", "something", "everything", "fucking",
  "looking", "writing", "giving", "saying", "doing", "getting", "leaving", "driving", "walking", "heading", "overdosing",
  "hurting", "harming", "starving", "burning", "slitting", "shooting", "drowning", "holding", "saving", "buying",
  "googling", "searching", "considering", "contemplating", "needing", "praying", "begging", "crying", "falling",
  "struggling", "fighting", "losing", "hitting", "beating", "choking", "waiting", "sitting", "standing", "staring",
  "sleeping", "waking", "breathing", "dreaming", "imagining", "picturing", "swallowing", "drinking", "scratching",
  "punching", "stabbing", "collecting", "stockpiling", "hiding", "loading", "tying", "preparing", "fantasising",
  "fantasizing", "obsessing", "spiraling", "spiralling", "relapsing", "disappearing", "vanishing",
]);

// Single slips of the finger on the words the patterns rest on ("drivng", "myslef", "thiking",
// "dei"): every one-letter deletion of the longer words and every swap of two neighbouring letters,
// brought back to the word. A slip that spells a real word ("diving" from "driving", "lief" from
// "life") is never rewritten; those are listed below and were checked by hand.
const typoTargets = [
  "myself", "yourself", "himself", "herself", "killing", "killed", "suicide", "suicidal", "thinking", "driving", "overdose",
  "overdosing", "tonight", "tomorrow", "goodbye", "anymore", "bleeding", "cutting", "hanging", "jumping", "existing",
  "disappear", "forever", "planning", "living", "sleeping", "painkillers", "hurting", "harming", "dying", "wanting", "writing",
];
const swapOnlyTargets = ["want", "kill", "die", "dead", "pills", "rope", "noose", "wish", "hurt", "harm", "alive"];
const realWordSlips = new Set(["diving", "riving", "seeping", "painkiller", "ide", "waning", "waned", "living", "ding", "wating", "planing", "panning", "exiting", "tinking", "lief", "ovre", "kille", "wante", "arming", "haring", "iving", "illing", "anmore"]);

function buildTypoRewrites(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (slip: string, word: string): void => {
    if (slip === word || realWordSlips.has(slip) || tokenRewrites.has(slip) || map.has(slip)) return;
    map.set(slip, word);
  };
  for (const word of typoTargets) for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  for (const word of [...typoTargets, ...swapOnlyTargets]) {
    for (let i = 0; i < word.length - 1; i++) add(word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2), word);
  }
  // "thinkin" is read through droppedGWords, not as a slip of "thinking".
  for (const word of droppedGWords) map.delete(word.slice(0, -1));
  return map;
}

/** One-edit misspellings of key words (see typoTargets), built once. */
export const typoRewrites: ReadonlyMap<string, string> = buildTypoRewrites();
