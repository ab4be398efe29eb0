/**
 * Reads one file of a repository at a ref through the git database API: the ref's commit, then
 * the tree one path segment at a time, then the blob. It works for another repository too (a
 * central policy repository), needs only `contents: read`, and sees exactly what the ref holds,
 * not the runner's checkout, which is the point: on a pull request the gate reads its policy from
 * the base branch so the change under review cannot edit the rules that judge it.
 *
 * The git database is used rather than `GET /repos/{owner}/{repo}/contents/{path}` because that
 * route caps files at 1 MB (100 MB through the raw media type only) and because the embedded
 * sandbox serves the git database; walking the tree segment by segment also avoids the
 * truncation of recursive tree listings in large repositories.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';

/** Which file to read, and where. */
export interface FileAtRef {
  owner: string;
  repo: string;
  /** A branch or tag name, a full ref (`refs/heads/main`) or a commit sha. */
  ref: string;
  /** Path from the repository root, `/`-separated; a leading `./` or `/` is ignored. */
  path: string;
}

/** A file's text and the commit it was read at (so reports can pin exactly what was read). */
export interface FileContent {
  text: string;
  commitSha: string;
  blobSha: string;
}

interface TreeEntry {
  path?: string;
  type?: string;
  sha?: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Splits a repository path into its segments, rejecting `..` so a path cannot climb out. */
export function pathSegments(path: string): string[] {
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || segments.includes('..')) {
    throw new ConfigurationError(`'${path}' is not a file path inside a repository; give a path from the repository root such as .github/stopline/security-policy.yml`);
  }
  return segments;
}

/**
 * The commit a ref names, or a ConfigurationError when the repository or the ref does not exist
 * (or the token cannot see the repository, which GitHub also answers with 404).
 */
export async function resolveCommit(client: GitHubClient, target: Omit<FileAtRef, 'path'>): Promise<{ sha: string; treeSha: string }> {
  const { owner, repo, ref } = target;
  try {
    // GET /commits/{ref} resolves branch and tag names, full refs and (abbreviated) shas alike.
    const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
    return { sha: data.sha, treeSha: data.commit.tree.sha };
  } catch (error) {
    const status = statusOf(error);
    if (status === 422 || status === 409) {
      throw new ConfigurationError(`${owner}/${repo} has no branch, tag or commit '${ref}'; check the ref name (policy-ref, or the ref in 'owner/repo@ref')`, { cause: error });
    }
    if (status === 404) {
      throw new ConfigurationError(
        `repository ${owner}/${repo} was not found, or the token cannot read it; check the name, and for another (private) repository pass a token with \`contents: read\` on it`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Reads a file at a ref, or returns undefined when the ref exists but holds no file at that path
 * (the caller decides whether that is an error). A directory, submodule or symlink at the path is
 * a ConfigurationError, not "absent": the user named something, and it is not a readable file.
 * @throws ConfigurationError when the repository or ref does not exist
 */
export async function readFileAtRef(client: GitHubClient, target: FileAtRef): Promise<FileContent | undefined> {
  const { owner, repo } = target;
  const segments = pathSegments(target.path);
  const commit = await resolveCommit(client, target);
  let treeSha = commit.treeSha;
  for (const [index, segment] of segments.entries()) {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: treeSha });
    const entry = (data.tree as TreeEntry[]).find((item) => item.path === segment);
    if (entry === undefined || entry.sha === undefined) return undefined;
    const last = index === segments.length - 1;
    if (!last) {
      // A file where a directory should be: the path cannot exist below it.
      if (entry.type !== 'tree') return undefined;
      treeSha = entry.sha;
      continue;
    }
    if (entry.type !== 'blob') {
      throw new ConfigurationError(`${segments.join('/')} at ${target.ref} in ${owner}/${repo} is a ${entry.type === 'tree' ? 'directory' : String(entry.type)}, not a file; name the file itself`);
    }
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: entry.sha });
    const bytes = blob.data.encoding === 'base64' ? Buffer.from(blob.data.content, 'base64') : Buffer.from(blob.data.content, 'utf8');
    return { text: bytes.toString('utf8'), commitSha: commit.sha, blobSha: entry.sha };
  }
  return undefined;
}
