import { commonAncestor, onlyFrom } from './commit-graph.js';
import { decodeCommit, decodeTree, isoFromSignature, type CommitData, type TreeEntry } from './git-objects.js';
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser, userId } from './shapes.js';
import type { RequestContext } from './router.js';
import type { Repo, Store } from './store.js';

/** A file or submodule at a path, as a flat tree lists it. */
export interface FlatEntry {
  mode: string;
  type: 'blob' | 'commit';
  sha: string;
}

/** Decoded commits per repository: commits never change, and history walks read each many times. */
const decoded = new WeakMap<Repo, Map<string, CommitData>>();

export function readCommit(store: Store, repo: Repo, sha: string): CommitData | undefined {
  let cache = decoded.get(repo);
  if (!cache) decoded.set(repo, (cache = new Map()));
  const known = cache.get(sha);
  if (known) return known;
  const object = store.readObject(repo, sha);
  if (object?.type !== 'commit') return undefined;
  const commit = decodeCommit(object.body);
  cache.set(sha, commit);
  return commit;
}

export function readTree(store: Store, repo: Repo, sha: string): TreeEntry[] | undefined {
  const object = store.readObject(repo, sha);
  return object?.type === 'tree' ? decodeTree(object.body) : undefined;
}

/** The type an API tree entry shows for a git mode. */
export const entryType = (mode: string): 'blob' | 'tree' | 'commit' =>
  mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';

/** Every file below a tree, keyed by full path. */
export function flattenTree(store: Store, repo: Repo, sha: string, prefix = '', out = new Map<string, FlatEntry>()) {
  for (const entry of readTree(store, repo, sha) ?? []) {
    const path = prefix + entry.name;
    const type = entryType(entry.mode);
    if (type === 'tree') flattenTree(store, repo, entry.sha, `${path}/`, out);
    else out.set(path, { mode: entry.mode, type, sha: entry.sha });
  }
  return out;
}

/**
 * Resolves what GitHub accepts where a commit is expected: a full or abbreviated sha, a branch,
 * a tag, or a full ref name. Returns the commit id or undefined.
 */
