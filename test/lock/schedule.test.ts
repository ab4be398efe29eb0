import {
  activeScheduledFreezes,
  freeze,
  lineVerdict,
  nextScheduledFreeze,
  parseFreezeSchedule,
  reconcileScheduledFreezes,
  type FreezeSchedule,
} from '../../src/lock/index.js';
import { instantAt, shortTime } from '../../src/lock/zoned-time.js';
import { emptyState, parseState, serializeState } from '../../src/state/index.js';

const weekly = (from: string, to: string, timezone = 'Europe/Berlin'): FreezeSchedule =>
  parseFreezeSchedule(`timezone: ${timezone}
freezes:
  - name: weekend
    reason: No merges over the weekend
    from: { day: ${from.split(' ')[0]}, time: "${from.split(' ')[1]}" }
    to: { day: ${to.split(' ')[0]}, time: "${to.split(' ')[1]}" }
`);

const at = (iso: string) => new Date(iso);
const windowAt = (schedule: FreezeSchedule, iso: string) => activeScheduledFreezes(schedule, at(iso)).map((w) => [w.start, w.end]);

describe('weekly windows in Europe/Berlin', () => {
  const weekend = weekly('friday 16:00', 'monday 08:00');

  test('winter (CET, UTC+1): Friday 15:00Z to Monday 07:00Z', () => {
    expect(windowAt(weekend, '2026-01-10T12:00:00Z')).toEqual([['2026-01-09T15:00:00.000Z', '2026-01-12T07:00:00.000Z']]);
  });

  test('summer (CEST, UTC+2): Friday 14:00Z to Monday 06:00Z', () => {
    expect(windowAt(weekend, '2026-07-11T12:00:00Z')).toEqual([['2026-07-10T14:00:00.000Z', '2026-07-13T06:00:00.000Z']]);
  });

  test('start is inclusive, end exclusive', () => {
    expect(windowAt(weekend, '2026-01-09T14:59:59.999Z')).toEqual([]);
    expect(windowAt(weekend, '2026-01-09T15:00:00.000Z')).toHaveLength(1);
    expect(windowAt(weekend, '2026-01-12T06:59:59.999Z')).toHaveLength(1);
    expect(windowAt(weekend, '2026-01-12T07:00:00.000Z')).toEqual([]);
    // Mid-week: nothing.
    expect(windowAt(weekend, '2026-01-14T12:00:00Z')).toEqual([]);
  });

  test('spring forward inside the window (Sun 29 Mar 2026): starts 16:00 CET, ends 08:00 CEST, 63 hours', () => {
    const [[start, end]] = windowAt(weekend, '2026-03-29T12:00:00Z') as [[string, string]];
    expect(start).toBe('2026-03-27T15:00:00.000Z');
    expect(end).toBe('2026-03-30T06:00:00.000Z');
    expect((Date.parse(end) - Date.parse(start)) / 3_600_000).toBe(63);
    expect(windowAt(weekend, '2026-03-30T06:30:00Z')).toEqual([]);
  });

  test('fall back inside the window (Sun 25 Oct 2026): starts 16:00 CEST, ends 08:00 CET, 65 hours', () => {
    const [[start, end]] = windowAt(weekend, '2026-10-25T01:30:00Z') as [[string, string]];
    expect(start).toBe('2026-10-23T14:00:00.000Z');
    expect(end).toBe('2026-10-26T07:00:00.000Z');
    expect((Date.parse(end) - Date.parse(start)) / 3_600_000).toBe(65);
    expect(windowAt(weekend, '2026-10-26T06:30:00Z')).toHaveLength(1);
  });

  test('a start time in the spring-forward gap (02:30 does not exist) starts when the clock shows 03:30', () => {
    const night = weekly('sunday 02:30', 'sunday 05:00');
    expect(windowAt(night, '2026-03-29T01:45:00Z')).toEqual([['2026-03-29T01:30:00.000Z', '2026-03-29T03:00:00.000Z']]);
    expect(windowAt(night, '2026-03-29T01:15:00Z')).toEqual([]);
  });

  test('a start time that occurs twice when clocks go back (02:30) starts at its first occurrence', () => {
    const night = weekly('sunday 02:30', 'sunday 05:00');
    expect(windowAt(night, '2026-10-25T00:30:00Z')).toEqual([['2026-10-25T00:30:00.000Z', '2026-10-25T04:00:00.000Z']]);
  });

  test('a window within one day, and one that wraps almost a whole week', () => {
    const lunch = weekly('wednesday 12:00', 'wednesday 13:00');
    expect(windowAt(lunch, '2026-01-14T11:30:00Z')).toEqual([['2026-01-14T11:00:00.000Z', '2026-01-14T12:00:00.000Z']]);
    expect(windowAt(lunch, '2026-01-14T12:30:00Z')).toEqual([]);
    const almostAlways = weekly('monday 09:00', 'monday 08:00');
    // Monday 07:30 local: still last week's window; 08:30: the one free hour; 09:00: the next window.
    expect(windowAt(almostAlways, '2026-01-12T06:30:00Z')).toEqual([['2026-01-05T08:00:00.000Z', '2026-01-12T07:00:00.000Z']]);
    expect(windowAt(almostAlways, '2026-01-12T07:30:00Z')).toEqual([]);
    expect(windowAt(almostAlways, '2026-01-12T08:00:00Z')).toEqual([['2026-01-12T08:00:00.000Z', '2026-01-19T07:00:00.000Z']]);
  });

  test('the same window in New York follows US daylight saving time (8 Mar 2026)', () => {
    const ny = weekly('friday 16:00', 'monday 08:00', 'America/New_York');
    expect(windowAt(ny, '2026-03-07T12:00:00Z')).toEqual([['2026-03-06T21:00:00.000Z', '2026-03-09T12:00:00.000Z']]);
  });

  test('the next window to start, for the board', () => {
    expect(nextScheduledFreeze(weekend, at('2026-01-14T12:00:00Z'))?.start).toBe('2026-01-16T15:00:00.000Z');
    expect(nextScheduledFreeze(weekend, at('2026-01-10T12:00:00Z'))?.start).toBe('2026-01-16T15:00:00.000Z');
    expect(nextScheduledFreeze(emptyScheduleOf(), at('2026-01-10T12:00:00Z'))).toBeUndefined();
  });
});

