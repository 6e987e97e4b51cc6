// AI disclosures, as the 2026 companion-chatbot laws ask (DESIGN.md): that this is an AI, not a person
// or a therapist — before first use, after 7 days away, every 3 hours of continuous use, and whenever
// asked. Pure: the clock is an argument.
//
// Definitions (the tests pin each boundary):
// - First use: the client has never been shown a disclosure (`lastDisclosureAt` is null) or has never
//   used the companion (`firstUseAt` is null). The disclosure is shown before the first reply.
// - Returning after 7 days: the client's previous activity was 7 × 24 hours ago or more.
// - Continuous use: a run of client activity in which no two consecutive activities are 30 minutes or
//   more apart. A gap of 30 minutes or more ends the run; the next activity starts a new one. The
//   caller keeps `continuousUseSince` with {@link nextContinuousUseSince}.
// - Every 3 hours of continuous use: due when the current run has lasted 3 hours or more since it
//   began, or since the last disclosure within it, whichever is later.
// - Asked: the client's message asks whether they are talking to a person, a bot or a therapist
//   ({@link asksAboutNature}).
// When several apply, the first of: first-use, asked, returning-after-7-days, three-hours-continuous.
import { disclosureCopy } from "./copy/disclosure.copy.ts";
import { normaliseText } from "./normalise-text.ts";

export const disclosureReasons = ["first-use", "asked", "returning-after-7-days", "three-hours-continuous"] as const;
export type DisclosureReason = (typeof disclosureReasons)[number];

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

export interface DisclosureRules {
  /** Away this long or more → disclose again. Default 7 days. */
  returningAfterMs: number;
  /** Continuous use this long → disclose again. Default 3 hours. */
  continuousUseMs: number;
  /** A gap this long or more ends continuous use. Default 30 minutes. */
  continuousGapMs: number;
}

export const defaultDisclosureRules: DisclosureRules = { returningAfterMs: 7 * day, continuousUseMs: 3 * hour, continuousGapMs: 30 * minute };

export interface DisclosureInput {
  now: Date;
  /** When the client first used the companion; null before the first message. */
  firstUseAt: Date | null;
  /** The client's previous activity (before this one); null if there was none. */
  lastActivityAt: Date | null;
  /** When a disclosure was last shown to this client; null if never. */
  lastDisclosureAt: Date | null;
  /** The start of the current run of continuous use, as kept by {@link nextContinuousUseSince} up to
   * the previous activity; null if none. */
  continuousUseSince: Date | null;
  /** The client's message, if this activity is one. */
  clientText?: string | null | undefined;
  /** A practice's compliance profile may set a stricter cadence. */
  rules?: Partial<DisclosureRules> | undefined;
}

export interface DisclosureDue {
  reason: DisclosureReason;
  /** The disclosure to show (copy/disclosure.copy.ts). */
  text: string;
}

/** Whether a disclosure is due now, and which. */
export function disclosureDue(input: DisclosureInput): DisclosureDue | null {
  const rules = { ...defaultDisclosureRules, ...input.rules };
  const due = (reason: DisclosureReason): DisclosureDue => ({ reason, text: disclosureCopy[reason] });
  const now = input.now.getTime();
  if (input.firstUseAt === null || input.lastDisclosureAt === null) return due("first-use");
  if (typeof input.clientText === "string" && asksAboutNature(input.clientText)) return due("asked");
  const last = input.lastActivityAt?.getTime() ?? null;
  if (last !== null && now - last >= rules.returningAfterMs) return due("returning-after-7-days");
  const continuing = last !== null && now - last < rules.continuousGapMs;
  if (continuing && input.continuousUseSince !== null) {
    const anchor = Math.max(input.continuousUseSince.getTime(), input.lastDisclosureAt.getTime());
    if (now - anchor >= rules.continuousUseMs) return due("three-hours-continuous");
  }
  return null;
}

/** The start of the run of continuous use that `now` belongs to: unchanged while activity keeps coming
 * less than 30 minutes apart, `now` after a longer gap (or at the first activity). */
export function nextContinuousUseSince(input: { now: Date; lastActivityAt: Date | null; continuousUseSince: Date | null; rules?: Partial<DisclosureRules> | undefined }): Date {
  const rules = { ...defaultDisclosureRules, ...input.rules };
  const last = input.lastActivityAt;
  if (last === null || input.now.getTime() - last.getTime() >= rules.continuousGapMs) return input.now;
  return input.continuousUseSince ?? last;
}

const naturePatterns: readonly RegExp[] = [
  /\b(?:are|r) (?:you|u|ya) (?:(?:even|actually|really|just|truly|honestly|also|secretly|like) )*(?:real|human|a human|a person|a real person|a real human|a human being|a bot|a robot|an ai|ai|a machine|a computer|a program|a chatbot|chat ?gpt|gpt|claude|a therapist|my therapist|a counsell?or|a psychologist|a doctor|alive|a living person|automated|an actual person|a live person|someone real|conscious|sentient|a language model|an llm|a person or|a bot or|human or|real or)\b(?! (?:good|bad|sure|kidding|serious|okay|ok|there|listening|still|with me|mad))/,
  /\bam i (?:(?:actually|really|just|even) )?(?:talking|speaking|chatting|texting|writing|messaging) (?:to|with) (?:a |an )?(?:real )?(?:bot|robot|person|human|ai|machine|computer|program|therapist|actual person|someone real|live person|chatbot|real person)\b/,
  /\bis (?:this|it|that) (?:(?:even|actually|really|just) )?(?:a |an )?(?:real person|real human|person|human|bot|robot|ai|machine|computer|program|therapist|automated|chatbot|live person|actual person|a person or|chat ?gpt|gpt|claude|llm|language model)\b(?! (?:life|world|problem|thing|issue|feeling|normal|okay|ok|serious|bad|good|rights|nature|error))/,
  /\b(?:is there|is anyone|is someone|is somebody|anyone|anybody) (?:a )?(?:real )?(?:person |human |someone |anyone |somebody )?(?:there|reading (?:this|these|my messages)|on the other (?:end|side)|behind (?:this|these)|typing|real|human)\b/,
  /\bwho (?:am i (?:talking|speaking|chatting) (?:to|with)|is (?:this|writing (?:this|these))|are you(?: really| actually)?)\b/,
  /\bwhat (?:are you|am i talking to)\b(?! (?:doing|up to|saying|talking about|thinking|going to|feeling|reading|watching|listening))/,
  /\b(?:youre|you are|ur) (?:(?:just|only|really|actually|not|a|an|real) )*(?:bot|robot|ai|machine|program|computer|chatbot|real person|human|person|therapist|human being)\b(?:,? right| arent you| huh| aren t you)?(?=\s*(?:$|[?.!,]|right|arent|huh|or))/,
  /\b(?:do you have feelings|are you conscious|are you alive|do you have a body|do you actually exist|do you exist)\b/,
];

/** True when the client asks whether they are talking to a person, an AI or a therapist ("are you
 * real?", "am i talking to a bot", "is this a person", "are you a therapist", "r u human"). */
export function asksAboutNature(text: string): boolean {
  const normalised = normaliseText(text).text;
  return naturePatterns.some((pattern) => pattern.test(normalised));
}
