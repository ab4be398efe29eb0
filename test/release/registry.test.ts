import { readFileSync } from 'node:fs';
import { emptyState, type LedgerState, type ReleaseRecord } from '../../src/state/index.js';
import { buildsOf, planBuild, rebuildConflictMessage, registerRelease, shortDigest } from '../../src/release/registry.js';
import { STOPLINE_VERSION } from '../../src/release/version.js';

const commit = 'c'.repeat(40);
const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}` as const;
const record = (over: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
  name: 'shop',
  version: 'ccccccc',
  sha: commit,
  digest: digest(1),
  contentDigest: digest(7),
  createdAt: '2026-11-02T10:00:00.000Z',
  ...over,
});

function withReleases(releases: Record<string, ReleaseRecord>): LedgerState {
  return { ...emptyState(new Date('2026-11-02T09:00:00Z')), releases };
}

const candidate = (over: Partial<{ digest: string; contentDigest: string; commit: string; name: string }> = {}) => ({
  name: 'shop',
  commit,
  digest: digest(1),
  contentDigest: digest(7),
  ...over,
}) as Parameters<typeof planBuild>[1];

test('STOPLINE_VERSION is package.json\'s version', () => {
  expect(STOPLINE_VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
});

describe('planBuild: build once, keyed on (name, commit, digest)', () => {
  test('nothing registered for the commit: register', () => {
    expect(planBuild(withReleases({}), candidate(), { allowRebuild: false })).toEqual({ kind: 'register' });
  });

  test('same name, commit and digest: reuse the registered release (its id, not a new one)', () => {
    const state = withReleases({ 'sha256:r1': record() });
    expect(planBuild(state, candidate(), { allowRebuild: false })).toEqual({ kind: 'reuse', existing: { releaseId: 'sha256:r1', record: record() }, samePackage: true });
    // Reuse wins over allow-rebuild: a re-run never registers a duplicate.
    expect(planBuild(state, candidate(), { allowRebuild: true }).kind).toBe('reuse');
  });

  test('other package digest but the same files (another compressor): reuse, flagged', () => {
    const plan = planBuild(withReleases({ 'sha256:r1': record() }), candidate({ digest: digest(2) }), { allowRebuild: false });
    expect(plan).toMatchObject({ kind: 'reuse', samePackage: false });
  });

  test('other bytes: a conflict, unless rebuilds are allowed', () => {
    const state = withReleases({ 'sha256:r1': record() });
    const other = candidate({ digest: digest(2), contentDigest: digest(8) });
    expect(planBuild(state, other, { allowRebuild: false })).toMatchObject({ kind: 'conflict', existing: { releaseId: 'sha256:r1' } });
    expect(planBuild(state, other, { allowRebuild: true })).toMatchObject({ kind: 'register', replaces: { releaseId: 'sha256:r1' } });
  });

  test('another name or another commit is another release', () => {
    const state = withReleases({ 'sha256:r1': record() });
    expect(planBuild(state, candidate({ name: 'billing', digest: digest(2), contentDigest: digest(8) }), { allowRebuild: false }).kind).toBe('register');
    expect(planBuild(state, candidate({ commit: 'd'.repeat(40), digest: digest(2), contentDigest: digest(8) }), { allowRebuild: false }).kind).toBe('register');
  });
});

test('buildsOf lists a commit\'s releases newest first', () => {
  const state = withReleases({
    'sha256:old': record({ createdAt: '2026-11-01T00:00:00Z' }),
    'sha256:new': record({ createdAt: '2026-11-03T00:00:00Z', digest: digest(3) }),
    'sha256:other': record({ sha: 'd'.repeat(40) }),
  });
  expect(buildsOf(state, 'shop', commit).map((b) => b.releaseId)).toEqual(['sha256:new', 'sha256:old']);
});

test('registerRelease decides on the state it writes over: the loser of a race reuses or conflicts, and writes nothing', () => {
  const empty = withReleases({});
  const first = registerRelease(empty, 'sha256:r1', record(), { allowRebuild: false });
  expect(first.result.kind).toBe('register');
  expect(first.state.releases['sha256:r1']).toEqual(record());
  const again = registerRelease(first.state, 'sha256:r2', record({ createdAt: '2026-11-02T10:05:00Z' }), { allowRebuild: false });
  expect(again.result).toMatchObject({ kind: 'reuse', existing: { releaseId: 'sha256:r1' } });
  expect(again.state).toBe(first.state);
});

test('the conflict message is issue 5\'s, with both digests and the fix', () => {
  const message = rebuildConflictMessage({ releaseId: 'sha256:r1', record: record() }, { name: 'shop', commit, digest: digest(2) });
  expect(message).toMatch(/^this commit already has release sha256:r1; rebuilding gave different bytes/);
  expect(message).toContain(digest(1));
  expect(message).toContain(digest(2));
  expect(message).toContain('allow-rebuild: true');
});

test('shortDigest keeps 12 hex digits', () => {
  expect(shortDigest(`sha256:${'ab'.repeat(32)}`)).toBe('sha256:abababababab…');
});