function emptyScheduleOf(): FreezeSchedule {
  return parseFreezeSchedule('');
}

describe('dated freezes', () => {
  const holidays = parseFreezeSchedule(`timezone: Europe/Berlin
freezes:
  - name: year-end
    reason: Year-end holidays
    dates: [2026-12-24, { from: 2026-12-31, to: 2027-01-02 }]
  - name: us-release
    reason: US release night
    timezone: America/New_York
    dates: [2026-07-03]
`);

  test('a day runs from local midnight to the next midnight', () => {
    expect(windowAt(holidays, '2026-12-24T12:00:00Z')).toEqual([['2026-12-23T23:00:00.000Z', '2026-12-24T23:00:00.000Z']]);
    expect(windowAt(holidays, '2026-12-24T23:00:00Z')).toEqual([]);
  });

  test('a range includes its last day', () => {
    expect(windowAt(holidays, '2027-01-02T22:59:00Z')).toEqual([['2026-12-30T23:00:00.000Z', '2027-01-02T23:00:00.000Z']]);
  });

  test('each freeze uses its own time zone (New York is UTC-4 in July)', () => {
    expect(windowAt(holidays, '2026-07-03T12:00:00Z')).toEqual([['2026-07-03T04:00:00.000Z', '2026-07-04T04:00:00.000Z']]);
  });

  test('windows carry stable ids, names and reasons', () => {
    expect(activeScheduledFreezes(holidays, at('2026-12-24T12:00:00Z'))).toEqual([
      {
        id: 'schedule:year-end@2026-12-23T23:00:00.000Z',
        name: 'year-end',
        reason: 'Year-end holidays',
        kind: 'dates',
        timeZone: 'Europe/Berlin',
        start: '2026-12-23T23:00:00.000Z',
        end: '2026-12-24T23:00:00.000Z',
      },
    ]);
  });
});