export function resolveCommitish(store: Store, repo: Repo, ref: string): string | undefined {
  const candidates = [ref, `refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
  for (const name of candidates) {
    const sha = repo.refs.get(name);
    if (sha) return peelToCommit(store, repo, sha);
  }
  if (/^[0-9a-f]{40}$/.test(ref)) return readCommit(store, repo, ref) ? ref : undefined;
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    // Abbreviated ids: look only among commits reachable from refs, which is what users pass.
    for (const head of new Set(repo.refs.values())) {
      for (const sha of walkHistory(store, repo, [head])) if (sha.startsWith(ref)) return sha;
    }
  }
  return undefined;
}

/** Follows annotated tags down to the commit they name. */
function peelToCommit(store: Store, repo: Repo, sha: string): string | undefined {
  const object = store.readObject(repo, sha);
  if (object?.type === 'commit') return sha;
  if (object?.type === 'tag') {
    const target = /^object ([0-9a-f]{40})/m.exec(object.body.toString('utf8'));
    return target ? peelToCommit(store, repo, target[1]!) : undefined;
  }
  return undefined;
}

/**
 * Commits reachable from `heads`, newest committer date first (git log's default order for
 * linear and merged histories alike, without topo constraints).
 */
export function walkHistory(store: Store, repo: Repo, heads: string[], stop: Set<string> = new Set()): string[] {
  const seen = new Set<string>();
  const queue: { sha: string; time: number }[] = [];
  const push = (sha: string) => {
    if (seen.has(sha) || stop.has(sha)) return;
    const commit = readCommit(store, repo, sha);
    if (!commit) return;
    seen.add(sha);
    queue.push({ sha, time: commit.committer.time });
  };
  heads.forEach(push);
  const out: string[] = [];
  while (queue.length) {
    // Small histories: a linear scan for the newest is simpler than a heap and fast enough.
    let best = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.time > queue[best]!.time) best = i;
    const [next] = queue.splice(best, 1);
    out.push(next!.sha);
    for (const parent of readCommit(store, repo, next!.sha)!.parents) push(parent);
  }
  return out;
}

/** All commits reachable from `sha`, itself included. */
export function ancestors(store: Store, repo: Repo, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    const commit = readCommit(store, repo, current);
    if (!commit) continue;
    seen.add(current);
    stack.push(...commit.parents);
  }
  return seen;
}

/** Breadth-first from the descendant, stopping at the first hit: a ledger update is found one step back. */
export function isAncestor(store: Store, repo: Repo, ancestor: string, descendant: string): boolean {
  const seen = new Set<string>();
  const queue = [descendant];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(readCommit(store, repo, current)?.parents ?? []));
  }
  return false;
}

/** The newest common ancestor of two commits, or undefined for unrelated histories. */
export function mergeBase(store: Store, repo: Repo, a: string, b: string): string | undefined {
  return commonAncestor(repo, (sha) => readCommit(store, repo, sha), a, b);
}

/** Commits reachable from `head` but not from `base`, in walkHistory's order. */
export function commitsOnlyIn(store: Store, repo: Repo, head: string, base: string): string[] {
  const { border } = onlyFrom(repo, (sha) => readCommit(store, repo, sha), [head], [base]);
  return walkHistory(store, repo, [head], border);
}

/** The git-data commit object (`GET /git/commits/{sha}`). */
export function gitCommitJson(ctx: RequestContext, repo: Repo, sha: string, commit: CommitData) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${url}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: { name: commit.author.name, email: commit.author.email, date: isoFromSignature(commit.author) },
    committer: { name: commit.committer.name, email: commit.committer.email, date: isoFromSignature(commit.committer) },
    tree: { sha: commit.tree, url: `${url}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${url}/git/commits/${p}`, html_url: `${html}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The GitHub account behind a commit e-mail, when it is one of the sandbox's no-reply addresses. */
function accountFor(ctx: RequestContext, email: string) {
  const match = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/.exec(email);
  return match && userId(match[2]!) === Number(match[1]) ? simpleUser(ctx.baseUrl, match[2]!) : null;
}

/** The REST commit object (`GET /commits/{ref}`, list and compare entries). */
export function restCommitJson(ctx: RequestContext, repo: Repo, sha: string, commit: CommitData) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${url}/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    comments_url: `${url}/commits/${sha}/comments`,
    commit: {
      url: `${url}/git/commits/${sha}`,
      author: { name: commit.author.name, email: commit.author.email, date: isoFromSignature(commit.author) },
      committer: { name: commit.committer.name, email: commit.committer.email, date: isoFromSignature(commit.committer) },
      message: commit.message,
      tree: { sha: commit.tree, url: `${url}/git/trees/${commit.tree}` },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: accountFor(ctx, commit.author.email),
    committer: accountFor(ctx, commit.committer.email),
    parents: commit.parents.map((p) => ({ sha: p, url: `${url}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
}

/** Files that differ between two trees, with GitHub's status words. */
export function diffTrees(store: Store, repo: Repo, fromTree: string | undefined, toTree: string) {
  const before = fromTree ? flattenTree(store, repo, fromTree) : new Map<string, FlatEntry>();
  const after = flattenTree(store, repo, toTree);
  const changes: { filename: string; status: 'added' | 'removed' | 'modified'; sha: string; before?: string }[] = [];
  for (const [path, entry] of after) {
    const old = before.get(path);
    if (!old) changes.push({ filename: path, status: 'added', sha: entry.sha });
    else if (old.sha !== entry.sha || old.mode !== entry.mode) {
      changes.push({ filename: path, status: 'modified', sha: entry.sha, before: old.sha });
    }
  }
  for (const [path, entry] of before) if (!after.has(path)) changes.push({ filename: path, status: 'removed', sha: entry.sha });
  return changes.sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

/**
 * Line counts of a change, comparing lines as multisets: exact for additions and removals of whole
 * files, and a close lower bound for edits (no alignment, which GitHub's diff would do).
 */
export function lineStats(store: Store, repo: Repo, before: string | undefined, after: string | undefined) {
  const lines = (sha: string | undefined): string[] => {
    if (!sha) return [];
    const object = store.readObject(repo, sha);
    if (object?.type !== 'blob' || object.body.length === 0) return [];
    return object.body.toString('utf8').replace(/\n$/, '').split('\n');
  };
  const counts = new Map<string, number>();
  for (const line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of lines(after)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else additions++;
  }
  const deletions = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { additions, deletions, changes: additions + deletions };
}

/** The `files` array GitHub shows for a commit or a comparison. */
export function filesJson(ctx: RequestContext, repo: Repo, fromTree: string | undefined, toTree: string, ref: string) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return diffTrees(ctx.store, repo, fromTree, toTree).map((change) => {
    const stats = lineStats(
      ctx.store,
      repo,
      change.status === 'added' ? undefined : (change.before ?? change.sha),
      change.status === 'removed' ? undefined : change.sha,
    );
    return {
      sha: change.sha,
      filename: change.filename,
      status: change.status,
      ...stats,
      blob_url: `${html}/blob/${ref}/${change.filename}`,
      raw_url: `${html}/raw/${ref}/${change.filename}`,
      contents_url: `${url}/contents/${change.filename}?ref=${ref}`,
    };
  });
}
