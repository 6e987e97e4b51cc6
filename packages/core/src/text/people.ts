// People mentions: who the client talks about. Relationship words ("my mum", "my boss", "my ex",
// "her sister", "Sam's dad"), names ("Sam", "talked to Priya"), and both together ("my sister Ana",
// "Ana, my sister"). Names already known (introduced earlier) are recognised lower-case too.
import { ambiguousNames, commonWords } from "./common-words.ts";
import { isLexiconWord } from "./feelings.ts";
import { compilePhrases, matchPhraseAt, type PhraseEntry } from "./phrases.ts";
import type { LifeArea } from "./themes.ts";
import { tokenise, wordTokens, type Token, type TokenisedText } from "./tokenise.ts";

export const relations = [
  "mother", "father", "parents", "sister", "brother", "siblings", "son", "daughter", "child", "children",
  "grandmother", "grandfather", "grandparents", "aunt", "uncle", "cousin", "niece", "nephew", "in-laws",
  "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "stepmother", "stepfather",
  "stepsister", "stepbrother", "family", "partner", "boyfriend", "girlfriend", "husband", "wife", "fiance",
  "ex", "friend", "best friend", "friends", "flatmate", "neighbour", "boss", "manager", "colleague",
  "colleagues", "teacher", "therapist", "doctor",
] as const;
export type Relation = (typeof relations)[number];

interface RelationInfo {
  relation: Relation;
  area: LifeArea | null;
  plural: boolean;
}

const relationTable: readonly (readonly [string, Relation, LifeArea | null, boolean?])[] = [
  ["{mum,mummy,mom,mommy,mam,mother,mama,momma}", "mother", "family"],
  ["{dad,daddy,father,papa,pops}", "father", "family"],
  ["parents", "parents", "family", true],
  ["{sister,sis,half-sister}", "sister", "family"],
  ["sisters", "sister", "family", true],
  ["{brother,bro,half-brother}", "brother", "family"],
  ["brothers", "brother", "family", true],
  ["siblings", "siblings", "family", true],
  ["son", "son", "family"],
  ["sons", "son", "family", true],
  ["daughter", "daughter", "family"],
  ["daughters", "daughter", "family", true],
  ["{child,kid,little one}", "child", "family"],
  ["{children,kids}", "children", "family", true],
  ["{grandma,gran,granny,nan,nana,nanna,grandmother,grandmum,grandmom}", "grandmother", "family"],
  ["{grandpa,grandad,granddad,grandfather,gramps,grandpop}", "grandfather", "family"],
  ["grandparents", "grandparents", "family", true],
  ["{aunt,auntie,aunty}", "aunt", "family"],
  ["uncle", "uncle", "family"],
  ["cousin", "cousin", "family"],
  ["cousins", "cousin", "family", true],
  ["niece", "niece", "family"],
  ["nephew", "nephew", "family"],
  ["{in-laws,inlaws}", "in-laws", "family", true],
  ["{mother-in-law,mil}", "mother-in-law", "family"],
  ["{father-in-law,fil}", "father-in-law", "family"],
  ["sister-in-law", "sister-in-law", "family"],
  ["brother-in-law", "brother-in-law", "family"],
  ["{stepmum,stepmom,stepmother,step-mum,step-mom,step-mother}", "stepmother", "family"],
  ["{stepdad,stepfather,step-dad,step-father}", "stepfather", "family"],
  ["{stepsister,step-sister}", "stepsister", "family"],
  ["{stepbrother,step-brother}", "stepbrother", "family"],
  ["family", "family", "family", true],
  ["{partner,other half}", "partner", "partner"],
  ["{boyfriend,bf}", "boyfriend", "partner"],
  ["{girlfriend,gf}", "girlfriend", "partner"],
  ["{husband,hubby}", "husband", "partner"],
  ["{wife,wifey}", "wife", "partner"],
  ["{fiance,fiancee}", "fiance", "partner"],
  ["{ex,ex-boyfriend,ex-girlfriend,ex-husband,ex-wife,ex-partner}", "ex", "partner"],
  ["ex {boyfriend,girlfriend,husband,wife,partner}", "ex", "partner"],
  ["{friend,mate,pal,buddy}", "friend", "friends"],
  ["{best friend,bestie,bff,best mate,bestfriend}", "best friend", "friends"],
  ["{friends,mates,pals}", "friends", "friends", true],
  ["{flatmate,roommate,housemate}", "flatmate", "friends"],
  ["{neighbour,neighbor}", "neighbour", "friends"],
  ["boss", "boss", "work"],
  ["{manager,line manager,supervisor,team lead,team leader}", "manager", "work"],
  ["{colleague,coworker,co-worker,workmate}", "colleague", "work"],
  ["{colleagues,coworkers,co-workers,workmates}", "colleagues", "work", true],
  ["{teacher,tutor,professor,lecturer}", "teacher", "work"],
  ["{therapist,counsellor,counselor,psychologist}", "therapist", null],
  ["{doctor,gp}", "doctor", null],
];

