// Local time in the client's zone, ISO weeks and calendar days ("YYYY-MM-DD" strings), without
// reading a clock: the one place core does calendar arithmetic. Uses only
// Intl.DateTimeFormat (available in Node and browsers); formatters are cached per zone.

/** An instant: an ISO string, epoch milliseconds or a Date. */
export type Instant = string | number | Date;

export interface LocalTime {
  /** Local calendar date, "2025-03-14". */
  date: string;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** ISO week of the local date, "2025-W11". */
  week: string;
}

export function toMillis(at: Instant): number {
  if (typeof at === "number") return at;
  if (typeof at === "string") {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw new Error(`not an instant: ${at}`);
    return ms;
  }
  return at.getTime();
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    };
    try {
      formatter = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    } catch {
      // An unknown zone (the server validates zones; stored data may predate that) reads as UTC.
      formatter = new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// Offsets change at most a few times a year: cache the offset per zone and hour.
const offsetCache = new Map<string, number>();
const hourMs = 3_600_000;

function zoneFields(ms: number, timeZone: string): Fields {
  const hourStart = Math.floor(ms / hourMs) * hourMs;
  const cacheKey = `${timeZone}|${hourStart}`;
  let offset = offsetCache.get(cacheKey);
  if (offset === undefined) {
    const parts = formatterFor(timeZone).formatToParts(new Date(hourStart));
    const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? "0");
    const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    offset = asUtc - hourStart;
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(cacheKey, offset);
  }
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Math.floor(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

export function dateOfDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function shiftDate(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week of a calendar date: "2025-W01" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: string): string {
  const days = dayNumber(date);
  const weekday = (days + 3) % 7;
  const thursday = days - weekday + 3;
  const thursdayDate = dateOfDayNumber(thursday);
  const year = Number(thursdayDate.slice(0, 4));
  const firstOfYear = dayNumber(`${year}-01-01`);
  const week = Math.floor((thursday - firstOfYear) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The Monday that starts an ISO week. */
export function mondayOfIsoWeek(week: string): string {
  const year = Number(week.slice(0, 4));
  const number = Number(week.slice(6));
  const jan4 = dayNumber(`${year}-01-04`);
  const mondayWeek1 = jan4 - ((jan4 + 3) % 7);
  return dateOfDayNumber(mondayWeek1 + (number - 1) * 7);
}

export function localTime(at: Instant, timeZone: string): LocalTime {
  const fields = zoneFields(toMillis(at), timeZone);
  const date = `${fields.year}-${pad(fields.month)}-${pad(fields.day)}`;
  return { date, hour: fields.hour, minute: fields.minute, weekday: weekdayOf(date), week: isoWeekOf(date) };
}

export function localDateOf(at: Instant, timeZone: string): string {
  return localTime(at, timeZone).date;
}

export interface ZonedTime {
  date: string;
  hour: number;
  minute: number;
  timeZone: string;
}

/** The instant (epoch ms) at which the wall clock in `timeZone` shows `date hour:minute`. */
export function zonedTimeToMillis(time: ZonedTime): number {
  const [year, month, day] = time.date.split("-").map(Number);
  const guess = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, time.hour, time.minute);
  let ms = guess;
  for (let i = 0; i < 3; i++) {
    const fields = zoneFields(ms, time.timeZone);
    const shown = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
    const diff = shown - guess;
    if (diff === 0) break;
    ms -= diff;
  }
  return ms;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-03-04" → "4 Mar". */
export function shortDate(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${Number(date.slice(8, 10))} ${monthNames[month - 1] ?? ""}`;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days from a to b inclusive ("2025-03-01", "2025-03-03" → 3). */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}
