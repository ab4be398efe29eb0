import { Octokit } from '@octokit/rest';
import { findLabeler, getRepositoryRole, labelProvenance } from '../../../src/lock/github/label-provenance.js';
import { canMaintain, canWrite } from '../../../src/lock/exemption.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { countingClient, seedPullRequests, type Repo } from './fixtures.js';

let sb: TestSandbox;
let at: Repo;
let numbers: number[];
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
/** The sandbox acts as `login` for a token `user:<login>`. */
const as = (login: string) => new Octokit({ baseUrl: sb.url, auth: `user:${login}`, log: quiet });

beforeAll(async () => {
  sb = await startTestSandbox();
  const created = await sb.createRepo('labels');
  at = { owner: created.owner, repo: created.repo };
  numbers = (await seedPullRequests(sb.octokit, at, 5)).map((p) => p.number);
  for (const [login, permission] of [['writer', 'write'], ['reader', 'read'], ['maintainer', 'maintain'], ['triager', 'triage']]) {
    await sb.octokit.request('PUT /_stopline/repos/{owner}/{repo}/collaborators/{username}', { ...at, username: login!, permission: permission! });
  }
});
afterAll(() => sb.stop());

test('a label added by a user with write access: that user, permission write', async () => {
  await as('writer').rest.issues.addLabels({ ...at, issue_number: numbers[0]!, labels: ['stopline:fix'] });
  const { client, requests } = countingClient(sb.url);
  const found = await labelProvenance(client, at, numbers[0]!, 'stopline:fix');
  expect(found).toMatchObject({ login: 'writer', permission: 'write' });
  // The domain decides; the answer fits its LabelActor as it is.
  expect(canWrite(found!.permission)).toBe(true);
  // One page of events, one permission lookup.
  expect(requests).toHaveLength(2);
});

test('a label added by a user with read permission does not carry write access', async () => {
  await as('reader').rest.issues.addLabels({ ...at, issue_number: numbers[1]!, labels: ['stopline:fix'] });
  const { client } = countingClient(sb.url);
  const found = await labelProvenance(client, at, numbers[1]!, 'stopline:fix');
  expect(found).toMatchObject({ login: 'reader', permission: 'read' });
  expect(canWrite(found!.permission)).toBe(false);
});

test('the latest labeler counts: removed by a writer and re-added by a reader is the reader', async () => {
  const n = numbers[2]!;
  await as('writer').rest.issues.addLabels({ ...at, issue_number: n, labels: ['stopline:fix'] });
  await as('writer').rest.issues.removeLabel({ ...at, issue_number: n, name: 'stopline:fix' });
  await as('reader').rest.issues.addLabels({ ...at, issue_number: n, labels: ['Stopline:Fix'] });
  const { client } = countingClient(sb.url);
  expect(await labelProvenance(client, at, n, 'stopline:fix')).toMatchObject({ login: 'reader', permission: 'read' });
});

test('a label removed after it was added, or never added, has no provenance', async () => {
  const n = numbers[3]!;
  await as('writer').rest.issues.addLabels({ ...at, issue_number: n, labels: ['stopline:fix', 'other'] });
  await as('writer').rest.issues.removeLabel({ ...at, issue_number: n, name: 'stopline:fix' });
  const { client, requests } = countingClient(sb.url);
  expect(await labelProvenance(client, at, n, 'stopline:fix')).toBeUndefined();
  expect(await labelProvenance(client, at, numbers[4]!, 'stopline:fix')).toBeUndefined();
  // No labeler, no permission lookup.
  expect(requests).toHaveLength(2);
});

test('events are read across pages: a labeled event after 150 others is found', async () => {
  const n = numbers[4]!;
  for (let i = 0; i < 75; i += 1) {
    await as('reader').rest.issues.addLabels({ ...at, issue_number: n, labels: ['noise'] });
    await as('reader').rest.issues.removeLabel({ ...at, issue_number: n, name: 'noise' });
  }
  await as('maintainer').rest.issues.addLabels({ ...at, issue_number: n, labels: ['stopline:fix'] });
  const { client, requests } = countingClient(sb.url);
  const labeler = await findLabeler(client, at, n, 'stopline:fix');
  expect(labeler?.login).toBe('maintainer');
  expect(labeler?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(requests).toHaveLength(2);
  // The role is kept (not GitHub's legacy `write`): a freeze exemption needs maintain.
  expect(await getRepositoryRole(client, at, 'maintainer')).toBe('maintain');
  expect(canMaintain('maintain')).toBe(true);
});

test('roles: owner admin, triage, strangers read a public repository, none', async () => {
  const { client } = countingClient(sb.url);
  expect(await getRepositoryRole(client, at, at.owner)).toBe('admin');
  expect(await getRepositoryRole(client, at, 'triager')).toBe('triage');
  expect(await getRepositoryRole(client, at, 'stranger')).toBe('read');
  await sb.octokit.request('PUT /_stopline/repos/{owner}/{repo}/collaborators/{username}', { ...at, username: 'banned', permission: 'none' });
  expect(await getRepositoryRole(client, at, 'banned')).toBe('none');
});

test('a private repository: a non-collaborator is none', async () => {
  const { data } = await sb.octokit.rest.repos.createForAuthenticatedUser({ name: 'labels-private', private: true, auto_init: true });
  const { client } = countingClient(sb.url);
  expect(await getRepositoryRole(client, { owner: data.owner.login, repo: data.name }, 'stranger')).toBe('none');
});
