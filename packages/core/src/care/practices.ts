// Practices: real-life experiments a therapist sets, with a cadence. Pure rules for how many were
// expected so far, how many the client reported, and whether a follow-up is due.
import { daysBetween, shiftDate } from "../time/index.ts";

export interface Cadence {
  every: "day" | "week";
  times: number;
}

export interface PracticeSchedule {
  cadence: Cadence;
  startsOn: string;
  endsOn: string | null;
  status: "active" | "ended";
}

export interface PracticeReportFact {
  done: boolean;
  /** The client's local date of the report. */
  on: string;
}

/** Occurrences expected from the start up to and including `today` (or the end date). */
export function expectedOccurrences(schedule: PracticeSchedule, today: string): number {
  const last = schedule.endsOn !== null && schedule.endsOn < today ? schedule.endsOn : today;
  const days = daysBetween(schedule.startsOn, last) + 1;
  if (days <= 0) return 0;
  switch (schedule.cadence.every) {
    case "day":
      return days * schedule.cadence.times;
    case "week":
      return Math.ceil(days / 7) * schedule.cadence.times;
  }
}

export function adherence(schedule: PracticeSchedule, reports: readonly PracticeReportFact[], today: string) {
  return {
    expected: expectedOccurrences(schedule, today),
    done: reports.filter((report) => report.done).length,
    notDone: reports.filter((report) => !report.done).length,
  };
}

/**
 * A follow-up is due when the practice is running and the current period (today, or this practice
 * week) has fewer reports than the cadence asks for — and the period is not just starting: the
 * companion asks from the evening of a daily practice's day, or from the third day of a weekly one.
 */
export function practiceFollowUpDue(options: {
  schedule: PracticeSchedule;
  reports: readonly PracticeReportFact[];
  today: string;
  localHour: number;
}): boolean {
  const { schedule, reports, today, localHour } = options;
  if (schedule.status !== "active" || today < schedule.startsOn) return false;
  if (schedule.endsOn !== null && today > schedule.endsOn) return false;
  switch (schedule.cadence.every) {
    case "day": {
      const todays = reports.filter((report) => report.on === today).length;
      return localHour >= 17 && todays < schedule.cadence.times;
    }
    case "week": {
      const offset = daysBetween(schedule.startsOn, today) % 7;
      const weekStart = shiftDate(today, -offset);
      const thisWeek = reports.filter((report) => report.on >= weekStart && report.on <= today).length;
      return offset >= 2 && thisWeek < schedule.cadence.times;
    }
  }
}
