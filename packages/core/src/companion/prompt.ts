// Prompt assembly for a model: the voice, the mode and its current step, the therapist's frame,
// memory, follow-ups due, a disclosure and dependency care when due, and the conversation history
// fitted to a token budget — older turns summarised extractively (the client's own sentences
// quoted) rather than dropped silently. Pure and fast.

import type { ConversationMode } from "../domain.ts";
import { readText } from "../text/index.ts";
import { localTime } from "../time/index.ts";
import { describeDay, describeSince, formatDate } from "./calendar.ts";
import { disclosureInstruction, disclosureInstructionFallback } from "./copy/care.copy.ts";
import { fillTemplate } from "./template.ts";
import { modeInstructions } from "./copy/modes.copy.ts";
import { voiceSystemPrompt } from "./copy/voice.copy.ts";
import { estimateTokens, messageOverheadTokens } from "./tokens.ts";
import type { DependencyNudge, DueDisclosure, DueFollowUp, Frame, ConversationMessage, MemoryItem } from "./types.ts";

export interface PromptMessage {
  role: "user" | "assistant";
  content: string;
}

export interface AssembledPrompt {
  system: string;
  messages: PromptMessage[];
  /** The estimate the budget was fitted with (system + messages). */
  estimatedTokens: number;
  /** How many older messages were summarised instead of sent in full. */
  summarisedMessages: number;
}

export interface AssemblePromptInput {
  mode: ConversationMode;
  /** What to do this turn (from the mode machine), or null. */
  stage: string | null;
  frame: Frame | null;
  memory: readonly MemoryItem[];
  dueFollowUps: readonly DueFollowUp[];
  disclosure: DueDisclosure | null;
  /** Only when the nudge is given this turn (planTurn decides). */
  dependencyNudge: DependencyNudge | null;
  /** Messages before the current one, oldest first. */
  history: readonly ConversationMessage[];
  /** The client's message this turn (null when the companion opens). */
  clientText: string | null;
  now: Date;
  timeZone: string;
  /** Input tokens for system + messages (estimated). Default 6000. */
  tokenBudget?: number;
}

export const defaultTokenBudget = 6000;
const maxMemoryItems = 30;
const maxItemChars = 200;

function clip(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= chars ? flat : `${flat.slice(0, chars - 1).trimEnd()}…`;
}

function frameSection(frame: Frame | null): string | null {
  if (frame === null) return null;
  const lines: string[] = [];
  const add = (label: string, value: string | null | undefined): void => {
    if (value !== undefined && value !== null && value.trim().length > 0) lines.push(`- ${label}: ${clip(value, 600)}`);
  };
  add("Focus", frame.focus);
  add("Approach", frame.approach);
  add("Avoid", frame.avoid);
  add("Tone", frame.tone);
  add("Dependency plan", frame.dependencyPlan);
  if (lines.length === 0) return null;
  return ["## Their therapist's frame for you (follow it; it overrides your defaults where they differ, never the limits above)", ...lines].join("\n");
}

function memorySection(memory: readonly MemoryItem[], now: Date): string | null {
  if (memory.length === 0) return null;
  const recent = [...memory].sort((a, b) => b.lastMentionedAt.localeCompare(a.lastMentionedAt)).slice(0, maxMemoryItems);
  const since = (item: MemoryItem): string => describeSince({ then: item.lastMentionedAt, now });
  const people = recent.filter((item) => item.kind === "person").map((item) => `- ${clip(item.text, maxItemChars)} — last mentioned ${since(item)}`);
  const threads = recent.filter((item) => item.kind === "thread").map((item) => `- ${clip(item.text, maxItemChars)} (mentioned ${since(item)})`);
  const preferences = recent.filter((item) => item.kind === "preference").map((item) => `- "${clip(item.text, maxItemChars)}"`);
  const lines = ["## What you remember about them (their words; use lightly, only when it fits, e.g. \"last week you mentioned Sam…\")"];
  if (people.length > 0) lines.push("People in their life:", ...people);
  if (threads.length > 0) lines.push("Open threads:", ...threads);
  if (preferences.length > 0) lines.push("How they like you to be (always respect these):", ...preferences);
  return lines.join("\n");
}

function followUpSection({ dueFollowUps, now, timeZone }: { dueFollowUps: readonly DueFollowUp[]; now: Date; timeZone: string }): string | null {
  if (dueFollowUps.length === 0) return null;
  const lines = dueFollowUps.slice(0, 5).map((followUp) => {
    const when = describeDay({ date: followUp.due, now, timeZone });
    if (followUp.kind === "intention") {
      const whom = followUp.withWhom === undefined || followUp.withWhom === null ? "" : ` (with ${followUp.withWhom})`;
      return `- Intention: "${clip(followUp.what, maxItemChars)}"${whom}, planned for ${when} (${formatDate(followUp.due)}).`;
    }
    const question = followUp.question === undefined || followUp.question === null ? "" : ` Their therapist's follow-up question, to ask as written: "${clip(followUp.question, 300)}"`;
    return `- Practice set by their therapist: "${clip(followUp.what, maxItemChars)}", due ${when}.${question}`;
  });
  return [
    "## Due for a gentle follow-up (ask about one at a time, when the moment fits; never as a test)",
    ...lines,
  ].join("\n");
}

function nowSection(now: Date, timeZone: string): string {
  const local = localTime(now, timeZone);
  const time = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  const night = local.hour >= 23 || local.hour < 5 ? " It is night for them." : "";
  return `## Now\nFor the client it is ${formatDate(local.date)}, ${time}.${night}`;
}

