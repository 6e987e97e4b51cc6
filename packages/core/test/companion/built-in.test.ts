import { describe, expect, it } from "vitest";
import { builtInReply, neverSay, type ConversationMessage, type MemoryItem } from "../../src/index.ts";
import { flipPerson } from "../../src/companion/pronouns.ts";
import { questionMarks, sentences, timeZone, wednesdayEvening } from "./helpers.ts";

const now = wednesdayEvening;
const reply = (clientText: string, options: { history?: ConversationMessage[]; memory?: MemoryItem[]; seed?: number } = {}) =>
  builtInReply({ clientText, history: options.history ?? [], memory: options.memory ?? [], seed: options.seed ?? 1, now, timeZone });

describe("reflections use the client's own words", () => {
  it("names the people, the feeling and the situation they described", () => {
    const texts = [0, 1, 2, 3, 4, 5].map((seed) => reply("I had a fight with my sister again about money and I feel like nobody listens", { seed }).text);
    for (const text of texts) {
      expect(text).toMatch(/your sister|nobody listens|about money/);
    }
    expect(texts.some((text) => text.includes("your sister"))).toBe(true);
    expect(texts.some((text) => text.includes("nobody listens"))).toBe(true);
  });

  it("turns their words around to 'you' and keeps names as they write them", () => {
    const text = reply("my boss Karen yelled at me in front of everyone today", { seed: 3 }).text;
    expect(text).toMatch(/Karen/);
    expect(text).toMatch(/yelled at you/);
    expect(text).not.toMatch(/\bmy boss\b|\bat me\b/);
  });

  it("echoes a feeling word as they wrote it", () => {
    const texts = [1, 2, 3, 4].map((seed) => reply("honestly just gutted tonight", { seed }).text.toLowerCase());
    expect(texts.every((text) => text.includes("gutted"))).toBe(true);
  });

  it("quotes heavy words back gently instead of hurrying past them", () => {
    const { text } = reply("I hate myself", { seed: 2 });
    expect(text).toMatch(/hate yourself|"I hate myself"/);
    expect(text).not.toMatch(/at least|bright side|you should/i);
  });
});

