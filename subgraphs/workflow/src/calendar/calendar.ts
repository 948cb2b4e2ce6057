/**
 * Working-day arithmetic on an agency's calendar. Instants are stored (UTC); days are counted in the
 * agency's time zone, so "5 working days" means five local dates that are neither a weekend day nor
 * a holiday. Pure functions: no clock, no database.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Duration } from '../definitions/definition';

export interface AgencyCalendar {
  /** IANA time zone, e.g. Asia/Amman. */
  timeZone: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. Fri–Sat is [5, 6]. */
  weekendDays: number[];
  holidays: { date: string; name: string }[];
}

export const defaultCalendar: AgencyCalendar = { timeZone: 'UTC', weekendDays: [6, 7], holidays: [] };

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** Whether a local date (YYYY-MM-DD) is a working day of the calendar. */
export function isWorkingDay(date: string, calendar: AgencyCalendar): boolean {
  const day = DateTime.fromISO(date, { zone: calendar.timeZone });
  if (!day.isValid) throw new Error(`not a date: ${date}`);
  if (calendar.weekendDays.includes(day.weekday)) return false;
  return !calendar.holidays.some((h) => h.date === date);
}

/**
 * The instant a limit ends when its clock starts at `start`:
 * - hours: that many hours later (elapsed time, whatever the calendar says);
 * - days: the same local time that many calendar days later;
 * - workingDays: the end of the n-th working day after the start's local date (local midnight that
 *   follows it). A clock started on a weekend or holiday counts from the next working day all the same.
 */
export function addDuration(start: Date, duration: Duration, calendar: AgencyCalendar): Date {
  if ('hours' in duration) return new Date(start.getTime() + duration.hours * 3_600_000);
  const local = DateTime.fromJSDate(start, { zone: calendar.timeZone });
  if ('days' in duration) return local.plus({ days: duration.days }).toJSDate();
  if (calendar.weekendDays.length >= 7) throw new Error('a calendar needs at least one working day');
  let day = local.startOf('day');
  let counted = 0;
  // Bounded: a year of holidays cannot stall this for more than a few hundred steps per working day.
  for (let guard = 0; counted < duration.workingDays; guard++) {
    if (guard > 3660 + duration.workingDays * 7) throw new Error('no working days in the calendar');
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toISODate()!, calendar)) counted++;
  }
  return day.plus({ days: 1 }).startOf('day').toJSDate();
}

/** Problems of a calendar as given by a programme manager (paths under "input"). */
export function validateCalendar(input: {
  timeZone: string;
  weekendDays: number[];
  holidays: { date: string; name: string }[];
}): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (!isValidTimeZone(input.timeZone))
    problems.push({ path: ['input', 'timeZone'], message: 'must be an IANA time zone such as Asia/Amman' });
  input.weekendDays.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      problems.push({
        path: ['input', 'weekendDays', i],
        message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)',
      });
  });
  if (new Set(input.weekendDays).size !== input.weekendDays.length)
    problems.push({ path: ['input', 'weekendDays'], message: 'lists a day twice' });
  if (input.weekendDays.length >= 7)
    problems.push({ path: ['input', 'weekendDays'], message: 'leaves no working day' });
  const seen = new Set<string>();
  input.holidays.forEach((h, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(h.date) || !DateTime.fromISO(h.date).isValid)
      problems.push({ path: ['input', 'holidays', i, 'date'], message: 'must be a date (YYYY-MM-DD)' });
    else if (seen.has(h.date)) problems.push({ path: ['input', 'holidays', i, 'date'], message: 'listed twice' });
    seen.add(h.date);
    if (!h.name.trim() || h.name.length > 200)
      problems.push({ path: ['input', 'holidays', i, 'name'], message: 'must be 1 to 200 characters' });
  });
  return problems;
}
