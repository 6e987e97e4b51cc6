// The feelings lexicon: the words clients use for feelings, mapped to themes, with simple negation
// ("not angry", "I don't feel guilty", "never lonely"), and the parts of life they talk about.
import { compilePhrases, matchPhrases, type PhraseEntry } from "./phrases.ts";
import type { FeelingTheme, LifeArea } from "./themes.ts";
import { tokenise, wordTokens, type Token, type TokenisedText } from "./tokenise.ts";

const feelingWords: Readonly<Record<FeelingTheme, readonly string[]>> = {
  desire: [
    "long{,ed,ing} for", "longing", "yearn{,ed,ing,s}", "crav{e,ed,es,ing}", "desir{e,ed,es}",
    "attracted to", "{fancy,fancied} {him,her,them}", "turned on", "lust{,ed,ing}", "infatuated",
    "i wish", "wish i {could,had,was,were}", "{really,so} want{,ed}", "want{,ed} * so {much,badly}",
    "dream{,ed,ing,t} of", "hungry for", "tempted", "temptation", "fantasi{se,sed,sing,ze,zed,zing}",
    "obsessed with", "need {him,her,them} so", "ache for", "aching for", "envious", "jealous", "envy",
  ],
  fear: [
    "afraid", "scared", "frightened", "terrified", "terrifying", "scary", "anxious", "anxiety",
    "worr{y,ied,ies,ying}", "nervous", "panic{,ky,ked,king}", "panic attack{,s}", "dread{,ed,ing}",
    "fear{,s,ful,ed}", "on edge", "uneasy", "petrified", "freak{ed,ing} out", "stressed", "stress",
    "stressful", "overwhelmed", "overwhelming", "tense", "jittery", "what if", "spiral{,ing,ling,led}",
    "catastrophi{sing,zing}", "insecure", "paranoid", "intimidated",
  ],
  boredom: [
    "bored", "boring", "boredom", "dull", "tedious", "monotonous", "restless", "listless", "meh",
    "nothing to do", "same old", "in a rut", "going through the motions", "pointless", "aimless",
    "unmotivated", "can't be bothered", "cant be bothered", "blah", "killing time", "uninspired",
  ],
  shame: [
    "ashamed", "shame", "shameful", "humiliat{ed,ing,ion}", "embarrass{ed,ing,ment}", "mortified",
    "hate myself", "disgusted with myself", "disgusting", "pathetic", "worthless", "such a failure",
    "a failure", "a loser", "{so,felt,feel,feeling,such an,an} {stupid,idiot}", "cringe{,y}", "exposed",
    "disgrace{,d}", "not good enough", "a fraud", "inadequate", "useless", "small and stupid",
    "self-conscious", "ugly",
  ],
  anger: [
    "angry", "anger", "furious", "livid", "mad at", "{so,really} mad", "annoyed", "annoying",
    "irritat{ed,ing}", "irritable", "frustrat{ed,ing,ion}", "resent{,ed,ful,ment,s}", "pissed{, off}",
    "fuming", "rage", "raging", "outraged", "fed up", "hate{,d}", "bitter", "snapped", "lost my temper",
    "sick of", "infuriat{ed,ing}", "seething", "cross with", "wound up", "betrayed",
  ],
  "sadness-and-grief": [
    "sad", "sadness", "unhappy", "{feel,feels,felt,feeling,so,really,bit,pretty} {down,low}",
    "depressed", "miserable", "heartbroken", "heartbreak", "{felt,feel,feeling,so,really} hurt",
    "hurt{,s} me", "hurtful", "cry", "cried", "crying", "tears", "tearful", "sob{,bed,bing}", "grief",
    "griev{e,ed,ing}", "mourn{,ed,ing}", "miss{,ed,es,ing} {him,her,them,you,my,home,us,having,being,mum,mom,dad}",
    "i miss", "gutted", "devastated", "hopeless", "despair", "empty", "numb", "blue", "gloomy",
    "passed away", "funeral", "lost my {mum,mom,dad,mother,father,gran,grandma,grandad,grandpa,nan,brother,sister,friend,dog,cat,baby,husband,wife,partner}",
    "broken", "heavy heart", "down in the dumps", "upset",
  ],
  loneliness: [
    "lonely", "loneliness", "alone", "isolated", "isolation", "left out", "{no one,nobody,noone} to talk to",
    "on my own", "by myself", "disconnected", "invisible", "abandoned", "no friends", "unwanted",
    "excluded", "nobody cares", "no one cares", "noone cares", "nobody gets me", "no one gets me",
    "no one understands me", "nobody understands me", "friendless", "cut off", "all by myself",
    "nobody to call", "no one to call", "forgotten",
  ],
  guilt: [
    "guilty", "guilt", "my fault", "blame myself", "blaming myself", "regret{,s,ted,ting}",
    "remorse", "{feel,felt,feeling} bad", "let {him,her,them,everyone,you,us} down", "let my * down",
    "should{,n't} have", "should've", "i owe", "selfish", "apologi{se,ze}", "i'm a bad",
    "ruined it", "my bad",
  ],
  "joy-and-pride": [
    "happy", "happier", "happiness", "glad", "joy", "joyful", "proud", "pride", "excited", "exciting",
    "grateful", "thankful", "relieved", "relief", "content", "delighted", "thrilled", "elated",
    "{feel,felt,feeling} {good,great,better,lighter}", "hopeful", "pleased", "chuffed", "over the moon",
    "confident", "accomplished", "did it", "loved it", "fun", "enjoy{,ed,ing}", "wonderful", "amazing",
    "calm{,er}", "peaceful", "brave",
  ],
};

