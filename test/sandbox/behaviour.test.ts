import { client, commitFile, failure, initRepo, start } from './helpers.js';

let sandbox: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  sandbox = await start();
});
afterAll(() => sandbox.close());

test('persistence: repos, refs, objects and records survive a restart', async () => {
  const first = await start();
  const octokit = client(first);
  let owner = '';
  let repo = '';
  let next = '';
  let releaseId = 0;
  try {
    ({ owner, repo } = await initRepo(octokit, 'kept'));
    const head = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    next = await commitFile(octokit, owner, repo, head, 'state.json', '{"v":1}');
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: next });
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha: next, state: 'success', context: 'ci' });
    const release = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1' });
    releaseId = release.data.id;
    // The documented way: POST to the release's upload_url (a URI template Octokit expands).
    await octokit.request({
      method: 'POST', url: release.data.upload_url, name: 'app.tgz', data: Buffer.from('bytes!'), headers: { 'content-type': 'application/gzip' },
    });
  } finally {
    await first.close();
  }

  const second = await start({ dataDir: first.dataDir });
  try {
    const again = client(second);
    expect((await again.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(next);
    const tree = await again.rest.git.getTree({ owner, repo, tree_sha: next, recursive: '1' });
    expect(tree.data.tree.map((e) => e.path)).toContain('state.json');
    expect((await again.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).data.state).toBe('success');
    const assets = await again.rest.repos.listReleaseAssets({ owner, repo, release_id: releaseId });
    const bytes = await again.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner, repo, asset_id: assets.data[0]!.id, headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('bytes!');
    // Ids keep counting up after a restart instead of reusing old ones.
    const issue = await again.rest.issues.create({ owner, repo, title: 'after restart' });
    expect(issue.data.id).toBeGreaterThan(releaseId);
  } finally {
    await second.close();
  }
});

test('time header sets created_at and commit dates; a bad value is 400 naming the header', async () => {
  const octokit = client(sandbox);
  const { owner, repo, head } = await initRepo(octokit, 'timed');
  const at = '2023-01-02T03:04:05Z';
  const headers = { 'x-stopline-sandbox-time': at };
  const status = await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'pending', headers });
  expect(status.data.created_at).toBe(at);
  const tree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha;
  const commit = await octokit.rest.git.createCommit({ owner, repo, message: 'm', tree, parents: [head], headers });
  expect(commit.data.author.date).toBe(at);
  expect(commit.data.committer.date).toBe(at);
  const bad = await failure(octokit.rest.repos.get({ owner, repo, headers: { 'x-stopline-sandbox-time': 'yesterday' } }));
  expect(bad.status).toBe(400);
  expect(bad.data.message).toContain('x-stopline-sandbox-time');
});

test('combined status: latest per context, failure beats pending beats success', async () => {
  const octokit = client(sandbox);
  const { owner, repo, head } = await initRepo(octokit, 'statuses');
  const combined = async () => (await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: head })).data;
  expect((await combined()).state).toBe('pending'); // no statuses yet
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'failure', context: 'a' });
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'pending', context: 'b' });
  expect((await combined()).state).toBe('failure');
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'success', context: 'a' });
  expect((await combined()).state).toBe('pending');
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'success', context: 'b' });
  const all = await combined();
  expect(all).toMatchObject({ state: 'success', total_count: 2, sha: head });
  const list = await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: 'heads/main' });
  expect(list.data.map((s) => s.state)).toEqual(['success', 'success', 'pending', 'failure']);
  expect((await failure(octokit.rest.repos.createCommitStatus({ owner, repo, sha: 'f'.repeat(40), state: 'success' }))).status).toBe(422);
});

test('deployments: auto_inactive, filters, delete only when inactive', async () => {
  const octokit = client(sandbox);
  const { owner, repo, head } = await initRepo(octokit, 'deploys');
  const deploy = async (environment: string) =>
    (await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', environment, required_contexts: [], payload: { release: 'r1' } })).data as { id: number; payload: unknown };
  const one = await deploy('staging');
  expect(one.payload).toEqual({ release: 'r1' });
  await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: one.id, state: 'success', environment_url: 'https://staging.example' });
  const other = await deploy('production');
  await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: other.id, state: 'success' });
  const two = await deploy('staging');
  await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: two.id, state: 'success', log_url: 'https://ci.example/1' });
  const statuses = async (id: number) => (await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id })).data.map((s) => s.state);
  expect(await statuses(one.id)).toEqual(['inactive', 'success']);
  expect(await statuses(other.id)).toEqual(['success']); // another environment is untouched
  const staging = await octokit.rest.repos.listDeployments({ owner, repo, environment: 'staging' });
  expect(staging.data.map((d) => d.id)).toEqual([two.id, one.id]);
  const blocked = await failure(octokit.rest.repos.deleteDeployment({ owner, repo, deployment_id: two.id }));
  expect(blocked.status).toBe(422);
  await octokit.rest.repos.deleteDeployment({ owner, repo, deployment_id: one.id });
  expect((await failure(octokit.rest.repos.getDeployment({ owner, repo, deployment_id: one.id }))).status).toBe(404);
  // Without required_contexts every status on the commit must be green.
  await octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: 'failure', context: 'ci' });
  const conflict = await failure(octokit.rest.repos.createDeployment({ owner, repo, ref: 'main' }));
  expect(conflict.status).toBe(409);
});

