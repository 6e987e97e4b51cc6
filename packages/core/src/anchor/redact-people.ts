// Names are the client's words. Where consent shares patterns only (the `signals` level), people
// appear by their relationship to the client ("their partner", "their sister") and, when that is not
// enough to tell them apart, by a letter ("Person A (friend)"): counts and feelings stay, names and
// name-bearing keys go. Applied to the buckets and intentions before anything is computed, so no
// statement, label, key or id of a signal can carry a name.
import type { Bucket, EvidenceRef, PersonLabel, PersonTally, WorryEntry } from "../analysis/bucket.ts";
import type { AnalysisIntention } from "../analysis/records.ts";
import type { Relation } from "../text/index.ts";

const pronounOwners = new Set(["self", "her", "his", "their"]);

export interface RedactPeopleInput {
  buckets: readonly Bucket[];
  intentions: readonly AnalysisIntention[];
}

export interface RedactPeopleResult {
  buckets: Bucket[];
  intentions: AnalysisIntention[];
}

interface PersonFacts {
  key: string;
  messages: number;
  name: string | null;
  relation: Relation | null;
  owner: string | null;
  plural: boolean;
}

interface Replacement {
  key: string;
  name: string | null;
  owner: string | null;
}

/** Whether a person key or label holds nothing the client named (an own or pronoun-owned relation). */
function isNameless(facts: Pick<PersonFacts, "key" | "name" | "owner">): boolean {
  return facts.name === null && (facts.owner === null || pronounOwners.has(facts.owner)) && !facts.key.startsWith("name:");
}

