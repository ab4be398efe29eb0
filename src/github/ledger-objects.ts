import type { GitHubClient } from './client.js';
import { readPathAt } from './contents.js';
import { httpStatus } from './http-status.js';
import { repositoryNotFound } from './permissions.js';

/**
 * Git-database plumbing for the ledger: reading the file a commit holds, and writing a commit on
 * top of a parent. No compare-and-swap logic lives here; see ledger.ts.
 */

/** Where the ledger lives. `ref` is the full name, e.g. `refs/stopline/ledger`. */
export interface LedgerLocation {
  owner: string;
  repo: string;
  ref: string;
}

/** The file that holds the state, and the one that tells a curious human what the ref is. */
export const STATE_FILE = 'state.json';
export const README_FILE = 'README.md';

export const LEDGER_README = `# Stopline ledger

This ref is written by [Stopline](https://github.com/stopline) actions. \`state.json\` holds the line
state, freezes, deploy leases, environment pointers and the release registry. Every change is a new
commit whose parent is the previous one, so this ref's history is the audit log.

Do not push to it by hand: a malformed \`state.json\` stops every Stopline step until it is fixed
or the offending commit is reverted.
`;

/** The identity on ledger commits, so the audit log says which changes came from automation. */
export const LEDGER_AUTHOR = { name: 'Stopline', email: 'stopline@users.noreply.github.com' };

/** "stopline/ledger" for the git/ref(s) routes, which take the name without "refs/". */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\//, '');
}


/** The commit the ref points at, or null when the ref does not exist yet. */
export async function readHead(client: GitHubClient, at: LedgerLocation): Promise<string | null> {
  try {
    const { data } = await client.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: shortRef(at.ref) });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
  // GitHub answers 404 both for a missing ref and for a repository the token cannot see. Only the
  // first means "no ledger yet"; reading the second as an empty ledger would show a green line
  // for a repository nobody looked at.
  try {
    await client.rest.repos.get({ owner: at.owner, repo: at.repo });
  } catch (error) {
    throw httpStatus(error) === 404 ? repositoryNotFound(at, error) : error;
  }
  return null;
}


/**
 * The text of a ledger commit's state.json (null when it has none): one request to the contents
 * API, by the commit's sha; a state over 1 MB, which that API sends without its content, takes a
 * second one to the blob API.
 */
export async function readStateText(
  client: GitHubClient,
  at: LedgerLocation,
  commitSha: string,
): Promise<string | null> {
  const found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: commitSha, path: STATE_FILE });
  if (found?.kind === 'too-large') {
    throw new Error(
      `ledger state.json at ${at.ref} (${commitSha.slice(0, 7)}) in ${at.owner}/${at.repo} is larger than GitHub's API serves ` +
        '(100 MB); revert the ledger commit that made it so large',
    );
  }
  // A directory, symlink or submodule named state.json is no ledger state either.
  return found?.kind === 'file' ? found.bytes.toString('utf8') : null;
}

/**
 * Writes `stateText` as a new commit whose only parent is `parent` (none for the first commit) and
 * returns its sha. File contents go inline in the tree request (GitHub stores the blobs itself), so
 * an update is three writes: tree, commit, ref. Fewer writes keep the window in which another writer
 * can slip in short, and cost less against GitHub's secondary rate limits.
 */
export async function writeCommit(
  client: GitHubClient,
  at: LedgerLocation,
  input: { stateText: string; parent: string | null; message: string; date: Date },
): Promise<string> {
  const { owner, repo } = at;
  const tree = await client.rest.git.createTree({
    owner,
    repo,
    tree: [
      { path: README_FILE, mode: '100644', type: 'blob', content: LEDGER_README },
      { path: STATE_FILE, mode: '100644', type: 'blob', content: input.stateText },
    ],
  });
  const signature = { ...LEDGER_AUTHOR, date: input.date.toISOString() };
  const commit = await client.rest.git.createCommit({
    owner,
    repo,
    message: input.message,
    tree: tree.data.sha,
    parents: input.parent ? [input.parent] : [],
    author: signature,
    committer: signature,
  });
  return commit.data.sha;
}

/** The outcome of trying to move the ref: done, or someone else moved (or created) it first. */
export type MoveResult = 'moved' | 'conflict';

/**
 * Moves the ref from `expected` to `next` without force: PATCH when it exists, POST when it does
 * not. GitHub answers 422 to a non-fast-forward update and to creating an existing ref (409 has
 * been seen under load too); both mean another writer won the race.
 */
export async function moveRef(
  client: GitHubClient,
  at: LedgerLocation,
  expected: string | null,
  next: string,
): Promise<MoveResult> {
  const { owner, repo } = at;
  try {
    if (expected === null) {
      await client.rest.git.createRef({ owner, repo, ref: at.ref, sha: next });
    } else {
      await client.rest.git.updateRef({ owner, repo, ref: shortRef(at.ref), sha: next, force: false });
    }
    return 'moved';
  } catch (error) {
    const code = httpStatus(error);
    if (code === 422 || code === 409) return 'conflict';
    throw error;
  }
}

/** One commit of the ledger's history, for the audit view. */
export interface LedgerHistoryEntry {
  sha: string;
  message: string;
  date: string;
  author: string;
  parents: string[];
}

/** Up to `limit` commits reachable from `head`, newest first. */
export async function listHistory(
  client: GitHubClient,
  at: LedgerLocation,
  head: string,
  limit: number,
): Promise<LedgerHistoryEntry[]> {
  const entries: LedgerHistoryEntry[] = [];
  const pages = client.paginate.iterator(client.rest.repos.listCommits, {
    owner: at.owner,
    repo: at.repo,
    sha: head,
    per_page: Math.min(100, Math.max(1, limit)),
  });
  for await (const page of pages) {
    for (const c of page.data) {
      entries.push({
        sha: c.sha,
        message: c.commit.message,
        date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
        author: c.commit.author?.name ?? '',
        parents: c.parents.map((p) => p.sha),
      });
      if (entries.length >= limit) return entries;
    }
  }
  return entries;
}