describe("the voice", () => {
  const messages = [
    "hi",
    "idk",
    "meh",
    "I had a fight with my sister again about money",
    "my mum keeps calling and I can't deal with it",
    "I feel so alone lately",
    "i'm panicking and my heart is racing",
    "I need to tell my boss I'm quitting",
    "what should I do",
    "are you a real person?",
    "thanks, good night",
    "work was fine I guess. Sam cooked dinner and we watched a film",
    "I keep thinking about what my dad said at the funeral",
  ];

  it("is brief (1–4 sentences), asks at most one question, and never says what it must not", () => {
    for (const message of messages) {
      for (let seed = 0; seed < 25; seed++) {
        const { text } = reply(message, { seed });
        expect(sentences(text), `${message} → ${text}`).toBeGreaterThanOrEqual(1);
        expect(sentences(text), `${message} → ${text}`).toBeLessThanOrEqual(4);
        expect(questionMarks(text), `${message} → ${text}`).toBeLessThanOrEqual(1);
        // Their own words said back are theirs ("you need to tell your boss…"); the rest is ours.
        const theirs = flipPerson(message).toLowerCase();
        for (const phrase of neverSay) {
          if (!theirs.includes(phrase)) expect(text.toLowerCase(), `${message} → ${text}`).not.toContain(phrase);
        }
      }
    }
  });

  it("says truthfully what it is when asked", () => {
    expect(reply("are you a real person?").text).toMatch(/I'm an AI/);
    expect(reply("r u a bot").text).toMatch(/I'm an AI/);
  });

  it("doesn't tell them what to do when asked for advice", () => {
    const { text } = reply("what should I do", { seed: 4 });
    expect(text).not.toMatch(/you should|you need to/i);
  });
});

describe("varied phrasing", () => {
  it("never gives the same reply twice in a row, over long runs and many seeds", { timeout: 60_000 }, () => {
    const lines = ["idk", "meh", "hi", "I'm tired", "my sister yelled at me", "I feel so alone", "ok", "work was awful", "idk", "idk"];
    for (let seed = 0; seed < 40; seed++) {
      const history: ConversationMessage[] = [];
      let previous = "";
      for (let turn = 0; turn < 60; turn++) {
        const clientText = lines[(turn * 7 + seed) % lines.length] ?? "idk";
        const { text } = builtInReply({ clientText, history, seed: `${seed}:${turn}`, now, timeZone });
        expect(text, `seed ${seed} turn ${turn}`).not.toBe(previous);
        history.push({ role: "client", text: clientText }, { role: "companion", text });
        previous = text;
      }
    }
  });

  it("even when the client says the same thing again and again", () => {
    const history: ConversationMessage[] = [];
    const replies: string[] = [];
    for (let turn = 0; turn < 50; turn++) {
      const { text } = builtInReply({ clientText: "idk", history, seed: `7:${turn}`, now, timeZone });
      replies.push(text);
      history.push({ role: "client", text: "idk" }, { role: "companion", text });
    }
    for (let i = 1; i < replies.length; i++) expect(replies[i]).not.toBe(replies[i - 1]);
    expect(new Set(replies).size).toBeGreaterThan(6);
  });

  it("is deterministic for a seed", () => {
    const a = reply("my sister yelled at me again", { seed: 42 }).text;
    const b = reply("my sister yelled at me again", { seed: 42 }).text;
    expect(a).toBe(b);
  });
});

describe("offers and invitations", () => {
  it("offers to calm down when distress is high", () => {
    const result = reply("i'm panicking, my heart is racing and i can't breathe properly");
    expect(result.offer).toBe("regulate");
    expect(result.text).toMatch(/slow down|settle|bring it down|breathing|grounding/i);
  });

  it("offers to rehearse when a hard conversation comes up, as the person they named", () => {
    const boss = reply("I need to tell my boss I'm quitting");
    expect(boss.offer).toBe("rehearse");
    expect(boss.text).toMatch(/your boss|practise|rehearse/i);
    const her = reply("I don't know how to say it to her");
    expect(her.offer).toBe("rehearse");
  });

  it("invites them to bring something to session", () => {
    const result = reply("I just realised I always go quiet when my dad gets angry, every time");
    expect(result.offer).toBe("moment");
    expect(result.text).toMatch(/session/);
  });

  it("is gentle with heavy content: no rehearsal pitch, no silver lining", () => {
    const result = reply("my grandad died last week and I feel empty", { seed: 5 });
    expect(result.offer).not.toBe("rehearse");
    expect(result.text).not.toMatch(/at least|bright side|everything happens/i);
  });
});

describe("memory and follow-ups", () => {
  const sam: MemoryItem = {
    key: "person:name:sam",
    kind: "person",
    text: "Sam (partner)",
    name: "Sam",
    relationship: "partner",
    relation: "partner",
    firstMentionedAt: "2025-05-20T20:00:00Z",
    lastMentionedAt: "2025-06-03T20:00:00Z",
    mentions: 3,
  };
  const job: MemoryItem = {
    key: "thread:waiting-hear-job",
    kind: "thread",
    text: "waiting to hear back about the job",
    firstMentionedAt: "2025-06-03T20:00:00Z",
    lastMentionedAt: "2025-06-03T20:00:00Z",
    mentions: 1,
  };

  it("brings in a person remembered from last week ('last week you mentioned Sam…')", () => {
    const texts = [1, 2, 3].map((seed) => reply("sam was weird tonight, he barely talked to me", { memory: [sam], seed }).text);
    for (const text of texts) expect(text).toMatch(/Sam/);
    expect(texts.some((text) => /last week/.test(text))).toBe(true);
  });

  it("asks about an open thread when the client only says hi", () => {
    const texts = [0, 1, 2, 3, 4, 5].map((seed) => reply("hi", { memory: [job], seed }).text);
    expect(texts.some((text) => /last week you mentioned waiting to hear back about the job/i.test(text))).toBe(true);
  });

  it("follows up on a due intention: 'On Saturday you meant to talk to Ana — how did it go?'", () => {
    const result = builtInReply({
      clientText: "hey",
      history: [],
      dueFollowUps: [{ kind: "intention", id: "i1", what: "talk to Ana", withWhom: "Ana", due: "2025-06-07" }],
      seed: 1,
      now,
      timeZone,
    });
    expect(result.move).toBe("follow-up");
    expect(result.text).toMatch(/Saturday/);
    expect(result.text).toMatch(/talk to Ana/);
    expect(result.text).toMatch(/how did (it|that) go\?/i);
  });
});
