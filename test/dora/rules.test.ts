/** The pure rules of src/dora, one by one. */
import { DORA_2023, DORA_2024, placeInRange, placeNearest } from '../../src/dora/bands.js';
import { isRollback, namedInIncident, rollbackTarget } from '../../src/dora/failures.js';
import { commitLeads } from '../../src/dora/lead-time.js';
import { median } from '../../src/dora/median.js';
import { changeOf } from '../../src/dora/metrics.js';
import { outcomeOf } from '../../src/dora/outcome.js';
import { unplannedReason } from '../../src/dora/rework.js';
import { NO_SERVICE, parseServices, serviceOf } from '../../src/dora/services.js';
import type { CommitFact, PullRequestFact, StatusFact } from '../../src/dora/types.js';
import { weeksOf, windowEnding } from '../../src/dora/window.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const status = (state: StatusFact['state'], createdAt: string): StatusFact => ({ state, createdAt });

describe('outcome: the latest status other than inactive', () => {
  test.each([
    [['queued', 'in_progress', 'success'], 'success'],
    [['in_progress', 'success', 'inactive'], 'success'],
    [['success', 'failure'], 'failed'],
    [['in_progress', 'error'], 'failed'],
    [['queued', 'in_progress'], 'not-judged'],
    [['pending'], 'not-judged'],
    [['inactive'], 'not-judged'],
    [[], 'not-judged'],
  ] as const)('%j → %s', (states, expected) => {
    const statuses = states.map((state, i) => status(state, `2024-01-01T00:0${i}:00Z`));
    expect(outcomeOf({ statuses }).outcome).toBe(expected);
  });

  test('statuses of the same second: the later listed wins', () => {
    expect(outcomeOf({ statuses: [status('failure', '2024-01-01T00:00:00Z'), status('success', '2024-01-01T00:00:00Z')] }).outcome).toBe('success');
  });
});

describe('bands', () => {
  const day = 24;
  test('deployment frequency (per day), DORA 2024', () => {
    expect(placeInRange(DORA_2024.deploymentFrequency, 3).level).toBe('elite');
    expect(placeInRange(DORA_2024.deploymentFrequency, 1).level).toBe('high'); // once a day is high, not on demand
    expect(placeInRange(DORA_2024.deploymentFrequency, 1 / 7).level).toBe('high');
    expect(placeInRange(DORA_2024.deploymentFrequency, 0.1).level).toBe('medium');
    expect(placeInRange(DORA_2024.deploymentFrequency, 1 / 60).level).toBe('low');
    expect(placeInRange(DORA_2024.deploymentFrequency, 0)).toEqual({ level: 'low', band: "outside every cluster's range" });
  });

  test('lead time (hours), DORA 2024 and 2023 (whose low shares medium\'s range)', () => {
    expect(placeInRange(DORA_2024.leadTime, 23.9).level).toBe('elite');
    expect(placeInRange(DORA_2024.leadTime, day).level).toBe('high');
    expect(placeInRange(DORA_2024.leadTime, 7 * day).level).toBe('medium');
    expect(placeInRange(DORA_2024.leadTime, 40 * day).level).toBe('low');
    expect(placeInRange(DORA_2024.leadTime, 400 * day).level).toBe('low');
    expect(placeInRange(DORA_2023.leadTime, 10 * day).level).toBe('medium');
    expect(placeInRange(DORA_2023.leadTime, 40 * day).level).toBe('low');
  });

  test('recovery time: 2024 has no cluster from one day to one week, so that is low', () => {
    expect(placeInRange(DORA_2024.recoveryTime, 0.5).level).toBe('elite');
    expect(placeInRange(DORA_2024.recoveryTime, 5).level).toBe('high');
    expect(placeInRange(DORA_2024.recoveryTime, 3 * day)).toEqual({ level: 'low', band: "outside every cluster's range" });
    expect(placeInRange(DORA_2024.recoveryTime, 10 * day)).toEqual({ level: 'low', band: 'between one week and one month' });
    expect(placeInRange(DORA_2023.recoveryTime, 3 * day).level).toBe('medium');
  });

  test('change failure rate: the nearest cluster, which is not ordered by rate', () => {
    expect(placeNearest(DORA_2024.changeFailureRate, 0).level).toBe('elite');
    expect(placeNearest(DORA_2024.changeFailureRate, 0.08).level).toBe('medium'); // nearer 10% than 5%
    expect(placeNearest(DORA_2024.changeFailureRate, 0.15).level).toBe('high'); // a tie of 10% and 20%: the better cluster
    expect(placeNearest(DORA_2024.changeFailureRate, 0.18).level).toBe('high');
    expect(placeNearest(DORA_2024.changeFailureRate, 0.31).level).toBe('low');
    expect(placeNearest(DORA_2023.changeFailureRate, 0.3).level).toBe('medium'); // 15% is nearer than 64%
  });
});

describe('services input', () => {
  test('a map of service → environments', () => {
    expect(parseServices('api: production-api\nweb: production-web, production-web-eu\nworker: [jobs]')).toEqual({
      kind: 'environments',
      services: [
        { name: 'api', environments: ['production-api'] },
        { name: 'web', environments: ['production-web', 'production-web-eu'] },
        { name: 'worker', environments: ['jobs'] },
      ],
    });
  });

  test('a payload field', () => {
    const spec = parseServices('payload.app.name');
    expect(spec).toEqual({ kind: 'payload', field: 'app.name' });
    expect(serviceOf(spec, { environment: 'production', payload: { app: { name: 'api' } } })).toBe('api');
    expect(serviceOf(spec, { environment: 'production', payload: {} })).toBe(NO_SERVICE);
  });

  test.each([
    ['api: a\nweb: a', "environment 'a' is listed for both 'api' and 'web'"],
    ['api:', "service 'api' needs one or more environment names"],
    ['- a\n- b', 'neither payload.<field> nor a map'],
    ['api: [a, 3]', "service 'api' needs one or more environment names"],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseServices(text)).toThrow(ConfigurationError);
    expect(() => parseServices(text)).toThrow(message);
  });

  test('empty means none', () => {
    expect(parseServices('  ')).toBeUndefined();
  });
});

