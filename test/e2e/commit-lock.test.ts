/**
 * commit-lock's committed bundle, run as the runner runs it (INPUT_*, event payload, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), against the sandbox: the whole story of a red line, a flaky failure, and
 * bad input.
 */
import { Octokit } from '@octokit/rest';
import { runAction, type ActionResult } from '../harness/run-action.js';
import { pushCommits, seedPullRequests } from '../lock/github/fixtures.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

type Repo = { owner: string; repo: string; repository: string };

async function seedRun(at: Repo, sha: string, conclusion: 'success' | 'failure', name = 'CI') {
  const { data } = await sb.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    owner: at.owner,
    repo: at.repo,
    name,
    head_sha: sha,
    head_branch: 'main',
    status: 'completed',
    conclusion,
    jobs: [{ name: 'build', status: 'completed', conclusion }],
  });
  return data as { id: number };
}

async function runPayload(at: Repo, runId: number) {
  const { data } = await sb.octokit.rest.actions.getWorkflowRun({ owner: at.owner, repo: at.repo, run_id: runId });
  return { action: 'completed', workflow_run: data, repository: { full_name: at.repository, default_branch: 'main' } };
}

function lockAction(at: Repo, inputs: Record<string, string>, event?: { name: string; payload: unknown }, token?: string): Promise<ActionResult> {
  return runAction({
    action: 'actions/commit-lock/action.yml',
    repository: at.repository,
    apiUrl: sb.url,
    inputs,
    ...(event ? { event } : {}),
    ...(token ? { token } : {}),
  });
}

async function onRun(at: Repo, runId: number, inputs: Record<string, string> = {}) {
  return lockAction(at, inputs, { name: 'workflow_run', payload: await runPayload(at, runId) });
}

async function pullPayload(at: Repo, number: number) {
  const { data } = await sb.octokit.rest.pulls.get({ owner: at.owner, repo: at.repo, pull_number: number });
  return { action: 'synchronize', pull_request: data, repository: { full_name: at.repository, default_branch: 'main' } };
}

async function lockStatus(at: Repo, sha: string) {
  const { data } = await sb.octokit.rest.repos.listCommitStatusesForRef({ owner: at.owner, repo: at.repo, ref: sha });
  return data.find((status) => status.context === 'stopline/commit-lock');
}

