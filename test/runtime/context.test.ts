import { configurationErrorOf } from '../support/errors.js';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunnerContext } from '../../src/runtime/context.js';
import { tempDir } from './runner-env.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function runnerEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 5 } }));
  return {
    GITHUB_REPOSITORY: 'octo-org/shop.web',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/5/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '123456789',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate',
    GITHUB_ACTOR: 'mona',
    GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_WORKSPACE: '/home/runner/work/shop',
    RUNNER_TEMP: '/home/runner/_temp',
    ...overrides,
  };
}


describe('readRunnerContext', () => {
  it('reads everything the runner sets', () => {
    expect(readRunnerContext(runnerEnv(), '/elsewhere')).toEqual({
      repository: { owner: 'octo-org', repo: 'shop.web' },
      sha: 'a'.repeat(40),
      ref: 'refs/pull/5/merge',
      headRef: 'feature',
      baseRef: 'main',
      eventName: 'pull_request',
      eventPayload: { pull_request: { number: 5 } },
      runId: 123456789,
      runAttempt: 2,
      runNumber: 17,
      workflow: 'CI',
      job: 'gate',
      actor: 'mona',
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
      workspace: '/home/runner/work/shop',
      runnerTemp: '/home/runner/_temp',
      runUrl: 'https://ghe.example.com/octo-org/shop.web/actions/runs/123456789/attempts/2',
    });
  });

  it('links to the run without an attempt on the first attempt', () => {
    expect(readRunnerContext(runnerEnv({ GITHUB_RUN_ATTEMPT: '1' })).runUrl).toBe(
      'https://ghe.example.com/octo-org/shop.web/actions/runs/123456789',
    );
  });

  it('fills defaults outside Actions (the CLI)', () => {
    const context = readRunnerContext({ GITHUB_REPOSITORY: 'me/app' }, '/work/app');
    expect(context).toMatchObject({
      sha: '',
      eventName: '',
      eventPayload: {},
      headRef: undefined,
      runId: 0,
      runAttempt: 1,
      runNumber: 0,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      workspace: '/work/app',
      runnerTemp: tmpdir(),
      runUrl: undefined,
    });
  });

  it('gives an empty payload when the event file does not exist', () => {
    expect(readRunnerContext(runnerEnv({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).eventPayload).toEqual({});
  });

  it('names the event file when it is not JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"action": ');
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_EVENT_PATH: path }))).message).toMatch(
      new RegExp(`^GITHUB_EVENT_PATH '${path}' is not valid JSON`),
    );
    writeFileSync(path, '[1, 2]');
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_EVENT_PATH: path }))).message).toContain(
      'does not hold a JSON object',
    );
  });

  it('explains a missing GITHUB_REPOSITORY', () => {
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_REPOSITORY: undefined }))).message).toBe(
      'GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repo owner/name',
    );
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_REPOSITORY: '' }))).message).toBe(
      'GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repo owner/name',
    );
  });

  it.each(['shop', 'a/b/c', 'owner/', '/repo', 'own er/repo'])('rejects the malformed GITHUB_REPOSITORY %p', (value) => {
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_REPOSITORY: value }))).message).toBe(
      `GITHUB_REPOSITORY '${value}' is not owner/name; run inside GitHub Actions or pass --repo owner/name`,
    );
  });

  it('rejects a run id that is not a number', () => {
    expect(configurationErrorOf(() => readRunnerContext(runnerEnv({ GITHUB_RUN_ID: 'abc' }))).message).toBe(
      "GITHUB_RUN_ID 'abc' is not a whole number; unset it or let the runner set it",
    );
  });

  it('reads process.env by default', () => {
    const saved = process.env['GITHUB_REPOSITORY'];
    process.env['GITHUB_REPOSITORY'] = 'from/process';
    try {
      expect(readRunnerContext().repository).toEqual({ owner: 'from', repo: 'process' });
    } finally {
      if (saved === undefined) delete process.env['GITHUB_REPOSITORY'];
      else process.env['GITHUB_REPOSITORY'] = saved;
    }
  });
});
