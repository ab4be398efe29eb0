/**
 * deploy's pure rules: exposure steps, the smoke input, the rollback target, what a command's
 * environment keeps, how often a waiting deploy polls, what post reads back; and the GraphQL
 * document that finds deployments left in progress, against GitHub's published schema.
 */
import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate } from 'graphql';
import { RECENT_DEPLOYMENTS_QUERY } from '../../src/deploy/github/deployments.js';
import { readSaved, SAVED } from '../../src/deploy/operations/cleanup.js';
import { leaseTimingFor, smokeWindowFor } from '../../src/deploy/operations/deploy.js';
import { commandEnvironment } from '../../src/deploy/operations/shell.js';
import { stoplineVariables } from '../../src/deploy/operations/variables.js';
import { resolveLeaseTiming } from '../../src/deploy/lease/index.js';
import { rollbackTarget } from '../../src/deploy/rollback-target.js';
import { parseSmoke } from '../../src/deploy/smoke-spec.js';
import { parseSteps } from '../../src/deploy/steps.js';
import { emptyState, type LedgerState, type ReleaseRecord } from '../../src/state/state.js';

describe('parseSteps', () => {
  test('default, lists, percent signs', () => {
    expect(parseSteps(undefined)).toEqual([100]);
    expect(parseSteps('')).toEqual([100]);
    expect(parseSteps('10,50,100')).toEqual([10, 50, 100]);
    expect(parseSteps('1% 25%\n100%')).toEqual([1, 25, 100]);
  });
  test('refused, each with the fix', () => {
    expect(() => parseSteps('10,50')).toThrow("input 'steps': the last step is 50%, but a deploy must end at 100% (otherwise the environment stays split between two releases); add 100");
    expect(() => parseSteps('50,10,100')).toThrow("input 'steps': the steps must rise (50 then 10); write them in order, e.g. 10,50,100");
    expect(() => parseSteps('0,100')).toThrow("input 'steps': '0' is not a percentage from 1 to 100");
    expect(() => parseSteps('10,half,100')).toThrow("'half' is not a percentage");
    expect(() => parseSteps('10,150')).toThrow("'150' is not a percentage");
  });
});

describe('parseSmoke', () => {
  test('URLs when every word is one, else a command', () => {
    expect(parseSmoke('')).toEqual({ kind: 'none' });
    expect(parseSmoke('https://shop.example/healthz')).toEqual({ kind: 'urls', urls: ['https://shop.example/healthz'] });
    expect(parseSmoke('https://a.example/healthz\nhttp://b.example:8080/ready, https://c.example')).toEqual({
      kind: 'urls',
      urls: ['https://a.example/healthz', 'http://b.example:8080/ready', 'https://c.example'],
    });
    expect(parseSmoke('curl -fsS https://shop.example/healthz')).toEqual({ kind: 'command', command: 'curl -fsS https://shop.example/healthz' });
    expect(parseSmoke('./smoke.sh')).toEqual({ kind: 'command', command: './smoke.sh' });
  });
});