function letter(index: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let out = "";
  let n = index;
  do {
    out = (alphabet[n % 26] ?? "A") + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** One replacement per person key, decided over all the buckets together so every bucket agrees. */
function replacements(buckets: readonly Bucket[]): Map<string, Replacement> {
  const people = new Map<string, PersonFacts>();
  for (const bucket of buckets) {
    for (const [key, tally] of Object.entries(bucket.people)) {
      const known = people.get(key);
      const { name, relation, owner, plural } = tally.label;
      if (known === undefined) {
        people.set(key, { key, messages: tally.messages, name, relation, owner, plural });
      } else {
        known.messages += tally.messages;
        if (known.relation === null && relation !== null) known.relation = relation;
        if (known.name === null && name !== null) known.name = name;
      }
    }
  }
  const out = new Map<string, Replacement>();
  const named = [...people.values()]
    .filter((person) => !isNameless(person))
    .sort((a, b) => b.messages - a.messages || (a.key < b.key ? -1 : 1));
  // Someone else's relation ("Sam's mother"): the owner's name goes, the relation stays.
  const othersRelations = named.filter((person) => person.owner !== null && !pronounOwners.has(person.owner));
  for (const person of othersRelations) out.set(person.key, { key: `rel:someone:${person.relation ?? "someone"}`, name: null, owner: "someone" });
  // Named people: by their relation when it tells them apart, else by a letter.
  const ownNamed = named.filter((person) => !othersRelations.includes(person));
  const byRelation = new Map<Relation, number>();
  for (const person of ownNamed) if (person.relation !== null) byRelation.set(person.relation, (byRelation.get(person.relation) ?? 0) + 1);
  let letters = 0;
  for (const person of ownNamed) {
    if (person.relation !== null && byRelation.get(person.relation) === 1 && !person.plural) {
      // The one named sister and "my sister" are the same person: one key, as the analysers fold them.
      out.set(person.key, { key: `rel:${person.relation}`, name: null, owner: "self" });
    } else {
      const id = letter(letters++);
      out.set(person.key, { key: `person:${id.toLowerCase()}`, name: `Person ${id}`, owner: "self" });
    }
  }
  return out;
}

function mergeRecent(a: readonly EvidenceRef[], b: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .sort((x, y) => y.at - x.at || (x.messageId < y.messageId ? -1 : 1))
    .filter((item) => (seen.has(item.messageId) ? false : (seen.add(item.messageId), true)))
    .slice(0, 12);
}

function redactLabel(label: PersonLabel, replacement: Replacement): PersonLabel {
  return { ...label, name: replacement.name, owner: replacement.owner };
}

function redactBucket(bucket: Bucket, map: ReadonlyMap<string, Replacement>): Bucket {
  const people: Record<string, PersonTally> = {};
  for (const key of Object.keys(bucket.people).sort()) {
    const tally = bucket.people[key];
    if (tally === undefined) continue;
    const replacement = map.get(key);
    const newKey = replacement?.key ?? key;
    const label = replacement === undefined ? tally.label : redactLabel(tally.label, replacement);
    const existing = people[newKey];
    if (existing === undefined) {
      people[newKey] = { ...tally, label, feelings: { ...tally.feelings }, days: [...tally.days], recent: [...tally.recent] };
      continue;
    }
    const feelings = { ...existing.feelings };
    for (const [theme, count] of Object.entries(tally.feelings)) feelings[theme as keyof typeof feelings] = (feelings[theme as keyof typeof feelings] ?? 0) + (count ?? 0);
    people[newKey] = {
      // The more informative label wins, as when buckets merge.
      label: (existing.label.relation === null && label.relation !== null) || (existing.label.name === null && label.name !== null) ? label : existing.label,
      messages: existing.messages + tally.messages,
      feelings,
      days: [...new Set([...existing.days, ...tally.days])].sort(),
      recent: mergeRecent(existing.recent, tally.recent),
    };
  }
  const worries: WorryEntry[] = bucket.worries.map((entry) => ({
    ...entry,
    people: [...new Set(entry.people.map((key) => map.get(key)?.key ?? key))].sort(),
  }));
  return { ...bucket, people, worries };
}

/** Who an intention was with, once names are gone ("their partner", "Person A"). */
function redactedLabel(replacement: Replacement | undefined, relation: Relation | null): string {
  if (replacement === undefined) return relation === null ? "someone" : `their ${relation}`;
  if (replacement.name !== null) return relation === null ? replacement.name : `${replacement.name} (${relation})`;
  if (replacement.owner === "someone") return relation === null ? "someone" : `someone's ${relation}`;
  return relation === null ? "someone" : `their ${relation}`;
}

/** The buckets and intentions with every name replaced (see the file comment). */
export function redactPeople(input: RedactPeopleInput): RedactPeopleResult {
  const map = replacements(input.buckets);
  const relations = new Map<string, Relation | null>();
  for (const bucket of input.buckets) {
    for (const [key, tally] of Object.entries(bucket.people)) if (tally.label.relation !== null || !relations.has(key)) relations.set(key, tally.label.relation);
  }
  const buckets = input.buckets.map((bucket) => redactBucket(bucket, map));
  let others = 0;
  const otherKeys = new Map<string, string>();
  const intentions = input.intentions.map((intention) => {
    const who = intention.withWhom ?? null;
    if (who === null) return { ...intention, withLabel: null };
    const replacement = map.get(who);
    const relation = relations.get(who) ?? (who.startsWith("rel:") ? (who.split(":").pop() as Relation) : null);
    if (replacement !== undefined) return { ...intention, withWhom: replacement.key, withLabel: redactedLabel(replacement, relation) };
    if (isNameless({ key: who, name: null, owner: who.startsWith("rel:") && who.split(":").length === 2 ? "self" : "someone" })) {
      return { ...intention, withLabel: redactedLabel(undefined, relation) };
    }
    // Someone the buckets never mention by that key (the client's words in the intention itself).
    let key = otherKeys.get(who);
    if (key === undefined) {
      key = `other:${String(++others)}`;
      otherKeys.set(who, key);
    }
    return { ...intention, withWhom: key, withLabel: "someone" };
  });
  return { buckets, intentions };
}
