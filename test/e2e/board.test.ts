/**
 * The root action's committed bundle, run as the runner runs it, against the sandbox.
 */
import { readFileSync } from 'node:fs';
import { createGitHubClient } from '../../src/github/client.js';
import { Ledger } from '../../src/github/ledger.js';
import { runAction } from '../harness/run-action.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

test('an empty ledger shows a green line and says the ledger does not exist yet', async () => {
  const { repository } = await sb.createRepo('board-empty');
  const result = await runAction({ action: 'action.yml', repository, apiUrl: sb.url });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(result.outputs).toEqual({ state: 'green', board: expect.stringMatching(/stopline-board\.json$/), line: 'green', frozen: 'false', leases: '0', environments: '{}' });
  expect(result.summary).toContain('The line is green');
  expect(result.summary).toContain('does not exist yet');
  expect(result.summary).toContain('no build result recorded yet');
});

test('the board shows what the ledger holds: red line, freeze, lease and environments', async () => {
  const { owner, repo, repository, headSha } = await sb.createRepo('board-full');
  const ledger = new Ledger(createGitHubClient({ token: 'test', baseUrl: sb.url }), { owner, repo });
  const now = Date.now();
  const iso = (offsetMinutes: number) => new Date(now + offsetMinutes * 60_000).toISOString();
  await ledger.update('seed the board', (state) => ({
    state: {
      ...state,
      line: { state: 'red', since: iso(-30), firstBad: { sha: headSha, runId: 812, runUrl: `${sb.url}/runs/812`, author: 'dev-a' } },
      freezes: [
        { id: 'release-week', reason: 'release week', by: 'lead', since: iso(-60), until: iso(60), source: 'manual' },
        { id: 'old', reason: 'old freeze', by: 'lead', since: iso(-600), until: iso(-500), source: 'manual' },
      ],
      leases: {
        staging: { owner: { runId: 77, runAttempt: 2, workflow: 'pipeline' }, acquiredAt: iso(-5), expiresAt: iso(25), epoch: 4 },
        production: { owner: { runId: 70, runAttempt: 1 }, acquiredAt: iso(-90), expiresAt: iso(-60), epoch: 9 },
      },
      environments: {
        staging: { releaseId: `sha256:${'a'.repeat(64)}`, sha: headSha, version: '1.2.3', since: iso(-20), verified: true },
      },
    },
    result: undefined,
  }));

  const result = await runAction({ action: 'action.yml', repository, apiUrl: sb.url });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.line).toBe('red');
  expect(result.outputs.frozen).toBe('true');
  // The production lease expired an hour ago: it is shown, but not counted as held.
  expect(result.outputs.leases).toBe('1');
  expect(JSON.parse(result.outputs.environments)).toEqual({
    staging: { release: `sha256:${'a'.repeat(64)}`, version: '1.2.3', sha: headSha, since: iso(-20), verified: true },
  });
  expect(result.summary).toContain('Stopped and frozen');
  expect(result.summary).toContain(headSha.slice(0, 7));
  expect(result.summary).toContain('release week');
  expect(result.summary).toContain('1 earlier freeze(s) have ended');
  expect(result.summary).toMatch(/production \| run 70 attempt 1 \| .* \| \*\*expired\*\*/);
  expect(result.summary).toContain('run 77 attempt 2 (pipeline)');
});

test('a repository the token cannot see fails with one error naming the permission, not a green board', async () => {
  const result = await runAction({ action: 'action.yml', repository: 'sandbox-user/no-such-repo', apiUrl: sb.url });
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/no-such-repo was not found.*permissions: contents: read/);
});

// Runners run actions on Node 24; CI provides it (see .ci/run) so the bundle is proven there too.
const node24 = process.env.STOPLINE_NODE24;
(node24 ? test : test.skip)('the bundle runs on Node 24, the runners\' runtime', async () => {
  const { repository } = await sb.createRepo('board-node24');
  const result = await runAction({ action: 'action.yml', repository, apiUrl: sb.url, node: node24 });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(result.outputs.line).toBe('green');
});

test('a scheduled freeze in force shows from the freezes file, and the board is written as JSON', async () => {
  const { owner, repo, repository } = await sb.createRepo('board-scheduled');
  const today = new Date().toISOString().slice(0, 10);
  const { data: ref } = await sb.octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  const { data: base } = await sb.octokit.rest.git.getCommit({ owner, repo, commit_sha: ref.object.sha });
  const freezes = `timezone: UTC\nfreezes:\n  - name: holiday\n    reason: Company holiday\n    dates: [${today}]\n`;
  const { data: tree } = await sb.octokit.rest.git.createTree({ owner, repo, base_tree: base.tree.sha, tree: [{ path: '.github/stopline/freezes.yml', mode: '100644', type: 'blob', content: freezes }] });
  const { data: commit } = await sb.octokit.rest.git.createCommit({ owner, repo, message: 'freezes', tree: tree.sha, parents: [ref.object.sha] });
  await sb.octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha });

  const result = await runAction({ action: 'action.yml', repository, apiUrl: sb.url });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.state).toBe('frozen');
  expect(result.outputs.frozen).toBe('true');
  expect(result.summary).toContain('Company holiday');
  const board = JSON.parse(readFileSync(result.outputs.board!, 'utf8'));
  expect(board).toMatchObject({ repository, branch: 'main', verdict: { state: 'frozen', locked: true }, activeFreezes: [{ reason: 'Company holiday', source: 'schedule' }] });
});