function expectClean(result: ActionResult) {
  if (result.exitCode !== 0) throw new Error(`step failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
}

test('the whole story: red → waiting PR pending → revert exempt and lands → green → the waiting PR turns success by itself', async () => {
  const at = await sb.createRepo('lock-story');
  const [good, bad] = await pushCommits(sb.octokit, at, [
    { message: 'good change', author: 'dev-a' },
    { message: 'bad change', author: 'dev-b' },
  ]);
  const [waiting] = await seedPullRequests(sb.octokit, at, 1, { prefix: 'feature' });

  // The build of the bad commit fails: re-run once first (a flaky failure must not stop the line).
  const failed = await seedRun(at, bad!, 'failure');
  const first = await onRun(at, failed.id);
  expectClean(first);
  expect(first.outputs.state).toBe('green');
  expect(first.summary).toContain('re-running its failed jobs once');
  const rerun = await sb.octokit.rest.actions.getWorkflowRun({ owner: at.owner, repo: at.repo, run_id: failed.id });
  expect(rerun.data.run_attempt).toBe(2);

  // The re-run fails too: the line turns red.
  await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner: at.owner, repo: at.repo, run_id: failed.id, status: 'completed', conclusion: 'failure' });
  const red = await onRun(at, failed.id);
  expectClean(red);
  expect(red.outputs).toMatchObject({ state: 'red', locked: 'true', 'first-bad': bad });
  expect(red.summary).toContain('first bad commit');
  // The waiting pull request is held: pending, not failure.
  expect(await lockStatus(at, waiting!.headSha)).toMatchObject({ state: 'pending' });
  const issues = await sb.octokit.rest.issues.listForRepo({ owner: at.owner, repo: at.repo, state: 'open' });
  expect(issues.data.map((issue) => issue.title)).toContain('main is red');

  // Its own check says so too.
  const check = await lockAction(at, {}, { name: 'pull_request', payload: await pullPayload(at, waiting!.number) });
  expectClean(check);
  expect(await lockStatus(at, waiting!.headSha)).toMatchObject({ state: 'pending', description: expect.stringMatching(/^main red since .*waiting$/) });

  // A revert of the bad commit may land.
  const { data: mainRef } = await sb.octokit.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: 'heads/main' });
  const { data: headCommit } = await sb.octokit.rest.git.getCommit({ owner: at.owner, repo: at.repo, commit_sha: mainRef.object.sha });
  const { data: revertCommit } = await sb.octokit.rest.git.createCommit({ owner: at.owner, repo: at.repo, message: 'Revert "bad change"', tree: headCommit.tree.sha, parents: [mainRef.object.sha] });
  await sb.octokit.rest.git.createRef({ owner: at.owner, repo: at.repo, ref: 'refs/heads/revert-bad', sha: revertCommit.sha });
  const { data: revertPull } = await sb.octokit.rest.pulls.create({ owner: at.owner, repo: at.repo, head: 'revert-bad', base: 'main', title: 'Revert "bad change"', body: `This reverts commit ${bad}.` });
  const revertCheck = await lockAction(at, {}, { name: 'pull_request', payload: await pullPayload(at, revertPull.number) });
  expectClean(revertCheck);
  expect(await lockStatus(at, revertCommit.sha)).toMatchObject({ state: 'success', description: expect.stringContaining('revert') });

  // A title prefix alone, or a fix label added by someone without write access, does not.
  const [pretender] = await seedPullRequests(sb.octokit, at, 1, { prefix: 'pretender' });
  await sb.octokit.rest.pulls.update({ owner: at.owner, repo: at.repo, pull_number: pretender!.number, title: `Revert "${good}"`, body: 'trust me' });
  await sb.octokit.request('PUT /_stopline/repos/{owner}/{repo}/collaborators/{username}', { owner: at.owner, repo: at.repo, username: 'reader', permission: 'read' });
  const reader = new Octokit({ baseUrl: sb.url, auth: 'user:reader' });
  await reader.rest.issues.addLabels({ owner: at.owner, repo: at.repo, issue_number: pretender!.number, labels: ['stopline:fix'] });
  const pretenderCheck = await lockAction(at, {}, { name: 'pull_request', payload: await pullPayload(at, pretender!.number) });
  expectClean(pretenderCheck);
  expect(await lockStatus(at, pretender!.headSha)).toMatchObject({ state: 'pending' });
  expect(pretenderCheck.summary).toMatch(/reader.*read/);

  // The revert lands and its build passes: green, and the waiting PR turns success without a push.
  await sb.octokit.rest.git.updateRef({ owner: at.owner, repo: at.repo, ref: 'heads/main', sha: revertCommit.sha });
  const passed = await seedRun(at, revertCommit.sha, 'success');
  const green = await onRun(at, passed.id);
  expectClean(green);
  expect(green.outputs).toMatchObject({ state: 'green', locked: 'false', 'first-bad': '' });
  expect(await lockStatus(at, waiting!.headSha)).toMatchObject({ state: 'success' });
  const open = await sb.octokit.rest.issues.listForRepo({ owner: at.owner, repo: at.repo, state: 'open' });
  expect(open.data.map((issue) => issue.title)).not.toContain('main is red');
}, 120_000);

test('a flaky failure that passes on re-run never turns the line red', async () => {
  const at = await sb.createRepo('lock-flaky');
  const [sha] = await pushCommits(sb.octokit, at, [{ message: 'change', author: 'dev-a' }]);
  const run = await seedRun(at, sha!, 'failure');
  expect((await onRun(at, run.id)).outputs.state).toBe('green');
  await sb.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner: at.owner, repo: at.repo, run_id: run.id, status: 'completed', conclusion: 'success' });
  const after = await onRun(at, run.id);
  expectClean(after);
  expect(after.outputs.state).toBe('green');
  const issues = await sb.octokit.rest.issues.listForRepo({ owner: at.owner, repo: at.repo, state: 'all' });
  expect(issues.data).toHaveLength(0);
}, 60_000);

test('lock and unlock: a manual freeze holds changes and its end releases them', async () => {
  const at = await sb.createRepo('lock-freeze');
  const [pull] = await seedPullRequests(sb.octokit, at, 1);
  const locked = await lockAction(at, { command: 'lock', reason: 'release 2.4 going out', until: '2h' });
  expectClean(locked);
  expect(locked.outputs).toMatchObject({ state: 'frozen', locked: 'true' });
  expect(await lockStatus(at, pull!.headSha)).toMatchObject({ state: 'pending', description: expect.stringContaining('release 2.4') });
  const unlocked = await lockAction(at, { command: 'unlock', reason: 'released' });
  expectClean(unlocked);
  expect(unlocked.outputs).toMatchObject({ state: 'green', locked: 'false' });
  expect(await lockStatus(at, pull!.headSha)).toMatchObject({ state: 'success' });
}, 60_000);

describe('bad input gives a clear message', () => {
  let at: Repo;
  beforeAll(async () => {
    at = await sb.createRepo('lock-bad-input');
  });

  test('an unknown command', async () => {
    const result = await lockAction(at, { command: 'freeze' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(/command.*freeze.*auto, check, lock, unlock, status/s);
  });

  test('a workflow_run for another branch is ignored with a notice', async () => {
    const run = await seedRun(at, (await sb.octokit.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: 'heads/main' })).data.object.sha, 'failure');
    const payload = await runPayload(at, run.id);
    payload.workflow_run.head_branch = 'release/1.x';
    const result = await lockAction(at, {}, { name: 'workflow_run', payload });
    expectClean(result);
    expect(result.outputs.state).toBe('green');
    expect(result.stdout).toMatch(/::notice::.*release\/1\.x/);
  });

  test.each([
    ['a malformed freezes file', 'freezes:\n  - name: weekend\n    reason: x\n    from: { day: friday, time: "16:00" }\n    to: { day: monday, time: "08:00" }\n    timezon: Europe/Berlin\n', /freezes\.yml line 6.*timezon.*did you mean/s],
    ['an unknown time zone', 'timezone: Europe/Berln\nfreezes:\n  - name: weekend\n    reason: x\n    from: { day: friday, time: "16:00" }\n    to: { day: monday, time: "08:00" }\n', /Europe\/Berln.*Europe\/Berlin/s],
  ])('%s', async (_name, text, message) => {
    const repo = await sb.createRepo(`lock-bad-${_name.replace(/\W+/g, '-')}`);
    const { data: ref } = await sb.octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: 'heads/main' });
    const { data: tree } = await sb.octokit.rest.git.createTree({ owner: repo.owner, repo: repo.repo, base_tree: (await sb.octokit.rest.git.getCommit({ owner: repo.owner, repo: repo.repo, commit_sha: ref.object.sha })).data.tree.sha, tree: [{ path: '.github/stopline/freezes.yml', mode: '100644', type: 'blob', content: text }] });
    const { data: commit } = await sb.octokit.rest.git.createCommit({ owner: repo.owner, repo: repo.repo, message: 'freezes', tree: tree.sha, parents: [ref.object.sha] });
    await sb.octokit.rest.git.updateRef({ owner: repo.owner, repo: repo.repo, ref: 'heads/main', sha: commit.sha });
    const result = await lockAction(repo, { command: 'status' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(message);
  });
});
