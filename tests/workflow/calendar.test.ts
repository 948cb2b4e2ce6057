import { describe, expect, it } from 'vitest';
import {
  addDuration,
  isWorkingDay,
  validateCalendar,
  type AgencyCalendar,
} from '../../subgraphs/workflow/src/calendar/calendar';
import { dueFor } from '../../subgraphs/workflow/src/engine/engine';
import { defaultWorkflowDefinitions } from '../../subgraphs/workflow/src/definitions/defaults';

/** Working days on agency calendars: pure date arithmetic, instants in, instants out. */
const amman: AgencyCalendar = { timeZone: 'Asia/Amman', weekendDays: [5, 6], holidays: [] };

describe('working days', () => {
  it('Friday and Saturday are the weekend of a Fri–Sat calendar; Sunday is a working day', () => {
    expect(isWorkingDay('2026-11-20', amman)).toBe(false); // Friday
    expect(isWorkingDay('2026-11-21', amman)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22', amman)).toBe(true); // Sunday
    expect(isWorkingDay('2026-11-22', { ...amman, weekendDays: [6, 7] })).toBe(false);
  });

  it('5 working days from a Thursday end at the local midnight after the next Thursday', () => {
    // Thursday 19 November 2026, 10:00 in Amman (UTC+3).
    const start = new Date('2026-11-19T07:00:00Z');
    // Sun 22, Mon 23, Tue 24, Wed 25, Thu 26 → due Friday 27 00:00 local.
    expect(addDuration(start, { workingDays: 5 }, amman).toISOString()).toBe('2026-11-26T21:00:00.000Z');
  });

  it('holidays are skipped like weekend days', () => {
    const start = new Date('2026-11-19T07:00:00Z');
    const withHoliday = { ...amman, holidays: [{ date: '2026-11-23', name: 'Fictional holiday' }] };
    // Sun 22, (Mon 23 holiday), Tue 24, Wed 25, Thu 26, (Fri, Sat), Sun 29 → due Monday 30 00:00 local.
    expect(addDuration(start, { workingDays: 5 }, withHoliday).toISOString()).toBe('2026-11-29T21:00:00.000Z');
  });

  it('a clock started on a weekend day counts from the next working day', () => {
    const friday = new Date('2026-11-20T09:00:00Z');
    // Sun 22 is the first working day → due Monday 23 00:00 local.
    expect(addDuration(friday, { workingDays: 1 }, amman).toISOString()).toBe('2026-11-22T21:00:00.000Z');
  });

  it('hours are elapsed time; days keep the local time across a daylight-saving change', () => {
    const start = new Date('2026-11-19T07:00:00Z');
    expect(addDuration(start, { hours: 48 }, amman).toISOString()).toBe('2026-11-21T07:00:00.000Z');
    const berlin: AgencyCalendar = { timeZone: 'Europe/Berlin', weekendDays: [6, 7], holidays: [] };
    // Friday 27 March 2026 12:00 CET (UTC+1); summer time starts on Sunday 29 March.
    const before = new Date('2026-03-27T11:00:00Z');
    expect(addDuration(before, { days: 5 }, berlin).toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });

  it('the identification limit is 48 hours for high risk and 5 working days otherwise; reviews by risk', () => {
    const identification = defaultWorkflowDefinitions['cp-default'].stages.find((s) => s.key === 'identification')!;
    const limit = identification.onEnter![0]!;
    expect(dueFor(limit, { risk: 'high', carePlanFollowUpDays: null }).duration).toEqual({ hours: 48 });
    expect(dueFor(limit, { risk: 'critical', carePlanFollowUpDays: null }).duration).toEqual({ hours: 48 });
    expect(dueFor(limit, { risk: 'medium', carePlanFollowUpDays: null }).duration).toEqual({ workingDays: 5 });
    expect(dueFor(limit, { risk: null, carePlanFollowUpDays: null }).duration).toEqual({ workingDays: 5 });
    const implementation = defaultWorkflowDefinitions['gp-default'].stages.find((s) => s.key === 'implementation')!;
    const [followUp, review] = implementation.onEnter!;
    expect(dueFor(followUp!, { risk: 'low', carePlanFollowUpDays: null }).duration).toEqual({ days: 30 });
    expect(dueFor(followUp!, { risk: 'high', carePlanFollowUpDays: null }).duration).toEqual({ days: 14 });
    expect(dueFor(followUp!, { risk: 'high', carePlanFollowUpDays: 7 }).duration).toEqual({ days: 7 });
    expect(dueFor(review!, { risk: 'low', carePlanFollowUpDays: null }).duration).toEqual({ days: 90 });
    expect(dueFor(review!, { risk: 'medium', carePlanFollowUpDays: null }).duration).toEqual({ days: 60 });
    expect(dueFor(review!, { risk: 'high', carePlanFollowUpDays: null }).duration).toEqual({ days: 30 });
  });

  it('a calendar with an unknown zone, bad weekdays or bad holidays is refused with every problem', () => {
    const problems = validateCalendar({
      timeZone: 'Mars/Olympus',
      weekendDays: [0, 5, 5],
      holidays: [
        { date: '2026-02-30', name: 'x' },
        { date: '2026-12-01', name: ' ' },
      ],
    });
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'input.timeZone',
      'input.weekendDays.0',
      'input.weekendDays',
      'input.holidays.0.date',
      'input.holidays.1.name',
    ]);
  });
});
