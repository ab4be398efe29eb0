import { ApiError, notFound } from '../api-error.js';
import type { TreeEntry } from '../git-objects.js';
import { readCommit, readTree, resolveCommitish } from '../git-ops.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { repoApiUrl, repoHtmlUrl, requireRepo } from '../shapes.js';
import type { Repo } from '../store.js';

/**
 * `GET /repos/{owner}/{repo}/contents/{path}`: a file (base64, wrapped like GitHub at 60 columns),
 * a directory (the list of its entries), a symlink or a submodule at a commit. Files over 1 MB
 * come back as GitHub sends them: `encoding: "none"` and empty `content` (the raw media type, or
 * the blob API, still gives their bytes).
 */

/** GitHub inlines file contents up to 1 MB. */
export const MAX_INLINE_CONTENT = 1024 * 1024;

type ContentType = 'file' | 'dir' | 'symlink' | 'submodule';

const contentType = (mode: string): ContentType =>
  mode === '040000' ? 'dir' : mode === '160000' ? 'submodule' : mode === '120000' ? 'symlink' : 'file';

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** The entry at `segments` below a root tree, or undefined when a segment is missing. */
function lookup(ctx: RequestContext, repo: Repo, rootTree: string, segments: string[]): TreeEntry | undefined {
  let entry: TreeEntry | undefined = { mode: '040000', name: '', sha: rootTree };
  for (const segment of segments) {
    if (entry?.mode !== '040000') return undefined;
    entry = readTree(ctx.store, repo, entry.sha)?.find((e) => e.name === segment);
  }
  return entry;
}

/** Where a symlink points, as segments from the root, or undefined when it leaves the repository. */
function symlinkTarget(target: string, linkSegments: string[]): string[] | undefined {
  if (target.startsWith('/')) return undefined;
  const out = linkSegments.slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.length > 0 ? out : undefined;
}

/** The URL `.gitmodules` gives for a submodule path, if any. */
function submoduleUrl(ctx: RequestContext, repo: Repo, rootTree: string, path: string): string | undefined {
  const file = lookup(ctx, repo, rootTree, ['.gitmodules']);
  const text = file ? ctx.store.readObject(repo, file.sha)?.body.toString('utf8') : undefined;
  for (const section of (text ?? '').split(/^\s*\[/m)) {
    if (/^\s*path\s*=\s*(.+?)\s*$/m.exec(section)?.[1] !== path) continue;
    return /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1];
  }
  return undefined;
}

/** The fields every content object has, for one entry at `path`. */
function entryJson(ctx: RequestContext, repo: Repo, ref: string, path: string, entry: TreeEntry, type: ContentType) {
  const api = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  const self = `${api}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const hasBlob = type === 'file' || type === 'symlink';
  const git = type === 'dir' ? `${api}/git/trees/${entry.sha}` : hasBlob ? `${api}/git/blobs/${entry.sha}` : null;
  const page = type === 'submodule' ? null : `${html}/${type === 'dir' ? 'tree' : 'blob'}/${encodePath(ref)}/${encodePath(path)}`;
  return {
    name: entry.name,
    path,
    sha: entry.sha,
    size: hasBlob ? (ctx.store.readObject(repo, entry.sha)?.body.length ?? 0) : 0,
    url: self,
    html_url: page,
    git_url: git,
    download_url: hasBlob ? `${html}/raw/${encodePath(ref)}/${encodePath(path)}` : null,
    // GitHub's listings call a submodule a "file" (kept for backwards compatibility).
    type: type === 'submodule' ? 'file' : type,
    _links: { self, git, html: page },
  };
}

function fileJson(ctx: RequestContext, repo: Repo, ref: string, path: string, entry: TreeEntry) {
  const bytes = ctx.store.readObject(repo, entry.sha)?.body ?? Buffer.alloc(0);
  const inline = bytes.length <= MAX_INLINE_CONTENT;
  return {
    ...entryJson(ctx, repo, ref, path, entry, 'file'),
    type: 'file',
    // GitHub wraps base64 at 60 characters per line, as for blobs.
    content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('') : '',
    encoding: inline ? 'base64' : 'none',
  };
}

function getContent(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const ref = ctx.query.get('ref') || repo.record.default_branch;
  const commitSha = resolveCommitish(ctx.store, repo, ref);
  if (!commitSha) {
    throw new ApiError(404, repo.refs.size === 0 ? 'This repository is empty.' : `No commit found for the ref ${ref}`);
  }
  const rootTree = readCommit(ctx.store, repo, commitSha)!.tree;
  const segments = ctx.params.path!.split('/').filter((segment) => segment !== '');
  let entry = lookup(ctx, repo, rootTree, segments);
  if (!entry || segments.length === 0) throw notFound();
  let type = contentType(entry.mode);
  const accept = String(ctx.headers.accept ?? '');

  if (type === 'symlink') {
    // GitHub answers with the file a symlink names when that is a regular file of the repository.
    const targetText = ctx.store.readObject(repo, entry.sha)?.body.toString('utf8') ?? '';
    const target = symlinkTarget(targetText, segments);
    const followed = target ? lookup(ctx, repo, rootTree, target) : undefined;
    if (followed && contentType(followed.mode) === 'file') {
      segments.splice(0, segments.length, ...target!);
      entry = followed;
      type = 'file';
    } else {
      return { status: 200, body: { ...entryJson(ctx, repo, ref, segments.join('/'), entry, type), target: targetText } };
    }
  }
  const path = segments.join('/');

  if (type === 'file') {
    if (/vnd\.github(\.v3)?\.raw/.test(accept)) {
      const bytes = ctx.store.readObject(repo, entry.sha)?.body ?? Buffer.alloc(0);
      return { status: 200, raw: { bytes, contentType: 'application/vnd.github.raw' } };
    }
    return { status: 200, body: fileJson(ctx, repo, ref, path, entry) };
  }
  if (type === 'submodule') {
    const url = submoduleUrl(ctx, repo, rootTree, path);
    if (!url) throw notFound();
    return { status: 200, body: { ...entryJson(ctx, repo, ref, path, entry, type), type: 'submodule', submodule_git_url: url } };
  }
  const entries = (readTree(ctx.store, repo, entry.sha) ?? []).map((child) =>
    entryJson(ctx, repo, ref, `${path}/${child.name}`, child, contentType(child.mode)),
  );
  // The object media type wraps a directory's listing in an object describing the directory.
  if (/vnd\.github(\.v3)?\.object/.test(accept)) {
    return { status: 200, body: { ...entryJson(ctx, repo, ref, path, entry, type), entries } };
  }
  return { status: 200, body: entries };
}

export const contentRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/contents/{path}', handler: getContent },
];
