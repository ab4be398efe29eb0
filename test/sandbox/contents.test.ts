import { client, failure, initRepo, start } from './helpers.js';

let sandbox: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  sandbox = await start();
});
afterAll(() => sandbox.close());

/** A repository whose main holds a nested file, a file over 1 MB, two symlinks and a submodule. */
async function fixture(name: string) {
  const octokit = client(sandbox);
  const { owner, repo, head } = await initRepo(octokit, name);
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head });
  const big = 'y'.repeat(1024 * 1024 + 10);
  const tree = await octokit.rest.git.createTree({
    owner, repo, base_tree: base.data.tree.sha,
    tree: [
      { path: '.github/stopline/policy.yml', mode: '100644', content: 'version: 1\n' },
      { path: 'big.txt', mode: '100644', content: big },
      { path: 'exactly-1mb.txt', mode: '100644', content: 'z'.repeat(1024 * 1024) },
      { path: 'links/to-policy', mode: '120000', content: '../.github/stopline/policy.yml' },
      { path: 'links/dangling', mode: '120000', content: '../nowhere' },
      { path: 'vendor/lib', mode: '160000', type: 'commit', sha: 'a'.repeat(40) },
      { path: '.gitmodules', mode: '100644', content: '[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://example.com/lib.git\n' },
    ],
  });
  const commit = await octokit.rest.git.createCommit({ owner, repo, message: 'files', tree: tree.data.sha, parents: [head] });
  await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.data.sha });
  await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: commit.data.sha });
  return { octokit, owner, repo, first: head, head: commit.data.sha, big };
}

type File = { type: string; name: string; path: string; sha: string; size: number; content: string; encoding: string; url: string; git_url: string };

