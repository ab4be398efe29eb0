import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { client, commitFile, failure, initRepo, start, tempDir } from './helpers.js';

let sandbox: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  sandbox = await start();
});
afterAll(() => sandbox.close());

describe('git data', () => {
  test('object ids are the ones git computes', async () => {
    const octokit = client(sandbox);
    const { owner, repo } = await initRepo(octokit, 'ids');
    const empty = await octokit.rest.git.createBlob({ owner, repo, content: '' });
    expect(empty.data.sha).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    const hello = await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from('hello\n').toString('base64'), encoding: 'base64' });
    expect(hello.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: hello.data.sha });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('hello\n');
    expect(blob.data.size).toBe(6);

    const tree = await octokit.rest.git.createTree({
      owner, repo,
      tree: [
        { path: 'a.txt', mode: '100644', type: 'blob', sha: hello.data.sha },
        { path: 'dir/b.sh', mode: '100755', type: 'blob', content: 'echo hi\n' },
      ],
    });
    const date = '2024-03-01T10:00:00Z';
    const person = { name: 'Ada', email: 'ada@example.com', date };
    const commit = await octokit.rest.git.createCommit({ owner, repo, message: 'first\n', tree: tree.data.sha, parents: [], author: person, committer: person });

    // The same content through real git must give the same ids.
    const work = tempDir();
    const git = (args: string[], input?: string) =>
      execFileSync('git', args, {
        cwd: work, input,
        env: { ...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com', GIT_COMMITTER_DATE: date },
      }).toString().trim();
    git(['init', '-q']);
    fs.writeFileSync(path.join(work, 'a.txt'), 'hello\n');
    fs.mkdirSync(path.join(work, 'dir'));
    fs.writeFileSync(path.join(work, 'dir', 'b.sh'), 'echo hi\n', { mode: 0o755 });
    git(['add', '.']);
    expect(git(['write-tree'])).toBe(tree.data.sha);
    expect(git(['commit-tree', tree.data.sha, '-m', 'first'])).toBe(commit.data.sha);
  });

  test('trees: base_tree, deletion with sha null, recursive listing', async () => {
    const octokit = client(sandbox);
    const { owner, repo, head } = await initRepo(octokit, 'trees');
    const c1 = await commitFile(octokit, owner, repo, head, 'src/x/y.txt', 'y');
    const base = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: c1 })).data.tree.sha;
    const recursive = await octokit.rest.git.getTree({ owner, repo, tree_sha: base, recursive: '1' });
    expect(recursive.data.tree.map((e) => e.path)).toEqual(['README.md', 'src', 'src/x', 'src/x/y.txt']);
    const flat = await octokit.rest.git.getTree({ owner, repo, tree_sha: base });
    expect(flat.data.tree.map((e) => e.path)).toEqual(['README.md', 'src']);
    const deleted = await octokit.rest.git.createTree({
      owner, repo, base_tree: base, tree: [{ path: 'src/x/y.txt', mode: '100644', type: 'blob', sha: null as unknown as string }],
    });
    expect(deleted.data.tree.map((e) => e.path)).toEqual(['README.md']);
    const bad = await failure(octokit.rest.git.createTree({ owner, repo, tree: [{ path: 'a', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }] }));
    expect(bad.status).toBe(422);
  });

  test('refs: 422 on an existing ref, 422 on a non-fast-forward, force works, encoded refs', async () => {
    const octokit = client(sandbox);
    const { owner, repo, head } = await initRepo(octokit, 'refs');
    const created = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/stopline/ledger', sha: head });
    expect(created.status).toBe(201);
    expect(created.data.ref).toBe('refs/stopline/ledger');
    const again = await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/stopline/ledger', sha: head }));
    expect(again).toMatchObject({ status: 422, data: { message: 'Reference already exists' } });
    expect((await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/ledger', sha: head }))).status).toBe(422);

    const a = await commitFile(octokit, owner, repo, head, 'a', '1');
    const b = await commitFile(octokit, owner, repo, head, 'b', '2'); // a sibling: not a descendant of a
    await octokit.rest.git.updateRef({ owner, repo, ref: 'stopline/ledger', sha: a });
    const nff = await failure(octokit.rest.git.updateRef({ owner, repo, ref: 'stopline/ledger', sha: b }));
    expect(nff).toMatchObject({ status: 422, data: { message: 'Update is not a fast forward' } });
    const forced = await octokit.rest.git.updateRef({ owner, repo, ref: 'stopline/ledger', sha: b, force: true });
    expect(forced.data.object.sha).toBe(b);
    // Octokit sends heads%2Fmain: the sandbox decodes it.
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'stopline/ledger' })).data.object.sha).toBe(b);
    const matching = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'stopline' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/stopline/ledger']);
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'stopline/ledger' });
    expect((await failure(octokit.rest.git.getRef({ owner, repo, ref: 'stopline/ledger' }))).status).toBe(404);
    expect((await failure(octokit.rest.git.deleteRef({ owner, repo, ref: 'stopline/ledger' }))).status).toBe(422);
  });

  test('concurrent compare-and-swap writers: every success is linear, losers get 422', async () => {
    const octokit = client(sandbox);
    const { owner, repo } = await initRepo(octokit, 'cas');
    const writers = Array.from({ length: 20 }, async (_, i) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const current = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
        const next = await commitFile(octokit, owner, repo, current, `w${i}`, String(i));
        try {
          await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: next });
          return;
        } catch (error) {
          if ((error as { status: number }).status !== 422) throw error;
        }
      }
      throw new Error('writer gave up');
    });
    await Promise.all(writers);
    const commits = await octokit.paginate(octokit.rest.repos.listCommits, { owner, repo, per_page: 100 });
    expect(commits).toHaveLength(21);
    expect(commits.every((c) => c.parents.length <= 1)).toBe(true);
  });
});
