/**
 * Every route the sandbox serves, exercised through Octokit, with every recorded request and
 * response checked against GitHub's OpenAPI description. A route missing from the description, a
 * route the scenario never reached, or a body that does not validate fails the test.
 */
import { routes, type SandboxExchange } from '../../src/sandbox/index.js';
import { client, commitFile, start } from './helpers.js';
import { loadSpec, OpenApiValidator } from './openapi-validator.js';

const exchanges: SandboxExchange[] = [];
let sandbox: Awaited<ReturnType<typeof start>>;
let validator: OpenApiValidator;

beforeAll(async () => {
  validator = new OpenApiValidator(loadSpec());
  sandbox = await start({ onExchange: (e) => void exchanges.push(e) });
  await scenario();
});
afterAll(() => sandbox?.close());

/** Calls every route at least once, with realistic arguments, including a few documented errors. */
async function scenario(): Promise<void> {
  const octokit = client(sandbox);
  const expectStatus = async (promise: Promise<unknown>, status: number) => {
    try {
      await promise;
    } catch (error) {
      if ((error as { status: number }).status === status) return;
      throw error;
    }
    throw new Error(`expected ${status}`);
  };
  const at = { 'x-stopline-sandbox-time': '2024-01-01T00:00:00Z' };

  await octokit.rest.users.getAuthenticated();
  const created = await octokit.rest.repos.createForAuthenticatedUser({ name: 'app', auto_init: true, description: 'demo', headers: at });
  const owner = created.data.owner.login;
  const repo = 'app';
  await octokit.rest.repos.createInOrg({ org: 'acme', name: 'service', auto_init: true, visibility: 'private' });
  await octokit.rest.repos.get({ owner, repo });
  await octokit.request('PUT /_stopline/repos/{owner}/{repo}/collaborators/{username}', { owner, repo, username: 'bob', permission: 'write' });
  await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'bob' });

  // git data
  const main = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
  const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'aGVsbG8=', encoding: 'base64' });
  await octokit.rest.git.getBlob({ owner, repo, file_sha: blob.data.sha });
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: main });
  const tree = await octokit.rest.git.createTree({
    owner, repo, base_tree: base.data.tree.sha,
    tree: [{ path: 'lib/hello.txt', mode: '100644', type: 'blob', sha: blob.data.sha }, { path: 'notes.md', mode: '100644', content: '# notes\n' }],
  });
  await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: '1' });
  const c1 = await octokit.rest.git.createCommit({
    owner, repo, message: 'add files', tree: tree.data.sha, parents: [main],
    author: { name: 'Ada', email: 'ada@example.com', date: '2024-01-02T00:00:00Z' },
  });
  await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: c1.data.sha });
  await expectStatus(octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: main }), 422);
  await octokit.rest.git.createRef({ owner, repo, ref: 'refs/stopline/ledger', sha: c1.data.sha });
  await expectStatus(octokit.rest.git.createRef({ owner, repo, ref: 'refs/stopline/ledger', sha: c1.data.sha }), 422);
  await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'stopline/' });
  await octokit.rest.git.deleteRef({ owner, repo, ref: 'stopline/ledger' });
  await expectStatus(octokit.rest.git.getRef({ owner, repo, ref: 'stopline/ledger' }), 404);

  // contents: a file by branch and by full ref, a directory, a file over 1 MB and a dangling
  // symlink at a commit, then a missing path and a missing ref
  await octokit.rest.repos.getContent({ owner, repo, path: 'lib/hello.txt', ref: 'main' });
  await octokit.rest.repos.getContent({ owner, repo, path: 'lib', ref: 'refs/heads/main' });
  const bigTree = await octokit.rest.git.createTree({
    owner, repo, base_tree: tree.data.sha,
    tree: [{ path: 'big.txt', mode: '100644', content: 'x'.repeat(1024 * 1024 + 1) }, { path: 'link', mode: '120000', content: 'nowhere' }],
  });
  const bigCommit = await octokit.rest.git.createCommit({ owner, repo, message: 'big file', tree: bigTree.data.sha, parents: [c1.data.sha] });
  await octokit.rest.repos.getContent({ owner, repo, path: 'big.txt', ref: bigCommit.data.sha });
  await octokit.rest.repos.getContent({ owner, repo, path: 'link', ref: bigCommit.data.sha });
  await expectStatus(octokit.rest.repos.getContent({ owner, repo, path: 'missing.txt' }), 404);
  await expectStatus(octokit.rest.repos.getContent({ owner, repo, path: 'notes.md', ref: 'no-such-branch' }), 404);

  // a feature branch with two commits
  const f1 = await commitFile(octokit, owner, repo, c1.data.sha, 'feature.txt', 'one\n');
  const f2 = await commitFile(octokit, owner, repo, f1, 'feature.txt', 'one\ntwo\n');
  await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: f2 });

  // commits and compare
  await octokit.rest.repos.listCommits({ owner, repo, sha: 'feature', path: 'feature.txt', since: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z', per_page: 1 });
  await octokit.rest.repos.getCommit({ owner, repo, ref: f2 });
  await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'main...feature' });

  // statuses
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: f2, state: 'success', context: 'ci', target_url: 'https://ci.example/1', description: 'ok' });
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: f2, state: 'pending', context: 'security' });
  await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: 'feature', per_page: 1 });
  await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'heads/feature' });

  // deployments
  const d1 = await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'staging', payload: { release: 'r1' }, required_contexts: [], auto_merge: false });
  const d1id = (d1.data as { id: number }).id;
  const s1 = await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: d1id, state: 'success', environment_url: 'https://staging.example', log_url: 'https://ci.example/log' });
  const d2 = await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'staging', required_contexts: [] });
  const d2id = (d2.data as { id: number }).id;
  await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: d2id, state: 'success', auto_inactive: true });
  await expectStatus(octokit.rest.repos.createDeployment({ owner, repo, ref: 'feature' }), 409);
  await octokit.rest.repos.listDeployments({ owner, repo, environment: 'staging', ref: 'main', task: 'deploy', sha: c1.data.sha });
  await octokit.rest.repos.getDeployment({ owner, repo, deployment_id: d1id });
  await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d1id });
  await octokit.rest.repos.getDeploymentStatus({ owner, repo, deployment_id: d1id, status_id: s1.data.id });
  await expectStatus(octokit.rest.repos.deleteDeployment({ owner, repo, deployment_id: d2id }), 422);
  await octokit.rest.repos.deleteDeployment({ owner, repo, deployment_id: d1id });

  // releases and assets
  const draft = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', name: 'v1', body: 'first', draft: true });
  const asset = await octokit.request({ method: 'POST', url: draft.data.upload_url, name: 'app.tgz', label: 'App', data: Buffer.from('bytes'), headers: { 'content-type': 'application/gzip' } });
  await expectStatus(octokit.request({ method: 'POST', url: draft.data.upload_url, name: 'app.tgz', data: Buffer.from('x'), headers: { 'content-type': 'application/gzip' } }), 422);
  await octokit.rest.repos.updateRelease({ owner, repo, release_id: draft.data.id, draft: false, prerelease: false });
  await expectStatus(octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' }), 422);
  await octokit.rest.repos.listReleases({ owner, repo });
  await octokit.rest.repos.getRelease({ owner, repo, release_id: draft.data.id });
  await octokit.rest.repos.getLatestRelease({ owner, repo });
  await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
  await octokit.rest.repos.listReleaseAssets({ owner, repo, release_id: draft.data.id });
  const assetId = (asset.data as { id: number }).id;
  await octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: assetId });
  await octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } });
  await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId });
  const other = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v0.9.0', target_commitish: 'main', prerelease: true });
  await octokit.rest.repos.deleteRelease({ owner, repo, release_id: other.data.id });

  // pulls, issues, labels, events
  const pull = await octokit.rest.pulls.create({ owner, repo, title: 'Add feature', head: 'feature', base: 'main', body: 'please' });
  await expectStatus(octokit.rest.pulls.create({ owner, repo, title: 'again', head: 'feature', base: 'main' }), 422);
  await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:feature`, base: 'main', sort: 'created', direction: 'desc' });
  await octokit.rest.pulls.get({ owner, repo, pull_number: pull.data.number });
  await octokit.rest.pulls.update({ owner, repo, pull_number: pull.data.number, title: 'Add the feature', state: 'closed' });
  await octokit.rest.pulls.listCommits({ owner, repo, pull_number: pull.data.number });
  await octokit.rest.issues.createLabel({ owner, repo, name: 'deploy:approved', color: '0e8a16', description: 'may ship' });
  await octokit.rest.issues.listLabelsForRepo({ owner, repo });
  const issue = await octokit.rest.issues.create({ owner, repo, title: 'Line is red', body: 'fix it', labels: ['bug'], assignees: ['bob'] });
  await octokit.rest.issues.listForRepo({ owner, repo, state: 'all', labels: 'bug', since: '2000-01-01T00:00:00Z', sort: 'updated', direction: 'asc' });
  await octokit.rest.issues.get({ owner, repo, issue_number: issue.data.number });
  await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.data.number, labels: ['deploy:approved'] });
  await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: issue.data.number });
  await octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.data.number, name: 'bug' });
  await octokit.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed', state_reason: 'completed', title: 'Line was red' });
  await octokit.rest.issues.listEvents({ owner, repo, issue_number: issue.data.number });
  await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.data.number, body: 'green again' });
  await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.data.number });

  // actions
  const run = await octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', {
    owner, repo, name: 'CI', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'failure',
    jobs: [{ name: 'build', status: 'completed', conclusion: 'success' }, { name: 'test', status: 'completed', conclusion: 'failure' }],
  });
  const runId = (run.data as { id: number }).id;
  await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch: 'main', event: 'push', status: 'failure', head_sha: c1.data.sha });
  await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
  await octokit.rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: runId });
  await octokit.request('PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId, status: 'completed', conclusion: 'success' });
  await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: runId, filter: 'all' });

  // GraphQL (checked against GitHub's GraphQL schema in test/dora/github/graphql-schema.test.ts)
  await octokit.graphql('query { rateLimit { remaining } }');
}

/** POST /graphql is not part of the REST description; its own schema test covers it. */
const isGraphql = (path: string | undefined) => path === '/graphql';

const key = (method: string, path: string) => `${method} ${path}`;

test('every served route is an operation of GitHub\'s OpenAPI description', () => {
  const missing = routes
    .filter((r) => !r.sandboxOnly && !isGraphql(r.path))
    .filter((r) => !validator.operation(r.method, r.path))
    .map((r) => key(r.method, r.path));
  expect(missing).toEqual([]);
  expect(routes.filter((r) => r.sandboxOnly).every((r) => r.path.startsWith('/_stopline/'))).toBe(true);
});

test('the scenario exercised every route with a successful answer', () => {
  const succeeded = new Set(exchanges.filter((e) => e.route && e.status < 300).map((e) => key(e.method, e.route!)));
  const unexercised = routes.map((r) => key(r.method, r.path)).filter((k) => !succeeded.has(k));
  expect(unexercised).toEqual([]);
});

test('every request and response of the scenario validates against its operation', () => {
  const checked = exchanges.filter((e) => e.route && !e.route.startsWith('/_stopline/') && !isGraphql(e.route) && !e.faulted);
  expect(checked.length).toBeGreaterThan(70);
  const problems = checked.flatMap((e) => validator.check(e));
  expect(problems).toEqual([]);
});

test('the validator catches a non-conforming response', () => {
  const good = exchanges.find((e) => e.route === '/repos/{owner}/{repo}/git/ref/{ref}' && e.status === 200)!;
  const broken = { ...good, responseBody: { ...(good.responseBody as object), object: { sha: 42 } } };
  expect(validator.check(broken).join('\n')).toContain('response body does not validate');
  expect(validator.check({ ...good, route: '/repos/{owner}/{repo}/nonsense' })[0]).toContain('no such operation');
  expect(validator.check({ ...good, status: 418 })[0]).toContain('not a documented response');
});
