import { parseFreezeSchedule } from '../../../src/lock/index.js';
import { describeRefusals, promotionChecks, promotionRule, refusalsOf, waitingUntil, type CheckInput, type StatusFact } from '../../../src/release/promotion/index.js';
import { emptyState, type LedgerState, type ReleaseRecord } from '../../../src/state/index.js';

const now = new Date('2026-11-04T12:00:00Z');
const sha = 'a'.repeat(40);
const record: ReleaseRecord = { name: 'shop', version: '1.0.0', sha, digest: `sha256:${'1'.repeat(64)}`, createdAt: '2026-11-04T09:00:00Z', repository: 'o/r' };
const release = { releaseId: `sha256:${'9'.repeat(64)}`, record };
const green = new Map<string, StatusFact>([['stopline/security-gate', { state: 'success', description: 'passed' }]]);

function input(over: Partial<CheckInput> = {}): CheckInput {
  return {
    state: { ...emptyState(now), releases: { [release.releaseId]: record } },
    now,
    rule: promotionRule('staging', undefined, {}),
    release,
    selection: { kind: 'commit', name: 'shop', commit: sha },
    statuses: green,
    repository: 'o/r',
    ...over,
  };
}

const failed = (over: Partial<CheckInput>) => refusalsOf(promotionChecks(input(over)));

test('everything in order: no refusals, and every check says what it measured', () => {
  const checks = promotionChecks(input());
  expect(refusalsOf(checks)).toEqual([]);
  expect(checks.map((c) => [c.name, c.detail])).toEqual([
    ['repository', 'built from o/r'],
    ['freeze', 'nothing is frozen'],
    ['status', 'success: passed'],
  ]);
});

test('a required status missing, failing or pending: each its own reason and fix', () => {
  const missing = failed({ statuses: new Map() });
  expect(missing).toEqual([{ reason: `the required status stopline/security-gate is missing on commit aaaaaaa`, fix: expect.stringContaining('run the workflow that sets stopline/security-gate') }]);
  const failing = failed({ statuses: new Map([['stopline/security-gate', { state: 'failure', description: '2 violations', targetUrl: 'https://ci/run/1' }]]) });
  expect(failing[0]!.reason).toBe('the required status stopline/security-gate is failure on commit aaaaaaa ("2 violations")');
  expect(failing[0]!.fix).toContain('https://ci/run/1');
  const pending = failed({ statuses: new Map([['stopline/security-gate', { state: 'pending' }]]) });
  expect(pending[0]!.fix).toMatch(/^wait until stopline\/security-gate finishes/);
});

test('a frozen line refuses, manual or scheduled, and says until when; a red line does not', () => {
  const frozen: LedgerState = {
    ...input().state,
    freezes: [{ id: 'm1', reason: 'release week', by: 'lead', since: '2026-11-04T08:00:00Z', until: '2026-11-05T08:00:00Z', source: 'manual' }],
  };
  expect(failed({ state: frozen })).toEqual([{ reason: 'the line is frozen: "release week" (@lead, until 2026-11-05 08:00 UTC)', fix: expect.stringContaining('promote after 2026-11-05 08:00 UTC') }]);

  const schedule = parseFreezeSchedule('timezone: UTC\nfreezes:\n  - name: all-day\n    reason: no changes on the 4th\n    dates: [2026-11-04]\n');
  expect(failed({ schedule })[0]!.reason).toBe('the line is frozen: "no changes on the 4th" (schedule "all-day", until 2026-11-05 00:00 UTC)');

  const red: LedgerState = { ...input().state, line: { state: 'red', since: '2026-11-04T11:00:00Z' } };
  expect(failed({ state: red })).toEqual([]);
});

test('a release built from another repository is refused', () => {
  expect(failed({ repository: 'someone/else' })).toEqual([{ reason: `release ${release.releaseId} was built from o/r, not from someone/else`, fix: expect.stringContaining('run build-once in this repository') }]);
});

