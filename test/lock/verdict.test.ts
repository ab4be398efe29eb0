import {
  applyRunEvent,
  changeStatus,
  decideExemption,
  decideFreezeExemption,
  freeze,
  lineVerdict,
  lockChange,
  type Exemption,
} from '../../src/lock/index.js';
import { STATUS_DESCRIPTION_LIMIT } from '../../src/github/statuses.js';
import { emptyState, type LedgerState } from '../../src/state/index.js';
import { run, sha } from './events.js';

// Saturday 21 Nov 2026, 15:00 UTC.
const now = new Date('2026-11-21T15:00:00.000Z');
const options = { branch: 'main' };
const green = (): LedgerState => emptyState(new Date('2026-11-21T09:00:00Z'));
const red = (): LedgerState =>
  applyRunEvent(green(), run(812, 'failure', { sha: 'a1b2c3d'.padEnd(40, '0'), at: '2026-11-21T14:02:00Z', author: 'ana' }), options).state;
const frozenUntilMonday = (state: LedgerState): LedgerState =>
  freeze(state, { reason: 'release freeze', by: 'lead', until: new Date('2026-11-23T08:00:00Z'), now: new Date('2026-11-21T10:00:00Z') }).state;
const revert: Exemption = { kind: 'revert', lifts: 'red', revertedShas: ['a1b2c3d'.padEnd(40, '0')] };
const freezeLabel: Exemption = { kind: 'freeze-label', lifts: 'freeze', label: 'stopline:freeze-exempt', addedBy: 'lead', permission: 'admin' };

describe('lineVerdict', () => {
  test('green and unfrozen: not locked', () => {
    const verdict = lineVerdict(green(), now);
    expect(verdict).toMatchObject({ branch: 'main', state: 'green', locked: false, red: false, frozen: false, since: '2026-11-21T09:00:00.000Z', freezes: [] });
    expect(verdict.reason).toBe('main is green since 2026-11-21 09:00 UTC; nothing is frozen.');
    expect(verdict.firstBad).toBeUndefined();
  });

  test('red: locked, since the first bad run, with the first bad commit', () => {
    const verdict = lineVerdict(red(), now);
    expect(verdict).toMatchObject({ state: 'red', locked: true, since: '2026-11-21T14:02:00.000Z', firstBad: { runNumber: 812, author: 'ana' } });
    expect(verdict.reason).toBe(
      'main is red since 2026-11-21 14:02 UTC: first bad commit a1b2c3d (CI #812, @ana). Changes wait until it is green, except reverts and fixes.',
    );
  });

  test('frozen: since the freeze began, until its end', () => {
    const verdict = lineVerdict(frozenUntilMonday(green()), now, { branch: 'trunk' });
    expect(verdict).toMatchObject({ branch: 'trunk', state: 'frozen', locked: true, since: '2026-11-21T10:00:00.000Z', frozenUntil: '2026-11-23T08:00:00.000Z' });
    expect(verdict.reason).toBe('trunk is green but frozen until 2026-11-23 08:00 UTC: "release freeze" by @lead until 2026-11-23 08:00 UTC. Changes wait until the freeze ends.');
  });

  test('red and frozen: state red (red wins), the reason explains both', () => {
    const verdict = lineVerdict(frozenUntilMonday(red()), now);
    expect(verdict).toMatchObject({ state: 'red', red: true, frozen: true, locked: true, since: '2026-11-21T14:02:00.000Z' });
    expect(verdict.reason).toMatch(/^main is red since .*; and frozen until .*"release freeze".*Both must clear before changes merge\.$/);
  });

  test('freezes not yet started or already ended do not count; an open-ended one leaves frozenUntil unset', () => {
    const state = freeze(frozenUntilMonday(green()), { reason: 'audit', by: 'sec', now: new Date('2026-11-21T11:00:00Z') }).state;
    expect(lineVerdict(state, now).frozenUntil).toBeUndefined();
    expect(lineVerdict(state, new Date('2026-11-21T09:59:00Z')).frozen).toBe(false);
    expect(lineVerdict(frozenUntilMonday(green()), new Date('2026-11-23T08:00:00Z')).frozen).toBe(false);
  });

  test('lockChange tells the caller when to mark changes waiting or release them', () => {
    expect(lockChange(lineVerdict(green(), now), lineVerdict(red(), now))).toBe('locked');
    expect(lockChange(lineVerdict(red(), now), lineVerdict(green(), now))).toBe('released');
    expect(lockChange(lineVerdict(red(), now), lineVerdict(frozenUntilMonday(green()), now))).toBe('none');
  });
});

