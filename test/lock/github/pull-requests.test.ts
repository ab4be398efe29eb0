import { getPullRequest, listOpenPullRequests } from '../../../src/lock/github/pull-requests.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, seedPullRequests, type Repo, type SeededPull } from './fixtures.js';

let sb: TestSandbox;
let at: Repo;
let pulls: SeededPull[];
beforeAll(async () => {
  sb = await startTestSandbox();
  const created = await sb.createRepo('pulls');
  at = { owner: created.owner, repo: created.repo };
  pulls = await seedPullRequests(sb.octokit, at, 250, { author: 'dev' });
  // Noise that must not be listed: a pull request into another branch, and a closed one.
  await sb.octokit.rest.git.createRef({ ...at, ref: 'refs/heads/release', sha: created.headSha });
  const [other] = await seedPullRequests(sb.octokit, at, 1, { base: 'release', prefix: 'hotfix' });
  await sb.octokit.rest.pulls.update({ ...at, pull_number: pulls[0]!.number, state: 'closed' });
  expect(other).toBeDefined();
}, 120_000);
afterAll(() => sb.stop());

test('lists every open pull request into the branch across pages of 100', async () => {
  const { client, requests } = countingClient(sb.url);
  const open = await listOpenPullRequests(client, at, { base: 'main' });
  expect(open).toHaveLength(249);
  // Oldest first; the seeding ran in parallel, so compare as sets.
  const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
  const expected = pulls.slice(1).sort(byNumber);
  expect(open.map((p) => p.number)).toEqual(expected.map((p) => p.number));
  expect(open.map((p) => p.headSha)).toEqual(expected.map((p) => p.headSha));
  const one = open.find((p) => p.number === pulls[1]!.number);
  expect(one).toMatchObject({
    title: 'change 1',
    body: 'Pull request 1',
    headRef: 'change-1',
    baseRef: 'main',
    labels: [],
    author: 'sandbox-user',
    draft: false,
    state: 'open',
    mergedAt: null,
  });
  // 249 pull requests: three pages, one request each.
  expect(requests).toHaveLength(3);
  expect(requests.every((r) => r.method === 'GET' && r.path.endsWith('/pulls'))).toBe(true);
});

test('a branch without pull requests lists none in one request', async () => {
  const { client, requests } = countingClient(sb.url);
  expect(await listOpenPullRequests(client, at, { base: 'nowhere' })).toEqual([]);
  expect(requests).toHaveLength(1);
});

test('gets one pull request with its labels', async () => {
  const { number } = pulls[5]!;
  await sb.octokit.rest.issues.addLabels({ ...at, issue_number: number, labels: ['stopline:fix'] });
  const { client } = countingClient(sb.url);
  const pull = await getPullRequest(client, at, number);
  expect(pull).toMatchObject({ number, title: 'change 5', headSha: pulls[5]!.headSha, labels: ['stopline:fix'], baseRef: 'main' });
  expect(pull.htmlUrl).toMatch(new RegExp(`/pull/${number}$`));
});
