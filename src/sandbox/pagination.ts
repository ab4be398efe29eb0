import { validationFailed } from './api-error.js';
import type { RequestContext } from './router.js';

/** Reads `per_page` (default 30, at most 100, as GitHub) and `page` (default 1). */
export function pageParams(ctx: RequestContext, defaultPerPage = 30): { perPage: number; page: number } {
  const rawPer = ctx.query.get('per_page');
  const rawPage = ctx.query.get('page');
  const perPage = rawPer === null ? defaultPerPage : Number(rawPer);
  const page = rawPage === null ? 1 : Number(rawPage);
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw validationFailed({ resource: 'Search', field: 'per_page', code: 'invalid' });
  }
  if (!Number.isInteger(page) || page < 1) throw validationFailed({ resource: 'Search', field: 'page', code: 'invalid' });
  return { perPage: Math.min(perPage, 100), page };
}

/**
 * Slices one page out of `items` and builds GitHub's `Link` header: `next` and `last` while more
 * pages follow, `prev` and `first` after the first page; each link keeps the request's other query
 * parameters.
 */
export function paginate<T>(
  ctx: RequestContext,
  items: T[],
  defaultPerPage = 30,
): { items: T[]; headers: Record<string, string> } {
  const { perPage, page } = pageParams(ctx, defaultPerPage);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (target: number, rel: string): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('per_page', String(perPage));
    query.set('page', String(target));
    return `<${ctx.baseUrl}${ctx.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

/** A list reply with pagination applied. */
export function listReply<T>(ctx: RequestContext, items: T[], render: (item: T) => unknown) {
  const { items: page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map(render), headers };
}
