/**
 * DORA's metrics over a seeded quarter: about one production deployment a working day for the
 * last 90 days, each bringing one to three commits written hours to days before, a few failing
 * and recovered by the next deployment, one rolled back, one named by an incident issue. Seeded
 * through the API with the sandbox's time header (so GitHub's records carry past times), then
 * the dora-report action reads them as it would read a real repository's.
 */
import { TIME_HEADER } from '../../sandbox/index.js';
import type { DemoContext } from './context.js';
import { seededRandom as random } from '../../runtime/seeded-random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;


async function seedQuarter(demo: DemoContext, now: Date): Promise<{ deployments: number; commits: number }> {
  const { octokit, repoRef } = demo;
  const at = (time: number) => ({ headers: { [TIME_HEADER]: new Date(time).toISOString() } });
  const rand = random(7);
  const start = now.getTime() - 90 * DAY;
  let parent = (await octokit.rest.git.getRef({ ...repoRef, ref: 'heads/main' })).data.object.sha;
  const { data: root } = await octokit.rest.git.getCommit({ ...repoRef, commit_sha: parent });
  let commits = 0;
  let deployments = 0;
  let previousGood: number | undefined;
  for (let day = 0; day < 89; day += 1) {
    const date = new Date(start + day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const deployAt = start + day * DAY + (9 + Math.floor(rand() * 8)) * HOUR;
    const count = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < count; i += 1) {
      const authored = deployAt - (2 + rand() * 40) * HOUR;
      const { data } = await octokit.rest.git.createCommit({
        ...repoRef, message: `change ${day}.${i}`, tree: root.tree.sha, parents: [parent],
        author: { name: 'dev', email: 'dev@example.com', date: new Date(authored).toISOString() },
      });
      parent = data.sha;
      commits += 1;
    }
    const roll = rand();
    const rolledBack = day === 40;
    const failed = !rolledBack && roll < 0.08;
    const { data: deployment } = await octokit.rest.repos.createDeployment({
      ...repoRef, ref: parent, environment: 'production', required_contexts: [], auto_merge: false,
      payload: rolledBack && previousGood !== undefined ? { 'rollback-of': previousGood } : {}, ...at(deployAt),
    });
    const id = (deployment as { id: number }).id;
    await octokit.rest.repos.createDeploymentStatus({ ...repoRef, deployment_id: id, state: 'in_progress', ...at(deployAt + 60_000) });
    await octokit.rest.repos.createDeploymentStatus({ ...repoRef, deployment_id: id, state: failed ? 'failure' : 'success', ...at(deployAt + (5 + rand() * 20) * 60_000) });
    if (day === 60) {
      await octokit.rest.issues.create({ ...repoRef, title: `Checkout errors after deployment ${id}`, body: `Deployment ${id} (${parent.slice(0, 7)}) broke checkout for some users.`, labels: ['incident'], ...at(deployAt + 2 * HOUR) });
    }
    if (!failed) previousGood = id;
    deployments += 1;
  }
  // The quarter's history lives on its own branch, older than everything on main.
  await octokit.rest.git.createRef({ ...repoRef, ref: 'refs/heads/history', sha: parent });
  return { deployments, commits };
}

export async function doraStory(demo: DemoContext): Promise<void> {
  const seeded = await seedQuarter(demo, new Date());
  demo.step(`seeded a quarter of production history: ${seeded.deployments} deployments, ${seeded.commits} commits, a rollback and an incident`);
  const report = await demo.run('actions/dora-report/action.yml', { inputs: { window: '30d' }, event: { name: 'schedule', payload: {} } });
  demo.page('20-dora.md', "DORA's metrics for production, last 30 days against the 30 before", report.summary);
  const o = report.outputs;
  demo.step(`dora-report: ${o['deployment-frequency']} deployments/day, lead time ${o['lead-time-hours']} h, change failure rate ${o['change-failure-rate']}, recovery ${o['recovery-time-hours']} h, rework ${o['rework-rate']} (${o.deployments} deployments judged)`);
}
