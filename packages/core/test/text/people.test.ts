import { describe, expect, it } from "vitest";
import { findPeople, updateKnownPeople, type KnownPerson, type PersonMention } from "../../src/index.ts";

function keys(mentions: readonly PersonMention[]): string[] {
  return mentions.map((mention) => mention.key);
}

describe("findPeople: relationship words", () => {
  it.each([
    ["I called my mum last night", "rel:mother"],
    ["My boss moved the deadline again", "rel:boss"],
    ["my ex texted me", "rel:ex"],
    ["my partner was asleep", "rel:partner"],
    ["my best friend is moving away", "rel:best friend"],
    ["my older brother never calls", "rel:brother"],
    ["Mum rang while I was at work", "rel:mother"],
    ["dad's being weird", "rel:father"],
    ["her sister is staying with them", "rel:her:sister"],
    ["my ex boyfriend turned up", "rel:ex"],
  ])("%s → %s", (text, key) => {
    expect(keys(findPeople(text))).toEqual([key]);
  });

  it("does not take someone else's mum for the client's", () => {
    expect(keys(findPeople("a mum at the school gate said hi"))).toEqual([]);
    expect(keys(findPeople("the other mums were there"))).toEqual([]);
  });

  it("chains owners: Sam's mum", () => {
    const mentions = findPeople("I saw Sam's mum at the shop");
    expect(keys(mentions)).toEqual(["name:sam", "rel:sam:mother"]);
    expect(mentions[1]?.text).toBe("Sam's mum");
    expect(mentions[1]?.owner).toBe("Sam");
  });
});

describe("findPeople: names", () => {
  it("finds names mid-sentence and after communication verbs", () => {
    expect(keys(findPeople("Yesterday I talked to Priya about it"))).toEqual(["name:priya"]);
    expect(keys(findPeople("I had lunch with Jordan and Lee"))).toEqual(["name:jordan", "name:lee"]);
  });

  it("reads a sentence-initial capital as a name only with a cue", () => {
    expect(keys(findPeople("Sam said he would call."))).toEqual(["name:sam"]);
    expect(keys(findPeople("Priya and I went for a walk."))).toEqual(["name:priya"]);
    expect(keys(findPeople("Honestly it was fine. Work was awful. Maybe tomorrow."))).toEqual([]);
    expect(keys(findPeople("Everything is too much."))).toEqual([]);
  });

  it("does not take places, days, months or brands for people", () => {
    expect(keys(findPeople("I went to London on Friday"))).toEqual([]);
    expect(keys(findPeople("we met in Leeds in March"))).toEqual([]);
    expect(keys(findPeople("I watched Netflix until 3am and scrolled Instagram"))).toEqual([]);
    expect(keys(findPeople("I was SO angry"))).toEqual([]);
  });

  it("joins a relation and a name: my sister Ana / Ana, my sister", () => {
    const [first] = findPeople("my sister Ana came over");
    expect(first).toMatchObject({ key: "name:ana", name: "Ana", relation: "sister", owner: "self", area: "family" });
    const [second] = findPeople("Ana, my sister, thinks I should go");
    expect(second).toMatchObject({ key: "name:ana", name: "Ana", relation: "sister" });
    const [third] = findPeople("my friend priya said i should quit");
    expect(third).toMatchObject({ key: "name:priya", name: "Priya", relation: "friend" });
    const [fourth] = findPeople("my manager, Dave, wants the report");
    expect(fourth).toMatchObject({ key: "name:dave", name: "Dave", relation: "manager" });
  });

  it("does not take a following verb or adverb for a lower-case name", () => {
    expect(findPeople("my sister texted me")[0]?.name).toBeNull();
    expect(findPeople("my mum rang again")[0]?.name).toBeNull();
    expect(findPeople("my boss today was awful")[0]?.name).toBeNull();
  });

  it("shares a relation across the message: the second Ana is the sister too", () => {
    const mentions = findPeople("My sister Ana came over. Ana said she misses dad.");
    expect(mentions.map((mention) => [mention.key, mention.relation])).toEqual([
      ["name:ana", "sister"],
      ["name:ana", "sister"],
      ["rel:father", "father"],
    ]);
  });
});

describe("findPeople with people already introduced", () => {
  const known: KnownPerson[] = [
    { key: "name:sam", name: "Sam", relation: "partner" },
    { key: "name:ana", name: "Ana", relation: "sister" },
    { key: "name:will", name: "Will", relation: "friend" },
  ];

  it("recognises lower-case typing of known names", () => {
    expect(keys(findPeople("sam said it was fine", { known }))).toEqual(["name:sam"]);
    expect(findPeople("sam said it was fine", { known })[0]?.relation).toBe("partner");
  });

  it("resolves 'my sister' to the one sister named before", () => {
    const [mention] = findPeople("my sister called", { known });
    expect(mention).toMatchObject({ key: "name:ana", name: "Ana", known: true });
  });

  it("needs a capital for names that are also words", () => {
    expect(keys(findPeople("i will try", { known }))).toEqual([]);
    expect(keys(findPeople("I saw Will today", { known }))).toEqual(["name:will"]);
  });

  it("learns people as they are introduced", () => {
    let people: KnownPerson[] = [];
    people = updateKnownPeople(people, findPeople("my sister is annoying"));
    expect(people).toEqual([{ key: "rel:sister", name: null, relation: "sister" }]);
    people = updateKnownPeople(people, findPeople("my sister Ana came over"));
    expect(people).toEqual([{ key: "name:ana", name: "Ana", relation: "sister" }]);
    people = updateKnownPeople(people, findPeople("Then Sam said hi, and her sister waved"));
    expect(people.map((person) => person.key)).toEqual(["name:ana", "name:sam"]);
    expect(keys(findPeople("ana was there", { known: people }))).toEqual(["name:ana"]);
  });
});
