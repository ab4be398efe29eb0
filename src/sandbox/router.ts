import type { Logger } from '../runtime/logger.js';
import type { Store } from './store.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who is calling, from the Authorization header. */
export interface Caller {
  login: string;
  /** A token starting `readonly-` may only read. */
  readonly: boolean;
}

/** Everything a handler may use; handlers are synchronous so mutations never interleave. */
export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
  /** The raw body, for uploads. */
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  /** The time this request happens at (the time header, or the real clock). */
  now: Date;
  caller: Caller | undefined;
  store: Store;
  /** Base URL of this sandbox, e.g. http://127.0.0.1:PORT. */
  baseUrl: string;
  /** Path of the request without the query, for pagination links. */
  path: string;
  logger: Logger;
}

export interface Reply {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
  /** Raw bytes instead of JSON (asset downloads). */
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply;

export interface RouteDefinition {
  method: HttpMethod;
  /** Path template exactly as GitHub's OpenAPI description spells it. */
  path: string;
  /** Routes under /_stopline/ exist only in the sandbox and have no GitHub counterpart. */
  sandboxOnly?: boolean;
  /** The body is bytes, not JSON (release asset uploads). */
  rawBody?: boolean;
  handler: Handler;
}

/** Parameters whose values may hold slashes (git refs, compare ranges, file paths). */
const GREEDY = new Set(['ref', 'basehead', 'path']);

export interface CompiledRoute {
  route: RouteDefinition;
  regex: RegExp;
  names: string[];
}

export function compileRoute(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const pattern = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return GREEDY.has(name) ? '(.+)' : '([^/]+)';
  });
  return { route, regex: new RegExp(`^${pattern}$`), names };
}

/**
 * Finds the route for a request path. Routes are tried in table order, so a literal segment
 * (`/releases/latest`) is listed before the parameter it would otherwise match (`/releases/{release_id}`).
 * Parameters are URL-decoded after matching, because Octokit encodes `heads/main` as `heads%2Fmain`.
 */
export function matchRoute(
  table: CompiledRoute[],
  method: string,
  pathname: string,
): { route: RouteDefinition; params: Record<string, string> } | undefined {
  for (const compiled of table) {
    if (compiled.route.method !== method) continue;
    const match = compiled.regex.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    compiled.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1]!);
    });
    return { route: compiled.route, params };
  }
  return undefined;
}
