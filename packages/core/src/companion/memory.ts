// Memory extraction: from one client message, the people they name (as they name them, with the
// relationship), open threads (an unresolved situation: "waiting to hear back about the job") and
// preferences ("I prefer when you just listen", "don't call me buddy"), merged with what is already
// kept: no duplicates, `lastMentionedAt` and `mentions` updated, client corrections never rewritten,
// and anything the client deleted never brought back.

import { readText, type PersonMention, type Relation } from "../text/index.ts";
import { parseWhen } from "./calendar.ts";
import { knownPeopleOf } from "./reading.ts";
import type { MemoryItem, MemoryKind } from "./types.ts";

export interface ExtractMemoryInput {
  text: string;
  existing: readonly MemoryItem[];
  now: Date;
  /** For stripping relative dates from threads ("the interview tomorrow" → "the interview"). */
  timeZone?: string;
  /** Keys of items the client deleted: never proposed again. */
  forgotten?: readonly string[];
}

export interface MemoryProposal {
  /** New items to store. */
  added: MemoryItem[];
  /** Existing items with new fields (`lastMentionedAt`, `mentions`, sometimes a name learned). */
  updated: MemoryItem[];
}

/** Group relations too vague to remember as a person. */
const vagueRelations = new Set<Relation>(["family", "friends", "colleagues", "children", "siblings", "therapist"]);

function personText(name: string | null, relationship: string | null): string {
  if (name !== null) return relationship === null ? name : `${name} (${relationship})`;
  return relationship === null ? "someone" : `my ${relationship}`;
}

function relationshipWordOf(mention: PersonMention): string | null {
  if (mention.relation === null) return null;
  const word = mention.text
    .replace(/^(my|our)\s+/i, "")
    .replace(mention.name ?? "\u0000", "")
    .replace(/[,\s]+$/, "")
    .replace(/^[,\s]+/, "")
    .trim()
    .toLowerCase();
  return word.length === 0 ? mention.relation : word;
}

interface Candidate {
  key: string;
  kind: MemoryKind;
  text: string;
  name?: string;
  relationship?: string;
  relation?: Relation;
}

function peopleIn(text: string, existing: readonly MemoryItem[]): Candidate[] {
  const reading = readText(text, { known: knownPeopleOf(existing) });
  const out: Candidate[] = [];
  for (const mention of reading.people) {
    const own = mention.owner === "self" || mention.owner === null;
    if (!own) continue;
    if (mention.name === null && (mention.relation === null || vagueRelations.has(mention.relation))) continue;
    if (mention.relation === "therapist") continue;
    const relationship = relationshipWordOf(mention);
    const candidate: Candidate = { key: `person:${mention.key}`, kind: "person", text: personText(mention.name, relationship) };
    if (mention.name !== null) candidate.name = mention.name;
    if (relationship !== null) candidate.relationship = relationship;
    if (mention.relation !== null) candidate.relation = mention.relation;
    out.push(candidate);
  }
  return out;
}

const stop = new Set(["the", "a", "an", "to", "about", "for", "on", "of", "my", "and", "or", "with", "whether", "if", "back", "from", "in", "at", "it", "i", "me"]);

function significant(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 1 && !stop.has(word));
}

function slug(text: string): string {
  return significant(text).slice(0, 6).join("-");
}

function tidy(fragment: string): string {
  return fragment
    .replace(/\s+/g, " ")
    .replace(/\s+(lol|haha|tbh|idk|rn|though|tho|honestly|and stuff|or something)$/i, "")
    .replace(/[\s,;:.!?-]+$/, "")
    .trim();
}

const clauseEnd = "[^.,!?;\\n]";

const threadPatterns: readonly { pattern: RegExp; build: (match: RegExpExecArray) => string }[] = [
  {
    pattern: new RegExp(`\\b(?:i'm|im|i am|i've been|ive been|still|we're|we are)\\s+(?:still\\s+)?(waiting (?:to|for|on)\\s+${clauseEnd}{3,60})`, "i"),
    build: (match) => match[1] ?? "",
  },
  {
    pattern: new RegExp(`\\b(?:haven't|havent|have not|still haven't|hasn't|hasnt|not)\\s+heard back\\s*(${clauseEnd}{0,50})`, "i"),
    build: (match) => `waiting to hear back ${match[1] ?? ""}`,
  },
  {
    pattern: new RegExp(
      `\\b(?:i have|i've got|ive got|i got|i've|got|there's|theres)\\s+(?:a|an|my|the|this)\\s+((?:job\\s+|big\\s+|final\\s+|doctor's\\s+|doctors\\s+|hospital\\s+)?(?:interview|exam|appointment|hearing|court date|operation|surgery|scan|test results|results|assessment|review|deadline|presentation|audition|first date)\\b${clauseEnd}{0,40})`,
      "i",
    ),
    build: (match) => `the ${match[1] ?? ""}`,
  },
  {
    pattern: new RegExp(`\\b(?:i|we)\\s+(?:still\\s+|really\\s+)?(?:need|have|got)\\s+to\\s+((?:decide|figure out|work out|sort out|find out|choose|tell|talk to|deal with|confront|ask)\\b${clauseEnd}{3,60})`, "i"),
    build: (match) => `needing to ${match[1] ?? ""}`,
  },
  {
    pattern: new RegExp(`\\b(?:i don't know|i dont know|idk|i'm not sure|im not sure|not sure|can't decide|cant decide)\\s+(?:if|whether)\\s+(${clauseEnd}{3,50})`, "i"),
    build: (match) => `not knowing whether ${match[1] ?? ""}`,
  },
];