describe('changeStatus', () => {
  test('green: success "main green"', () => {
    expect(changeStatus(lineVerdict(green(), now), { event: 'pull_request' })).toEqual({ state: 'success', description: 'main green' });
    // An exemption on a green line is not needed and not mentioned.
    expect(changeStatus(lineVerdict(green(), now), { event: 'merge_group', exempt: revert })).toEqual({ state: 'success', description: 'main green' });
  });

  test('red: pending for a pull request, failure for a merge group', () => {
    const verdict = lineVerdict(red(), now);
    expect(changeStatus(verdict, { event: 'pull_request' })).toEqual({ state: 'pending', description: 'main red since 14:02 UTC (a1b2c3d, run #812); waiting' });
    expect(changeStatus(verdict, { event: 'merge_group' })).toEqual({
      state: 'failure',
      description: 'main red since 14:02 UTC (a1b2c3d, run #812); blocked; queue again when clear',
    });
  });

  test('frozen: until when and why', () => {
    expect(changeStatus(lineVerdict(frozenUntilMonday(green()), now), { event: 'pull_request' })).toEqual({
      state: 'pending',
      description: 'main frozen until Mon 08:00 UTC (release freeze); waiting',
    });
    expect(changeStatus(lineVerdict(frozenUntilMonday(green()), now, { timeZone: 'Europe/Berlin' }), { event: 'pull_request' }).description).toBe(
      'main frozen until Mon 09:00 CET (release freeze); waiting',
    );
  });

  test('red and frozen: both causes in one description', () => {
    expect(changeStatus(lineVerdict(frozenUntilMonday(red()), now), { event: 'pull_request' }).description).toBe(
      'main red since 14:02 UTC (a1b2c3d, run #812) and frozen until Mon 08:00 UTC (release freeze); waiting',
    );
  });

  test('exempt while red: success naming the exemption', () => {
    expect(changeStatus(lineVerdict(red(), now), { event: 'pull_request', exempt: revert })).toEqual({ state: 'success', description: 'exempt: reverts a1b2c3d' });
    const fix = decideExemption({ revertedShas: [], redRangeShas: [], labelPresent: true, labelAddedBy: { login: 'ana', permission: 'write' } });
    expect(fix.exempt).toBe(true);
    expect(changeStatus(lineVerdict(red(), now), { event: 'merge_group', exempt: fix.exempt ? fix.exemption : [] })).toEqual({
      state: 'success',
      description: 'exempt: stopline:fix by @ana',
    });
  });

  test('a red-line exemption does not pass a freeze; the freeze label does', () => {
    const both = lineVerdict(frozenUntilMonday(red()), now);
    expect(changeStatus(both, { event: 'pull_request', exempt: revert })).toEqual({
      state: 'pending',
      description: 'main frozen until Mon 08:00 UTC (release freeze); waiting; exempt: reverts a1b2c3d',
    });
    expect(changeStatus(both, { event: 'pull_request', exempt: [revert, freezeLabel] })).toEqual({
      state: 'success',
      description: 'exempt: reverts a1b2c3d; stopline:freeze-exempt by @lead',
    });
    // The freeze label alone does not pass a red line.
    expect(changeStatus(lineVerdict(red(), now), { event: 'pull_request', exempt: freezeLabel }).state).toBe('pending');
    const label = decideFreezeExemption({ labelPresent: true, labelAddedBy: { login: 'lead', permission: 'maintain' } });
    expect(changeStatus(lineVerdict(frozenUntilMonday(green()), now), { event: 'pull_request', exempt: label.exempt ? label.exemption : [] }).state).toBe('success');
  });

  test('an open-ended freeze and several freezes', () => {
    const state = freeze(frozenUntilMonday(green()), { reason: 'audit', by: 'sec', now: new Date('2026-11-21T11:00:00Z') }).state;
    expect(changeStatus(lineVerdict(state, now), { event: 'pull_request' }).description).toBe('main frozen (audit +1 more); waiting');
  });

  test('a long freeze reason is cut so the description keeps its end and fits 140 characters', () => {
    const state = freeze(red(), { reason: 'x'.repeat(300), by: 'lead', until: new Date('2026-11-23T08:00:00Z'), now: new Date('2026-11-21T10:00:00Z') }).state;
    const { description } = changeStatus(lineVerdict(state, now, { branch: 'release/2026-q4-very-long-branch-name' }), { event: 'merge_group' });
    expect([...description].length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
    expect(description).toContain('x…');
  });

  test('red since another day shows the weekday; a first bad commit without run number shows the sha only', () => {
    const legacy: LedgerState = { ...green(), line: { state: 'red', since: '2026-11-19T08:00:00Z', firstBad: { sha: sha(7) } } };
    expect(changeStatus(lineVerdict(legacy, now), { event: 'pull_request' }).description).toBe(`main red since Thu 08:00 UTC (${sha(7).slice(0, 7)}); waiting`);
  });
});
