import { describe, expect, it } from "vitest";
import {
  addToBucket,
  analyseMessage,
  bucketOf,
  emptyBucket,
  evidenceCap,
  mergeAll,
  mergeBuckets,
  summarisePeople,
  worryCap,
  type Bucket,
  type BucketEntry,
} from "../../src/index.ts";
import { createRandom } from "../../src/synthetic/random.ts";
import { scenario } from "../synthetic/fixtures.ts";

function entriesOf(profile: Parameters<typeof scenario>[0]): BucketEntry[] {
  const s = scenario(profile);
  return [...s.messages.values()].map((message) => {
    const features = s.replay.features.get(message.id);
    if (features === undefined) throw new Error("missing features");
    return { messageId: message.id, conversationId: message.conversationId, at: message.at, features };
  });
}

function bucketFrom(entries: readonly BucketEntry[]): Bucket {
  let bucket = emptyBucket();
  for (const entry of entries) bucket = addToBucket(bucket, entry);
  return bucket;
}

describe("buckets", () => {
  const entries = entriesOf("loop").slice(0, 400);

  it("merge associatively and commutatively", () => {
    const random = createRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const parts: BucketEntry[][] = [[], [], []];
      for (const entry of entries) parts[random.int(0, 2)]?.push(entry);
      const [a, b, c] = parts.map(bucketFrom) as [Bucket, Bucket, Bucket];
      expect(mergeBuckets(a, mergeBuckets(b, c))).toEqual(mergeBuckets(mergeBuckets(a, b), c));
      expect(mergeBuckets(a, b)).toEqual(mergeBuckets(b, a));
      expect(mergeBuckets(a, emptyBucket())).toEqual(a);
    }
  });

  it("do not depend on the order messages arrive in", () => {
    const random = createRandom(7);
    const shuffled = [...entries];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j] as BucketEntry, shuffled[i] as BucketEntry];
    }
    expect(bucketFrom(shuffled)).toEqual(bucketFrom(entries));
  });

  it("equal the merge of one-message buckets", () => {
    expect(bucketFrom(entries)).toEqual(mergeAll(entries.map(bucketOf)));
  });

  it("survive a JSON round trip unchanged", () => {
    const bucket = bucketFrom(entries);
    expect(JSON.parse(JSON.stringify(bucket))).toEqual(bucket);
  });

  it("stay small and bounded: evidence and worries are capped", () => {
    const bucket = bucketFrom(entries);
    for (const tally of Object.values(bucket.themes)) expect(tally?.recent.length).toBeLessThanOrEqual(evidenceCap);
    for (const tally of Object.values(bucket.people)) expect(tally.recent.length).toBeLessThanOrEqual(evidenceCap);
    expect(bucket.reassurance.recent.length).toBeLessThanOrEqual(evidenceCap);
    expect(bucket.worries.length).toBeLessThanOrEqual(worryCap);
    // A typical stored bucket, one conversation in one week, is a few kilobytes at most.
    const s = scenario("night-exclusivity");
    const sizes = s.replay.buckets.map((stored) => JSON.stringify(stored.bucket).length).sort((x, y) => x - y);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(3_000);
    expect(sizes[sizes.length - 1]).toBeLessThan(20_000);
  });

  it("leave no trace of a conversation once its buckets are left out", () => {
    const s = scenario("rehearse-and-do");
    const rehearsal = s.history.conversations.find((conversation) => conversation.mode === "rehearse");
    if (rehearsal === undefined) throw new Error("no rehearsal");
    const kept = s.replay.buckets.filter((stored) => stored.conversationId !== rehearsal.id).map((stored) => stored.bucket);
    const merged = mergeAll(kept);
    const json = JSON.stringify(merged);
    expect(json).not.toContain(`"${rehearsal.id}"`);
    for (const message of rehearsal.messages) expect(json).not.toContain(`"${message.id}"`);
    // The same as if the conversation had never been written.
    const others = entriesOf("rehearse-and-do").filter((entry) => entry.conversationId !== rehearsal.id);
    expect(merged.messages).toBe(others.length);
    expect(mergeAll(others.map(bucketOf))).toEqual(merged);
    const all = mergeAll(s.replay.buckets.map((stored) => stored.bucket));
    expect(all.messages - merged.messages).toBe(rehearsal.messages.length);
  });

  it("fold an unnamed relation into the one named person with it, from the buckets alone", () => {
    const at = Date.parse("2025-03-03T20:00:00Z");
    const bucket = mergeAll([
      bucketOf({ messageId: "m1", conversationId: "c1", at, features: featuresOf("my sister Ana came round", at) }),
      bucketOf({ messageId: "m2", conversationId: "c1", at: at + 1, features: featuresOf("my sister is annoying me", at + 1) }),
    ]);
    const people = summarisePeople(bucket);
    expect(people.map((person) => [person.key, person.messages])).toEqual([["name:ana", 2]]);
    const withoutFirst = summarisePeople(bucketOf({ messageId: "m2", conversationId: "c1", at: at + 1, features: featuresOf("my sister is annoying me", at + 1) }));
    expect(withoutFirst.map((person) => [person.key, person.name])).toEqual([["rel:sister", null]]);
  });
});

function featuresOf(text: string, at: number) {
  return analyseMessage({ text, at, timeZone: "UTC" });
}