function threadsIn({ text, now, timeZone }: { text: string; now: Date; timeZone: string }): Candidate[] {
  const out: Candidate[] = [];
  for (const { pattern, build } of threadPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    let thread = tidy(build(match).split(/\s+(?:and|but|so|because|cause|which|though)\s+/i)[0] ?? "");
    const when = parseWhen({ text: thread, now, timeZone });
    if (when !== null) {
      const words = when.matched.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      thread = tidy(thread.replace(new RegExp(`\\s*\\b${words.join("\\s+")}\\b`, "i"), ""));
    }
    if (significant(thread).length < 1 || thread.split(" ").length < 2) continue;
    out.push({ key: `thread:${slug(thread)}`, kind: "thread", text: thread });
  }
  return out;
}

const preferencePatterns: readonly RegExp[] = [
  new RegExp(`\\b(i(?:'d| would)? prefer (?:it )?when you\\s+${clauseEnd}{3,60})`, "i"),
  new RegExp(`\\b(i (?:really )?like it when you\\s+${clauseEnd}{3,60})`, "i"),
  new RegExp(`\\b((?:please\\s+)?(?:don't|dont|do not|stop|never)\\s+(?:call(?:ing)? me|say(?:ing)?|use|using|ask(?:ing)? me about|give me|giving me|send(?:ing)? me)\\s+${clauseEnd}{1,40})`, "i"),
  new RegExp(`\\b(i (?:just\\s+)?(?:want|need) you to (?:just\\s+)?(?:listen|not\\s+${clauseEnd}{2,40}|be (?:honest|direct|gentle|blunt))${clauseEnd}{0,30})`, "i"),
  new RegExp(`\\b((?:please\\s+)?(?:no|fewer|less)\\s+(?:questions|advice|emojis?|exercises)\\b${clauseEnd}{0,30})`, "i"),
  new RegExp(`\\b(call me\\s+[A-Z][a-z]+)\\b`),
  new RegExp(`\\b(my pronouns are\\s+\\w+(?:/\\w+)?)`, "i"),
];

function preferencesIn(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of preferencePatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const preference = tidy(match[1] ?? "");
    if (preference.split(/\s+/).length < 2) continue;
    out.push({ key: `preference:${slug(preference)}`, kind: "preference", text: preference.charAt(0).toUpperCase() + preference.slice(1) });
  }
  return out;
}

function overlap(a: string, b: string): number {
  const left = new Set(significant(a));
  const right = new Set(significant(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

function sameItem(item: MemoryItem, candidate: Candidate): boolean {
  if (item.kind !== candidate.kind) return false;
  if (item.key === candidate.key) return true;
  switch (candidate.kind) {
    case "person": {
      if (candidate.name !== undefined && item.name !== undefined) return item.name.toLowerCase() === candidate.name.toLowerCase();
      // "my sister" known, now "my sister Ana": the same person, learning her name.
      if (candidate.name !== undefined && item.name === undefined) return item.relation !== undefined && item.relation === candidate.relation;
      return false;
    }
    case "thread":
    case "preference":
      return overlap(item.text, candidate.text) >= 0.6;
  }
}

/** Propose memory items from one client message, merged with what is already kept. */
export function extractMemory({ text, existing, now, timeZone = "UTC", forgotten = [] }: ExtractMemoryInput): MemoryProposal {
  const at = now.toISOString();
  const candidates = [...peopleIn(text, existing), ...threadsIn({ text, now, timeZone }), ...preferencesIn(text)];
  const added: MemoryItem[] = [];
  const updated = new Map<string, MemoryItem>();
  const forgottenKeys = new Set(forgotten);
  for (const candidate of candidates) {
    if (forgottenKeys.has(candidate.key)) continue;
    // Named twice in one message: counted once.
    if ([...updated.values()].some((item) => sameItem(item, candidate))) continue;
    const current = existing.find((item) => sameItem(item, candidate));
    if (current !== undefined) {
      const next: MemoryItem = { ...current, lastMentionedAt: at, mentions: current.mentions + 1 };
      if (current.editedByClient !== true && candidate.kind === "person") {
        if (next.name === undefined && candidate.name !== undefined) next.name = candidate.name;
        if (next.relationship === undefined && candidate.relationship !== undefined) next.relationship = candidate.relationship;
        if (next.relation === undefined && candidate.relation !== undefined) next.relation = candidate.relation;
        next.text = personText(next.name ?? null, next.relationship ?? null);
      }
      updated.set(current.key, next);
      continue;
    }
    if (added.some((item) => sameItem(item, candidate))) continue;
    const item: MemoryItem = { key: candidate.key, kind: candidate.kind, text: candidate.text, firstMentionedAt: at, lastMentionedAt: at, mentions: 1 };
    if (candidate.name !== undefined) item.name = candidate.name;
    if (candidate.relationship !== undefined) item.relationship = candidate.relationship;
    if (candidate.relation !== undefined) item.relation = candidate.relation;
    added.push(item);
  }
  return { added, updated: [...updated.values()] };
}

/** Existing items with a proposal applied: what the server's memory looks like afterwards. */
export function applyMemoryProposal(existing: readonly MemoryItem[], proposal: MemoryProposal): MemoryItem[] {
  const byKey = new Map(proposal.updated.map((item) => [item.key, item]));
  return [...existing.map((item) => byKey.get(item.key) ?? item), ...proposal.added];
}