describe('rollbackTarget', () => {
  const record = (name: string, verified?: Record<string, string>): ReleaseRecord => ({
    name: 'shop',
    version: name,
    sha: name.padEnd(40, '0'),
    digest: `sha256:${name}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...(verified ? { verified } : {}),
  });
  const state = (releases: Record<string, ReleaseRecord>, pointer?: { releaseId: string; previousReleaseId?: string }): LedgerState => ({
    ...emptyState(new Date('2026-01-01T00:00:00Z')),
    releases,
    environments: pointer ? { production: { sha: 'x', since: '2026-01-05T00:00:00.000Z', verified: false, ...pointer } } : {},
  });

  test('the release the pointer says ran before, when it was verified there', () => {
    const releases = { v1: record('v1', { production: '2026-01-01T00:00:00.000Z' }), v2: record('v2', { production: '2026-01-02T00:00:00.000Z' }), v3: record('v3') };
    // v1 was restored after v2 (a rollback): what ran before v3 is v1, though v2 was verified later.
    expect(rollbackTarget(state(releases, { releaseId: 'v3', previousReleaseId: 'v1' }), 'production', 'v3')?.releaseId).toBe('v1');
  });
  test('else the release verified there most recently; never the one deployed, never one verified elsewhere', () => {
    const releases = {
      v1: record('v1', { production: '2026-01-01T00:00:00.000Z' }),
      v2: record('v2', { production: '2026-01-02T00:00:00.000Z', staging: '2026-01-01T00:00:00.000Z' }),
      v3: record('v3', { staging: '2026-01-03T00:00:00.000Z', production: '2026-01-04T00:00:00.000Z' }),
      v4: record('v4', { staging: '2026-01-05T00:00:00.000Z' }),
    };
    // The previous release (v4) was never verified in production.
    expect(rollbackTarget(state(releases, { releaseId: 'v3', previousReleaseId: 'v4' }), 'production', 'v3')?.releaseId).toBe('v2');
    expect(rollbackTarget(state(releases), 'production', 'v4')?.releaseId).toBe('v3');
    expect(rollbackTarget(state(releases), 'staging', 'v4')?.releaseId).toBe('v3');
  });
  test('a deployment-id whose release is no longer the pointer: what runs now, when verified', () => {
    const releases = { v1: record('v1', { production: '2026-01-01T00:00:00.000Z' }), v2: record('v2', { production: '2026-01-02T00:00:00.000Z' }) };
    expect(rollbackTarget(state(releases, { releaseId: 'v1' }), 'production', 'v9')?.releaseId).toBe('v1');
  });
  test('nothing verified before: undefined', () => {
    expect(rollbackTarget(state({ v1: record('v1') }, { releaseId: 'v1' }), 'production', 'v1')).toBeUndefined();
    expect(rollbackTarget(state({ v1: record('v1', { production: '2026-01-01T00:00:00.000Z' }) }), 'production', 'v1')).toBeUndefined();
  });
});

describe('command environment', () => {
  test('the step environment without the action’s inputs, state and runtime tokens, plus STOPLINE_*', () => {
    const env = commandEnvironment(
      { PATH: '/bin', HOME: '/home/runner', INPUT_TOKEN: 'ghs_secret', 'INPUT_LEASE-TTL': '30m', STATE_lease: 'x', ACTIONS_RUNTIME_TOKEN: 'y', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'z', GITHUB_SHA: 'abc', UNSET: undefined },
      stoplineVariables({ environment: 'production', release: { releaseId: 'sha256:1', name: 'shop', version: '1.2.3', digest: 'sha256:2', sha: 'abc', path: '/tmp/r' }, weight: 10, phase: 'deploy', deploymentId: 42 }),
    );
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/home/runner',
      GITHUB_SHA: 'abc',
      STOPLINE_ENVIRONMENT: 'production',
      STOPLINE_RELEASE_PATH: '/tmp/r',
      STOPLINE_RELEASE_ID: 'sha256:1',
      STOPLINE_VERSION: '1.2.3',
      STOPLINE_DIGEST: 'sha256:2',
      STOPLINE_WEIGHT: '10',
      STOPLINE_PHASE: 'deploy',
      STOPLINE_DEPLOYMENT_ID: '42',
    });
    expect(stoplineVariables({ environment: 'production', release: undefined, weight: 100, phase: 'rollback' })).toMatchObject({ STOPLINE_RELEASE_ID: '', STOPLINE_RELEASE_PATH: '', STOPLINE_WEIGHT: '100' });
  });
});

describe('timing derived from the inputs', () => {
  test('a short lock-timeout polls finer; the default keeps the lease module’s defaults; always valid', () => {
    expect(leaseTimingFor(10 * 60_000)).toEqual({ pollMaxMs: 15_000, pollMinMs: 2_000 });
    expect(leaseTimingFor(60_000)).toEqual({ pollMaxMs: 1_500, pollMinMs: 375 });
    expect(leaseTimingFor(0)).toEqual({ pollMaxMs: 1_000, pollMinMs: 250 });
    for (const timeout of [0, 1_000, 60_000, 600_000, 86_400_000]) expect(() => resolveLeaseTiming(leaseTimingFor(timeout))).not.toThrow();
    expect([smokeWindowFor(1_000), smokeWindowFor(60_000), smokeWindowFor(600_000)]).toEqual([5_000, 60_000, 60_000]);
  });
});

test('post reads back what main saved', () => {
  const values: Record<string, string> = { [SAVED.environment]: 'production', [SAVED.ticket]: 't-1', [SAVED.epoch]: '7', [SAVED.deployment]: '42', [SAVED.closed]: 'false' };
  expect(readSaved((name) => values[name])).toEqual({ environment: 'production', ticket: 't-1', epoch: 7, deploymentId: 42, closed: false, leaseReleased: false });
  expect(readSaved(() => undefined)).toEqual({ closed: false, leaseReleased: false });
});

test("the stale-deployment query is valid against GitHub's GraphQL schema", () => {
  const schema = buildClientSchema(githubSchema.json as never);
  expect(validate(schema, parse(RECENT_DEPLOYMENTS_QUERY)).map((error) => error.message)).toEqual([]);
});