describe('from and soak', () => {
  const rule = promotionRule('production', undefined, { from: 'staging', soakMs: 30 * 60_000 });
  const inStaging = (pointer: Partial<LedgerState['environments'][string]>): LedgerState => ({
    ...input().state,
    environments: { staging: { releaseId: release.releaseId, sha, since: '2026-11-04T10:00:00Z', verified: false, ...pointer } },
  });
  const selection = { kind: 'from', environment: 'staging' } as const;

  test('not verified in from: refused', () => {
    expect(failed({ rule, selection, state: inStaging({}) })).toEqual([
      { reason: `release ${release.releaseId} has not been verified in staging (staging runs it, not verified yet)`, fix: 'promote it to staging and let its deploy checks mark it verified there first' },
    ]);
  });

  test('verified 45 minutes ago, soak 30m: passes; verified 10 minutes ago: refused with when it will be ready', () => {
    const long = promotionChecks(input({ rule, selection, state: inStaging({ verified: true, verifiedAt: '2026-11-04T11:15:00Z' }) }));
    expect(refusalsOf(long)).toEqual([]);
    expect(long.find((c) => c.name === 'soak')!.detail).toBe('45m verified in staging (soak 30m)');
    const short = failed({ rule, selection, state: inStaging({ verified: true, verifiedAt: '2026-11-04T11:50:00Z' }) });
    expect(short).toEqual([
      {
        reason: `release ${release.releaseId} has been verified in staging for 10m, less than the soak of 30m`,
        fix: "promote after 2026-11-04 12:20 UTC (in 20m), or lower 'soak'",
      },
    ]);
  });

  test('only a running soak failing: waiting until it passes; any other failure too: refused', () => {
    const verified = inStaging({ verified: true, verifiedAt: '2026-11-04T11:50:00Z' });
    const early = promotionChecks(input({ rule, selection, state: verified }));
    expect(waitingUntil(early)).toBe('2026-11-04T12:20:00.000Z');
    const earlyAndRed = promotionChecks(input({ rule, selection, state: verified, statuses: new Map([['stopline/security-gate', { state: 'failure' }]]) }));
    expect(refusalsOf(earlyAndRed)).toHaveLength(2);
    expect(waitingUntil(earlyAndRed)).toBeUndefined();
    expect(waitingUntil(promotionChecks(input({ rule, selection, state: inStaging({}) })))).toBeUndefined();
    expect(waitingUntil(promotionChecks(input({ rule, selection, state: inStaging({ verified: true, verifiedAt: '2026-11-04T11:00:00Z' }) })))).toBeUndefined();
  });

  test('an explicit release verified in from earlier (no longer running there) counts with its recorded time', () => {
    const state: LedgerState = { ...input().state, releases: { [release.releaseId]: { ...record, verified: { staging: '2026-11-03T12:00:00Z' } } } };
    const recorded = { ...release, record: state.releases[release.releaseId]! };
    expect(failed({ rule, selection: { kind: 'release-id', input: 'x' }, state, release: recorded })).toEqual([]);
  });

  test('a rollback (verified in the target before) skips from and soak; statuses and freezes still apply', () => {
    const state: LedgerState = { ...input().state, releases: { [release.releaseId]: { ...record, verified: { production: '2026-10-01T00:00:00Z' } } } };
    const old = { ...release, record: state.releases[release.releaseId]! };
    const checks = promotionChecks(input({ rule, selection: { kind: 'release-id', input: 'x' }, state, release: old, statuses: new Map() }));
    expect(checks.find((c) => c.name === 'from')!.detail).toMatch(/^rollback: verified in production before/);
    expect(refusalsOf(checks).map((r) => r.reason)).toEqual(['the required status stopline/security-gate is missing on commit aaaaaaa']);
  });
});

test('describeRefusals joins every reason with its fix', () => {
  expect(describeRefusals('production', [{ reason: 'a', fix: 'do b' }, { reason: 'c', fix: 'do d' }])).toBe('Not promoted to production: a; do b. c; do d.');
});

test('promotionRule: inputs override the file; defaults; soak needs from', () => {
  const file = { name: 'production', from: 'staging', require: ['x'], soakMs: 60_000, line: 3 };
  expect(promotionRule('production', file, {})).toEqual({ environment: 'production', from: 'staging', require: ['x'], soakMs: 60_000 });
  expect(promotionRule('production', file, { require: [], soakMs: 0 })).toEqual({ environment: 'production', from: 'staging', require: [], soakMs: 0 });
  expect(promotionRule('staging', undefined, {})).toEqual({ environment: 'staging', require: ['stopline/security-gate'], soakMs: 0 });
  expect(() => promotionRule('staging', undefined, { soakMs: 1000 })).toThrow("input 'soak' needs 'from'");
  expect(() => promotionRule('staging', undefined, { from: 'staging' })).toThrow("input 'from': \"staging\" is the environment being promoted to");
});

