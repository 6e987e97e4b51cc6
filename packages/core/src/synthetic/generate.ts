// Seeded generators of a fictional client's months between sessions: conversations with modes,
// client messages with timestamps in their zone, intentions and outcomes, practices and debriefs,
// PHQ-9/GAD-7 answers, regulation ratings, moments and session dates. Deterministic for a seed.
// Every message carries ground-truth tags (what it was written to show) for tests.
import type { ConversationMode } from "../domain.ts";
import type { AnalysisCheckIn, AnalysisIntention, AnalysisPractice, AnalysisRegulationSession } from "../analysis/records.ts";
import { shiftDate, toIso, weekdayOf, zonedTimeToMillis } from "../time/index.ts";
import type { KnownPerson } from "../text/index.ts";
import { createRandom, hashSeed, type Random } from "./random.ts";
import * as words from "./templates.ts";

export const syntheticProfiles = [
  "night-exclusivity",
  "rehearse-and-do",
  "rehearse-and-delay",
  "loop",
  "improving",
  "worsening",
  "steady",
] as const;
export type SyntheticProfile = (typeof syntheticProfiles)[number];

export const syntheticProfileDescriptions: Readonly<Record<SyntheticProfile, string>> = {
  "night-exclusivity": "drifts into night use and talks of the companion as the only one who understands",
  "rehearse-and-do": "rehearses hard conversations, then has them",
  "rehearse-and-delay": "rehearses the same conversation and keeps putting it off",
  loop: "caught in a loop: the same worry returns day after day, with requests for reassurance",
  improving: "questionnaire scores improve over the weeks",
  worsening: "questionnaire scores worsen over the weeks",
  steady: "a steady control: ordinary ups and downs, nothing to flag",
};

export const syntheticTags = [
  "loop",
  "reassurance",
  "cue",
  "night",
  "withdrawal",
  "rehearsal",
  "intention",
  "debrief",
  "check-in",
  "regulate",
  "practice",
  "worry",
  "low-mood",
  "bright-mood",
] as const;
export type SyntheticTag = (typeof syntheticTags)[number];

export interface SyntheticMessage {
  id: string;
  conversationId: string;
  at: string;
  text: string;
  tags: SyntheticTag[];
}

export interface SyntheticConversation {
  id: string;
  mode: ConversationMode;
  startedAt: string;
  private: boolean;
  messages: SyntheticMessage[];
}

export interface SyntheticMoment {
  id: string;
  at: string;
  messageId: string | null;
  note: string | null;
}

export interface SyntheticSession {
  id: string;
  date: string;
  at: string;
}

export interface SyntheticHistory {
  profile: SyntheticProfile;
  seed: number;
  timeZone: string;
  start: string;
  weeks: number;
  client: { name: string; description: string };
  /** The people of the client's life, as the analysers would key them. */
  people: KnownPerson[];
  conversations: SyntheticConversation[];
  intentions: AnalysisIntention[];
  practices: (AnalysisPractice & { why: string })[];
  regulationSessions: AnalysisRegulationSession[];
  checkIns: AnalysisCheckIn[];
  moments: SyntheticMoment[];
  sessions: SyntheticSession[];
}

export interface GenerateHistoryInput {
  profile: SyntheticProfile;
  seed: number;
  /** First local day, "2025-01-06". */
  start: string;
  weeks: number;
  timeZone: string;
  /** Scale the everyday conversations to about this many client messages a week (e.g. 400 for a year of 20,000). */
  messagesPerWeek?: number;
}

interface Cast {
  partner: string;
  sister: string;
  friend: string;
  friend2: string;
  boss: string;
  colleague: string;
}

interface DraftMessage {
  text: string;
  tags: SyntheticTag[];
}

interface DraftConversation {
  mode: ConversationMode;
  hour: number;
  minute: number;
  messages: DraftMessage[];
  /** Called with the stored conversation once ids and times exist. */
  after?: (conversation: SyntheticConversation) => void;
}

const clientNames = ["Robin", "Kit", "Morgan", "Casey", "Jamie", "Ash", "Rowan", "Quinn"];