describe('reconcileScheduledFreezes', () => {
  const weekend = weekly('friday 16:00', 'monday 08:00');
  const saturday = at('2026-01-10T12:00:00Z');
  const monday = at('2026-01-12T09:00:00Z');

  test('adds the windows in force, with since/until from the window', () => {
    const result = reconcileScheduledFreezes(emptyState(saturday), weekend, saturday);
    expect(result.added).toEqual([
      {
        id: 'schedule:weekend@2026-01-09T15:00:00.000Z',
        reason: 'No merges over the weekend',
        by: 'weekend',
        since: '2026-01-09T15:00:00.000Z',
        until: '2026-01-12T07:00:00.000Z',
        source: 'schedule',
      },
    ]);
    expect(result).toMatchObject({ changed: true, started: true, lifted: false, removed: [], expired: [] });
    expect(result.state.freezes).toEqual(result.added);
    // The ledger schema accepts it.
    expect(() => parseState(serializeState(result.state), 'ledger')).not.toThrow();
  });

  test('a second reconcile at the same moment changes nothing and returns the same state', () => {
    const once = reconcileScheduledFreezes(emptyState(saturday), weekend, saturday).state;
    const twice = reconcileScheduledFreezes(once, weekend, saturday);
    expect(twice).toMatchObject({ changed: false, started: false, lifted: false });
    expect(twice.state).toBe(once);
  });

  test('removes the window when it ends and reports the freeze lifted', () => {
    const frozen = reconcileScheduledFreezes(emptyState(saturday), weekend, saturday).state;
    const result = reconcileScheduledFreezes(frozen, weekend, monday);
    expect(result.removed.map((f) => f.id)).toEqual(['schedule:weekend@2026-01-09T15:00:00.000Z']);
    expect(result).toMatchObject({ changed: true, lifted: true, started: false });
    expect(result.state.freezes).toEqual([]);
  });

  test('drops manual freezes whose until has passed and keeps the others', () => {
    let state = emptyState(saturday);
    state = freeze(state, { reason: 'release', by: 'lead', until: at('2026-01-10T13:00:00Z'), now: saturday }).state;
    state = freeze(state, { reason: 'audit', by: 'lead', now: at('2026-01-10T12:01:00Z') }).state;
    const result = reconcileScheduledFreezes(state, undefined, at('2026-01-10T14:00:00Z'));
    expect(result.expired.map((f) => f.reason)).toEqual(['release']);
    expect(result.state.freezes.map((f) => f.reason)).toEqual(['audit']);
    expect(result.lifted).toBe(false);
  });

  test('the last expired manual freeze lifts', () => {
    const state = freeze(emptyState(saturday), { reason: 'release', by: 'lead', until: at('2026-01-10T13:00:00Z'), now: saturday }).state;
    expect(reconcileScheduledFreezes(state, undefined, at('2026-01-10T14:00:00Z'))).toMatchObject({ lifted: true, changed: true });
  });

  test('without a freezes file (or with its entry deleted) scheduled freezes are removed', () => {
    const frozen = reconcileScheduledFreezes(emptyState(saturday), weekend, saturday).state;
    expect(reconcileScheduledFreezes(frozen, undefined, saturday)).toMatchObject({ lifted: true, state: { freezes: [] } });
    expect(reconcileScheduledFreezes(frozen, parseFreezeSchedule(''), saturday).state.freezes).toEqual([]);
  });

  test('a reason changed in the file updates the freeze in place', () => {
    const frozen = reconcileScheduledFreezes(emptyState(saturday), weekend, saturday).state;
    const edited = parseFreezeSchedule(`timezone: Europe/Berlin
freezes:
  - name: weekend
    reason: Weekend, see the on-call page
    from: { day: friday, time: "16:00" }
    to: { day: monday, time: "08:00" }
`);
    const result = reconcileScheduledFreezes(frozen, edited, saturday);
    expect(result.updated.map((f) => f.reason)).toEqual(['Weekend, see the on-call page']);
    expect(result).toMatchObject({ added: [], removed: [], changed: true, lifted: false, started: false });
    expect(result.state.freezes).toHaveLength(1);
  });

  test('a scheduled freeze and a manual one together: the verdict is frozen until both end', () => {
    const manual = freeze(emptyState(saturday), { reason: 'release', by: 'lead', now: saturday }).state;
    const state = reconcileScheduledFreezes(manual, weekend, saturday).state;
    expect(state.freezes.map((f) => f.source)).toEqual(['manual', 'schedule']);
    const verdict = lineVerdict(state, saturday);
    expect(verdict).toMatchObject({ state: 'frozen', locked: true });
    expect(verdict.frozenUntil).toBeUndefined();
  });
});

describe('zoned time helpers', () => {
  test('instantAt resolves DST like Temporal "compatible"', () => {
    expect(new Date(instantAt({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(instantAt({ year: 2026, month: 10, day: 25 }, 150, 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(instantAt({ year: 2026, month: 6, day: 1 }, 0, 'Asia/Kolkata')).toISOString()).toBe('2026-05-31T18:30:00.000Z');
  });

  test('shortTime is as short as is unambiguous next to now', () => {
    const now = at('2026-11-21T15:00:00Z');
    expect(shortTime('2026-11-21T14:02:00Z', now)).toBe('14:02 UTC');
    expect(shortTime('2026-11-23T07:00:00Z', now)).toBe('Mon 07:00 UTC');
    expect(shortTime('2026-11-23T07:00:00Z', now, 'Europe/Berlin')).toBe('Mon 08:00 CET');
    expect(shortTime('2026-10-01T07:00:00Z', now)).toBe('Oct 1 07:00 UTC');
    expect(shortTime('2025-10-01T07:00:00Z', now)).toBe('2025-10-01 07:00 UTC');
  });
});
