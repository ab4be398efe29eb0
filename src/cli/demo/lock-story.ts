/**
 * The commit lock: main's build fails (twice: the re-run fails too), the line turns red and a
 * waiting pull request is held; a revert of the bad commit is exempt and lands; main is green
 * again and the waiting pull request turns success by itself.
 */
import type { DemoContext } from './context.js';

export async function completedRun(demo: DemoContext, sha: string, conclusion: 'success' | 'failure'): Promise<number> {
  const { data } = await demo.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    ...demo.repoRef, name: 'CI', head_sha: sha, head_branch: 'main', status: 'completed', conclusion,
    jobs: [{ name: 'build', status: 'completed', conclusion }],
  });
  return (data as { id: number }).id;
}

export async function runEvent(demo: DemoContext, runId: number) {
  const { data } = await demo.octokit.rest.actions.getWorkflowRun({ ...demo.repoRef, run_id: runId });
  return { name: 'workflow_run', payload: { action: 'completed', workflow_run: data, repository: { full_name: demo.repository, default_branch: 'main' } } };
}

export async function pullEvent(demo: DemoContext, number: number) {
  const { data } = await demo.octokit.rest.pulls.get({ ...demo.repoRef, pull_number: number });
  return { name: 'pull_request', payload: { action: 'synchronize', pull_request: data, repository: { full_name: demo.repository, default_branch: 'main' } } };
}

async function lockStatus(demo: DemoContext, sha: string): Promise<string> {
  const { data } = await demo.octokit.rest.repos.getCombinedStatusForRef({ ...demo.repoRef, ref: sha });
  const status = data.statuses.find((candidate) => candidate.context === 'stopline/commit-lock');
  return status ? `${status.state} ("${status.description}")` : 'none';
}

/** Opens a pull request from a new branch holding one commit on top of `base`. */
export async function openPull(demo: DemoContext, branch: string, title: string, body: string, base: string): Promise<{ number: number; sha: string }> {
  const { data: parent } = await demo.octokit.rest.git.getCommit({ ...demo.repoRef, commit_sha: base });
  const { data: commit } = await demo.octokit.rest.git.createCommit({ ...demo.repoRef, message: title, tree: parent.tree.sha, parents: [base] });
  await demo.octokit.rest.git.createRef({ ...demo.repoRef, ref: `refs/heads/${branch}`, sha: commit.sha });
  const { data: pull } = await demo.octokit.rest.pulls.create({ ...demo.repoRef, head: branch, base: 'main', title, body });
  return { number: pull.number, sha: commit.sha };
}

export async function lockStory(demo: DemoContext): Promise<void> {
  const lock = 'actions/commit-lock/action.yml';
  const base = await demo.head();
  const waiting = await openPull(demo, 'feature/search', 'Add search', 'A feature that waits while main is red.', base);
  const bad = await demo.commit('Switch the config loader', {}, 'main', 'dev-b');
  const failed = await completedRun(demo, bad, 'failure');

  const retried = await demo.run(lock, { event: await runEvent(demo, failed) });
  demo.step(`commit-lock: CI failed on ${bad.slice(0, 7)}; line ${retried.outputs.state}: re-running the failed jobs once first (a flaky failure must not stop the line)`);
  await demo.octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { ...demo.repoRef, run_id: failed, status: 'completed', conclusion: 'failure' });
  const red = await demo.run(lock, { event: await runEvent(demo, failed) });
  demo.page('04-lock-red.md', 'Commit lock: the re-run failed too; main is red', red.summary);
  demo.step(`commit-lock: the re-run failed too; line ${red.outputs.state}, first bad ${red.outputs['first-bad']?.slice(0, 7)}; PR #${waiting.number}: ${await lockStatus(demo, waiting.sha)}`);

  const revert = await openPull(demo, 'revert-config', 'Revert "Switch the config loader"', `This reverts commit ${bad}.`, bad);
  const check = await demo.run(lock, { event: await pullEvent(demo, revert.number) });
  demo.page('05-lock-revert.md', 'Commit lock: a verified revert may land while red', check.summary);
  demo.step(`commit-lock: revert PR #${revert.number}: ${await lockStatus(demo, revert.sha)}`);

  await demo.octokit.rest.git.updateRef({ ...demo.repoRef, ref: 'heads/main', sha: revert.sha });
  const passed = await completedRun(demo, revert.sha, 'success');
  const green = await demo.run(lock, { event: await runEvent(demo, passed) });
  demo.page('06-lock-green.md', 'Commit lock: the revert landed; main is green and waiting changes are released', green.summary);
  demo.step(`commit-lock: the revert landed and CI passed; line ${green.outputs.state}; PR #${waiting.number}: ${await lockStatus(demo, waiting.sha)} without a new push`);
}