test('compare: ahead, behind, identical, diverged with merge base', async () => {
  const octokit = client(sandbox);
  const { owner, repo, head } = await initRepo(octokit, 'compare');
  const a1 = await commitFile(octokit, owner, repo, head, 'a', '1');
  const a2 = await commitFile(octokit, owner, repo, a1, 'a', '2');
  const b1 = await commitFile(octokit, owner, repo, head, 'b', '1');
  const cmp = async (basehead: string) => (await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })).data;
  const ahead = await cmp(`${head}...${a2}`);
  expect(ahead).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
  expect(ahead.commits.map((c) => c.sha)).toEqual([a1, a2]);
  expect((await cmp(`${a2}...${head}`)).status).toBe('behind');
  expect((await cmp(`${a1}...${a1}`)).status).toBe('identical');
  const diverged = await cmp(`${a2}...${b1}`);
  expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2 });
  expect(diverged.merge_base_commit.sha).toBe(head);
  expect(diverged.files?.map((f) => f.filename)).toEqual(['b']);
});

test('pagination: Link header with next, last, prev and first', async () => {
  const octokit = client(sandbox);
  const { owner, repo } = await initRepo(octokit, 'pages');
  for (let i = 0; i < 7; i++) await octokit.rest.issues.createLabel({ owner, repo, name: `l${i}` });
  const first = await octokit.rest.issues.listLabelsForRepo({ owner, repo, per_page: 3 });
  expect(first.data).toHaveLength(3);
  expect(first.headers.link).toContain('page=2>; rel="next"');
  expect(first.headers.link).toContain('page=3>; rel="last"');
  expect(first.headers.link).not.toContain('rel="prev"');
  const middle = await octokit.rest.issues.listLabelsForRepo({ owner, repo, per_page: 3, page: 2 });
  for (const rel of ['prev', 'next', 'last', 'first']) expect(middle.headers.link).toContain(`rel="${rel}"`);
  const last = await octokit.rest.issues.listLabelsForRepo({ owner, repo, per_page: 3, page: 3 });
  expect(last.data.map((l) => l.name)).toEqual(['l6']);
  expect(last.headers.link).not.toContain('rel="next"');
  const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 2 });
  expect(all.map((l) => l.name)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6']);
});

test('auth: readonly tokens cannot write, anonymous writes need authentication, user: tokens pick the login', async () => {
  const octokit = client(sandbox);
  const { owner, repo } = await initRepo(octokit, 'auth');
  const readonly = client(sandbox, 'readonly-abc');
  expect((await readonly.rest.repos.get({ owner, repo })).status).toBe(200);
  const denied = await failure(readonly.rest.issues.create({ owner, repo, title: 't' }));
  expect(denied).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
  const anonymous = client(sandbox, null);
  expect((await anonymous.rest.repos.get({ owner, repo })).status).toBe(200);
  expect(await failure(anonymous.rest.issues.create({ owner, repo, title: 't' }))).toMatchObject({ status: 401, data: { message: 'Requires authentication' } });
  const alice = client(sandbox, 'user:alice');
  expect((await alice.rest.users.getAuthenticated()).data.login).toBe('alice');
  const issue = await alice.rest.issues.create({ owner, repo, title: 'labelled', labels: ['bug'] });
  await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.data.number, labels: ['approved'] });
  const events = await octokit.rest.issues.listEvents({ owner, repo, issue_number: issue.data.number });
  const labeled = events.data.filter((e) => e.event === 'labeled').map((e) => [(e as { label: { name: string } }).label.name, e.actor?.login]);
  expect(labeled).toEqual([['bug', 'alice'], ['approved', 'sandbox-user']]);
});

test('faults: rates, retry-after, seeded determinism, runtime control route', async () => {
  const faulty = await start({ faults: { rateLimitRate: 1, retryAfterSeconds: 7 } });
  try {
    const octokit = client(faulty);
    const limited = await failure(octokit.rest.users.getAuthenticated());
    expect(limited.status).toBe(403);
    expect(limited.headers['retry-after']).toBe('7');
    expect(limited.data.message).toContain('secondary rate limit');
    faulty.setFaults({ tooManyRate: 1 });
    const tooMany = await failure(octokit.rest.users.getAuthenticated());
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers['retry-after']).toBe('1');

    const pattern = async () => {
      await fetch(`${faulty.url}/_stopline/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 0.5, seed: 42 }) });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await fetch(`${faulty.url}/user`, { headers: { authorization: 'token x' } })).status);
      return statuses;
    };
    const a = await pattern();
    expect(await pattern()).toEqual(a);
    const failed = a.filter((s) => s >= 500);
    expect(failed.length).toBeGreaterThan(8);
    expect(failed.length).toBeLessThan(32);
    expect(new Set(failed).size).toBeGreaterThan(1); // 500/502/503 mixed
    expect(a.filter((s) => s !== 200 && s < 500)).toEqual([]);

    const bad = await fetch(`${faulty.url}/_stopline/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 2 }) });
    expect(bad.status).toBe(422);
    await fetch(`${faulty.url}/_stopline/faults`, { method: 'PUT', body: '{"latencyMs":60}' });
    const started = Date.now();
    expect((await fetch(`${faulty.url}/user`)).status).toBe(401);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  } finally {
    await faulty.close();
  }
});

test('unknown routes are 404 in GitHub shape', async () => {
  const response = await fetch(`${sandbox.url}/repos/nobody/nothing`);
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) });
});