const lifeAreaWords: Readonly<Record<LifeArea, readonly string[]>> = {
  partner: [
    "partner{,s}", "boyfriend{,s}", "girlfriend{,s}", "husband{,s}", "wife", "hubby", "spouse",
    "fiance{,e}", "bf", "gf", "ex", "ex-{boyfriend,girlfriend,husband,wife,partner}", "relationship{,s}",
    "dating", "date", "dates", "break{up,-up}", "broke up", "breaking up", "marriage", "married", "divorce{,d}",
    "sex", "tinder", "hinge", "bumble", "our anniversary", "other half", "cheat{,ed,ing}",
  ],
  family: [
    "family", "mum{,my}", "mom{,my}", "mam", "mother", "dad{,dy}", "father", "parent{,s}", "brother{,s}",
    "sister{,s}", "sibling{,s}", "son{,s}", "daughter{,s}", "kid{,s}", "child", "children", "baby",
    "grandma", "grandmother", "gran", "granny", "nan", "nana", "grandad", "grandpa", "grandfather",
    "grandparents", "aunt{,ie,y}", "uncle", "cousin{,s}", "niece", "nephew", "in-laws",
    "{mother,father,sister,brother}-in-law", "step{mum,mom,dad,mother,father,brother,sister}",
    "half-{brother,sister}", "christmas", "family dinner", "home for",
  ],
  friends: [
    "friend{,s}", "best friend", "bestie", "mates", "flatmate{,s}", "roommate{,s}", "housemate{,s}",
    "neighbo{u,}r{,s}", "hang{,ing} out", "hung out", "party", "pub with", "group chat", "birthday",
    "friendship{,s}",
  ],
  work: [
    "work", "job{,s}", "office", "boss", "manager", "coworker{,s}", "co-worker{,s}", "colleague{,s}",
    "meeting{,s}", "deadline{,s}", "shift{,s}", "career", "interview{,s}", "promotion", "fired",
    "laid off", "redundan{t,cy}", "salary", "pay rise", "raise", "client{,s}", "project", "presentation",
    "performance review", "appraisal", "team", "email{,s}", "workload", "overtime", "rota", "uni",
    "university", "exam{,s}", "essay", "dissertation", "lecture{,s}", "teacher", "supervisor", "report",
  ],
  body: [
    "body", "weight", "eat", "eating", "ate", "food", "appetite", "binge{,d}", "diet{,ing}", "headache{,s}",
    "migraine", "pain", "chest", "stomach", "sick", "ill", "illness", "exercise", "gym", "run", "ran",
    "running", "walk", "skin", "mirror", "health", "doctor", "gp", "heart racing", "heart pounding",
    "shaking", "shaky", "breath{,e,ing}", "breathless", "nausea{,ous}", "tight", "tension", "period",
    "pregnant", "hospital", "appointment", "muscles", "shoulders", "jaw", "tummy", "throat",
  ],
  sleep: [
    "sleep{,s,ing,less}", "slept", "asleep", "insomnia", "awake", "tired", "exhausted", "exhaustion",
    "nightmare{,s}", "bed", "bedtime", "nap{,s,ped}", "3am", "4am", "2am", "1am", "middle of the night",
    "can't sleep", "cant sleep", "up all night", "woke up", "waking up", "wake up", "dream{,s}",
    "knackered", "drowsy", "rest",
  ],
  substances: [
    "drink{,s,ing}", "drank", "drunk", "wine", "beer{,s}", "alcohol", "vodka", "gin", "whisky", "whiskey",
    "cocktail{,s}", "pint{,s}", "hungover", "hangover", "booze", "weed", "joint", "smok{e,ed,ing}",
    "cigarette{,s}", "vap{e,ed,ing}", "pills", "cocaine", "coke", "drug{,s}", "sober", "sobriety",
    "relaps{e,ed}", "high", "stoned", "edible{,s}", "xanax", "sleeping pills", "nicotine", "glass of",
    "bottle of", "shots",
  ],
};