function chooseCast(random: Random): Cast {
  const friend = random.pick(words.castNames.friend);
  let friend2 = random.pick(words.castNames.friend);
  while (friend2 === friend) friend2 = random.pick(words.castNames.friend);
  return {
    partner: random.pick(words.castNames.partner),
    sister: random.pick(words.castNames.sister),
    friend,
    friend2,
    boss: random.pick(words.castNames.boss),
    colleague: random.pick(words.castNames.colleague),
  };
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Item answers (0–3) summing to `total`, item 9 of the PHQ-9 kept at 0. */
function itemsFor(options: { random: Random; total: number; items: number; lastZero: boolean }): number[] {
  const { random, items, lastZero } = options;
  const free = lastZero ? items - 1 : items;
  let remaining = clamp(Math.round(options.total), 0, free * 3);
  const answers = Array.from({ length: items }, () => 0);
  while (remaining > 0) {
    const index = random.int(0, free - 1);
    if ((answers[index] ?? 0) < 3) {
      answers[index] = (answers[index] ?? 0) + 1;
      remaining--;
    }
  }
  return answers;
}

interface ProfileShape {
  /** Client messages a week in everyday talk, at the start and the end. */
  weeklyMessages: [number, number];
  /** Chance that a talk conversation starts between 00:00 and 05:00, at the start and end. */
  night: [number, number];
  /** PHQ-9 and GAD-7 totals at the start and end, and their day-to-day noise. */
  phq9: [number, number];
  gad7: [number, number];
  noise: number;
  /** Days between questionnaires. */
  checkInEvery: number;
  /** Chance of a regulation exercise on a given day, and the mean drop in distress. */
  regulateChance: number;
  regulateDrop: [number, number];
  practiceDone: [number, number];
}

const shapes: Readonly<Record<SyntheticProfile, ProfileShape>> = {
  "night-exclusivity": { weeklyMessages: [28, 120], night: [0.03, 0.7], phq9: [10, 13], gad7: [8, 10], noise: 1, checkInEvery: 14, regulateChance: 0.12, regulateDrop: [3, 1.5], practiceDone: [0.7, 0.1] },
  "rehearse-and-do": { weeklyMessages: [32, 32], night: [0.02, 0.02], phq9: [11, 9], gad7: [10, 8], noise: 1, checkInEvery: 14, regulateChance: 0.08, regulateDrop: [3, 3], practiceDone: [0.7, 0.8] },
  "rehearse-and-delay": { weeklyMessages: [32, 32], night: [0.02, 0.02], phq9: [11, 11], gad7: [10, 10], noise: 1, checkInEvery: 14, regulateChance: 0.08, regulateDrop: [2.5, 2.5], practiceDone: [0.6, 0.5] },
  loop: { weeklyMessages: [30, 30], night: [0.02, 0.02], phq9: [10, 10], gad7: [13, 13], noise: 1, checkInEvery: 14, regulateChance: 0.12, regulateDrop: [2.5, 2.5], practiceDone: [0.5, 0.5] },
  improving: { weeklyMessages: [32, 32], night: [0.02, 0.02], phq9: [18, 6], gad7: [15, 5], noise: 1, checkInEvery: 7, regulateChance: 0.1, regulateDrop: [2, 4], practiceDone: [0.4, 0.9] },
  worsening: { weeklyMessages: [32, 32], night: [0.02, 0.02], phq9: [6, 18], gad7: [5, 15], noise: 1, checkInEvery: 7, regulateChance: 0.1, regulateDrop: [3.5, 1.5], practiceDone: [0.8, 0.3] },
  steady: { weeklyMessages: [32, 32], night: [0.02, 0.02], phq9: [8, 8], gad7: [7, 7], noise: 1, checkInEvery: 14, regulateChance: 0.08, regulateDrop: [3, 3], practiceDone: [0.7, 0.7] },
};

const lerp = ([from, to]: readonly [number, number], p: number): number => from + (to - from) * p;

export function generateHistory(input: GenerateHistoryInput): SyntheticHistory {
  const { profile, timeZone, start, weeks } = input;
  const random = createRandom(hashSeed(`${profile}:${input.seed}`));
  const shape = shapes[profile];
  const cast = chooseCast(random);
  const prefix = `${profile}-${input.seed}`;
  const totalDays = weeks * 7;
  const history: SyntheticHistory = {
    profile,
    seed: input.seed,
    timeZone,
    start,
    weeks,
    client: { name: random.pick(clientNames), description: syntheticProfileDescriptions[profile] },
    people: [
      { key: `name:${cast.partner.toLowerCase()}`, name: cast.partner, relation: "partner" },
      { key: `name:${cast.sister.toLowerCase()}`, name: cast.sister, relation: "sister" },
      { key: `name:${cast.friend.toLowerCase()}`, name: cast.friend, relation: "friend" },
      { key: `name:${cast.friend2.toLowerCase()}`, name: cast.friend2, relation: "friend" },
      { key: `name:${cast.boss.toLowerCase()}`, name: cast.boss, relation: "manager" },
      { key: `name:${cast.colleague.toLowerCase()}`, name: cast.colleague, relation: "colleague" },
      { key: "rel:mother", name: null, relation: "mother" },
      { key: "rel:father", name: null, relation: "father" },
    ],
    conversations: [],
    intentions: [],
    practices: [],
    regulationSessions: [],
    checkIns: [],
    moments: [],
    sessions: [],
  };
  let messageCount = 0;
  let conversationCount = 0;
  const lastUsed = new Map<string, number>();
  const values = (extra: Readonly<Record<string, string>> = {}): Record<string, string> => ({
    partner: cast.partner,
    sister: cast.sister,
    friend: cast.friend,
    friend2: cast.friend2,
    boss: cast.boss,
    colleague: cast.colleague,
    day: random.pick(words.weekdayNames),
    time: `${random.int(1, 4)}am`,
    ...extra,
  });
  const line = (template: string, tags: SyntheticTag[], extra: Readonly<Record<string, string>> = {}): DraftMessage => ({ text: fill(template, values(extra)), tags });

  const practice = words.practiceTitles[profile === "night-exclusivity" ? 0 : random.int(0, words.practiceTitles.length - 1)] ?? words.practiceTitles[0];
  const practiceRecord: AnalysisPractice & { why: string } = {
    id: `${prefix}-p1`,
    title: practice?.title ?? "Practice",
    why: "A small real-life experiment agreed in session.",
    assignedAt: toIso(zonedTimeToMillis({ date: shiftDate(start, 7), hour: 10, minute: 0, timeZone })),
    expected: null,
    debriefs: [],
  };
  const debriefs: { at: string; done: boolean; messageId: string | null }[] = [];
  history.practices.push(practiceRecord);

  // Rehearsal targets for the two rehearsal profiles.
  const targets: words.RehearsalTarget[] = [
    {
      key: "rel:mother",
      label: "their mother",
      mention: "Mum",
      pronoun: "she",
      topic: "that I'm not coming home for Christmas this year",
      fear: "cry and make me feel selfish",
      lines: ["Mum, I need to tell you something and I need you to let me finish.", "I love you, but I'm not coming home for Christmas this year.", "It's not about you. I need a quiet one, just us."],
    },
    {
      key: `name:${cast.boss.toLowerCase()}`,
      label: cast.boss,
      mention: cast.boss,
      pronoun: "she",
      topic: "asking to work from home two days a week",
      fear: "say I'm not committed",
      lines: [`${cast.boss}, have you got ten minutes? I wanted to ask about my hours.`, "I'd like to work from home two days a week. I think I'd do better work.", "I've written down how it would work for the team."],
    },
    {
      key: `name:${cast.partner.toLowerCase()}`,
      label: cast.partner,
      mention: cast.partner,
      pronoun: "they",
      topic: "how unhappy I've been and that I want us to try couples counselling",
      fear: "laugh it off or get angry",
      lines: [`${cast.partner}, can we talk properly? Phones away.`, "I've been unhappy for a while and I haven't said it.", "I'd like us to try counselling together. Not because it's over, because I want it to work."],
    },
  ];

  const rehearsalConversation = (target: words.RehearsalTarget, withIntention: { due: string } | null): DraftConversation => {
    const extra = {
      mention: target.mention,
      pronoun: target.pronoun,
      pronoun_cap: target.pronoun.charAt(0).toUpperCase() + target.pronoun.slice(1),
      topic: target.topic,
      fear: target.fear,
      fear_present: target.fear.replace(/^(\w+)/, "$1s").replace("make me", "makes me"),
      object: target.pronoun === "she" ? "her" : target.pronoun === "he" ? "him" : "them",
    };
    const messages: DraftMessage[] = [
      line(random.pick(words.rehearsalSetup), ["rehearsal"], extra),
      line(random.pick(words.rehearsalFear), ["rehearsal"], extra),
      ...target.lines.map((text) => ({ text, tags: ["rehearsal"] as SyntheticTag[] })),
      line(random.pick(words.rehearsalStepOut), ["rehearsal"], extra),
    ];
    let intentionIndex = -1;
    if (withIntention !== null) {
      intentionIndex = messages.length;
      messages.push(line(random.pick(words.intentionLines), ["rehearsal", "intention"], { ...extra, day: words.weekdayNames[weekdayOf(withIntention.due)] ?? "Saturday" }));
    }
    return {
      mode: "rehearse",
      hour: random.int(19, 21),
      minute: random.int(0, 59),
      messages,
      after: (conversation) => {
        if (withIntention === null) return;
        const message = conversation.messages[intentionIndex];
        history.intentions.push({
          id: `${prefix}-i${history.intentions.length + 1}`,
          createdAt: message?.at ?? conversation.startedAt,
          dueAt: toIso(zonedTimeToMillis({ date: withIntention.due, hour: 20, minute: 0, timeZone })),
          withWhom: target.key,
          withLabel: target.label,
          conversationId: conversation.id,
          messageId: message?.id ?? null,
          outcome: null,
          outcomeAt: null,
        });
      },
    };
  };

  const debriefConversation = (options: { target: words.RehearsalTarget; outcome: "done" | "not-yet" | "changed-my-mind" }): DraftConversation => {
    const { target, outcome } = options;
    const extra = {
      mention: target.mention,
      pronoun: target.pronoun,
      pronoun_cap: target.pronoun.charAt(0).toUpperCase() + target.pronoun.slice(1),
      topic: target.topic,
    };
    const pool = outcome === "done" ? words.debriefDone : outcome === "not-yet" ? words.debriefNotYet : words.debriefChangedMind;
    const intention = [...history.intentions].reverse().find((item) => item.withWhom === target.key && (item.outcome ?? null) === null);
    return {
      mode: "debrief",
      hour: random.int(18, 22),
      minute: random.int(0, 59),
      messages: [line(random.pick(pool), ["debrief"], extra), outcome === "done" ? line("I'm proud I didn't back out.", ["debrief"]) : line("I feel stuck with it.", ["debrief"])],
      after: (conversation) => {
        if (intention === undefined) return;
        intention.outcome = outcome;
        intention.outcomeAt = conversation.messages[0]?.at ?? conversation.startedAt;
      },
    };
  };

  for (let day = 0; day < totalDays; day++) {
    const date = shiftDate(start, day);
    const weekday = weekdayOf(date);
    const p = totalDays <= 1 ? 0 : day / (totalDays - 1);
    const drafts: DraftConversation[] = [];

    // Everyday talk: the volume and the hour depend on the profile and how far along we are.
    const weekly = input.messagesPerWeek ?? lerp(shape.weeklyMessages, p);
    const perDay = weekly / 7 / 3.3; // about 3.3 client messages per talk conversation
    let conversations = Math.floor(perDay);
    if (random.chance(perDay - conversations)) conversations++;
    for (let c = 0; c < conversations; c++) {
      const atNight = random.chance(lerp(shape.night, p));
      const messages: DraftMessage[] = [];
      if (atNight) messages.push(line(random.pick(words.nightOpeners), ["night"]));
      else if (random.chance(0.3)) messages.push(line(random.pick(words.openers), []));
      const count = random.int(2, 4);
      for (let m = 0; m < count; m++) messages.push(contentFor({ profile, p, day, lastUsed, random, line, atNight }));
      drafts.push({
        mode: "talk",
        hour: atNight ? random.int(0, 4) : random.int(17, 23),
        minute: random.int(0, 59),
        messages: messages.map((message) => (atNight && !message.tags.includes("night") ? { ...message, tags: [...message.tags, "night" as const] } : message)),
      });
    }

    // Profile-specific scheduled conversations.
    if (profile === "rehearse-and-do") {
      const cycle = Math.floor(day / 28);
      const offset = day % 28;
      const target = targets[cycle % targets.length];
      if (target !== undefined) {
        if (offset === 3) drafts.push(rehearsalConversation(target, null));
        if (offset === 8) drafts.push(rehearsalConversation(target, { due: shiftDate(date, 3) }));
        if (offset === 11) drafts.push(debriefConversation({ target, outcome: "done" }));
      }
    }
    if (profile === "rehearse-and-delay") {
      const target = targets[2];
      const offset = day % 9;
      const cycle = Math.floor(day / 9);
      if (target !== undefined && day >= 2) {
        if (offset === 2) drafts.push(rehearsalConversation(target, { due: shiftDate(date, 4) }));
        if (offset === 7 && cycle % 4 !== 2) drafts.push(debriefConversation({ target, outcome: cycle % 4 === 3 ? "changed-my-mind" : "not-yet" }));
      }
    }

    // Questionnaires.
    if (day % shape.checkInEvery === shape.checkInEvery - 1) {
      const phq = clamp(Math.round(random.normal(lerp(shape.phq9, p), shape.noise)), 0, 24);
      const gad = clamp(Math.round(random.normal(lerp(shape.gad7, p), shape.noise)), 0, 21);
      const mood = clamp(Math.round(10 - phq / 2.7 + random.normal(0, 0.7)), 0, 10);
      const phqItems = itemsFor({ random, total: phq, items: 9, lastZero: true });
      const gadItems = itemsFor({ random, total: gad, items: 7, lastZero: false });
      drafts.push({
        mode: "check-in",
        hour: random.int(18, 21),
        minute: random.int(0, 59),
        messages: [line(random.pick(words.checkInLines), ["check-in"], { n: String(mood), word: random.pick(words.checkInWords) })],
        after: (conversation) => {
          const at = conversation.messages[0]?.at ?? conversation.startedAt;
          const n = history.checkIns.length;
          history.checkIns.push({ id: `${prefix}-q${n + 1}`, at, instrument: "phq9", items: phqItems });
          history.checkIns.push({ id: `${prefix}-q${n + 2}`, at, instrument: "gad7", items: gadItems });
          history.checkIns.push({ id: `${prefix}-q${n + 3}`, at, instrument: "mood", score: mood });
        },
      });
    }

    // Regulation exercises.
    const regulateChance = profile === "night-exclusivity" ? shape.regulateChance * (0.5 + p * 2) : shape.regulateChance;
    if (random.chance(regulateChance)) {
      const atNight = random.chance(lerp(shape.night, p));
      const before = clamp(Math.round(random.normal(7, 1.2)), 3, 10);
      const after = clamp(Math.round(before - random.normal(lerp(shape.regulateDrop, p), 1)), 0, 10);
      drafts.push({
        mode: "regulate",
        hour: atNight ? random.int(0, 4) : random.int(12, 23),
        minute: random.int(0, 59),
        messages: [line(random.pick(words.regulateLines.before), ["regulate"]), line(random.pick(words.regulateLines.after), ["regulate"])],
        after: (conversation) => {
          history.regulationSessions.push({
            id: `${prefix}-r${history.regulationSessions.length + 1}`,
            at: conversation.startedAt,
            conversationId: conversation.id,
            exercise: random.pick(["breathing", "grounding", "body-scan"]),
            before,
            after,
          });
        },
      });
    }

    // Practice debriefs, twice a week once it is set.
    if (day >= 8 && (weekday === 2 || weekday === 6) && practice !== undefined) {
      const done = random.chance(lerp(shape.practiceDone, p));
      drafts.push({
        mode: "debrief",
        hour: random.int(19, 22),
        minute: random.int(0, 59),
        messages: [line(done ? practice.done : practice.notDone, ["practice"])],
        after: (conversation) => {
          const message = conversation.messages[0];
          debriefs.push({ at: message?.at ?? conversation.startedAt, done, messageId: message?.id ?? null });
        },
      });
    }

    // Therapy sessions: weekly, on the third day of each week.
    if (day % 7 === 2) {
      const at = toIso(zonedTimeToMillis({ date, hour: 10, minute: 0, timeZone }));
      history.sessions.push({ id: `${prefix}-s${history.sessions.length + 1}`, date, at });
    }

    // Store the day's conversations in time order.
    drafts.sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
    for (const draft of drafts) {
      conversationCount++;
      const id = `${prefix}-c${conversationCount}`;
      let at = zonedTimeToMillis({ date, hour: draft.hour, minute: draft.minute, timeZone });
      const messages: SyntheticMessage[] = draft.messages.map((message) => {
        messageCount++;
        at += random.int(40, 300) * 1000;
        const lower = draft.mode === "talk" && random.chance(0.12);
        return { id: `${prefix}-m${messageCount}`, conversationId: id, at: toIso(at), text: lower ? message.text.toLowerCase() : message.text, tags: message.tags };
      });
      const isPlain = messages.every((message) => message.tags.length === 0);
      const conversation: SyntheticConversation = {
        id,
        mode: draft.mode,
        startedAt: toIso(zonedTimeToMillis({ date, hour: draft.hour, minute: draft.minute, timeZone })),
        private: draft.mode === "talk" && isPlain && random.chance(0.05),
        messages,
      };
      history.conversations.push(conversation);
      draft.after?.(conversation);
      // Now and then, a message is marked to bring to session.
      const last = messages[messages.length - 1];
      if (!conversation.private && last !== undefined && draft.mode === "talk" && random.chance(0.04)) {
        history.moments.push({ id: `${prefix}-mo${history.moments.length + 1}`, at: last.at, messageId: last.id, note: null });
      }
    }
  }
  practiceRecord.debriefs = debriefs;
  return history;
}

interface ContentOptions {
  profile: SyntheticProfile;
  p: number;
  day: number;
  lastUsed: Map<string, number>;
  random: Random;
  line: (template: string, tags: SyntheticTag[], extra?: Readonly<Record<string, string>>) => DraftMessage;
  atNight: boolean;
}

/** One-off worries are not repeated within this many days (a repeated worry is a loop). */
const worryGapDays = 30;

function everydayLine(options: ContentOptions): DraftMessage {
  const { random, line, day, lastUsed } = options;
  const topic = random.pick(Object.keys(words.everyday));
  const pool = words.everyday[topic] ?? [];
  if (random.chance(0.08)) {
    const fresh = words.oneOffWorries.filter((template) => day - (lastUsed.get(template) ?? -Infinity) >= worryGapDays);
    if (fresh.length > 0) {
      const template = random.pick(fresh);
      lastUsed.set(template, day);
      return line(template, ["worry"]);
    }
  }
  return line(random.pick(pool), []);
}

function contentFor(options: ContentOptions): DraftMessage {
  const { profile, p, random, line } = options;
  switch (profile) {
    case "night-exclusivity": {
      const cueChance = 0.03 + 0.4 * p;
      if (random.chance(cueChance)) {
        const pool = p < 0.3 ? words.cuesMild : p < 0.55 ? [...words.cuesMild, ...words.cuesMiddle] : [...words.cuesMiddle, ...words.cuesStrong, ...words.cuesStrong];
        return line(random.pick(pool), ["cue"]);
      }
      if (random.chance(0.6 * p)) return line(random.pick(words.withdrawal), ["withdrawal"]);
      return everydayLine(options);
    }
    case "loop": {
      const roll = random.next();
      if (roll < 0.3) return line(random.pick(words.loopWorries), ["loop"]);
      if (roll < 0.42) return line(random.pick(words.loopReassurance), ["reassurance"]);
      if (roll < 0.5) return line(random.pick(words.loopOther), []);
      return everydayLine(options);
    }
    case "improving": {
      if (random.chance(0.35 * (1 - p))) return line(random.pick(words.lowMood), ["low-mood"]);
      if (random.chance(0.35 * p)) return line(random.pick(words.brightMood), ["bright-mood"]);
      return everydayLine(options);
    }
    case "worsening": {
      if (random.chance(0.35 * p)) return line(random.pick(words.lowMood), ["low-mood"]);
      if (random.chance(0.25 * (1 - p))) return line(random.pick(words.brightMood), ["bright-mood"]);
      return everydayLine(options);
    }
    case "rehearse-and-do":
    case "rehearse-and-delay":
    case "steady":
      return everydayLine(options);
  }
}
