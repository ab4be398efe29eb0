import { PermissionError } from '../../../src/github/permissions.js';
import { findCommitAuthor } from '../../../src/lock/github/commit-author.js';
import { getWorkflowRun, rerunFailedJobsOnce } from '../../../src/lock/github/workflow-runs.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, pushCommits, type Repo } from './fixtures.js';

let sb: TestSandbox;
let at: Repo;
let firstBad: string;
beforeAll(async () => {
  sb = await startTestSandbox();
  const created = await sb.createRepo('runs');
  at = { owner: created.owner, repo: created.repo };
  [firstBad] = await pushCommits(sb.octokit, at, [{ message: 'Break the build\n\nOops.', author: 'ada' }]);
});
afterAll(() => sb.stop());

/** Seeds a completed run of CI on main's head through the sandbox-only route. */
async function seedRun(conclusion: string, jobs = [{ name: 'build', conclusion: 'success' }, { name: 'test', conclusion }]) {
  const { data } = await sb.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    ...at,
    name: 'CI',
    head_branch: 'main',
    event: 'push',
    actor: 'merger',
    status: 'completed',
    conclusion,
    jobs: jobs.map((j) => ({ name: j.name, status: 'completed', conclusion: j.conclusion })),
  });
  return (data as { id: number }).id;
}

const completeRun = (runId: number, conclusion: string) =>
  sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { ...at, run_id: runId, status: 'completed', conclusion });

test('reads what the event names: conclusion, number, attempt, head, link, actors, head commit author', async () => {
  const runId = await seedRun('failure');
  const { client, requests } = countingClient(sb.url);
  const run = await getWorkflowRun(client, at, runId);
  expect(run).toMatchObject({
    id: runId,
    name: 'CI',
    runAttempt: 1,
    status: 'completed',
    conclusion: 'failure',
    headSha: firstBad,
    headBranch: 'main',
    event: 'push',
    actor: 'merger',
    triggeringActor: 'merger',
    headCommitAuthor: { name: 'ada' },
    headCommitTitle: 'Break the build',
  });
  expect(run.runNumber).toBeGreaterThanOrEqual(1);
  expect(run.htmlUrl).toMatch(new RegExp(`/actions/runs/${runId}$`));
  expect(requests).toHaveLength(1);
});

test('a flaky failure: attempt 1 fails and is re-run once; attempt 2 succeeds', async () => {
  const runId = await seedRun('failure');
  const { client, requests } = countingClient(sb.url);
  const logger = memoryLogger();

  const failed = await getWorkflowRun(client, at, runId);
  const outcome = await rerunFailedJobsOnce(client, at, failed, { logger });
  expect(outcome).toEqual({ rerun: true, runId, nextAttempt: 2 });
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    `GET /repos/${at.owner}/${at.repo}/actions/runs/${runId}`,
    `POST /repos/${at.owner}/${at.repo}/actions/runs/${runId}/rerun-failed-jobs`,
  ]);
  expect(logger.lines.some((l) => l.level === 'info' && /attempt 2/.test(l.message))).toBe(true);

  // The action exits here; the re-run is queued, so a second look (a duplicate event) waits too.
  const queued = await getWorkflowRun(client, at, runId);
  expect(queued).toMatchObject({ runAttempt: 2, status: 'queued', conclusion: null });
  expect(await rerunFailedJobsOnce(client, at, queued)).toMatchObject({ rerun: false, reason: 'not-completed' });

  // The re-run's own completion event: green, nothing more to re-run.
  await completeRun(runId, 'success');
  const passed = await getWorkflowRun(client, at, runId);
  expect(passed).toMatchObject({ runAttempt: 2, conclusion: 'success' });
  expect(await rerunFailedJobsOnce(client, at, passed)).toMatchObject({ rerun: false, reason: 'not-retryable' });
});

test('a failure that is already a re-run is not retried again', async () => {
  const runId = await seedRun('failure');
  const { client, requests } = countingClient(sb.url);
  expect((await rerunFailedJobsOnce(client, at, await getWorkflowRun(client, at, runId))).rerun).toBe(true);
  await completeRun(runId, 'failure');
  const again = await getWorkflowRun(client, at, runId);
  expect(again).toMatchObject({ runAttempt: 2, conclusion: 'failure' });
  const outcome = await rerunFailedJobsOnce(client, at, again);
  expect(outcome).toMatchObject({ rerun: false, reason: 'already-retried' });
  // Deciding "no" costs no request.
  expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
});

test('maxAttempts allows more automatic re-runs', async () => {
  const runId = await seedRun('timed_out');
  const { client } = countingClient(sb.url);
  expect(await rerunFailedJobsOnce(client, at, await getWorkflowRun(client, at, runId), { maxAttempts: 3 })).toMatchObject({ rerun: true, nextAttempt: 2 });
  await completeRun(runId, 'timed_out');
  expect(await rerunFailedJobsOnce(client, at, await getWorkflowRun(client, at, runId), { maxAttempts: 3 })).toMatchObject({ rerun: true, nextAttempt: 3 });
});

test('cancelled and successful runs are not re-run', async () => {
  const { client, requests } = countingClient(sb.url);
  const cancelled = await getWorkflowRun(client, at, await seedRun('cancelled'));
  expect(await rerunFailedJobsOnce(client, at, cancelled)).toMatchObject({ rerun: false, reason: 'not-retryable' });
  const green = await getWorkflowRun(client, at, await seedRun('success'));
  expect(await rerunFailedJobsOnce(client, at, green)).toMatchObject({ rerun: false, reason: 'not-retryable' });
  expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
});

test('GitHub refusing the re-run is an outcome, so the caller can turn red', async () => {
  // A run that failed without a failed job (the sandbox answers 403 "There are no failed jobs").
  const runId = await seedRun('failure', [{ name: 'build', conclusion: 'success' }]);
  const { client } = countingClient(sb.url);
  const logger = memoryLogger();
  const outcome = await rerunFailedJobsOnce(client, at, await getWorkflowRun(client, at, runId), { logger });
  expect(outcome).toMatchObject({ rerun: false, reason: 'refused' });
  expect(outcome.rerun === false && outcome.detail).toMatch(/no failed jobs/);
  expect(logger.lines.some((l) => l.level === 'warning')).toBe(true);
});

test('a token without actions: write gets the PermissionError that names it', async () => {
  const runId = await seedRun('failure');
  const { client } = countingClient(sb.url, { token: 'readonly-token' });
  const run = await getWorkflowRun(client, at, runId);
  const error = await rerunFailedJobsOnce(client, at, run).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermissionError);
  expect((error as Error).message).toMatch(/actions: write/);
});

test('findCommitAuthor gives the linked login of a commit in one request', async () => {
  const { client, requests } = countingClient(sb.url);
  expect(await findCommitAuthor(client, at, firstBad)).toEqual({ login: 'ada', name: 'ada', email: expect.stringContaining('+ada@users.noreply.github.com') });
  expect(requests).toHaveLength(1);
  const { data: base } = await sb.octokit.rest.git.getCommit({ ...at, commit_sha: firstBad });
  const { data: unlinked } = await sb.octokit.rest.git.createCommit({
    ...at, message: 'by someone', tree: base.tree.sha, parents: [firstBad], author: { name: 'Someone', email: 'someone@example.com' },
  });
  expect(await findCommitAuthor(client, at, unlinked.sha)).toEqual({ login: undefined, name: 'Someone', email: 'someone@example.com' });
  expect(await findCommitAuthor(client, at, 'f'.repeat(40))).toBeUndefined();
});