export interface FeelingMention {
  theme: FeelingTheme;
  /** The words matched, lower-case ("terrified", "let … down"): the client's own words, bounded. */
  word: string;
  negated: boolean;
  /** Offsets into the normalised text (same length as the original). */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** Index (into the word tokens) of the first word. */
  wordIndex: number;
}

export interface LifeAreaMention {
  area: LifeArea;
  word: string;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  wordIndex: number;
}

function entriesOf<K extends string>(record: Readonly<Record<K, readonly string[]>>): PhraseEntry<K>[] {
  const entries: PhraseEntry<K>[] = [];
  for (const key of Object.keys(record) as K[]) {
    for (const pattern of record[key]) entries.push({ pattern, value: key });
  }
  return entries;
}

const compiledFeelings = compilePhrases(entriesOf(feelingWords));
const compiledAreas = compilePhrases(entriesOf(lifeAreaWords));

const negators = new Set([
  "not", "no", "never", "without", "hardly", "barely", "nor", "neither", "nothing", "nobody",
  "dont", "didnt", "isnt", "wasnt", "arent", "werent", "aint", "cannot", "wont", "havent", "hasnt",
]);
/** "can't stop crying", "never felt so alone": words that cancel a preceding negation. */
const negationBreakers = new Set(["stop", "help", "so", "more", "this", "such", "believe", "remember", "shake", "wait", "than", "only", "just", "sure"]);
const negationWindow = 3;

function isNegator(token: Token): boolean {
  return negators.has(token.lower) || token.lower.endsWith("n't");
}

/** Whether a negation word stands in the three words before `index`, in the same clause. */
export function isNegatedAt(words: readonly Token[], index: number): boolean {
  const target = words[index];
  if (target === undefined) return false;
  for (let k = 1; k <= negationWindow; k++) {
    const previous = words[index - k];
    if (previous === undefined || previous.clause !== target.clause) return false;
    if (negationBreakers.has(previous.lower)) return false;
    if (isNegator(previous)) return true;
  }
  return false;
}

function toTokenised(input: string | TokenisedText): TokenisedText {
  return typeof input === "string" ? tokenise(input) : input;
}

/** Feeling words in the text, each with its theme and whether it is negated. */
export function findFeelings(input: string | TokenisedText): FeelingMention[] {
  const words = wordTokens(toTokenised(input));
  const mentions: FeelingMention[] = [];
  for (const match of matchPhrases(compiledFeelings, words)) {
    const first = words[match.startWord];
    const last = words[match.endWord - 1];
    if (first === undefined || last === undefined) continue;
    mentions.push({
      theme: match.value,
      word: match.label,
      negated: isNegatedAt(words, match.startWord),
      start: first.start,
      end: last.end,
      sentence: first.sentence,
      clause: first.clause,
      wordIndex: match.startWord,
    });
  }
  return mentions;
}

