// Calendar dates in the client's time zone, and "saturday", "tomorrow", "next week", "by Friday",
// "on the 12th" parsed into one. Dates are plain `YYYY-MM-DD` strings (a local calendar day, no
// instant); arithmetic is done on UTC noon so no daylight-saving edge can shift a day. `now` is
// always an argument.

import { daysBetween, localTime, shiftDate, weekdayOf } from "../time/index.ts";
import { fuzzyWordMatch, normalise } from "./parse.ts";

/** A calendar day, `YYYY-MM-DD`, in the client's time zone. */
export type LocalDate = string;

function localDateAt(now: Date, timeZone: string): LocalDate {
  return localTime(now, timeZone).date;
}

/** 0 = Sunday … 6 = Saturday, the order of `weekdayNames` (the time module counts from Monday). */
function sundayFirstWeekday(date: LocalDate): number {
  return (weekdayOf(date) + 1) % 7;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function makeDate({ year, month, day }: { year: number; month: number; day: number }): LocalDate {
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/** A follow-up is due on or after its date, in the client's time zone. */
export function isFollowUpDue({ due, now, timeZone }: { due: LocalDate; now: Date; timeZone: string }): boolean {
  return localDateAt(now, timeZone) >= due;
}

export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const weekdayWords: readonly (readonly string[])[] = [
  ["sunday", "sun"],
  ["monday", "mon"],
  ["tuesday", "tue", "tues"],
  ["wednesday", "wed", "weds", "wensday", "wendsday", "wednsday"],
  ["thursday", "thu", "thur", "thurs", "thrusday"],
  ["friday", "fri"],
  ["saturday", "sat", "saterday"],
];

const monthWords: readonly (readonly string[])[] = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

function indexOfWord(table: readonly (readonly string[])[], word: string): number {
  for (let i = 0; i < table.length; i++) {
    const names = table[i] ?? [];
    if (names.includes(word)) return i;
    const full = names[0] ?? "";
    if (full.length >= 6 && fuzzyWordMatch(word, full)) return i;
  }
  return -1;
}

const smallNumbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  few: 3,
};

function ordinalDay(word: string): number | null {
  const match = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

export interface ParsedWhen {
  date: LocalDate;
  /** The words that named the date, as found in the normalised text ("on saturday", "by friday"). */
  matched: string;
}

const leadWords = new Set(["on", "by", "before", "until", "til", "till", "this", "next", "coming", "the", "of", "at", "in", "around"]);

/**
 * Find a date in what the client wrote, relative to `now` in their time zone: today / tonight,
 * tomorrow, weekday names ("saturday", "by Friday", "next tues"), the weekend, this / next week,
 * "in 3 days", "in two weeks", "on the 12th", "12 june", "june 12th". A weekday means its next
 * occurrence after today (today's own name means a week from today). Null when there is none.
 */
export function parseWhen({ text, now, timeZone }: { text: string; now: Date; timeZone: string }): ParsedWhen | null {
  const today = localDateAt(now, timeZone);
  const words = normalise(text).split(" ");
  const todayWeekday = sundayFirstWeekday(today);
  const found = (date: LocalDate, { start, end }: { start: number; end: number }): ParsedWhen => {
    let from = start;
    while (from > 0 && leadWords.has(words[from - 1] ?? "")) from--;
    return { date, matched: words.slice(from, end).join(" ") };
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const next = words[i + 1] ?? "";
    const previous = words[i - 1] ?? "";
    if (word === "day" && next === "after" && words[i + 2] === "tomorrow") return found(shiftDate(today, 2), { start: i, end: i + 3 });
    if (word === "tomorrow" || fuzzyWordMatch(word, "tomorrow")) return found(shiftDate(today, 1), { start: i, end: i + 1 });
    if (word === "today" || word === "tonight" || (word === "this" && ["evening", "afternoon", "morning"].includes(next))) {
      return found(today, { start: i, end: word === "this" ? i + 2 : i + 1 });
    }
    if (word === "later" && next === "today") return found(today, { start: i, end: i + 2 });
    if (word === "weekend") {
      const untilSaturday = (6 - todayWeekday + 7) % 7;
      const base = todayWeekday === 0 ? today : shiftDate(today, untilSaturday);
      return found(previous === "next" && untilSaturday <= 1 ? shiftDate(base, 7) : base, { start: i, end: i + 1 });
    }
    if (word === "week" && (previous === "next" || previous === "this")) {
      if (previous === "next") return found(shiftDate(today, 7), { start: i - 1, end: i + 1 });
      const untilSunday = (7 - todayWeekday) % 7;
      return found(shiftDate(today, untilSunday), { start: i - 1, end: i + 1 });
    }
    if (word === "end" && next === "of" && (words[i + 2] === "the" || words[i + 2] === "this") && words[i + 3] === "week") {
      const untilFriday = (5 - todayWeekday + 7) % 7;
      return found(todayWeekday === 6 || todayWeekday === 0 ? today : shiftDate(today, untilFriday), { start: i, end: i + 4 });
    }
    if (word === "in" || (word === "a" && (next === "week" || next === "couple" || next === "few"))) {
      // "in 3 days", "in two weeks", "in a couple of days", "a week from now"
      let j = word === "in" ? i + 1 : i;
      if (words[j] === "a" && (words[j + 1] === "couple" || words[j + 1] === "few")) j++;
      const count = /^\d+$/.test(words[j] ?? "") ? Number(words[j]) : smallNumbers[words[j] ?? ""];
      let unitAt = j + 1;
      if (words[unitAt] === "of") unitAt++;
      const unit = words[unitAt] ?? "";
      if (count !== undefined && count > 0 && count <= 60) {
        const end = unitAt + 1;
        if (unit === "day" || unit === "days") return found(shiftDate(today, count), { start: i, end: end });
        if (unit === "week" || unit === "weeks") return found(shiftDate(today, count * 7), { start: i, end: end });
        if ((unit === "month" || unit === "months") && count <= 12) return found(shiftDate(today, count * 30), { start: i, end: end });
      }
    }
    if (word === "month" && previous === "next") return found(shiftDate(today, 30), { start: i - 1, end: i + 1 });
    const weekday = indexOfWord(weekdayWords, word);
    if (weekday >= 0 && !(word === "sun" && previous === "the") && !(word === "sat" && /^(i|you|we|she|he|they)$/.test(previous))) {
      let ahead = (weekday - todayWeekday + 7) % 7;
      if (ahead === 0) ahead = 7;
      return found(shiftDate(today, ahead), { start: i, end: i + 1 });
    }
    const month = word.length >= 3 ? indexOfWord(monthWords, word) : -1;
    if (month >= 0) {
      const dayAfter = ordinalDay(next);
      const dayBefore = ordinalDay(previous) ?? (previous === "of" ? ordinalDay(words[i - 2] ?? "") : null);
      const day = dayAfter ?? dayBefore;
      if (day !== null) {
        const [year] = today.split("-").map(Number);
        let date = makeDate({ year: year ?? 1970, month: month + 1, day });
        if (date < today) date = makeDate({ year: (year ?? 1970) + 1, month: month + 1, day });
        const start = dayAfter !== null ? i : previous === "of" ? i - 2 : i - 1;
        return found(date, { start: start, end: dayAfter !== null ? i + 2 : i + 1 });
      }
    }
    const day = ordinalDay(word);
    if (day !== null && (previous === "the" || /\d(st|nd|rd|th)$/.test(word)) && indexOfWord(monthWords, next) < 0 && next !== "of") {
      const [year, monthNow, dayNow] = today.split("-").map(Number);
      let date = makeDate({ year: year ?? 1970, month: monthNow ?? 1, day });
      if (day < (dayNow ?? 1)) {
        const nextMonth = (monthNow ?? 1) === 12 ? 1 : (monthNow ?? 1) + 1;
        date = makeDate({ year: nextMonth === 1 ? (year ?? 1970) + 1 : (year ?? 1970), month: nextMonth, day });
      }
      return found(date, { start: i, end: i + 1 });
    }
  }
  return null;
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  switch (day % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

/** "Saturday 14 June". */
export function formatDate(date: LocalDate): string {
  const [, month, day] = date.split("-").map(Number);
  return `${weekdayNames[sundayFirstWeekday(date)] ?? ""} ${day ?? 1} ${monthNames[(month ?? 1) - 1] ?? ""}`;
}

/**
 * How to name a day relative to today, for the start of a sentence's time phrase: "today",
 * "yesterday", "on Saturday", "last Saturday", "on the 12th", "tomorrow".
 */
export function describeDay({ date, now, timeZone }: { date: LocalDate; now: Date; timeZone: string }): string {
  const today = localDateAt(now, timeZone);
  const offset = daysBetween(today, date);
  if (offset === 0) return "today";
  if (offset === -1) return "yesterday";
  if (offset === 1) return "tomorrow";
  const weekday = weekdayNames[sundayFirstWeekday(date)] ?? "";
  if (offset < 0 && offset >= -6) return `on ${weekday}`;
  if (offset < 0 && offset >= -13) return `last ${weekday}`;
  if (offset > 0 && offset <= 6) return `on ${weekday}`;
  const day = Number(date.slice(8, 10));
  return `on the ${day}${ordinalSuffix(day)}`;
}

/** "earlier today", "yesterday", "a few days ago", "last week", "a while back" — for memory. */
export function describeSince({ then, now }: { then: string; now: Date }): string {
  const hours = (now.getTime() - Date.parse(then)) / 3_600_000;
  if (!Number.isFinite(hours) || hours < 0) return "before";
  if (hours < 12) return "earlier";
  if (hours < 36) return "yesterday";
  if (hours < 24 * 5) return "a few days ago";
  if (hours < 24 * 14) return "last week";
  if (hours < 24 * 40) return "a few weeks ago";
  return "a while back";
}
