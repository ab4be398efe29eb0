/**
 * What reading the ledger and reading a file at a ref cost in requests, counted where GitHub would
 * count them: at the (sandbox) server. `check` on a green line has a budget of 4 requests in all,
 * so a ledger read must stay at 2.
 */
import { createGitHubClient } from '../../src/github/client.js';
import { readFileAtRef, readPathAt } from '../../src/github/contents.js';
import { Ledger } from '../../src/github/ledger.js';
import { PermissionError } from '../../src/github/permissions.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import type { SandboxExchange } from '../../src/sandbox/index.js';
import type { Freeze, LedgerState } from '../../src/state/state.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import { scriptedFetch } from './fake-fetch.js';

const exchanges: SandboxExchange[] = [];
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox(undefined, { onExchange: (e) => void exchanges.push(e) });
});
afterAll(async () => {
  await sb.stop();
});

const client = () => createGitHubClient({ token: 'test-token', baseUrl: sb.url, retryAfterBaseMs: 1 });

/** The requests `action` makes, as "METHOD route-template". */
async function requestsOf(action: () => Promise<unknown>): Promise<string[]> {
  exchanges.length = 0;
  await action();
  return exchanges.map((e) => `${e.method} ${e.route ?? e.path}`);
}

let repoCount = 0;
const newRepo = () => sb.createRepo(`requests-${(repoCount += 1)}`);

const freeze = (id: string, reason = `freeze ${id}`): Freeze => ({ id, reason, by: 'test', since: '2026-05-01T00:00:00Z', source: 'manual' });
const addFreeze = (f: Freeze) => (state: LedgerState) => ({ state: { ...state, freezes: [...state.freezes, f] }, result: null });

describe('Ledger', () => {
  test('reading an existing ledger takes 2 requests: the ref, then state.json at its commit', async () => {
    const repo = await newRepo();
    const ledger = new Ledger(client(), repo);
    const { head } = await ledger.update('freeze: a', addFreeze(freeze('a')));
    exchanges.length = 0;
    const snapshot = await ledger.read();
    expect(exchanges.map((e) => `${e.method} ${e.route} ${e.status}`)).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref} 200',
      'GET /repos/{owner}/{repo}/contents/{path} 200',
    ]);
    expect(exchanges[1]!.path).toBe(`/repos/${repo.owner}/${repo.repo}/contents/state.json`);
    expect(exchanges[1]!.query).toEqual({ ref: head });
    expect(snapshot.state.freezes.map((f) => f.id)).toEqual(['a']);
  });

  test('an update that writes takes 5 requests: the read, then tree, commit and ref', async () => {
    const repo = await newRepo();
    const ledger = new Ledger(client(), repo);
    await ledger.update('freeze: a', addFreeze(freeze('a')));
    expect(await requestsOf(() => ledger.update('freeze: b', addFreeze(freeze('b'))))).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    ]);
  });

  test('a state over 1 MB, which the contents API sends without content, is read through the blob API', async () => {
    const repo = await newRepo();
    const ledger = new Ledger(client(), repo);
    const big = freeze('big', 'r'.repeat(1024 * 1024 + 100));
    await ledger.update('freeze: big', addFreeze(big));
    const requests = await requestsOf(async () => {
      expect((await ledger.read()).state.freezes).toEqual([big]);
    });
    expect(requests).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    ]);
  });

  test('a ref whose commit has no state.json file (or a directory of that name) is not a ledger', async () => {
    const repo = await newRepo();
    const { data: tree } = await sb.octokit.rest.git.createTree({
      owner: repo.owner, repo: repo.repo, tree: [{ path: 'state.json/inner.txt', mode: '100644', content: 'x' }],
    });
    const { data: commit } = await sb.octokit.rest.git.createCommit({ owner: repo.owner, repo: repo.repo, message: 'odd', tree: tree.sha, parents: [] });
    await sb.octokit.rest.git.createRef({ owner: repo.owner, repo: repo.repo, ref: 'refs/stopline/odd', sha: commit.sha });
    await expect(new Ledger(client(), { ...repo, ref: 'refs/stopline/odd' }).read()).rejects.toThrow(
      /^ledger refs\/stopline\/odd in sandbox-user\/requests-\d+ points at commit [0-9a-f]{7}, which has no state.json/,
    );
  });
});

