import { createHash } from 'node:crypto';
import { notFound, validationFailed } from '../api-error.js';
import { resolveCommitish } from '../git-ops.js';
import type { AssetRecord, ReleaseRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import {
  bodyObject, callerLogin, idParam, isoNow, nodeId, optBool, optString, repoApiUrl, repoHtmlUrl, reqString, requireRepo, simpleUser,
} from '../shapes.js';
import type { Repo } from '../store.js';

function assetJson(ctx: RequestContext, repo: Repo, a: AssetRecord) {
  const release = repo.record.releases.find((r) => r.id === a.release_id);
  return {
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/releases/assets/${a.id}`,
    browser_download_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/releases/download/${encodeURIComponent(release?.tag_name ?? '')}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.content_type,
    size: a.size,
    digest: a.digest,
    download_count: a.download_count,
    created_at: a.created_at,
    updated_at: a.updated_at,
    uploader: simpleUser(ctx.baseUrl, a.uploader),
  };
}

function releaseJson(ctx: RequestContext, repo: Repo, r: ReleaseRecord) {
  const url = `${repoApiUrl(ctx.baseUrl, repo.record)}/releases/${r.id}`;
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  const tag = encodeURIComponent(r.tag_name);
  return {
    url,
    html_url: r.draft ? `${html}/releases/tag/untagged-${r.id}` : `${html}/releases/tag/${tag}`,
    assets_url: `${url}/assets`,
    // Uploads go to the sandbox itself (GitHub uses a separate uploads host); a URI template as on GitHub.
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${repoApiUrl(ctx.baseUrl, repo.record)}/tarball/${tag}`,
    zipball_url: r.draft ? null : `${repoApiUrl(ctx.baseUrl, repo.record)}/zipball/${tag}`,
    id: r.id,
    node_id: nodeId('Release', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    author: simpleUser(ctx.baseUrl, r.author),
    assets: repo.record.assets.filter((a) => a.release_id === r.id).map((a) => assetJson(ctx, repo, a)),
  };
}

/** Publishing a release creates its tag (a lightweight ref) at the target when the tag is new. */
function ensureTag(ctx: RequestContext, repo: Repo, release: ReleaseRecord): void {
  const ref = `refs/tags/${release.tag_name}`;
  if (repo.refs.has(ref)) return;
  const sha = resolveCommitish(ctx.store, repo, release.target_commitish);
  if (!sha) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  repo.refs.set(ref, sha);
  ctx.store.saveRefs(repo);
}

function checkTagFree(repo: Repo, tag: string, except?: number): void {
  if (repo.record.releases.some((r) => r.tag_name === tag && r.id !== except)) {
    throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  }
}

function createRelease(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const tag = reqString(body, 'tag_name', 'Release');
  if (!tag.trim()) throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
  checkTagFree(repo, tag);
  const now = isoNow(ctx);
  const draft = optBool(body, 'draft', 'Release') ?? false;
  const release: ReleaseRecord = {
    id: ctx.store.nextId(),
    tag_name: tag,
    target_commitish: optString(body, 'target_commitish', 'Release') ?? repo.record.default_branch,
    name: optString(body, 'name', 'Release') ?? null,
    body: optString(body, 'body', 'Release') ?? null,
    draft,
    prerelease: optBool(body, 'prerelease', 'Release') ?? false,
    author: callerLogin(ctx),
    created_at: now,
    published_at: draft ? null : now,
    updated_at: now,
  };
  if (!draft) ensureTag(ctx, repo, release);
  repo.record.releases.push(release);
  ctx.store.saveRecord(repo);
  return { status: 201, body: releaseJson(ctx, repo, release), headers: { location: releaseJson(ctx, repo, release).url } };
}

/** Newest first, as GitHub lists them (by creation, drafts included for writers). */
const sorted = (repo: Repo) => [...repo.record.releases].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);

function requireRelease(ctx: RequestContext, repo: Repo): ReleaseRecord {
  const id = idParam(ctx, 'release_id');
  const release = repo.record.releases.find((r) => r.id === id);
  if (!release) throw notFound();
  return release;
}

function updateRelease(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const release = requireRelease(ctx, repo);
  const body = bodyObject(ctx);
  const tag = optString(body, 'tag_name', 'Release');
  if (tag !== undefined) {
    checkTagFree(repo, tag, release.id);
    release.tag_name = tag;
  }
  release.target_commitish = optString(body, 'target_commitish', 'Release') ?? release.target_commitish;
  if ('name' in body) release.name = optString(body, 'name', 'Release') ?? null;
  if ('body' in body) release.body = optString(body, 'body', 'Release') ?? null;
  release.prerelease = optBool(body, 'prerelease', 'Release') ?? release.prerelease;
  const draft = optBool(body, 'draft', 'Release');
  const now = isoNow(ctx);
  if (draft === false && release.draft) release.published_at = now;
  if (draft !== undefined) release.draft = draft;
  if (!release.draft) ensureTag(ctx, repo, release);
  release.updated_at = now;
  ctx.store.saveRecord(repo);
  return { status: 200, body: releaseJson(ctx, repo, release) };
}

function deleteRelease(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const release = requireRelease(ctx, repo);
  for (const asset of repo.record.assets.filter((a) => a.release_id === release.id)) ctx.store.deleteAsset(repo, asset.id);
  repo.record.assets = repo.record.assets.filter((a) => a.release_id !== release.id);
  repo.record.releases = repo.record.releases.filter((r) => r.id !== release.id);
  ctx.store.saveRecord(repo);
  return { status: 204 };
}

function latestRelease(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const release = sorted(repo)
    .filter((r) => !r.draft && !r.prerelease)
    .sort((a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? '') || b.id - a.id)[0];
  if (!release) throw notFound();
  return { status: 200, body: releaseJson(ctx, repo, release) };
}

function releaseByTag(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  // Drafts have no tag yet, so GitHub does not find them by tag.
  const release = repo.record.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
  if (!release) throw notFound();
  return { status: 200, body: releaseJson(ctx, repo, release) };
}

function uploadAsset(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const release = requireRelease(ctx, repo);
  const name = ctx.query.get('name');
  if (!name) throw validationFailed({ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' });
  if (repo.record.assets.some((a) => a.release_id === release.id && a.name === name)) {
    throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
  }
  const contentType = String(ctx.headers['content-type'] ?? 'application/octet-stream');
  const now = isoNow(ctx);
  const asset: AssetRecord = {
    id: ctx.store.nextId(),
    release_id: release.id,
    name,
    label: ctx.query.get('label'),
    content_type: contentType,
    size: ctx.rawBody.length,
    digest: `sha256:${createHash('sha256').update(ctx.rawBody).digest('hex')}`,
    download_count: 0,
    uploader: callerLogin(ctx),
    created_at: now,
    updated_at: now,
  };
  ctx.store.writeAsset(repo, asset.id, ctx.rawBody);
  repo.record.assets.push(asset);
  ctx.store.saveRecord(repo);
  return { status: 201, body: assetJson(ctx, repo, asset) };
}

function requireAsset(ctx: RequestContext, repo: Repo): AssetRecord {
  const id = idParam(ctx, 'asset_id');
  const asset = repo.record.assets.find((a) => a.id === id);
  if (!asset) throw notFound();
  return asset;
}

/** Metadata as JSON, or the bytes with `Accept: application/octet-stream` (GitHub redirects; we serve them). */
function getAsset(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const asset = requireAsset(ctx, repo);
  if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
    asset.download_count++;
    ctx.store.saveRecord(repo);
    return {
      status: 200,
      raw: { bytes: ctx.store.readAsset(repo, asset.id), contentType: asset.content_type },
      headers: { 'content-disposition': `attachment; filename=${encodeURIComponent(asset.name)}` },
    };
  }
  return { status: 200, body: assetJson(ctx, repo, asset) };
}

function deleteAsset(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const asset = requireAsset(ctx, repo);
  repo.record.assets = repo.record.assets.filter((a) => a.id !== asset.id);
  ctx.store.deleteAsset(repo, asset.id);
  ctx.store.saveRecord(repo);
  return { status: 204 };
}

function listAssets(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const release = requireRelease(ctx, repo);
  const { items, headers } = paginate(ctx, repo.record.assets.filter((a) => a.release_id === release.id));
  return { status: 200, body: items.map((a) => assetJson(ctx, repo, a)), headers };
}

function listReleases(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const { items, headers } = paginate(ctx, sorted(repo));
  return { status: 200, body: items.map((r) => releaseJson(ctx, repo, r)), headers };
}


// Literal segments (latest, tags, assets) come before {release_id}, which would match them.
export const releaseRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/releases', handler: createRelease },
  { method: 'GET', path: '/repos/{owner}/{repo}/releases', handler: listReleases },
  { method: 'GET', path: '/repos/{owner}/{repo}/releases/latest', handler: latestRelease },
  { method: 'GET', path: '/repos/{owner}/{repo}/releases/tags/{tag}', handler: releaseByTag },
  { method: 'GET', path: '/repos/{owner}/{repo}/releases/assets/{asset_id}', handler: getAsset },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/releases/assets/{asset_id}', handler: deleteAsset },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/releases/{release_id}',
    handler: (ctx) => { const repo = requireRepo(ctx); return { status: 200, body: releaseJson(ctx, repo, requireRelease(ctx, repo)) }; },
  },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/releases/{release_id}', handler: updateRelease },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/releases/{release_id}', handler: deleteRelease },
  { method: 'POST', path: '/repos/{owner}/{repo}/releases/{release_id}/assets', rawBody: true, handler: uploadAsset },
  { method: 'GET', path: '/repos/{owner}/{repo}/releases/{release_id}/assets', handler: listAssets },
];
