/**
 * Reads one file of a repository at a ref: the ref's commit (`GET /commits/{ref}`), then the file at
 * that commit through the contents API (`GET /contents/{path}?ref=<sha>`), so a read costs two
 * requests whatever the path's depth. It works for another repository too (a central policy
 * repository), needs only `contents: read`, and sees exactly what the ref holds, not the runner's
 * checkout, which is the point: on a pull request the gate reads its policy from the base branch so
 * the change under review cannot edit the rules that judge it.
 *
 * The contents API inlines files up to 1 MB; a larger one comes back with `encoding: "none"` and no
 * content, and is then read through the blob API, which serves files up to 100 MB.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';
import { httpStatus } from './http-status.js';

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
    const status = httpStatus(error);
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

/** What a path holds at a commit: a file's bytes, or something that is not a file. */
export type PathContent =
  | { kind: 'file'; bytes: Buffer; blobSha: string }
  | { kind: 'directory' | 'symlink' | 'submodule' }
  /** More than GitHub's API serves (100 MB); only a git clone reads it. */
  | { kind: 'too-large'; blobSha?: string };

/** The parts of a contents API answer this module reads (a directory answers with an array). */
interface ContentAnswer {
  type?: string;
  sha?: string;
  content?: string;
  encoding?: string;
}

/** GitHub's own words from an error answer's body. */
function messageOf(error: unknown): string {
  const message = (error as { response?: { data?: { message?: unknown } } }).response?.data?.message;
  return typeof message === 'string' ? message : '';
}

/** GitHub's refusal of a file over the API's 100 MB limit (403 with code `too_large`). */
function isTooLarge(error: unknown): boolean {
  if (httpStatus(error) !== 403) return false;
  const errors = (error as { response?: { data?: { errors?: { code?: unknown }[] } } }).response?.data?.errors;
  return (errors ?? []).some((e) => e?.code === 'too_large') || /too large/i.test(messageOf(error));
}

/** Base64 (possibly wrapped, as GitHub sends it) or plain text, to bytes. */
const decode = (content: string, encoding: string | undefined): Buffer =>
  encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');

/**
 * What `path` holds at `ref`, or undefined when nothing is there (404): one request for a file up
 * to 1 MB, a second one (the blob API) for a larger file. Pass a ref known to exist, best a commit
 * sha (which also pins the read to one commit): GitHub answers 404 for an unknown ref as well, and
 * that 404 is thrown as it came.
 */
export async function readPathAt(client: GitHubClient, target: FileAtRef): Promise<PathContent | undefined> {
  const { owner, repo, ref } = target;
  let data: ContentAnswer | ContentAnswer[];
  try {
    ({ data } = (await client.rest.repos.getContent({ owner, repo, ref, path: pathSegments(target.path).join('/') })) as {
      data: ContentAnswer | ContentAnswer[];
    });
  } catch (error) {
    // "No commit found for the ref" is a missing ref (or a commit a replica has not seen yet), not
    // a missing file: rethrown, so it is never mistaken for "nothing at this path".
    if (httpStatus(error) === 404 && !/no commit found/i.test(messageOf(error))) return undefined;
    if (isTooLarge(error)) return { kind: 'too-large' };
    throw error;
  }
  if (Array.isArray(data) || data.type === 'dir') return { kind: 'directory' };
  if (data.type === 'symlink' || data.type === 'submodule') return { kind: data.type };
  const blobSha = data.sha ?? '';
  if (data.encoding !== 'none') return { kind: 'file', bytes: decode(data.content ?? '', data.encoding), blobSha };
  try {
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: blobSha });
    return { kind: 'file', bytes: decode(blob.data.content, blob.data.encoding), blobSha };
  } catch (error) {
    if (isTooLarge(error)) return { kind: 'too-large', blobSha };
    throw error;
  }
}

/**
 * Reads a file at a ref, or returns undefined when the ref exists but holds no file at that path
 * (the caller decides whether that is an error). A directory, submodule or symlink at the path, or
 * a file too large for GitHub's API, is a ConfigurationError, not "absent": the user named
 * something, and it is not a readable file.
 * @throws ConfigurationError when the repository or ref does not exist
 */
export async function readFileAtRef(client: GitHubClient, target: FileAtRef): Promise<FileContent | undefined> {
  const { owner, repo } = target;
  const path = pathSegments(target.path).join('/');
  const commit = await resolveCommit(client, target);
  // By the commit's sha, not the ref: the file then comes from the commit just resolved even if the
  // ref moves in between.
  const found = await readPathAt(client, { owner, repo, ref: commit.sha, path });
  if (found === undefined) return undefined;
  if (found.kind === 'too-large') {
    throw new ConfigurationError(`${path} at ${target.ref} in ${owner}/${repo} is larger than GitHub's API serves (100 MB); name a smaller file`);
  }
  if (found.kind !== 'file') {
    throw new ConfigurationError(`${path} at ${target.ref} in ${owner}/${repo} is a ${found.kind}, not a file; name the file itself`);
  }
  return { text: found.bytes.toString('utf8'), commitSha: commit.sha, blobSha: found.blobSha };
}
