import { markVerified, recordPromotion, selectRelease, findReleaseById, type Promotion } from '../../../src/release/promotion/index.js';
import { emptyState, type EnvironmentPointer, type LedgerState, type ReleaseRecord } from '../../../src/state/index.js';

const at = new Date('2026-11-04T12:00:00Z');
const rec = (n: number): ReleaseRecord => ({ name: 'shop', version: `1.0.${n}`, sha: String(n).repeat(40), digest: `sha256:${String(n).repeat(64)}`, createdAt: '2026-11-04T09:00:00Z' });
const id = (n: number) => `sha256:${String(n).repeat(64)}`;
const base: LedgerState = { ...emptyState(at), releases: { [id(1)]: rec(1), [id(2)]: rec(2), [id(3)]: rec(3) } };
const promotion = (n: number): Promotion => ({ environment: 'staging', releaseId: id(n), record: rec(n), at, promotedBy: 'dev', runUrl: `https://ci/runs/${n}`, deploymentId: 100 + n });
const pointer = (n: number, over: Partial<EnvironmentPointer> = {}): EnvironmentPointer => ({ releaseId: id(n), sha: rec(n).sha, since: '2026-11-04T10:00:00Z', verified: false, ...over });

describe('recordPromotion: compare-and-swap on the environment pointer', () => {
  test('over the expected pointer: recorded, with who, from where, the deployment and what it replaced', () => {
    const state = { ...base, environments: { staging: pointer(1) } };
    const { state: after, result } = recordPromotion(state, { ...promotion(2), promotedFrom: 'dev' }, pointer(1));
    expect(result).toEqual({ kind: 'recorded', pointer: after.environments.staging, previous: pointer(1) });
    expect(after.environments.staging).toEqual({
      releaseId: id(2),
      sha: rec(2).sha,
      version: '1.0.2',
      since: at.toISOString(),
      verified: false,
      promotedBy: 'dev',
      promotedFrom: 'dev',
      runUrl: 'https://ci/runs/2',
      deploymentId: 102,
      previousReleaseId: id(1),
    });
  });

  test('another release was promoted in between: a conflict, and nothing is written (no lost update)', () => {
    const moved = { ...base, environments: { staging: pointer(3, { since: '2026-11-04T11:59:00Z' }) } };
    const { state, result } = recordPromotion(moved, promotion(2), pointer(1));
    expect(result).toEqual({ kind: 'conflict', current: moved.environments.staging });
    expect(state).toBe(moved);
    // Also when the environment ran nothing when we looked.
    expect(recordPromotion(moved, promotion(2), undefined).result.kind).toBe('conflict');
  });

  test('the same release was promoted in between: already, nothing written', () => {
    const same = { ...base, environments: { staging: pointer(2, { since: '2026-11-04T11:59:00Z' }) } };
    expect(recordPromotion(same, promotion(2), pointer(1)).result).toEqual({ kind: 'already', current: same.environments.staging });
  });

  test('the expected release was only verified in between: still the same promotion, so it is replaced', () => {
    const verified = { ...base, environments: { staging: pointer(1, { verified: true, verifiedAt: '2026-11-04T11:00:00Z' }) } };
    expect(recordPromotion(verified, promotion(2), pointer(1)).result.kind).toBe('recorded');
  });

  test('a freeze that began in between refuses it on the exact state written over', () => {
    const refusal = { reason: 'the line is frozen', fix: 'wait' };
    const { state, result } = recordPromotion(base, promotion(2), undefined, () => refusal);
    expect(result).toEqual({ kind: 'refused', refusal });
    expect(state).toBe(base);
  });
});

describe('markVerified', () => {
  test('verifies the release the environment runs: pointer time (for the soak) and the record (for rollbacks)', () => {
    const state = { ...base, environments: { staging: pointer(1) } };
    const { state: after, result } = markVerified(state, 'staging', id(1), at);
    expect(result.kind).toBe('verified');
    expect(after.environments.staging).toMatchObject({ verified: true, verifiedAt: at.toISOString() });
    expect(after.releases[id(1)]!.verified).toEqual({ staging: at.toISOString() });
    // Again: nothing changes, the first time counts.
    const again = markVerified(after, 'staging', id(1), new Date('2026-11-05T00:00:00Z'));
    expect(again.result.kind).toBe('already-verified');
    expect(again.state).toBe(after);
  });

  test('a release the environment no longer runs is not verified', () => {
    const state = { ...base, environments: { staging: pointer(2) } };
    expect(markVerified(state, 'staging', id(1), at)).toEqual({ state, result: { kind: 'not-current', current: pointer(2) } });
    expect(markVerified(base, 'staging', id(1), at).result).toEqual({ kind: 'not-current', current: undefined });
  });
});

describe('selectRelease', () => {
  const state = { ...base, environments: { staging: pointer(2) } };
  const ledgerName = 'refs/stopline/ledger in o/r';

  test('by id (whole or a unique prefix), by from, by commit', () => {
    expect(selectRelease(state, { releaseId: id(3), name: 'shop', ledgerName })).toMatchObject({ ok: true, release: { releaseId: id(3) } });
    expect(findReleaseById(state, '3333333', ledgerName).releaseId).toBe(id(3));
    expect(selectRelease(state, { from: 'staging', name: 'shop', ledgerName })).toMatchObject({ ok: true, release: { releaseId: id(2) } });
    expect(selectRelease(state, { name: 'shop', commit: rec(1).sha, ledgerName })).toMatchObject({ ok: true, release: { releaseId: id(1) } });
  });

  test('nothing to promote is a refusal; a malformed or unknown id a configuration error', () => {
    expect(selectRelease(state, { from: 'qa', name: 'shop', ledgerName })).toMatchObject({ ok: false, refusal: { reason: 'qa runs no release yet, so there is nothing to promote from it' } });
    expect(selectRelease(state, { name: 'shop', commit: 'f'.repeat(40), ledgerName })).toMatchObject({ ok: false, refusal: { reason: 'no release of shop was built from commit fffffff' } });
    expect(() => findReleaseById(state, 'sha256:12', ledgerName)).toThrow("input 'release-id': \"sha256:12\" is not a release id");
    expect(() => findReleaseById(state, `sha256:${'4'.repeat(64)}`, ledgerName)).toThrow('is registered in the ledger refs/stopline/ledger in o/r');
  });
});