describe('GET /repos/{owner}/{repo}/contents/{path}', () => {
  test('a file at a branch, a tag, a full ref, a sha, an abbreviated sha and the default branch', async () => {
    const { octokit, owner, repo, head } = await fixture('files');
    for (const ref of ['main', 'v1', 'refs/heads/main', head, head.slice(0, 7), undefined]) {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: '.github/stopline/policy.yml', ...(ref ? { ref } : {}) });
      const file = data as File;
      expect(file).toMatchObject({ type: 'file', name: 'policy.yml', path: '.github/stopline/policy.yml', size: 11, encoding: 'base64' });
      expect(Buffer.from(file.content, 'base64').toString()).toBe('version: 1\n');
      expect(file.url).toBe(`${sandbox.url}/repos/${owner}/${repo}/contents/.github/stopline/policy.yml?ref=${encodeURIComponent(ref ?? 'main')}`);
      const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha });
      expect(file.git_url).toBe(blob.data.url);
    }
  });

  test('base64 is wrapped at 60 columns like GitHub, and the raw media type gives the bytes', async () => {
    const { octokit, owner, repo } = await fixture('wrapped');
    const text = 'line of text\n'.repeat(10);
    const { data } = await octokit.rest.git.createTree({ owner, repo, tree: [{ path: 'a.txt', mode: '100644', content: text }] });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message: 'a', tree: data.sha, parents: [] });
    const file = (await octokit.rest.repos.getContent({ owner, repo, path: 'a.txt', ref: commit.data.sha })).data as File;
    expect(file.content.split('\n').slice(0, -1).every((line) => line.length <= 60)).toBe(true);
    expect(file.content.endsWith('\n')).toBe(true);
    const raw = await fetch(`${sandbox.url}/repos/${owner}/${repo}/contents/a.txt?ref=${commit.data.sha}`, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(raw.headers.get('content-type')).toBe('application/vnd.github.raw');
    expect(await raw.text()).toBe(text);
  });

  test('a file over 1 MB comes without content and with encoding none; the blob API and raw still serve it', async () => {
    const { octokit, owner, repo, big } = await fixture('big');
    const file = (await octokit.rest.repos.getContent({ owner, repo, path: 'big.txt' })).data as File;
    expect(file).toMatchObject({ type: 'file', size: big.length, content: '', encoding: 'none' });
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe(big);
    const raw = await fetch(`${sandbox.url}/repos/${owner}/${repo}/contents/big.txt`, { headers: { accept: 'application/vnd.github.raw' } });
    expect((await raw.text()).length).toBe(big.length);
    // 1 MB itself is still inlined.
    const limit = (await octokit.rest.repos.getContent({ owner, repo, path: 'exactly-1mb.txt' })).data as File;
    expect(limit.encoding).toBe('base64');
    expect(Buffer.from(limit.content, 'base64').length).toBe(1024 * 1024);
  });

  test('a directory lists its entries (submodules as "file", as GitHub does); the object media type wraps them', async () => {
    const { octokit, owner, repo } = await fixture('dirs');
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: 'links' });
    expect(Array.isArray(data)).toBe(true);
    expect((data as unknown as File[]).map((e) => [e.name, e.path, e.type])).toEqual([
      ['dangling', 'links/dangling', 'symlink'],
      ['to-policy', 'links/to-policy', 'symlink'],
    ]);
    const vendor = (await octokit.rest.repos.getContent({ owner, repo, path: 'vendor' })).data as unknown as File[];
    expect(vendor.map((e) => [e.name, e.type, e.git_url])).toEqual([['lib', 'file', null]]);
    const object = await fetch(`${sandbox.url}/repos/${owner}/${repo}/contents/links`, { headers: { accept: 'application/vnd.github.object+json' } });
    const body = (await object.json()) as { type: string; path: string; entries: File[] };
    expect(body).toMatchObject({ type: 'dir', path: 'links' });
    expect(body.entries).toHaveLength(2);
  });

  test('a symlink to a file answers with that file; any other symlink, and a submodule, describe themselves', async () => {
    const { octokit, owner, repo } = await fixture('links');
    const followed = (await octokit.rest.repos.getContent({ owner, repo, path: 'links/to-policy' })).data as File;
    expect(followed).toMatchObject({ type: 'file', path: '.github/stopline/policy.yml' });
    expect(Buffer.from(followed.content, 'base64').toString()).toBe('version: 1\n');
    const dangling = (await octokit.rest.repos.getContent({ owner, repo, path: 'links/dangling' })).data;
    expect(dangling).toMatchObject({ type: 'symlink', path: 'links/dangling', target: '../nowhere' });
    const submodule = (await octokit.rest.repos.getContent({ owner, repo, path: 'vendor/lib' })).data;
    expect(submodule).toMatchObject({ type: 'submodule', sha: 'a'.repeat(40), submodule_git_url: 'https://example.com/lib.git' });
  });

  test('slashes in the path may be sent unencoded', async () => {
    const { owner, repo } = await fixture('slashes');
    const response = await fetch(`${sandbox.url}/repos/${owner}/${repo}/contents/.github/stopline/policy.yml?ref=main`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as File).path).toBe('.github/stopline/policy.yml');
  });

  test('a missing path, ref or repository is 404 with GitHub\'s messages', async () => {
    const { octokit, owner, repo, first } = await fixture('missing');
    const path = await failure(octokit.rest.repos.getContent({ owner, repo, path: 'nope.txt' }));
    expect(path).toMatchObject({ status: 404, data: { message: 'Not Found' } });
    // The file exists on main but not at the first commit.
    expect((await failure(octokit.rest.repos.getContent({ owner, repo, path: 'big.txt', ref: first }))).status).toBe(404);
    // Below a file is nothing.
    expect((await failure(octokit.rest.repos.getContent({ owner, repo, path: 'big.txt/x' }))).status).toBe(404);
    const ref = await failure(octokit.rest.repos.getContent({ owner, repo, path: 'big.txt', ref: 'no-such-branch' }));
    expect(ref).toMatchObject({ status: 404, data: { message: 'No commit found for the ref no-such-branch' } });
    const other = await failure(octokit.rest.repos.getContent({ owner, repo: 'no-such-repo', path: 'big.txt' }));
    expect(other).toMatchObject({ status: 404, data: { message: 'Not Found' } });
    await octokit.rest.repos.createForAuthenticatedUser({ name: 'empty' });
    const empty = await failure(octokit.rest.repos.getContent({ owner, repo: 'empty', path: 'README.md' }));
    expect(empty).toMatchObject({ status: 404, data: { message: 'This repository is empty.' } });
  });
});
