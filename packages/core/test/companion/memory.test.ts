import { describe, expect, it } from "vitest";
import { applyMemoryProposal, extractMemory, type MemoryItem } from "../../src/index.ts";
import { timeZone } from "./helpers.ts";

const monday = new Date("2025-06-09T20:00:00Z");
const thursday = new Date("2025-06-12T20:00:00Z");

function extract(text: string, more: { existing?: MemoryItem[]; now?: Date; forgotten?: string[] } = {}) {
  return extractMemory({ text, existing: more.existing ?? [], now: more.now ?? monday, timeZone, forgotten: more.forgotten ?? [] });
}

describe("memory extraction", () => {
  it("keeps people as the client names them, with the relationship", () => {
    const { added } = extract("My sister Ana called, and then my boss Karen emailed. Mum wants me home for Sunday lunch.");
    expect(added.map(({ key, kind, text, name, relationship }) => ({ key, kind, text, name, relationship }))).toEqual([
      { key: "person:name:ana", kind: "person", text: "Ana (sister)", name: "Ana", relationship: "sister" },
      { key: "person:name:karen", kind: "person", text: "Karen (boss)", name: "Karen", relationship: "boss" },
      { key: "person:rel:mother", kind: "person", text: "my mum", name: undefined, relationship: "mum" },
    ]);
    for (const item of added) {
      expect(item.firstMentionedAt).toBe(monday.toISOString());
      expect(item.lastMentionedAt).toBe(monday.toISOString());
      expect(item.mentions).toBe(1);
    }
  });

  it("keeps open threads and preferences", () => {
    const { added } = extract("I'm still waiting to hear back about the job. Please don't call me buddy. I prefer when you just listen.");
    expect(added.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: "thread", text: "waiting to hear back about the job" },
      { kind: "preference", text: "I prefer when you just listen" },
      { kind: "preference", text: "Please don't call me buddy" },
    ]);
  });

  it("finds other unresolved situations", () => {
    const texts = {
      "haven't heard back from the landlord yet": "waiting to hear back from the landlord yet",
      "I have an interview on Thursday and I'm dreading it": "the interview",
      "I still need to decide whether to move to Leeds": "needing to decide whether to move to Leeds",
      "idk if I should go to the wedding": "not knowing whether I should go to the wedding",
    };
    for (const [text, thread] of Object.entries(texts)) {
      expect(extract(text).added.filter((item) => item.kind === "thread").map((item) => item.text), text).toEqual([thread]);
    }
  });

  it("merges with what is kept: no duplicates, last mention and count updated", () => {
    const first = applyMemoryProposal([], extract("my sister Ana called again. still waiting to hear back about the job"));
    const second = extract("ana was lovely today, and I'm still waiting to hear back about that job", { existing: first, now: thursday });
    expect(second.added).toEqual([]);
    expect(second.updated.map(({ key, mentions, lastMentionedAt, firstMentionedAt }) => ({ key, mentions, lastMentionedAt, firstMentionedAt }))).toEqual([
      { key: "person:name:ana", mentions: 2, lastMentionedAt: thursday.toISOString(), firstMentionedAt: monday.toISOString() },
      { key: first[1]?.key, mentions: 2, lastMentionedAt: thursday.toISOString(), firstMentionedAt: monday.toISOString() },
    ]);
  });

  it("learns the name of someone known only by relationship", () => {
    const first = applyMemoryProposal([], extract("my sister is driving me mad"));
    expect(first.map((item) => item.text)).toEqual(["my sister"]);
    const second = extract("my sister Ana said sorry", { existing: first, now: thursday });
    expect(second.added).toEqual([]);
    expect(second.updated).toMatchObject([{ key: "person:rel:sister", name: "Ana", text: "Ana (sister)", mentions: 2 }]);
  });

  it("never rewrites what the client corrected, and never brings back what they deleted", () => {
    const corrected: MemoryItem = {
      key: "person:name:sam",
      kind: "person",
      text: "Sam (my best friend, not my partner)",
      name: "Sam",
      relationship: "best friend",
      firstMentionedAt: monday.toISOString(),
      lastMentionedAt: monday.toISOString(),
      mentions: 3,
      editedByClient: true,
    };
    const { updated } = extract("Sam came over", { existing: [corrected], now: thursday });
    expect(updated).toEqual([{ ...corrected, mentions: 4, lastMentionedAt: thursday.toISOString() }]);
    expect(extract("my boss Karen again", { existing: [], now: thursday, forgotten: ["person:name:karen"] }).added).toEqual([]);
  });

  it("counts someone named twice in one message once", () => {
    const { added } = extract("Ana said this, then Ana said that");
    expect(added.filter((item) => item.kind === "person")).toHaveLength(1);
  });

  it("leaves out the therapist and vague groups", () => {
    const { added } = extract("my therapist said my friends and my family mean well");
    expect(added).toEqual([]);
  });
});
