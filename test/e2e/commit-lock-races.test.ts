/**
 * commit-lock under contention: many runner processes (the committed bundle, each its own node
 * process) applying events to one ledger at once.
 */
import { createGitHubClient } from '../../src/github/client.js';
import { Ledger } from '../../src/github/ledger.js';
import { readStateText } from '../../src/github/ledger-objects.js';
import { runAction, type ActionResult } from '../harness/run-action.js';
import { pushCommits } from '../lock/github/fixtures.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

type Repo = { owner: string; repo: string; repository: string };

async function completedRun(at: Repo, sha: string, conclusion: 'success' | 'failure') {
  const { data: seeded } = await sb.octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    owner: at.owner, repo: at.repo, name: 'CI', head_sha: sha, head_branch: 'main', status: 'completed', conclusion,
    jobs: [{ name: 'build', status: 'completed', conclusion }],
  });
  const { data } = await sb.octokit.rest.actions.getWorkflowRun({ owner: at.owner, repo: at.repo, run_id: (seeded as { id: number }).id });
  return { action: 'completed', workflow_run: data, repository: { full_name: at.repository, default_branch: 'main' } };
}

function apply(at: Repo, payload: unknown): Promise<ActionResult> {
  return runAction({ action: 'actions/commit-lock/action.yml', repository: at.repository, apiUrl: sb.url, inputs: { 'retry-failed': 'false' }, event: { name: 'workflow_run', payload } });
}

function ok(result: ActionResult): ActionResult {
  if (result.exitCode !== 0) throw new Error(`step failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

test('20 processes apply interleaved red and green runs at once: the newest run decides, every event is in the history', async () => {
  const at = await sb.createRepo('lock-race');
  const shas = await pushCommits(sb.octokit, at, Array.from({ length: 20 }, (_, i) => ({ message: `change ${i + 1}`, author: `dev-${i % 3}` })));
  // Runs #1..#20, failing and passing in turn, ending with a failure on #19 and a pass on #20.
  const payloads: Awaited<ReturnType<typeof completedRun>>[] = [];
  for (let i = 0; i < 20; i += 1) payloads.push(await completedRun(at, shas[i]!, i % 2 === 0 ? 'failure' : 'success'));
  // Started in a scrambled order (a fixed permutation), so older events often land after newer ones.
  const order = Array.from({ length: 20 }, (_, i) => (i * 7 + 3) % 20);
  const results = await Promise.all(order.map((i) => apply(at, payloads[i])));
  results.forEach(ok);

  const client = createGitHubClient({ token: 'test', baseUrl: sb.url });
  const ledger = new Ledger(client, { owner: at.owner, repo: at.repo });
  const { state } = await ledger.read();
  expect(state.line.state).toBe('green');
  expect(state.line.workflows?.CI?.last).toMatchObject({ runNumber: 20, conclusion: 'success' });

  // Every ledger commit records one event, none twice (an event that changes nothing, such as an
  // older pass after a newer one, writes nothing).
  const history = (await ledger.history(100)).reverse();
  const events = history.map((entry) => /^commit-lock: CI #(\d+) /.exec(entry.message)?.[1]).filter((n) => n !== undefined);
  expect(new Set(events).size).toBe(events.length);
  // No transition lost: the color changes along the history are exactly the ones the processes
  // reported, one each.
  let color = 'green';
  let flips = 0;
  for (const entry of history) {
    const text = await readStateText(client, { owner: at.owner, repo: at.repo, ref: 'refs/stopline/ledger' }, entry.sha);
    const next = JSON.parse(text!).line.state as string;
    if (next !== color) flips += 1;
    color = next;
  }
  const reported = results.filter((result) => /turns red|is green again/.test(result.summary)).length;
  expect(flips).toBe(reported);
}, 180_000);

test('a freeze set while the line turns green survives the transition', async () => {
  const at = await sb.createRepo('lock-race-freeze');
  const [bad, fix] = await pushCommits(sb.octokit, at, [
    { message: 'bad', author: 'dev-a' },
    { message: 'fix', author: 'dev-a' },
  ]);
  ok(await apply(at, await completedRun(at, bad!, 'failure')));
  const green = await completedRun(at, fix!, 'success');
  const [turned, frozen] = await Promise.all([
    apply(at, green),
    runAction({ action: 'actions/commit-lock/action.yml', repository: at.repository, apiUrl: sb.url, inputs: { command: 'lock', reason: 'release night' } }),
  ]);
  ok(turned);
  ok(frozen);
  const status = ok(await runAction({ action: 'actions/commit-lock/action.yml', repository: at.repository, apiUrl: sb.url, inputs: { command: 'status' } }));
  expect(status.outputs).toMatchObject({ state: 'frozen', locked: 'true', 'first-bad': '' });
  expect(status.outputs.reason).toContain('release night');
}, 60_000);