describe('failure evidence in payloads and incidents', () => {
  test('rollback-of: a number or a string of digits names the deployment', () => {
    expect(rollbackTarget({ 'rollback-of': 12 })).toBe(12);
    expect(rollbackTarget({ 'rollback-of': ' 34 ' })).toBe(34);
    expect(rollbackTarget({ 'rollback-of': 'abc' })).toBeUndefined();
    expect(isRollback({ 'rollback-of': 'abc' })).toBe(true);
    expect(isRollback({})).toBe(false);
  });

  test('an incident names deployment ids and commit prefixes', () => {
    const text = 'Outage after deployment #101. Also Deployment ID: 102, deployment_id 103, https://api.github.com/repos/o/r/deployments/104 and deployment 105.\nBad commit 0a1b2c3d, not 12345 or zzzzzzz.';
    const { ids, shas } = namedInIncident(text);
    expect([...ids].sort()).toEqual([101, 102, 103, 104, 105]);
    expect([...shas]).toEqual(['0a1b2c3d']);
  });
});

describe('lead time per commit', () => {
  const commit = (sha: string, authoredAt: string, parents = ['p']): CommitFact => ({ sha, authoredAt, message: sha, parents });
  const deployedAt = Date.parse('2024-01-10T00:00:00Z');
  const squash: PullRequestFact = { number: 7, title: 't', url: 'u', mergedAt: '2024-01-09T00:00:00Z', mergeCommitSha: 's', labels: [], firstCommitAuthoredAt: '2024-01-05T00:00:00Z' };

  test('from the author date, or the pull request\'s first commit for a squash merge', () => {
    const leads = commitLeads([commit('a', '2024-01-09T12:00:00Z'), commit('s', '2024-01-09T00:00:00Z')], deployedAt, new Map([['s', squash]]));
    expect(leads).toEqual([
      { sha: 'a', authoredAt: '2024-01-09T12:00:00Z', startedAt: '2024-01-09T12:00:00Z', hours: 12 },
      { sha: 's', authoredAt: '2024-01-09T00:00:00Z', startedAt: '2024-01-05T00:00:00Z', hours: 120, squashOf: 7 },
    ]);
  });

  test('a merge commit (two parents) is not a squash merge; a commit after the deployment counts 0', () => {
    const leads = commitLeads([commit('s', '2024-01-09T00:00:00Z', ['p', 'q']), commit('late', '2024-01-11T00:00:00Z')], deployedAt, new Map([['s', squash]]));
    expect(leads.map((l) => [l.sha, l.hours, l.squashOf])).toEqual([['s', 24, undefined], ['late', 0, undefined]]);
  });

  test('the first deployment of a chain drops commits authored before its 30 days', () => {
    const leads = commitLeads([commit('old', '2023-11-01T00:00:00Z'), commit('new', '2024-01-01T00:00:00Z')], deployedAt, new Map(), '2023-12-11T00:00:00Z');
    expect(leads.map((l) => l.sha)).toEqual(['new']);
  });
});

describe('rework: unplanned deployments', () => {
  const c = (sha: string, message: string, parents = ['x']): CommitFact => ({ sha, authoredAt: '2024-01-01T00:00:00Z', message, parents });
  const hotfix: PullRequestFact = { number: 3, title: 'fix', url: 'u', mergedAt: '2024-01-01T00:00:00Z', mergeCommitSha: 'm', labels: ['Hotfix'] };
  const pulls = new Map([['m', hotfix]]);

  test.each([
    ['a rollback', { 'rollback-of': 5 }, [], 'rollback'],
    ['only reverts', {}, [c('a', 'Revert "x"'), c('b', 'Revert "y"')], 'reverts'],
    ['a revert and a feature', {}, [c('a', 'Revert "x"'), c('b', 'feature')], undefined],
    ['a hotfix squash merge', {}, [{ ...c('m', 'Fix (#3)') }], 'hotfix'],
    ['a hotfix merge commit and what it brought in', {}, [c('f1', 'fix it', ['base']), c('m', 'Merge pull request #3', ['base', 'f1'])], 'hotfix'],
    ['a hotfix and a revert', {}, [c('m', 'Fix (#3)'), c('r', 'Revert "x"')], 'reverts-and-hotfix'],
    ['nothing new', {}, [], undefined],
  ] as const)('%s', (_name, payload, commits, expected) => {
    expect(unplannedReason(payload as Record<string, unknown>, commits as unknown as CommitFact[], pulls)).toBe(expected);
  });
});

test('median, changes and weeks', () => {
  expect(median([])).toBeUndefined();
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(changeOf('leadTimeHours', { value: 2, n: 1, level: null, band: null }, { value: 4, n: 1, level: null, band: null })).toEqual({ delta: -2, relative: -0.5, direction: 'better' });
  expect(changeOf('deploymentFrequency', { value: 2, n: 1, level: null, band: null }, { value: 2, n: 1, level: null, band: null })!.direction).toBe('same');
  expect(changeOf('reworkRate', { value: 0.1, n: 1, level: null, band: null }, { value: null, n: 0, level: null, band: null })).toBeNull();
  const weeks = weeksOf(windowEnding(new Date('2024-01-31T00:00:00Z'), 30 * 24 * 3_600_000));
  expect(weeks.map((w) => w.days)).toEqual([7, 7, 7, 7, 2]);
});
