import { ConfigurationError } from '../runtime/errors.js';

/** A GitHub Actions `permissions:` scope Stopline's calls need. */
export type PermissionScope = 'contents' | 'statuses' | 'deployments' | 'pull-requests' | 'issues' | 'actions';

/** What a route needs, and whether a 404 on it means "cannot see the repository" rather than "no such thing". */
export interface RoutePermission {
  scope: PermissionScope;
  access: 'read' | 'write';
  /**
   * A write to a collection of the repository itself answers 404 when the token cannot see a
   * private repository; on routes with their own ids a 404 may be real, so it is left alone there.
   */
  notFoundMeansNoAccess?: boolean;
}

type Table = Record<string, RoutePermission>;

const read = (scope: PermissionScope): RoutePermission => ({ scope, access: 'read' });
const write = (scope: PermissionScope, notFoundMeansNoAccess = false): RoutePermission => ({
  scope,
  access: 'write',
  notFoundMeansNoAccess,
});

/**
 * Route templates (as Octokit and GitHub's docs spell them) to the job permission they need. Only
 * routes Stopline calls are listed; others still get a generic permission message.
 */
export const ROUTE_PERMISSIONS: Readonly<Table> = {
  // contents: the git database and file contents (the ledger, policies), commits, compare, releases and their assets
  'GET /repos/{owner}/{repo}/git/ref/{ref}': read('contents'),
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': read('contents'),
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': read('contents'),
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': read('contents'),
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': read('contents'),
  'GET /repos/{owner}/{repo}/contents/{path}': read('contents'),
  'POST /repos/{owner}/{repo}/git/blobs': write('contents', true),
  'POST /repos/{owner}/{repo}/git/trees': write('contents', true),
  'POST /repos/{owner}/{repo}/git/commits': write('contents', true),
  'POST /repos/{owner}/{repo}/git/refs': write('contents', true),
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': write('contents'),
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': write('contents'),
  'GET /repos/{owner}/{repo}/commits': read('contents'),
  'GET /repos/{owner}/{repo}/commits/{ref}': read('contents'),
  'GET /repos/{owner}/{repo}/compare/{basehead}': read('contents'),
  'GET /repos/{owner}/{repo}/releases': read('contents'),
  'GET /repos/{owner}/{repo}/releases/{release_id}': read('contents'),
  'GET /repos/{owner}/{repo}/releases/tags/{tag}': read('contents'),
  'POST /repos/{owner}/{repo}/releases': write('contents', true),
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': write('contents'),
  'DELETE /repos/{owner}/{repo}/releases/{release_id}': write('contents'),
  'POST /repos/{owner}/{repo}/releases/{release_id}/assets': write('contents'),
  'GET /repos/{owner}/{repo}/releases/assets/{asset_id}': read('contents'),
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': write('contents'),
  // statuses: the verdicts Stopline puts on commits
  'POST /repos/{owner}/{repo}/statuses/{sha}': write('statuses', true),
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': read('statuses'),
  'GET /repos/{owner}/{repo}/commits/{ref}/status': read('statuses'),
  // deployments: what runs where, for GitHub's Environments view and DORA
  'GET /repos/{owner}/{repo}/deployments': read('deployments'),
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': read('deployments'),
  'POST /repos/{owner}/{repo}/deployments': write('deployments', true),
  'DELETE /repos/{owner}/{repo}/deployments/{deployment_id}': write('deployments'),
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': read('deployments'),
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': write('deployments'),
  // pull-requests: merge queue decisions of commit-lock
  'GET /repos/{owner}/{repo}/pulls': read('pull-requests'),
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': read('pull-requests'),
  'POST /repos/{owner}/{repo}/pulls': write('pull-requests', true),
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': write('pull-requests'),
  // issues: comments and labels (on pull requests too, which are issues to this API)
  'GET /repos/{owner}/{repo}/issues': read('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}': read('issues'),
  'POST /repos/{owner}/{repo}/issues': write('issues', true),
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': write('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': read('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': write('issues'),
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': write('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': write('issues'),
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': write('issues'),
  'POST /repos/{owner}/{repo}/labels': write('issues', true),
  // actions: workflow runs, for commit-lock auto and DORA
  'GET /repos/{owner}/{repo}/actions/runs': read('actions'),
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': read('actions'),
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': read('actions'),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': write('actions'),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': write('actions'),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': write('actions'),
};

/** Each template as a regex over concrete paths, for requests made with a literal URL. */
const MATCHERS = Object.entries(ROUTE_PERMISSIONS).map(([key, permission]) => {
  const [method, template] = key.split(' ') as [string, string];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return { method, template, permission, regex: new RegExp(`^${pattern}$`) };
});

/** The permission row for a request: by its template when Octokit kept one, else by its path. */
export function findRoutePermission(
  method: string,
  urlOrTemplate: string,
): { route: string; permission: RoutePermission } | undefined {
  const upper = method.toUpperCase();
  const exact = ROUTE_PERMISSIONS[`${upper} ${urlOrTemplate}`];
  if (exact) return { route: urlOrTemplate, permission: exact };
  // A full URL (https://host/api/v3/repos/...) or a path with a query: keep the /repos/... path.
  const path = urlOrTemplate.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  for (const m of MATCHERS) {
    if (m.method !== upper) continue;
    // GHES and the sandbox may put the API under a prefix (/api/v3): match the path's tail.
    const at = path.indexOf(m.template.slice(0, m.template.indexOf('/', 1)));
    if (at >= 0 && m.regex.test(path.slice(at))) return { route: m.template, permission: m.permission };
  }
  return undefined;
}

/** A call GitHub refused for lack of a job permission: a mistake in the workflow, fixed there. */
export class PermissionError extends ConfigurationError {
  constructor(
    message: string,
    readonly status: number,
    readonly route: string,
    readonly permission: RoutePermission | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The parts of an Octokit RequestError this module reads. */
interface RequestErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's own words ("Resource not accessible by integration"), from the body when present. */
function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : error.message;
}

function fix(permission: RoutePermission): string {
  const grant = `${permission.scope}: ${permission.access}`;
  return (
    `this step needs \`${grant}\` permission. Add \`permissions: ${grant}\` to the job ` +
    '(a `permissions:` block replaces the defaults, so list every permission the job uses).'
  );
}

/**
 * Turns GitHub's "you may not" answers into a PermissionError that says which permission to add,
 * or returns undefined when `error` is something else (including secondary rate limits, which are
 * also 403s but are retried by the throttling plugin before they get here).
 */
export function explainPermissionError(
  error: unknown,
  request: { method: string; url: string },
  repository?: string,
): PermissionError | undefined {
  if (!isRequestError(error)) return undefined;
  const said = githubMessage(error);
  const found = findRoutePermission(request.method, request.url);
  const route = found?.route ?? request.url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  const call = `${request.method.toUpperCase()} ${route}`;
  if (error.status === 403 && /resource not accessible by/i.test(said)) {
    const advice = found
      ? fix(found.permission)
      : "the token lacks a permission this call needs; see the route's \"Fine-grained access tokens\" section in GitHub's REST docs and add it to the job's `permissions:`.";
    return new PermissionError(`${call} was refused (403 ${said}): ${advice}`, 403, route, found?.permission, {
      cause: error,
    });
  }
  if (error.status === 404 && found?.permission.notFoundMeansNoAccess) {
    const target = repository ? `repository ${repository}` : 'the repository';
    return new PermissionError(
      `${call} was refused (404 ${said}): the token cannot see ${target}. If it is private, ` +
        `${fix(found.permission)} Otherwise check the repository name.`,
      404,
      route,
      found.permission,
      { cause: error },
    );
  }
  return undefined;
}

/**
 * GitHub answers 404 for a repository that does not exist and for one the token cannot see; the
 * message names both, and the permission a private repository needs.
 */
export function repositoryNotFound(at: { owner: string; repo: string }, cause: unknown): ConfigurationError {
  return new ConfigurationError(
    `repository ${at.owner}/${at.repo} was not found, or the token cannot read it: check the repository name; ` +
      'for a private repository the job needs `permissions: contents: read` (or `contents: write` to change the ledger)',
    { cause },
  );
}
