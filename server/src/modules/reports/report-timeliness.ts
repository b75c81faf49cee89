import { ReportTimeliness } from './report.type';

const DAY_MS = 24 * 3600 * 1000;
// Vietnam keeps UTC+7 all year (no daylight saving): a deadline is a day in Vietnam, wherever the server runs.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar day (YYYY-MM-DD) a moment falls on in Vietnam. */
export const vietnamDay = (at: Date): string => new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

const dayNumber = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;

/** "Before 15 November" makes 14 November the last day on time; "by 15 November", the 15th itself. */
export function lastOnTimeDay(dueDate: string, dueBefore: boolean): string {
  return dueBefore ? new Date((dayNumber(dueDate) - 1) * DAY_MS).toISOString().slice(0, 10) : dueDate;
}

/** Days after the last on-time day (0 when on time). */
export function daysLate(dueDate: string, dueBefore: boolean, day: string): number {
  return Math.max(0, dayNumber(day) - dayNumber(lastOnTimeDay(dueDate, dueBefore)));
}

type Timed = { dueDate: string; dueBefore: boolean; firstSubmittedAt: Date | null };

/**
 * A submitted report is judged on its first submission (a reopening asked by the level above does
 * not turn it late); a draft against today.
 */
export function timelinessOf(report: Timed, now: Date = new Date()): { timeliness: ReportTimeliness; daysLate: number } {
  if (report.firstSubmittedAt) {
    const late = daysLate(report.dueDate, report.dueBefore, vietnamDay(report.firstSubmittedAt));
    return { timeliness: late > 0 ? ReportTimeliness.LATE : ReportTimeliness.ON_TIME, daysLate: late };
  }
  const late = daysLate(report.dueDate, report.dueBefore, vietnamDay(now));
  return { timeliness: late > 0 ? ReportTimeliness.OVERDUE : ReportTimeliness.NOT_DUE, daysLate: late };
}
