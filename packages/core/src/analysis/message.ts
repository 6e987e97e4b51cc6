// analyseMessage: everything the analysers need from one client message, computed once on arrival.
// The features keep no text beyond bounded vocabularies (feeling and life-area words from the
// lexicon, GoEmotions labels) and the names of people the client wrote in this very message.
import type { ConversationMode } from "../domain.ts";
import {
  feelingsNear,
  findFeelings,
  findLifeAreas,
  findPeople,
  tokenise,
  type FeelingTheme,
  type KnownPerson,
  type LifeArea,
  type PersonMention,
  type Relation,
  type ThemeId,
} from "../text/index.ts";
import { detectDependencyCues, type DependencyCue } from "./dependency-cues.ts";
import { detectReassurance, type ReassuranceKind } from "./reassurance.ts";
import { localTime, toMillis, type Instant } from "../time/index.ts";
import { worrySketches } from "./worry.ts";
import { classifyEmotions } from "../emotions/index.ts";

/** Night is 00:00–04:59 in the client's time zone. */
export const nightEndHour = 5;

export interface AnalyseMessageInput {
  text: string;
  at: Instant;
  /** The client's IANA time zone ("Europe/London"). */
  timeZone: string;
  /**
   * The conversation's mode. In `rehearse`, "you" is the person rehearsed (so no dependency cues)
   * and fears are answers to the set-up (so no worry fingerprints).
   */
  mode?: ConversationMode | null;
  /**
   * People the client has introduced (memory). Used only to recognise names typed in lower case;
   * names and relations come from this message's own words, so nothing learned in another
   * (possibly private) conversation enters these features.
   */
  knownPeople?: readonly KnownPerson[];
  /**
   * GoEmotions labels for this message. Default: the built-in model's (classifyEmotions); pass them
   * to use another model's, or [] to leave emotions out.
   */
  emotions?: readonly string[];
}

export interface ThemeHit {
  theme: ThemeId;
  /** The client's words for it, lower-case, from the lexicon (bounded). */
  words: string[];
}

export interface PersonFeature {
  key: string;
  name: string | null;
  relation: Relation | null;
  owner: string | null;
  area: LifeArea | null;
  plural: boolean;
  /** Feeling themes written near this person (same sentence, or clause when several people). */
  feelings: FeelingTheme[];
}

export interface MessageFeatures {
  v: 1;
  /** Epoch milliseconds. */
  at: number;
  /** Local date, hour (0–23), weekday (0 = Monday) and ISO week in the client's zone. */
  date: string;
  hour: number;
  weekday: number;
  week: string;
  night: boolean;
  words: number;
  mode: ConversationMode | null;
  themes: ThemeHit[];
  people: PersonFeature[];
  cues: DependencyCue[];
  reassurance: ReassuranceKind[];
  /** Hashed fingerprints of worry sentences (sorted numbers; no text). */
  worries: number[][];
  emotions: string[];
}

function pushWord(map: Map<ThemeId, Set<string>>, theme: ThemeId, word: string): void {
  const set = map.get(theme) ?? new Set<string>();
  set.add(word);
  map.set(theme, set);
}

/** Names recognised only thanks to memory keep their written name but not the remembered relation. */
function literalPeople(text: ReturnType<typeof tokenise>, known: readonly KnownPerson[] | undefined): PersonMention[] {
  const literal = findPeople(text);
  if (known === undefined || known.length === 0) return literal;
  const covered = new Set<number>();
  for (const mention of literal) for (let w = mention.wordIndex; w < mention.endWord; w++) covered.add(w);
  const extra: PersonMention[] = [];
  for (const mention of findPeople(text, { known })) {
    if (mention.name === null) continue;
    let overlaps = false;
    for (let w = mention.wordIndex; w < mention.endWord; w++) if (covered.has(w)) overlaps = true;
    if (overlaps) continue;
    if (!mention.text.toLowerCase().includes(mention.name.toLowerCase().split(" ")[0] ?? "")) continue;
    extra.push({ ...mention, key: `name:${mention.name.toLowerCase().split(" ")[0] ?? ""}`, relation: null, owner: null, area: null, known: true });
  }
  return [...literal, ...extra].sort((a, b) => a.start - b.start);
}

export function analyseMessage(input: AnalyseMessageInput): MessageFeatures {
  const at = toMillis(input.at);
  const local = localTime(at, input.timeZone);
  const tokenised = tokenise(input.text);
  const feelings = findFeelings(tokenised);
  const areas = findLifeAreas(tokenised);
  const people = literalPeople(tokenised, input.knownPeople);
  const mode = input.mode ?? null;

  const themeWords = new Map<ThemeId, Set<string>>();
  for (const feeling of feelings) if (!feeling.negated) pushWord(themeWords, feeling.theme, feeling.word);
  for (const area of areas) pushWord(themeWords, area.area, area.word);
  for (const person of people) if (person.area !== null && person.owner === "self") pushWord(themeWords, person.area, person.relation ?? "");

  const themes: ThemeHit[] = [...themeWords.entries()]
    .map(([theme, words]) => ({ theme, words: [...words].filter((word) => word.length > 0).sort() }))
    .sort((a, b) => (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));

  const byKey = new Map<string, PersonFeature>();
  for (const person of people) {
    const near = feelingsNear(person, { feelings, people }).map((feeling) => feeling.theme);
    const existing = byKey.get(person.key);
    if (existing === undefined) {
      byKey.set(person.key, {
        key: person.key,
        name: person.name,
        relation: person.relation,
        owner: person.owner,
        area: person.area,
        plural: person.plural,
        feelings: [...new Set(near)].sort(),
      });
    } else {
      existing.feelings = [...new Set([...existing.feelings, ...near])].sort();
      if (existing.relation === null && person.relation !== null) {
        existing.relation = person.relation;
        existing.owner = person.owner;
        existing.area = person.area;
      }
    }
  }

  let words = 0;
  for (const token of tokenised.tokens) if (token.kind === "word") words++;

  return {
    v: 1,
    at,
    date: local.date,
    hour: local.hour,
    weekday: local.weekday,
    week: local.week,
    night: local.hour < nightEndHour,
    words,
    mode,
    themes,
    people: [...byKey.values()],
    cues: mode === "rehearse" ? [] : detectDependencyCues(input.text),
    reassurance: detectReassurance(input.text),
    // Rehearsal set-up answers ("what do you fear hearing?") are prompted, not a returning worry.
    worries: mode === "rehearse" ? [] : worrySketches({ tokenised, feelings }),
    emotions: [...new Set(input.emotions ?? classifyEmotions(input.text))].sort(),
  };
}