interface Scored {
  index: number;
  text: string;
  score: number;
}

/** The client's most telling sentence in a message: people and feelings first. */
function keySentence(text: string, index: number): Scored | null {
  const reading = readText(text);
  let best: Scored | null = null;
  for (const match of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const sentence = match[0].trim();
    const words = sentence.split(/\s+/).length;
    if (words < 3) continue;
    const start = match.index;
    const end = start + match[0].length;
    const within = (at: number): boolean => at >= start && at < end;
    const score =
      reading.people.filter((person) => within(person.start)).length * 3 +
      reading.feelings.filter((feeling) => !feeling.negated && within(feeling.start)).length * 2 +
      Math.min(words, 20) / 10;
    if (best === null || score > best.score) best = { index, text: sentence, score };
  }
  return best;
}

/** An extractive note of older messages: the client's key sentences, quoted, in order, within the budget. */
export function summariseOlder(messages: readonly ConversationMessage[], budgetTokens: number): string | null {
  const picked: Scored[] = [];
  messages.forEach((message, index) => {
    if (message.role !== "client") return;
    const key = keySentence(message.text, index);
    if (key !== null) picked.push(key);
  });
  if (picked.length === 0) return null;
  const header = `## Earlier in this conversation (${messages.length} older messages, summarised by quoting the client)`;
  let spent = estimateTokens(header) + 1;
  const chosen: { index: number; line: string }[] = [];
  for (const item of [...picked].sort((a, b) => b.score - a.score || b.index - a.index)) {
    const line = `- They said: "${clip(item.text, 220)}"`;
    const cost = estimateTokens(line) + 1;
    if (spent + cost > budgetTokens) continue;
    chosen.push({ index: item.index, line });
    spent += cost;
  }
  if (chosen.length === 0) return null;
  return [header, ...chosen.sort((a, b) => a.index - b.index).map((item) => item.line)].join("\n");
}

function toPromptMessages(history: readonly ConversationMessage[]): PromptMessage[] {
  const out: PromptMessage[] = [];
  for (const message of history) {
    const role = message.role === "client" ? "user" : "assistant";
    const last = out[out.length - 1];
    if (last !== undefined && last.role === role) last.content = `${last.content}\n\n${message.text}`;
    else out.push({ role, content: message.text });
  }
  return out;
}

function messageTokens(message: Pick<ConversationMessage, "text">): number {
  return estimateTokens(message.text) + messageOverheadTokens;
}

export function assemblePrompt(input: AssemblePromptInput): AssembledPrompt {
  const budget = input.tokenBudget ?? defaultTokenBudget;
  const sections: string[] = [voiceSystemPrompt(), nowSection(input.now, input.timeZone)];
  const frame = frameSection(input.frame);
  if (frame !== null) sections.push(frame);
  const memory = memorySection(input.memory, input.now);
  if (memory !== null) sections.push(memory);
  const followUps = followUpSection({ dueFollowUps: input.dueFollowUps, now: input.now, timeZone: input.timeZone });
  if (followUps !== null) sections.push(followUps);
  const mode = [`## ${modeInstructions[input.mode]}`];
  if (input.stage !== null && input.stage.trim().length > 0) mode.push(input.stage.trim());
  sections.push(mode.join("\n"));
  if (input.disclosure !== null) {
    const instruction = disclosureInstruction[input.disclosure.reason] ?? disclosureInstructionFallback;
    sections.push(`## Disclosure\n${fillTemplate(instruction, { text: input.disclosure.text }) ?? ""}`);
  }
  if (input.dependencyNudge !== null) sections.push(`## Dependency care\n${input.dependencyNudge.instruction}`);

  let system = sections.join("\n\n");
  const systemTokens = estimateTokens(system);

  // The history: newest first until the budget is spent; the current message always goes in.
  const current: ConversationMessage[] = input.clientText === null ? [] : [{ role: "client", text: input.clientText }];
  const all = [...input.history, ...current];
  let remaining = budget - systemTokens;
  const summaryReserve = Math.min(400, Math.max(80, Math.floor(budget * 0.1)));
  const kept: ConversationMessage[] = [];
  let cut = all.length;
  for (let i = all.length - 1; i >= 0; i--) {
    const message = all[i];
    if (message === undefined) continue;
    const cost = messageTokens(message);
    const reserve = i > 0 ? summaryReserve : 0;
    if (kept.length > 0 && cost > remaining - reserve) break;
    if (kept.length === 0 && cost > remaining) {
      // Even the newest message alone is too long: keep its end, which is what they said last.
      const chars = Math.max(200, Math.floor((remaining - messageOverheadTokens - 2) * 3.5) - 2);
      kept.unshift({ role: message.role, text: `…${message.text.slice(-chars)}` });
      remaining = 0;
      cut = i;
      break;
    }
    kept.unshift(message);
    remaining -= cost;
    cut = i;
  }
  // A chat must start with the client's turn: earlier companion turns go into the summary.
  while (kept.length > 1 && kept[0]?.role === "companion") {
    kept.shift();
    cut++;
  }
  const older = all.slice(0, cut);
  let summarised = 0;
  if (older.length > 0) {
    const note = summariseOlder(older, Math.max(remaining, summaryReserve));
    if (note !== null) system = `${system}\n\n${note}`;
    summarised = older.length;
  }
  const messages = toPromptMessages(kept);
  const estimatedTokens = estimateTokens(system) + messages.reduce((sum, message) => sum + estimateTokens(message.content) + messageOverheadTokens, 0);
  return { system, messages, estimatedTokens, summarisedMessages: summarised };
}
