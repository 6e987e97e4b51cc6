// A conversation's summary without a model: a few plain lines over what the analysers counted
// (themes, people, mode) and what the conversation recorded (intentions, exercises, check-ins,
// moments, risk-screen responses). It says what the client wrote and did — never what they "are".
// With a model, a generated summary sits beside this one; this one is always shown as the evidence.
import type { ConversationMode, RiskTier } from "../domain.ts";
import type { Bucket } from "../analysis/bucket.ts";
import { themeCounts, summarisePeople, isOwnPerson, type EnactmentStatus } from "../analysis/summaries.ts";
import { localTime, shortDate, toMillis, type Instant } from "../time/index.ts";

export interface ConversationSummaryInput {
  mode: ConversationMode;
  startedAt: Instant;
  lastMessageAt: Instant | null;
  /** The client's messages in it. */
  clientMessages: number;
  /** This conversation's buckets merged (mergeAll); an empty bucket when none. */
  bucket: Bucket;
  intentions: readonly { withLabel: string | null; status: EnactmentStatus; dueDate: string | null; outcomeDate: string | null }[];
  regulation: readonly { exercise: string | null; before: number | null; after: number | null }[];
  checkIns: readonly { instrument: "phq9" | "gad7" | "mood"; score: number; band: string | null }[];
  /** Messages or notes from it the client brought to session. */
  moments: number;
  /** Risk-screen responses in it (not the output guard's). */
  safetyEvents: readonly { tier: RiskTier }[];
  timeZone: string;
}

export interface ConversationSummaryFacts {
  mode: ConversationMode;
  date: string;
  partOfDay: PartOfDay;
  clientMessages: number;
  themes: { theme: string; label: string; messages: number }[];
  people: { label: string; messages: number }[];
  /** One short line per recorded outcome ("Intention with Sam, due 8 Mar: kept"). */
  outcomes: string[];
}

export interface ConversationSummary {
  text: string;
  facts: ConversationSummaryFacts;
}

export type PartOfDay = "night" | "morning" | "afternoon" | "evening";

export function partOfDay(hour: number): PartOfDay {
  if (hour < 5) return "night";
  if (hour < 12) return "morning";
  if (hour < 17) return "afternoon";
  return "evening";
}

const modeNames: Readonly<Record<ConversationMode, string>> = {
  talk: "Talk",
  rehearse: "Rehearsal",
  regulate: "Calming exercise",
  "check-in": "Check-in",
  debrief: "Debrief",
};

const statusWords: Readonly<Record<EnactmentStatus, string>> = {
  kept: "recorded as done",
  dropped: "recorded as “changed my mind”",
  postponed: "recorded as “not yet”",
  pending: "no outcome yet",
  overdue: "past its date with no outcome",
};

const instrumentNames = { phq9: "PHQ-9", gad7: "GAD-7", mood: "mood" } as const;

export function summariseConversation(input: ConversationSummaryInput): ConversationSummary {
  const started = localTime(toMillis(input.startedAt), input.timeZone);
  const when = partOfDay(started.hour);
  const themes = themeCounts(input.bucket)
    .slice(0, 4)
    .map((theme) => ({ theme: theme.theme, label: theme.label, messages: theme.messages }));
  const people = summarisePeople(input.bucket)
    .filter((person) => isOwnPerson(person))
    .slice(0, 4)
    .map((person) => ({ label: person.label, messages: person.messages }));
  const outcomes: string[] = [];
  for (const intention of input.intentions) {
    const who = intention.withLabel === null ? "" : ` with ${intention.withLabel}`;
    const due = intention.dueDate === null ? "" : `, due ${shortDate(intention.dueDate)}`;
    const outcome = intention.outcomeDate === null ? statusWords[intention.status] : `${statusWords[intention.status]} on ${shortDate(intention.outcomeDate)}`;
    outcomes.push(`Intention${who}${due}: ${outcome}`);
  }
  for (const session of input.regulation) {
    const exercise = session.exercise ?? "exercise";
    outcomes.push(
      session.before !== null && session.after !== null
        ? `${capitalise(exercise)}: distress ${session.before} → ${session.after} out of 10`
        : `${capitalise(exercise)}: ${session.before === null ? "no rating before" : `distress ${session.before} before`}, ${session.after === null ? "no rating after" : `${session.after} after`}`,
    );
  }
  for (const checkIn of input.checkIns) {
    outcomes.push(checkIn.instrument === "mood" ? `Mood ${checkIn.score}/10` : `${instrumentNames[checkIn.instrument]} ${checkIn.score}${checkIn.band === null ? "" : ` (${checkIn.band})`}`);
  }
  if (input.moments > 0) outcomes.push(`Brought ${input.moments === 1 ? "one moment" : `${input.moments} moments`} to session`);
  const responses = input.safetyEvents.filter((event) => event.tier !== "none");
  if (responses.length > 0) {
    const tiers = [...new Set(responses.map((event) => event.tier))].join(", ");
    outcomes.push(`The risk screen responded ${responses.length === 1 ? "once" : `${responses.length} times`} (${tiers})`);
  }
  const lines = [`${modeNames[input.mode]} on ${shortDate(started.date)}, ${when === "night" ? "at night" : `in the ${when}`}: ${input.clientMessages === 1 ? "1 message" : `${input.clientMessages} messages`} from the client.`];
  if (themes.length > 0) lines.push(`Wrote about ${listOf(themes.map((theme) => theme.label))}.`);
  if (people.length > 0) lines.push(`Mentioned ${listOf(people.map((person) => person.label))}.`);
  for (const outcome of outcomes) lines.push(`${outcome}.`);
  return {
    text: lines.join(" "),
    facts: { mode: input.mode, date: started.date, partOfDay: when, clientMessages: input.clientMessages, themes, people, outcomes },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, " ");
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
