import { listRedRange } from '../../../src/lock/github/red-range.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, pushCommits, type Repo } from './fixtures.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.stop());

let count = 0;
async function newRepo(): Promise<Repo & { root: string }> {
  count += 1;
  const created = await sb.createRepo(`range-${count}`);
  return { owner: created.owner, repo: created.repo, root: created.headSha };
}

test('a revert range with several commits: first bad commit included, oldest first, with authors', async () => {
  const at = await newRepo();
  await pushCommits(sb.octokit, at, [{ message: 'fine', author: 'early' }]);
  const red = await pushCommits(sb.octokit, at, [
    { message: 'Break the parser\n\nDetails.', author: 'ada' },
    { message: 'Unrelated docs', author: 'bob' },
    { message: 'Another change', author: 'cy' },
    { message: 'Revert "Break the parser"\n\nThis reverts commit X.', author: 'ada' },
  ]);
  const { client, requests } = countingClient(sb.url);
  const range = await listRedRange(client, at, { firstBad: red[0]!, head: 'main' });
  expect(range.firstBadOnBranch).toBe(true);
  expect(range.commits.map((c) => c.sha)).toEqual(red);
  expect(range.commits[0]).toEqual({ sha: red[0], authorLogin: 'ada', authorName: 'ada', title: 'Break the parser' });
  expect(range.commits.map((c) => c.authorLogin)).toEqual(['ada', 'bob', 'cy', 'ada']);
  expect(range.requests).toBe(1);
  expect(requests).toHaveLength(1);
});

test('the first bad commit at the head is a range of one', async () => {
  const at = await newRepo();
  const [bad] = await pushCommits(sb.octokit, at, [{ message: 'break', author: 'ada' }]);
  const { client } = countingClient(sb.url);
  const range = await listRedRange(client, at, { firstBad: bad!, head: bad! });
  expect(range).toMatchObject({ firstBadOnBranch: true, requests: 1 });
  expect(range.commits.map((c) => c.sha)).toEqual([bad]);
});

test('a long range is read page by page', async () => {
  const at = await newRepo();
  const shas = await pushCommits(sb.octokit, at, Array.from({ length: 23 }, (_, i) => ({ message: `commit ${i}`, author: 'dev' })));
  const { client, requests } = countingClient(sb.url);
  const range = await listRedRange(client, at, { firstBad: shas[0]!, head: 'main', perPage: 5 });
  expect(range.commits.map((c) => c.sha)).toEqual(shas);
  // 22 commits after the first bad one, 5 per page: 5 pages.
  expect(range.requests).toBe(5);
  expect(requests.every((r) => r.path.includes('/compare/'))).toBe(true);

  const capped = await listRedRange(client, at, { firstBad: shas[0]!, head: 'main', perPage: 5, maxCommits: 10 });
  expect(capped.commits.map((c) => c.sha)).toEqual(shas.slice(0, 11));
});

test('a first bad commit no longer on the branch (reset past it) is reported as such', async () => {
  const at = await newRepo();
  const [bad] = await pushCommits(sb.octokit, at, [{ message: 'break', author: 'ada' }]);
  // Force the branch back to before the bad commit, then add a new commit.
  await sb.octokit.rest.git.updateRef({ ...at, ref: 'heads/main', sha: at.root, force: true });
  const [fresh] = await pushCommits(sb.octokit, at, [{ message: 'start over', author: 'bob' }]);
  const { client } = countingClient(sb.url);
  const range = await listRedRange(client, at, { firstBad: bad!, head: 'main' });
  expect(range.firstBadOnBranch).toBe(false);
  expect(range.commits.map((c) => c.sha)).toEqual([fresh]);
});
