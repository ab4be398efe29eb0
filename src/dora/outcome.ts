/** A deployment's outcome, by the rule: its latest status other than `inactive`. */
import type { DeploymentFact, StatusFact } from './types.js';

export type Outcome = 'success' | 'failed' | 'not-judged';

export interface JudgedOutcome {
  outcome: Outcome;
  /** The status that decided it (the latest non-inactive one); absent when there is none. */
  status?: StatusFact;
}

/**
 * `success` → successful; `failure` or `error` → failed; anything else (`queued`, `pending`,
 * `in_progress`, `waiting`) or no status at all → not judged. `inactive` is skipped because
 * GitHub adds it to the previous deployment whenever a newer one succeeds: it says "replaced",
 * not how the deployment went. Statuses of the same second keep their listed order (oldest
 * first), so a later one still wins.
 */
export function outcomeOf(deployment: Pick<DeploymentFact, 'statuses'>): JudgedOutcome {
  let latest: StatusFact | undefined;
  for (const status of deployment.statuses) {
    if (status.state === 'inactive') continue;
    if (latest === undefined || Date.parse(status.createdAt) >= Date.parse(latest.createdAt)) latest = status;
  }
  if (!latest) return { outcome: 'not-judged' };
  if (latest.state === 'success') return { outcome: 'success', status: latest };
  if (latest.state === 'failure' || latest.state === 'error') return { outcome: 'failed', status: latest };
  return { outcome: 'not-judged', status: latest };
}