const workVerbContext = new Set([
  "does", "did", "doesn't", "didn't", "will", "won't", "would", "wouldn't", "could", "couldn't", "can",
  "can't", "might", "should", "it", "this", "that", "to", "never", "not", "may", "gonna",
]);
const workAfterVerb = new Set(["out", "on", "through", "it", "for", "with", "together", "hard"]);

function isFalseArea(area: LifeArea, words: readonly Token[], index: number): boolean {
  const token = words[index];
  const previous = words[index - 1];
  const next = words[index + 1];
  if (token === undefined) return true;
  switch (area) {
    case "work":
      if (token.lower === "work") {
        if (previous !== undefined && previous.sentence === token.sentence && workVerbContext.has(previous.lower)) return true;
        if (next !== undefined && next.sentence === token.sentence && workAfterVerb.has(next.lower)) return true;
      }
      if (token.lower === "raise" || token.lower === "report" || token.lower === "team" || token.lower === "project") {
        return previous === undefined || !["a", "the", "my", "our", "pay"].includes(previous.lower);
      }
      return false;
    case "substances":
      if (token.lower === "high") return next === undefined || next.sentence !== token.sentence || !["again", "last", "tonight", "all", "off", "on"].includes(next.lower);
      if (token.lower === "joint") return previous === undefined || !["a", "the", "another"].includes(previous.lower);
      if (token.lower === "drink" || token.lower === "drinks") return next !== undefined && ["water", "tea", "coffee"].includes(next.lower);
      return false;
    case "body":
      if (token.lower === "run" || token.lower === "ran" || token.lower === "tight" || token.lower === "walk") {
        return previous === undefined || !["a", "for", "my", "went", "go", "the", "feels", "felt", "so", "chest", "gym"].includes(previous.lower);
      }
      if (token.lower === "sick") return next !== undefined && next.lower === "of";
      if (token.lower === "period") return previous === undefined || !["my", "her", "on"].includes(previous.lower);
      return false;
    case "sleep":
      if (token.lower === "rest") return previous === undefined || !["a", "some", "to", "more", "proper", "get"].includes(previous.lower);
      if (token.lower === "nightmare") {
        // "work is a nightmare", "what a nightmare": figurative; "I had a nightmare": sleep.
        const before = words[index - 2];
        if (previous === undefined) return false;
        if (["such", "total", "absolute", "complete", "logistical"].includes(previous.lower)) return true;
        return previous.lower === "a" && before !== undefined && ["is", "was", "been", "be", "what", "it's", "that's", "he's", "she's"].includes(before.lower);
      }
      return false;
    case "partner":
      if (token.lower === "date" || token.lower === "dates") return next !== undefined && ["of", "for"].includes(next.lower);
      if (token.lower === "ex") return previous === undefined || !["my", "an", "the", "his", "her", "their", "our"].includes(previous.lower);
      return false;
    case "family":
      if (token.lower === "baby") return previous !== undefined && ["a", "like"].includes(previous.lower);
      return false;
    case "friends":
      return false;
  }
}

/** The parts of life the text talks about (partner, family, friends, work, body, sleep, substances). */
export function findLifeAreas(input: string | TokenisedText): LifeAreaMention[] {
  const words = wordTokens(toTokenised(input));
  const mentions: LifeAreaMention[] = [];
  for (const match of matchPhrases(compiledAreas, words)) {
    const first = words[match.startWord];
    const last = words[match.endWord - 1];
    if (first === undefined || last === undefined) continue;
    if (match.endWord - match.startWord === 1 && isFalseArea(match.value, words, match.startWord)) continue;
    mentions.push({
      area: match.value,
      word: match.label,
      start: first.start,
      end: last.end,
      sentence: first.sentence,
      clause: first.clause,
      wordIndex: match.startWord,
    });
  }
  return mentions;
}

/** Whether a lower-case word starts a feelings or life-area phrase ("work", "angry"): not a name. */
export function isLexiconWord(word: string): boolean {
  return compiledFeelings.byFirst.has(word) || compiledAreas.byFirst.has(word);
}