describe('order: never backwards by accident', () => {
  const newerId = `sha256:${'8'.repeat(64)}`;
  const newer: ReleaseRecord = { ...record, version: '1.1.0', digest: `sha256:${'2'.repeat(64)}`, createdAt: '2026-11-04T10:00:00Z' };
  const olderId = `sha256:${'7'.repeat(64)}`;
  const older: ReleaseRecord = { ...record, version: '0.9.0', digest: `sha256:${'3'.repeat(64)}`, createdAt: '2026-11-03T10:00:00Z' };
  /** staging runs `runs`, and every release is registered. */
  const running = (runs: string): LedgerState => ({
    ...input().state,
    releases: { [release.releaseId]: record, [newerId]: newer, [olderId]: older },
    environments: { staging: { releaseId: runs, sha, since: '2026-11-04T10:30:00Z', verified: true } },
  });
  const order = (over: Partial<CheckInput>) => promotionChecks(input(over)).find((check) => check.name === 'order');

  test('a release built before the one the environment runs is refused when chosen by commit, with the way to roll back on purpose', () => {
    const check = order({ state: running(newerId) });
    expect(check).toMatchObject({ ok: false, detail: 'older than what staging runs: 1.1.0 (sha256:888888888888…, built 2026-11-04 10:00 UTC)' });
    expect(check!.refusal).toEqual({
      reason:
        'release 1.0.0 (sha256:999999999999…, built 2026-11-04 09:00 UTC), the newest build of commit aaaaaaa, is older than 1.1.0 (sha256:888888888888…, built 2026-11-04 10:00 UTC), which staging runs: promoting it would take staging back',
      fix: `to roll staging back on purpose, name the release (release-id: ${release.releaseId}); otherwise promote a release newer than 1.1.0`,
    });
  });

  test('chosen by from (the source environment went back): refused too', () => {
    const rule = promotionRule('staging', undefined, { from: 'dev' });
    const state: LedgerState = {
      ...running(newerId),
      environments: { ...running(newerId).environments, dev: { releaseId: release.releaseId, sha, since: '2026-11-04T11:00:00Z', verified: true, verifiedAt: '2026-11-04T11:00:00Z' } },
    };
    const refusals = failed({ rule, state, selection: { kind: 'from', environment: 'dev' } });
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.reason).toContain(', what dev runs, is older than 1.1.0');
  });

  test('named by release-id it is a deliberate rollback, and passes', () => {
    expect(order({ state: running(newerId), selection: { kind: 'release-id', input: release.releaseId } })).toEqual({
      name: 'order',
      ok: true,
      detail: 'rollback named by release-id: older than what staging runs, 1.1.0 (sha256:888888888888…, built 2026-11-04 10:00 UTC)',
    });
  });

  test('a newer release passes; nothing to compare with: no order check', () => {
    expect(order({ state: running(olderId) })).toEqual({ name: 'order', ok: true, detail: 'newer than what staging runs: 0.9.0 (sha256:777777777777…, built 2026-11-03 10:00 UTC)' });
    // The release it runs already, no release at all, or one the registry does not list.
    expect(order({ state: running(release.releaseId) })).toBeUndefined();
    expect(order({})).toBeUndefined();
    expect(order({ state: { ...running(newerId), releases: { [release.releaseId]: record } } })).toBeUndefined();
    // A build time that does not parse cannot be compared: no order check, rather than a wrong refusal.
    expect(order({ state: { ...running(newerId), releases: { [release.releaseId]: record, [newerId]: { ...newer, createdAt: 'yesterday' } } } })).toBeUndefined();
    expect(order({ state: { ...running(newerId), releases: { [release.releaseId]: record, [newerId]: { ...newer, createdAt: record.createdAt } } } })).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^built at the same time as what staging runs: 1\.1\.0/),
    });
  });
});