const compiledRelations = compilePhrases<RelationInfo>(
  relationTable.map(
    ([pattern, relation, area, plural]): PhraseEntry<RelationInfo> => ({
      pattern,
      value: { relation, area, plural: plural ?? false },
    }),
  ),
);

/** The area of life a relation belongs to (family, partner, friends, work), or null. */
export function relationArea(relation: Relation): LifeArea | null {
  for (const [, candidate, area] of relationTable) if (candidate === relation) return area;
  return null;
}

const selfOwners = new Set(["my", "our"]);
const pronounOwners = new Set(["her", "his", "their"]);
const modifiers = new Set([
  "older", "younger", "little", "big", "baby", "late", "new", "old", "eldest", "oldest", "youngest",
  "middle", "twin", "other", "lovely", "dear", "future", "real", "birth", "biological", "adoptive", "own",
  "two", "three", "closest", "oldest", "favourite", "favorite", "current", "step", "whole", "poor", "stupid",
  "awful", "darling", "sweet", "horrible", "amazing",
]);
/** Kin words that mean the client's own when used bare: "Mum called", "dad's being weird". */
const bareKin = new Set(["mum", "mummy", "mom", "mommy", "mam", "dad", "daddy", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad"]);
const notOwnBefore = new Set(["a", "an", "the", "other", "some", "any", "every", "his", "her", "their", "your", "whose", "single", "working", "new", "stay-at-home", "this", "that"]);
const nameCues = new Set([
  "said", "says", "told", "tells", "texted", "texts", "messaged", "called", "calls", "rang", "asked", "asks",
  "wants", "wanted", "thinks", "thought", "is", "was", "isn't", "wasn't", "has", "had", "hasn't", "keeps",
  "kept", "never", "always", "just", "got", "came", "left", "didn't", "doesn't", "won't", "will", "would",
  "can", "could", "seemed", "seems", "looked", "laughed", "replied", "sent", "invited", "cancelled",
  "canceled", "mentioned", "yelled", "shouted", "snapped", "ignored", "hugged", "knows", "knew", "loves",
  "hates", "made", "gets", "went", "and", "&", "still", "finally", "really", "hasn't", "did", "does",
  "agreed", "admitted", "promised", "forgot", "cried", "smiled", "stopped", "started", "moved", "came",
  "wrote", "posted", "blocked", "unfollowed", "ghosted", "dumped", "proposed", "offered", "suggested",
  "who", "needs", "needed", "tried", "tries", "said,", "got", "kissed", "met",
]);
const placeBefore = new Set(["in", "at", "from", "on", "into", "near", "the", "a", "an", "visit", "visited", "visiting", "around", "outside", "inside", "across", "via", "using", "watched", "watching", "listened", "playing", "played"]);
const motionVerbs = new Set([
  "go", "went", "going", "gone", "goes", "moved", "move", "moving", "drove", "drive", "driving", "flew",
  "fly", "flying", "travelled", "traveled", "trip", "back", "get", "got", "getting", "came", "come",
  "coming", "headed", "heading", "way", "welcome", "holiday", "ride", "train", "bus", "flight", "move",
  "walked", "walk", "post", "posted", "subscribed", "applied", "listen", "listened", "listening",
]);
const lowercaseNameFollowers = new Set(["and", "who", "is", "was", "said", "says", "told", "texted", "called", "asked", "keeps", "has", "had", "again"]);
const irregularVerbs = new Set([
  "rang", "sent", "came", "left", "made", "took", "gave", "got", "lost", "went", "kept", "met", "saw", "ate",
  "drank", "ran", "sat", "stood", "fell", "felt", "said", "told", "thought", "brought", "bought", "caught",
  "taught", "knew", "wrote", "spoke", "broke", "woke", "forgot", "began", "hid", "hit", "hurt", "let", "put",
  "quit", "read", "set", "shut", "spent", "slept", "swore", "threw", "understood", "won", "tho", "too",
  "though", "also", "again", "lately", "today", "tonight", "yesterday", "now", "then", "here", "there",
]);

export interface PersonMention {
  /**
   * A stable key for counting: "name:ana" for a named person; "rel:mother" for the client's own
   * unnamed relation; "rel:her:sister" or "rel:sam:mother" for someone else's.
   */
  key: string;
  /** As the client names them, capitalised ("Ana"), or null. */
  name: string | null;
  relation: Relation | null;
  /** Whose relation: "self" for "my sister", "her"/"his"/"their", or the owner's display ("Sam"). */
  owner: string | null;
  area: LifeArea | null;
  plural: boolean;
  /** Resolved against the people the client had already introduced. */
  known: boolean;
  /** The words as written ("my sister Ana"). */
  text: string;
  /** Offsets into the normalised text (same length as the original). */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** Indices into the word tokens (end exclusive). */
  wordIndex: number;
  endWord: number;
}

export interface KnownPerson {
  key: string;
  name: string | null;
  relation: Relation | null;
}

export interface FindPeopleOptions {
  /** People the client has introduced before (from memory or earlier messages). */
  known?: readonly KnownPerson[];
}

function displayName(word: string): string {
  const base = word.endsWith("'s") || word.endsWith("s'") ? word.replace(/'s?$/, "") : word;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function nameKey(name: string): string {
  return `name:${name.toLowerCase()}`;
}

function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s") || (token.lower.endsWith("s'") && token.lower.length > 2);
}

function looksLikeName(token: Token): boolean {
  const word = token.base;
  return (
    token.kind === "word" &&
    word.length >= 2 &&
    /^[\p{L}][\p{L}'-]*$/u.test(word) &&
    !commonWords.has(word) &&
    !commonWords.has(token.lower) &&
    !isLexiconWord(word) &&
    matchPhraseAt(compiledRelations, [token], 0) === null
  );
}

interface Context {
  words: readonly Token[];
  text: string;
  knownByName: ReadonlyMap<string, KnownPerson>;
  knownByRelation: ReadonlyMap<Relation, readonly KnownPerson[]>;
  capitalisedMidSentence: ReadonlySet<string>;
}

function sameSentence(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.sentence === b.sentence;
}

/** Is the word at `i` a name (known or new)? Returns how many words it spans (0 if none). */
function nameAt(context: Context, i: number): number {
  const { words, knownByName } = context;
  const token = words[i];
  if (token === undefined) return 0;
  const previous = sameSentence(words[i - 1], token) ? words[i - 1] : undefined;
  const next = sameSentence(words[i + 1], token) ? words[i + 1] : undefined;
  const known = knownByName.get(token.base);
  if (known !== undefined) {
    if (token.capitalised && !token.sentenceStart) return 1;
    if (token.capitalised && token.sentenceStart) {
      if (!commonWords.has(token.base) && !ambiguousNames.has(token.base)) return 1;
      return next !== undefined && (nameCues.has(next.lower) || isPossessive(token)) ? 1 : 0;
    }
    if (!token.allCaps && !ambiguousNames.has(token.base) && !commonWords.has(token.base)) {
      return previous !== undefined && placeBefore.has(previous.lower) && previous.lower !== "at" ? 0 : 1;
    }
    return 0;
  }
  if (!token.capitalised || token.allCaps || !looksLikeName(token)) return 0;
  if (previous !== undefined && placeBefore.has(previous.lower)) return 0;
  if (previous !== undefined && previous.lower === "to") {
    const before = sameSentence(words[i - 2], token) ? words[i - 2] : undefined;
    if (before === undefined || motionVerbs.has(before.lower)) return 0;
  }
  const secondIsName = next !== undefined && next.capitalised && !next.allCaps && !isPossessive(token) && looksLikeName(next);
  if (token.sentenceStart) {
    const after = secondIsName ? (sameSentence(words[i + 2], token) ? words[i + 2] : undefined) : next;
    const cue =
      isPossessive(token) ||
      (after !== undefined && nameCues.has(after.lower)) ||
      context.capitalisedMidSentence.has(token.base) ||
      appositiveFollows(context, secondIsName ? i + 1 : i);
    if (!cue) return 0;
  }
  return secondIsName ? 2 : 1;
}

/** "Ana, my sister": a comma, then "my" and a relation word. */
function appositiveFollows(context: Context, last: number): boolean {
  const token = context.words[last];
  const owner = context.words[last + 1];
  if (token === undefined || owner === undefined || owner.sentence !== token.sentence) return false;
  if (!/^\s*[,(-]\s*$/.test(context.text.slice(token.end, owner.start)) || !selfOwners.has(owner.lower)) return false;
  for (let k = last + 2; k <= last + 4; k++) {
    if (matchPhraseAt(compiledRelations, context.words, k) !== null) return true;
    const modifier = context.words[k];
    if (modifier === undefined || !modifiers.has(modifier.lower)) return false;
  }
  return false;
}

function makeMention(
  context: Context,
  fields: Omit<PersonMention, "text" | "start" | "end" | "sentence" | "clause">,
): PersonMention | null {
  const first = context.words[fields.wordIndex];
  const last = context.words[fields.endWord - 1];
  if (first === undefined || last === undefined) return null;
  return {
    ...fields,
    text: context.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    clause: first.clause,
  };
}

function relationKey(relation: Relation, owner: string): string {
  return owner === "self" ? `rel:${relation}` : `rel:${owner.toLowerCase()}:${relation}`;
}

/** Resolve "my sister" to Ana when Ana is the only sister the client has named. */
function resolveOwnRelation(context: Context, relation: Relation, plural: boolean): KnownPerson | null {
  if (plural) return null;
  const candidates = (context.knownByRelation.get(relation) ?? []).filter((person) => person.name !== null);
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** The people mentioned in a text, left to right. */
export function findPeople(input: string | TokenisedText, options: FindPeopleOptions = {}): PersonMention[] {
  const tokenised = typeof input === "string" ? tokenise(input) : input;
  const words = wordTokens(tokenised);
  const knownByName = new Map<string, KnownPerson>();
  const knownByRelation = new Map<Relation, KnownPerson[]>();
  for (const person of options.known ?? []) {
    if (person.name !== null) knownByName.set(person.name.toLowerCase().split(/\s+/)[0] ?? "", person);
    if (person.relation !== null) {
      const list = knownByRelation.get(person.relation) ?? [];
      list.push(person);
      knownByRelation.set(person.relation, list);
    }
  }
  const capitalisedMidSentence = new Set<string>();
  for (const word of words) if (word.capitalised && !word.sentenceStart && !word.allCaps) capitalisedMidSentence.add(word.base);
  const context: Context = { words, text: tokenised.text, knownByName, knownByRelation, capitalisedMidSentence };

  const mentions: PersonMention[] = [];
  let i = 0;
  while (i < words.length) {
    const token = words[i];
    if (token === undefined) break;
    const consumed = readRelation(context, i, mentions) || readName(context, i, mentions) || 1;
    i += consumed;
  }
  return shareRelations(mergeAppositives(context, mentions));
}

/** "My sister Ana came. Ana said…": the second "Ana" is the sister too. */
function shareRelations(mentions: PersonMention[]): PersonMention[] {
  const relationByKey = new Map<string, PersonMention>();
  for (const mention of mentions) {
    if (mention.name !== null && mention.relation !== null && mention.owner === "self") relationByKey.set(mention.key, mention);
  }
  return mentions.map((mention) => {
    const source = relationByKey.get(mention.key);
    if (source === undefined || mention.relation !== null) return mention;
    return { ...mention, relation: source.relation, owner: "self", area: source.area };
  });
}

/** "my (older) sister (Ana)", "her boss", "Mum": returns words consumed or 0. */
function readRelation(context: Context, i: number, out: PersonMention[]): number {
  const { words } = context;
  const token = words[i];
  if (token === undefined) return 0;
  let owner: string | null = null;
  let j = i;
  if (selfOwners.has(token.lower)) {
    owner = "self";
    j = i + 1;
  } else if (pronounOwners.has(token.lower)) {
    owner = token.lower;
    j = i + 1;
  }
  if (owner !== null) {
    let relationMatch = matchPhraseAt(compiledRelations, words, j);
    let skipped = 0;
    while (relationMatch === null && skipped < 2) {
      const modifier = words[j];
      if (modifier === undefined || !sameSentence(modifier, token) || !modifiers.has(modifier.lower)) break;
      j++;
      skipped++;
      relationMatch = matchPhraseAt(compiledRelations, words, j);
    }
    if (relationMatch === null) return 0;
    return emitRelation(context, { start: i, match: relationMatch, owner, out });
  }
  // Bare kin words: "Mum rang", "dad's being weird".
  if (bareKin.has(token.base)) {
    const previous = sameSentence(words[i - 1], token) ? words[i - 1] : undefined;
    if (previous !== undefined && (notOwnBefore.has(previous.lower) || isPossessive(previous))) return 0;
    const match = matchPhraseAt(compiledRelations, words, i);
    if (match === null) return 0;
    return emitRelation(context, { start: i, match, owner: "self", out });
  }
  return 0;
}

interface EmitRelationOptions {
  start: number;
  /** Where the written text starts when someone else owns the relation ("Sam's mum"). */
  textFrom?: number;
  match: { value: RelationInfo; endWord: number };
  owner: string;
  out: PersonMention[];
}

function emitRelation(context: Context, options: EmitRelationOptions): number {
  const { words } = context;
  const { start, match, owner, out } = options;
  const info = match.value;
  let end = match.endWord;
  const last = words[end - 1];
  let name: string | null = null;
  let known = false;
  // "my sister Ana", "my sister, Ana,", "my friend priya said".
  if (last !== undefined && !isPossessive(last) && !info.plural) {
    let k = end;
    const between = words[k - 1];
    const candidate = words[k];
    const gap = between !== undefined && candidate !== undefined ? context.text.slice(between.end, candidate.start) : "";
    if (candidate !== undefined && sameSentence(candidate, last) && /^\s*,?\s*$/.test(gap)) {
      const span = nameAt(context, k);
      if (span > 0) {
        name = displayName(words.slice(k, k + span).map((word) => word.text).join(" "));
        known = context.knownByName.has(candidate.base);
        k += span;
        end = k;
      } else if (!candidate.capitalised && gap.trim() === "" && lowercaseNameCandidate(context, k)) {
        name = displayName(candidate.text);
        end = k + 1;
      }
    }
  }
  let key: string;
  let ownerDisplay: string | null = owner;
  if (name !== null) {
    key = nameKey(name.split(" ")[0] ?? name);
  } else if (owner === "self") {
    const resolved = resolveOwnRelation(context, info.relation, info.plural);
    if (resolved !== null && resolved.name !== null) {
      key = resolved.key;
      name = resolved.name;
      known = true;
    } else {
      key = relationKey(info.relation, owner);
      known = (context.knownByRelation.get(info.relation) ?? []).some((person) => person.key === key);
    }
  } else {
    key = relationKey(info.relation, owner);
  }
  if (owner !== "self" && pronounOwners.has(owner)) ownerDisplay = owner;
  const mention = makeMention(context, {
    key,
    name,
    relation: info.relation,
    owner: ownerDisplay,
    area: info.area,
    plural: info.plural,
    known,
    wordIndex: start,
    endWord: end,
  });
  if (mention !== null) {
    const from = options.textFrom === undefined ? undefined : words[options.textFrom];
    if (from !== undefined) mention.text = context.text.slice(from.start, mention.end);
    out.push(mention);
  }
  // "my friend's mum": someone else's relation, owned by the person just mentioned.
  const endToken = words[end - 1];
  if (mention !== null && endToken !== undefined && isPossessive(endToken)) {
    const next = matchPhraseAt(compiledRelations, words, end);
    if (next !== null) {
      const ownerName = mention.name ?? (mention.relation === null ? "someone" : `my ${mention.relation}`);
      return end - start + emitRelation(context, { start: end, textFrom: start, match: next, owner: ownerName, out });
    }
  }
  return end - start;
}

function lowercaseNameCandidate(context: Context, k: number): boolean {
  const token = context.words[k];
  if (token === undefined || token.allCaps) return false;
  const word = token.lower;
  if (!/^\p{L}{2,12}$/u.test(word)) return false;
  if (commonWords.has(word) || isLexiconWord(word) || irregularVerbs.has(word) || ambiguousNames.has(word)) return false;
  if (/(ing|ed|ly|s)$/.test(word)) return false;
  if (matchPhraseAt(compiledRelations, [token], 0) !== null) return false;
  const next = context.words[k + 1];
  if (next === undefined || next.sentence !== token.sentence) return true;
  const gap = context.text.slice(token.end, next.start);
  if (/[,;:]/.test(gap)) return true;
  return lowercaseNameFollowers.has(next.lower);
}

/** A name on its own ("Sam", "talked to Priya"), possibly owning a relation ("Sam's mum"). */
function readName(context: Context, i: number, out: PersonMention[]): number {
  const { words } = context;
  const span = nameAt(context, i);
  if (span === 0) return 0;
  const first = words[i];
  const last = words[i + span - 1];
  if (first === undefined || last === undefined) return 0;
  const knownPerson = context.knownByName.get(first.base);
  const name = knownPerson?.name ?? displayName(words.slice(i, i + span).map((word) => word.text).join(" "));
  const relation = knownPerson?.relation ?? null;
  const mention = makeMention(context, {
    key: knownPerson?.key ?? nameKey(first.base),
    name,
    relation,
    owner: relation === null ? null : "self",
    area: relation === null ? null : relationArea(relation),
    plural: false,
    known: knownPerson !== undefined,
    wordIndex: i,
    endWord: i + span,
  });
  if (mention === null) return 0;
  out.push(mention);
  if (isPossessive(last)) {
    const match = matchPhraseAt(compiledRelations, words, i + span);
    if (match !== null) return span + emitRelation(context, { start: i + span, textFrom: i, match, owner: name, out });
  }
  return span;
}

/** "Ana, my sister": one person, named, with the relation. */
function mergeAppositives(context: Context, mentions: PersonMention[]): PersonMention[] {
  const merged: PersonMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const adjacent =
      previous !== undefined &&
      previous.name !== null &&
      mention.owner === "self" &&
      mention.relation !== null &&
      !mention.plural &&
      mention.sentence === previous.sentence &&
      /^\s*[,(-]\s*$/.test(context.text.slice(previous.end, mention.start));
    if (adjacent && (mention.key === previous.key || (previous.relation === null && mention.name === null))) {
      merged[merged.length - 1] = {
        ...previous,
        relation: mention.relation,
        owner: "self",
        area: mention.area,
        text: context.text.slice(previous.start, mention.end),
        end: mention.end,
        endWord: mention.endWord,
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

/**
 * The people the client has introduced, updated with new mentions (returns a new list). Named
 * people and the client's own relations are kept; someone else's relations ("her sister") are not.
 */
export function updateKnownPeople(known: readonly KnownPerson[], mentions: readonly PersonMention[]): KnownPerson[] {
  const byKey = new Map<string, KnownPerson>();
  for (const person of known) byKey.set(person.key, person);
  for (const mention of mentions) {
    if (mention.owner !== null && mention.owner !== "self") continue;
    if (mention.plural && mention.name === null) continue;
    const existing = byKey.get(mention.key);
    if (existing === undefined) {
      // A newly named relation replaces the unnamed one ("my sister" then "my sister Ana").
      if (mention.name !== null && mention.relation !== null) byKey.delete(relationKey(mention.relation, "self"));
      byKey.set(mention.key, { key: mention.key, name: mention.name, relation: mention.relation });
    } else if (existing.relation === null && mention.relation !== null) {
      byKey.set(mention.key, { ...existing, relation: mention.relation });
    }
  }
  return [...byKey.values()];
}
