/**
 * Who put a label on a pull request, and what that person may do in the repository. A fix label
 * exempts a change from a red line only when someone with write access vouches for it; triage
 * can add labels too, so the label's presence alone proves nothing.
 */
import type { GitHubClient } from '../../github/client.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { httpStatus } from '../../github/http-status.js';
import type { RepositoryRef } from './repository.js';

/**
 * A user's access to the repository as a role: `admin`, `maintain`, `write`, `triage`, `read`, or
 * `none` (not a collaborator of a private repository, and anybody the endpoint answers 404 for,
 * such as bots and apps). Deciding what a role may do is the domain's (src/lock/exemption.ts:
 * canWrite, canMaintain).
 */
export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

const ROLES: readonly string[] = ['admin', 'maintain', 'write', 'triage', 'read'];

/** Who added a label most recently, and when. */
export interface Labeler {
  login: string;
  /** When the `labeled` event happened (ISO 8601). */
  at: string;
}

/**
 * The user whose `labeled` event for `label` (matched without regard to case, as GitHub does)
 * is the latest on the issue or pull request, from `GET .../issues/{n}/events` (all pages, 100
 * per page, oldest first). Undefined when it was never added, or when its latest event is an
 * `unlabeled`: then nobody vouches for it now.
 */
export async function findLabeler(
  client: GitHubClient,
  at: RepositoryRef,
  issueNumber: number,
  label: string,
  logger: Logger = silentLogger,
): Promise<Labeler | undefined> {
  const wanted = label.toLowerCase();
  let latest: { event: 'labeled' | 'unlabeled'; login: string | undefined; at: string } | undefined;
  let seen = 0;
  const pages = client.paginate.iterator(client.rest.issues.listEvents, {
    owner: at.owner,
    repo: at.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const response of pages) {
    for (const item of response.data) {
      const event = item as { event?: string; actor?: { login?: string } | null; label?: { name?: string }; created_at?: string };
      if ((event.event === 'labeled' || event.event === 'unlabeled') && event.label?.name?.toLowerCase() === wanted) {
        latest = { event: event.event, login: event.actor?.login, at: event.created_at ?? '' };
      }
    }
    seen += response.data.length;
    if (seen > 100) logger.debug(`Read ${seen} events of #${issueNumber} looking for label "${label}"`);
  }
  if (!latest || latest.event !== 'labeled' || !latest.login) return undefined;
  return { login: latest.login, at: latest.at };
}

/**
 * A user's role on the repository (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`,
 * one request): GitHub's `role_name` when it is a built-in role, else (a custom role, whose name
 * says nothing about its access) the base permission it extends (`admin`, `write`, `read`). A 404
 * (not a collaborator of a private repository, unknown user, a bot) is `none`; other errors are
 * thrown.
 */
export async function getRepositoryRole(client: GitHubClient, at: RepositoryRef, login: string): Promise<RepositoryRole> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: at.owner, repo: at.repo, username: login });
    const role = data.role_name?.toLowerCase();
    if (role && ROLES.includes(role)) return role as RepositoryRole;
    const base = data.permission;
    return base === 'admin' || base === 'write' || base === 'read' ? base : 'none';
  } catch (error) {
    if (httpStatus(error) === 404) return 'none';
    throw error;
  }
}

/** The answer to "who vouches for this label, and may they?". */
export interface LabelProvenance {
  login: string;
  /** Fits the domain's LabelActor (`{ login, permission }`) as it is. */
  permission: RepositoryRole;
  /** When the label was added (ISO 8601). */
  at: string;
}

/**
 * Who added `label` to issue or pull request `issueNumber` most recently, with their permission:
 * one events request per 100 events, plus one permission request when someone added it.
 * Undefined when the label is not (any longer) on it by anyone's hand.
 */
export async function labelProvenance(
  client: GitHubClient,
  at: RepositoryRef,
  issueNumber: number,
  label: string,
  logger: Logger = silentLogger,
): Promise<LabelProvenance | undefined> {
  const labeler = await findLabeler(client, at, issueNumber, label, logger);
  if (!labeler) return undefined;
  const permission = await getRepositoryRole(client, at, labeler.login);
  return { login: labeler.login, permission, at: labeler.at };
}