describe('readFileAtRef', () => {
  async function repoWithPolicy() {
    const repo = await newRepo();
    const { owner, repo: name } = repo;
    const { data: base } = await sb.octokit.rest.git.getCommit({ owner, repo: name, commit_sha: repo.headSha });
    const { data: tree } = await sb.octokit.rest.git.createTree({
      owner, repo: name, base_tree: base.tree.sha,
      tree: [
        { path: '.github/stopline/security-policy.yml', mode: '100644', content: 'version: 1\n' },
        { path: 'big/policy.yml', mode: '100644', content: `# ${'p'.repeat(1024 * 1024)}\nversion: 1\n` },
        { path: 'vendor/lib', mode: '160000', type: 'commit', sha: 'a'.repeat(40) },
        { path: '.gitmodules', mode: '100644', content: '[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://example.com/lib.git\n' },
      ],
    });
    const { data: commit } = await sb.octokit.rest.git.createCommit({ owner, repo: name, message: 'policy', tree: tree.sha, parents: [repo.headSha] });
    await sb.octokit.rest.git.updateRef({ owner, repo: name, ref: 'heads/main', sha: commit.sha });
    return { owner, repo: name, commit: commit.sha };
  }

  test('reads a nested file in 2 requests, at the commit the ref named, whatever the path depth', async () => {
    const at = await repoWithPolicy();
    let file: Awaited<ReturnType<typeof readFileAtRef>>;
    const requests = await requestsOf(async () => {
      file = await readFileAtRef(client(), { owner: at.owner, repo: at.repo, ref: 'refs/heads/main', path: './.github/stopline/security-policy.yml' });
    });
    expect(requests).toEqual(['GET /repos/{owner}/{repo}/commits/{ref}', 'GET /repos/{owner}/{repo}/contents/{path}']);
    expect(exchanges[1]!.query).toEqual({ ref: at.commit });
    const { data: blob } = await sb.octokit.rest.repos.getContent({ owner: at.owner, repo: at.repo, path: '.github/stopline/security-policy.yml' });
    expect(file!).toEqual({ text: 'version: 1\n', commitSha: at.commit, blobSha: (blob as { sha: string }).sha });
  });

  test('a file over 1 MB is read through the blob API (3 requests)', async () => {
    const at = await repoWithPolicy();
    let text = '';
    const requests = await requestsOf(async () => {
      text = (await readFileAtRef(client(), { ...at, ref: 'main', path: 'big/policy.yml' }))!.text;
    });
    expect(requests).toHaveLength(3);
    expect(requests[2]).toBe('GET /repos/{owner}/{repo}/git/blobs/{file_sha}');
    expect(text.endsWith('\nversion: 1\n')).toBe(true);
    expect(text.length).toBe(1024 * 1024 + 14);
  });

  test('absent file → undefined; a directory or submodule → ConfigurationError naming it', async () => {
    const at = await repoWithPolicy();
    const target = { owner: at.owner, repo: at.repo, ref: 'main' };
    expect(await readFileAtRef(client(), { ...target, path: '.github/stopline/missing.yml' })).toBeUndefined();
    expect(await readFileAtRef(client(), { ...target, path: 'README.md/below-a-file.yml' })).toBeUndefined();
    await expect(readFileAtRef(client(), { ...target, path: '.github/stopline' })).rejects.toThrow(
      new ConfigurationError(`.github/stopline at main in ${at.owner}/${at.repo} is a directory, not a file; name the file itself`),
    );
    await expect(readFileAtRef(client(), { ...target, path: 'vendor/lib' })).rejects.toThrow(
      `vendor/lib at main in ${at.owner}/${at.repo} is a submodule, not a file; name the file itself`,
    );
  });

  test('a missing ref or repository is a ConfigurationError that says which', async () => {
    const at = await repoWithPolicy();
    await expect(readFileAtRef(client(), { ...at, ref: 'no-such-branch', path: 'x.yml' })).rejects.toThrow(
      `${at.owner}/${at.repo} has no branch, tag or commit 'no-such-branch'`,
    );
    await expect(readFileAtRef(client(), { owner: at.owner, repo: 'no-such-repo', ref: 'main', path: 'x.yml' })).rejects.toThrow(
      `repository ${at.owner}/no-such-repo was not found, or the token cannot read it`,
    );
  });

  test('readPathAt throws GitHub\'s 404 for an unknown ref rather than reading it as "no file"', async () => {
    const at = await repoWithPolicy();
    expect(await readPathAt(client(), { ...at, ref: at.commit, path: 'nope.yml' })).toBeUndefined();
    await expect(readPathAt(client(), { ...at, ref: 'no-such-branch', path: 'README.md' })).rejects.toMatchObject({ status: 404 });
  });

  test('a token that may not read contents is told to add `contents: read`', async () => {
    const fetch = scriptedFetch([
      { status: 200, body: { sha: 'c'.repeat(40), commit: { tree: { sha: 'd'.repeat(40) } } } },
      { status: 403, body: { message: 'Resource not accessible by integration' } },
    ]);
    const scripted = createGitHubClient({ token: 't', fetch, retryAfterBaseMs: 1 });
    const error = await readFileAtRef(scripted, { owner: 'o', repo: 'r', ref: 'main', path: 'dir/policy.yml' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).permission).toMatchObject({ scope: 'contents', access: 'read' });
  });

  test('a file over GitHub\'s 100 MB API limit is a ConfigurationError, not a crash', async () => {
    const sha = 'b'.repeat(40);
    const fetch = scriptedFetch([
      { status: 200, body: { sha: 'c'.repeat(40), commit: { tree: { sha: 'd'.repeat(40) } } } },
      { status: 200, body: { type: 'file', sha, size: 150_000_000, content: '', encoding: 'none' } },
      {
        status: 403,
        body: { message: 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.', errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
      },
    ]);
    const scripted = createGitHubClient({ token: 't', fetch, retryAfterBaseMs: 1 });
    await expect(readFileAtRef(scripted, { owner: 'o', repo: 'r', ref: 'main', path: 'huge.yml' })).rejects.toThrow(
      new ConfigurationError("huge.yml at main in o/r is larger than GitHub's API serves (100 MB); name a smaller file"),
    );
    expect(fetch.calls.map((c) => c.url)).toEqual([
      'https://api.github.com/repos/o/r/commits/main?per_page=1',
      `https://api.github.com/repos/o/r/contents/huge.yml?ref=${'c'.repeat(40)}`,
      `https://api.github.com/repos/o/r/git/blobs/${sha}`,
    ]);
  });
});
