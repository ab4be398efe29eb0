import {
  closeRedIssues,
  findRedIssues,
  openOrUpdateRedIssue,
  RED_ISSUE_LABEL,
  renderGreenComment,
  renderRedIssueBody,
  type RedIssueDetails,
} from '../../../src/lock/github/tracking-issue.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, seedPullRequests, type Repo } from './fixtures.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.stop());

let count = 0;
async function newRepo(): Promise<Repo> {
  count += 1;
  const created = await sb.createRepo(`tracking-${count}`);
  return { owner: created.owner, repo: created.repo };
}

const red: RedIssueDetails = {
  branch: 'main',
  firstBadSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  firstBadTitle: 'Break the *parser*',
  author: 'ada',
  runUrl: 'https://github.com/o/r/actions/runs/99',
  runNumber: 812,
  workflow: 'CI',
  since: '2026-05-01T14:02:00Z',
};

// Without the throttling plugin: see countingClient (issues and comments would be 3 s apart).
const paths = (requests: { method: string; path: string }[]) => requests.map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`);

test('the issue is opened once, then updated, then closed with a comment', async () => {
  const at = await newRepo();
  const { client, requests } = countingClient(sb.url, { throttle: false });

  const opened = await openOrUpdateRedIssue(client, at, red);
  expect(opened).toMatchObject({ action: 'created', title: 'main is red' });
  expect(paths(requests)).toEqual(['GET /issues', 'POST /labels', 'POST /issues']);
  const { data: issue } = await sb.octokit.rest.issues.get({ ...at, issue_number: opened.number });
  expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([RED_ISSUE_LABEL]);
  expect(issue.body).toContain('@ada');
  expect(issue.body).toContain('[CI run #812](https://github.com/o/r/actions/runs/99)');
  expect(issue.body).toContain('`a1b2c3d` Break the \\*parser\\*');

  // The same failure again: nothing to write.
  requests.length = 0;
  expect(await openOrUpdateRedIssue(client, at, red)).toMatchObject({ action: 'unchanged', number: opened.number });
  expect(paths(requests)).toEqual(['GET /issues']);

  // A later failure on the same red line (another run): the one issue is updated, not a second one.
  requests.length = 0;
  const updated = await openOrUpdateRedIssue(client, at, { ...red, runNumber: 813, runUrl: 'https://github.com/o/r/actions/runs/100' });
  expect(updated).toMatchObject({ action: 'updated', number: opened.number });
  expect(paths(requests)).toEqual(['GET /issues', `PATCH /issues/${opened.number}`]);
  expect((await findRedIssues(client, at, 'main')).map((i) => i.number)).toEqual([opened.number]);
  const { data: after } = await sb.octokit.rest.issues.get({ ...at, issue_number: opened.number });
  expect(after.body).toContain('run #813');

  // Green again: a comment, then closed.
  requests.length = 0;
  const comment = renderGreenComment({ branch: 'main', sha: 'ffff0000aaaa', runNumber: 814, runUrl: 'https://github.com/o/r/actions/runs/101', since: '2026-05-01T15:30:00Z' });
  expect(await closeRedIssues(client, at, 'main', comment)).toEqual([opened.number]);
  expect(paths(requests)).toEqual(['GET /issues', `POST /issues/${opened.number}/comments`, `PATCH /issues/${opened.number}`]);
  const { data: closed } = await sb.octokit.rest.issues.get({ ...at, issue_number: opened.number });
  expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
  const { data: comments } = await sb.octokit.rest.issues.listComments({ ...at, issue_number: opened.number });
  expect(comments.map((c) => c.body)).toEqual([comment]);
  expect(comment).toBe('`main` is green again since 2026-05-01 15:30 UTC ([run #814](https://github.com/o/r/actions/runs/101) at `ffff000`). Waiting pull requests were released.');

  // Closing again finds nothing; red again opens a new issue (the label already exists: 422 tolerated).
  expect(await closeRedIssues(client, at, 'main', comment)).toEqual([]);
  const reopened = await openOrUpdateRedIssue(client, at, red);
  expect(reopened.action).toBe('created');
  expect(reopened.number).not.toBe(opened.number);
});

test('each branch has its own issue, found by its marker even when retitled', async () => {
  const at = await newRepo();
  const { client } = countingClient(sb.url, { throttle: false });
  const main = await openOrUpdateRedIssue(client, at, red);
  const release = await openOrUpdateRedIssue(client, at, { ...red, branch: 'release/2.x' });
  expect(release.title).toBe('release/2.x is red');
  expect(release.number).not.toBe(main.number);
  await sb.octokit.rest.issues.update({ ...at, issue_number: main.number, title: 'CI broken, see below' });
  expect((await findRedIssues(client, at, 'main')).map((i) => i.number)).toEqual([main.number]);
  expect(await openOrUpdateRedIssue(client, at, red)).toMatchObject({ action: 'updated', number: main.number, title: 'main is red' });
  expect(await closeRedIssues(client, at, 'release/2.x', 'green')).toEqual([release.number]);
  expect((await findRedIssues(client, at, 'main')).map((i) => i.number)).toEqual([main.number]);
});

test('issues without the label, and labelled pull requests, are not tracking issues', async () => {
  const at = await newRepo();
  const { client } = countingClient(sb.url, { throttle: false });
  await sb.octokit.rest.issues.create({ ...at, title: 'main is red' });
  const [pull] = await seedPullRequests(sb.octokit, at, 1);
  await sb.octokit.rest.pulls.update({ ...at, pull_number: pull!.number, title: 'main is red', body: renderRedIssueBody(red) });
  await sb.octokit.rest.issues.addLabels({ ...at, issue_number: pull!.number, labels: [RED_ISSUE_LABEL] });
  expect(await findRedIssues(client, at, 'main')).toEqual([]);
  const opened = await openOrUpdateRedIssue(client, at, red);
  expect((await findRedIssues(client, at, 'main')).map((i) => i.number)).toEqual([opened.number]);
});

test('if a race opened two, updating uses the oldest and closing closes both', async () => {
  const at = await newRepo();
  const { client } = countingClient(sb.url, { throttle: false });
  const body = renderRedIssueBody(red);
  const first = await sb.octokit.rest.issues.create({ ...at, title: 'main is red', body, labels: [RED_ISSUE_LABEL] });
  const second = await sb.octokit.rest.issues.create({ ...at, title: 'main is red', body, labels: [RED_ISSUE_LABEL] });
  expect(await openOrUpdateRedIssue(client, at, red)).toMatchObject({ action: 'unchanged', number: first.data.number });
  expect(await closeRedIssues(client, at, 'main', 'green')).toEqual([first.data.number, second.data.number]);
});

test('the body without a run link or author still reads', () => {
  const body = renderRedIssueBody({ branch: 'main', firstBadSha: 'abcdef1234567890', since: '2026-05-01T14:02:00Z' });
  expect(body).toContain('- Failing run: the failing run');
  expect(body).toContain('- Author: unknown');
  expect(body.startsWith('<!-- stopline:commit-lock branch=main -->\n')).toBe(true);
});
