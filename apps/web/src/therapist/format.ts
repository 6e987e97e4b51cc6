// Words and dates for the workspace: consent levels in plain language, times in the therapist's
// own locale. Pure, so the wording is tested once.
import { consentLevels } from "./domain.ts";

export type Level = (typeof consentLevels)[number];

export const levelTitles: Record<Level, string> = {
  signals: "Signals only (trends and counts, no words)",
  moments: "Moments (+ what they bring to session)",
  summaries: "Summaries (+ a summary per conversation)",
  transcripts: "Transcripts (+ full conversation text)",
};

export const levelShort: Record<Level, string> = {
  signals: "Signals",
  moments: "Moments",
  summaries: "Summaries",
  transcripts: "Transcripts",
};

/** Whether a client's consent level reaches `at least` (the levels are ordered). */
export function levelAtLeast(level: Level, atLeast: Level): boolean {
  return consentLevels.indexOf(level) >= consentLevels.indexOf(atLeast);
}

export function formatDateTime(iso: string | null): string {
  if (iso === null) return "never";
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(isoDate: string): string {
  // A local calendar date ("2026-11-26"): format it as that day, not as UTC midnight moved to another zone.
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).toLocaleDateString(undefined, { dateStyle: "medium" });
}

/** "3 hours ago", "yesterday", "in 2 days": for last activity in the caseload. */
export function formatRelative(iso: string | null, now: Date): string {
  if (iso === null) return "no activity yet";
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** `<input type="datetime-local">` value for a moment, in the browser's zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value back to an ISO instant with offset (the API wants one). */
export function fromLocalInputValue(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Lines of a textarea as list items: trimmed, blanks dropped. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export const modeLabels: Record<string, string> = {
  talk: "Talk",
  rehearse: "Rehearsal",
  regulate: "Calming down",
  "check-in": "Check-in",
  debrief: "Debrief",
};

export const tierLabels: Record<string, string> = {
  none: "No risk",
  concern: "Concern",
  urgent: "Urgent",
  imminent: "Imminent",
};

export const directionLabels: Record<string, string> = {
  up: "up",
  down: "down",
  steady: "steady",
  new: "new this window",
  none: "no comparison",
};

/** The secret from an otpauth:// URI, grouped in fours for typing by hand. */
export function totpSecretOf(uri: string): string | null {
  try {
    const secret = new URL(uri).searchParams.get("secret");
    return secret === null || secret === "" ? null : (secret.match(/.{1,4}/g) ?? []).join(" ");
  } catch {
    return null;
  }
}
