/**
 * Release files as assets of a draft GitHub release that Stopline owns, one draft per Stopline
 * release. Drafts are durable (they never expire, unlike Actions artifacts), visible only to
 * people and tokens with write access, create no tag and send no release notifications. Assets are
 * fetched by id through the API and re-hashed by the caller: the ledger, not the asset store, says
 * what the bytes must be.
 *
 * Uploads stream from disk (a file-backed Blob, re-read on each retry) and downloads stream to
 * disk while hashing, so memory does not grow with the package. Uploads go to the release's
 * `upload_url` (uploads.github.com on github.com, the server itself on GHES and the sandbox).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileFrom } from 'node-fetch';
import type { GitHubClient } from '../../github/client.js';
import { httpStatus } from '../../github/http-status.js';
import { ConfigurationError } from '../../runtime/errors.js';
import type { StoredAsset } from '../../state/state.js';
import { digestOf, hexOf, type Sha256Digest } from '../digest.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** The draft release of one Stopline release. */
export interface ReleaseDraft {
  id: number;
  tag: string;
  uploadUrl: string;
}

/** Draft tags are unique per Stopline release: `stopline/<name>/<first 16 hex digits of the release id>`. */
export function draftTag(name: string, releaseId: Sha256Digest): string {
  return `stopline/${name}/${hexOf(releaseId).slice(0, 16)}`;
}

/** The run attempt that stored a draft, as its body records it (an HTML comment, invisible on GitHub). */
export interface DraftRun {
  id: number;
  attempt: number;
}

const runMarker = (run: DraftRun) => `<!-- stopline-run: ${run.id}/${run.attempt} -->`;

/** The run attempt a draft's body names, if any. */
export function draftRunOf(body: string | null | undefined): DraftRun | undefined {
  const match = /<!-- stopline-run: (\d+)\/(\d+) -->/.exec(body ?? '');
  return match ? { id: Number(match[1]), attempt: Number(match[2]) } : undefined;
}

/** Stopline's drafts in the repository (every page), with the run attempt that stored each. */
export async function listStoplineDrafts(client: GitHubClient, at: RepositoryRef): Promise<{ id: number; tag: string; run: DraftRun | undefined }[]> {
  const releases = await client.paginate(client.rest.repos.listReleases, { owner: at.owner, repo: at.repo, per_page: 100 });
  return releases.filter((release) => release.draft && release.tag_name.startsWith('stopline/')).map((release) => ({ id: release.id, tag: release.tag_name, run: draftRunOf(release.body) }));
}

/** Creates the draft that will hold a release's files; `run` (the run attempt storing it) goes into its body. */
export async function createReleaseDraft(
  client: GitHubClient,
  at: RepositoryRef,
  release: { releaseId: Sha256Digest; name: string; version: string; commit: string; digest: string; run?: DraftRun },
): Promise<ReleaseDraft> {
  const tag = draftTag(release.name, release.releaseId);
  const { data } = await client.rest.repos.createRelease({
    owner: at.owner,
    repo: at.repo,
    tag_name: tag,
    target_commitish: release.commit,
    name: `${release.name} ${release.version} (Stopline)`,
    body: [
      `Stopline release \`${release.releaseId}\`: ${release.name} ${release.version}, built from ${release.commit}.`,
      '',
      `Package digest \`${release.digest}\`. The files are kept here so that promotions fetch these exact bytes; ` +
        'the ledger (refs/stopline/ledger) records this draft. Do not publish, edit or delete it: a release whose files are gone cannot be promoted or rolled back to.',
      ...(release.run ? ['', runMarker(release.run)] : []),
    ].join('\n'),
    draft: true,
    prerelease: true,
  });
  return { id: data.id, tag, uploadUrl: data.upload_url };
}

/** Uploads one file as an asset of the draft, streamed from disk. */
export async function uploadAsset(client: GitHubClient, draft: ReleaseDraft, file: string, name: string, contentType: string): Promise<StoredAsset> {
  // A file-backed Blob: node-fetch streams it and sends its length, and a retried request reads it again.
  const body = await fileFrom(file, contentType);
  const { data } = await client.request({
    method: 'POST',
    url: draft.uploadUrl,
    name,
    data: body,
    headers: { 'content-type': contentType },
  });
  const asset = data as { id?: unknown; name?: unknown };
  if (typeof asset.id !== 'number') throw new Error(`GitHub did not store the asset ${name}: ${JSON.stringify(data)}`);
  return { id: asset.id, name: typeof asset.name === 'string' ? asset.name : name };
}

/** Deletes a draft and its assets (a build that lost its race, or failed half-way). A draft already gone counts as deleted. */
export async function deleteReleaseDraft(client: GitHubClient, at: RepositoryRef, draftId: number): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ owner: at.owner, repo: at.repo, release_id: draftId });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}

/** An asset that is gone: the release cannot be fetched any more, and says which and what to do. */
function missingAsset(asset: StoredAsset, what: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `The ${what} of this release (asset ${asset.id}, ${asset.name}) is no longer in the repository's releases: its Stopline draft release was edited or deleted. ` +
      'This release cannot be fetched; build the commit again (build-once with `allow-rebuild: true`) and promote the new release.',
    { cause: error },
  );
}

/** Opens an asset's bytes as a stream (GitHub answers with a redirect to storage, which is followed without the token). */
async function openAsset(client: GitHubClient, at: RepositoryRef, asset: StoredAsset, what: string): Promise<Readable> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: at.owner,
      repo: at.repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    });
    const body = data as unknown;
    // node-fetch hands over a Node stream; a web fetch (undici) a web stream.
    if (body instanceof Readable) return body;
    if (body && typeof (body as ReadableStream).getReader === 'function') return Readable.fromWeb(body as import('node:stream/web').ReadableStream);
    throw new Error(`GitHub answered the download of asset ${asset.id} without a body`);
  } catch (error) {
    if (httpStatus(error) === 404) throw missingAsset(asset, what, error);
    throw error;
  }
}

/** Downloads an asset to `file`, hashing it on the way: one pass, bounded memory. */
export async function downloadAsset(client: GitHubClient, at: RepositoryRef, asset: StoredAsset, file: string, what = 'package'): Promise<{ digest: Sha256Digest; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(await openAsset(client, at, asset, what), tap, createWriteStream(file));
  return { digest: digestOf(hash.digest('hex')), size };
}

/** A small asset's text (the manifest), refusing more than `limitBytes` rather than filling memory. */
export async function readAssetText(client: GitHubClient, at: RepositoryRef, asset: StoredAsset, what: string, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await openAsset(client, at, asset, what)) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += piece.length;
    if (size > limitBytes) throw new Error(`the ${what} (asset ${asset.id}) is larger than ${limitBytes} bytes; it is not a Stopline ${what}`);
    chunks.push(piece);
  }
  return Buffer.concat(chunks).toString('utf8');
}
