/**
 * The commits each deployment newly brought, through the compare API (100 commits a page; GitHub's
 * limit of 250 without paging would silently cut large ranges). Consecutive deployments of a
 * chain share one compare (src/dora/spans.ts): a first span of 20 measures how many commits a
 * deployment brings, and the rest are grouped so that a span holds about 90 commits, one page.
 * Ranges a span cannot answer, and a chain's first deployment (the commit list of its 30 days),
 * are read on their own. A few requests are in flight at once.
 */
import type { GitHubClient } from '../../github/client.js';
import { httpStatus } from '../../github/http-status.js';
import type { Logger } from '../../runtime/logger.js';
import { answerFromSpan, planSpans, type Span } from '../spans.js';
import type { ChangeRequest, CommitFact } from '../types.js';
import { inParallel } from './in-parallel.js';
import type { RequestCounts } from './request-counts.js';

export interface ChangeRead {
  at: { owner: string; repo: string };
  /** Requests in flight at once; default 8. */
  concurrency?: number;
  /** Deployments per compare; default: measured by a first span, so that a span is about one page. 1: one compare per deployment. */
  spanSize?: number;
  logger: Logger;
  counts: RequestCounts;
}

/** The fields of a REST commit (list, compare) that lead time needs. */
interface RestCommit {
  sha: string;
  commit: { author: { date?: string } | null; committer: { date?: string } | null; message: string };
  parents: { sha: string }[];
}

const PER_PAGE = 100;
const PROBE_SPAN = 20;
const COMMITS_PER_SPAN = 90;
const MAX_SPAN = 100;

function toCommit(commit: RestCommit): CommitFact | undefined {
  const authoredAt = commit.commit.author?.date ?? commit.commit.committer?.date;
  if (!authoredAt) return undefined;
  const committedAt = commit.commit.committer?.date;
  return { sha: commit.sha, authoredAt, ...(committedAt ? { committedAt } : {}), message: commit.commit.message, parents: commit.parents.map((p) => p.sha) };
}

const commitsOf = (list: RestCommit[]): CommitFact[] => list.map(toCommit).filter((c): c is CommitFact => c !== undefined);

async function compare(client: GitHubClient, read: ChangeRead, base: string, head: string): Promise<CommitFact[]> {
  const basehead = `${base}...${head}`;
  const page = async (number: number) => {
    read.counts.commits += 1;
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...read.at, basehead, per_page: PER_PAGE, page: number });
    return data;
  };
  const first = await page(1);
  const commits = [...(first.commits as RestCommit[])];
  const pages = Math.ceil(first.total_commits / PER_PAGE);
  for (let number = 2; number <= pages; number += 1) commits.push(...((await page(number)).commits as RestCommit[]));
  return commitsOf(commits);
}

async function recentCommits(client: GitHubClient, read: ChangeRead, head: string, since: string): Promise<CommitFact[]> {
  const list = await client.paginate(client.rest.repos.listCommits, { ...read.at, sha: head, since, per_page: PER_PAGE }, (response) => {
    read.counts.commits += 1;
    return response.data;
  });
  return commitsOf(list as RestCommit[]);
}

/** A range GitHub cannot compare (404: a commit force-pushed away; 422: unrelated histories). */
const unreadable = (error: unknown): boolean => httpStatus(error) === 404 || httpStatus(error) === 422;

/**
 * The commits of every request, by key. A range that cannot be read is left out and logged, so
 * its deployment shows "commits unknown" instead of failing the whole report.
 */
export async function readChanges(client: GitHubClient, requests: ChangeRequest[], read: ChangeRead): Promise<Map<string, CommitFact[]>> {
  const changes = new Map<string, CommitFact[]>();
  const concurrency = read.concurrency ?? 8;
  const leftover: ChangeRequest[] = [];

  const alone = async (request: ChangeRequest): Promise<void> => {
    try {
      changes.set(request.key, request.base ? await compare(client, read, request.base, request.head) : await recentCommits(client, read, request.head, request.since!));
    } catch (error) {
      if (!unreadable(error)) throw error;
      read.logger.warning(`Could not read the commits between ${request.base ?? 'the 30 days before'} and ${request.head} (${httpStatus(error)}); that deployment's lead time is left out.`);
    }
  };
  const together = async (span: Span): Promise<number> => {
    if (span.requests.length === 1) {
      await alone(span.requests[0]!);
      return changes.get(span.requests[0]!.key)?.length ?? 0;
    }
    let commits: CommitFact[];
    try {
      commits = await compare(client, read, span.base, span.head);
    } catch (error) {
      if (!unreadable(error)) throw error;
      leftover.push(...span.requests);
      return 0;
    }
    const { answered, unanswered } = answerFromSpan(span, commits);
    for (const [key, list] of answered) changes.set(key, list);
    leftover.push(...unanswered);
    return commits.length;
  };

  let pending = requests;
  let size = read.spanSize ?? PROBE_SPAN;
  const first = planSpans(pending, size);
  leftover.push(...first.apart);
  let spans = first.spans;
  if (read.spanSize === undefined && spans.length > 1) {
    // Measure on one span how many commits a deployment brings, then size the others to one page.
    const probe = spans[0]!;
    const commits = await together(probe);
    size = Math.max(1, Math.min(MAX_SPAN, Math.floor(COMMITS_PER_SPAN / Math.max(commits / probe.requests.length, COMMITS_PER_SPAN / MAX_SPAN))));
    const probed = new Set(probe.requests);
    pending = spans.slice(1).flatMap((span) => span.requests).filter((request) => !probed.has(request));
    spans = planSpans(pending, size).spans;
  }
  await inParallel(spans, concurrency, together);
  if (leftover.length > 0) read.logger.debug(`${leftover.length} deployment range(s) read on their own (first deployments, rollbacks, other branches)`);
  await inParallel(leftover, concurrency, alone);
  return changes;
}
