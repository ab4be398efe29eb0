/**
 * Which judged deployments count as failed changes, and the evidence for each: a `failure` or
 * `error` status; a later deployment whose payload names it in `rollback-of`; an issue with the
 * incident label that names its deployment id or its commit.
 */
import type { JudgedDeployment } from './history.js';
import type { IncidentFact, StatusFact } from './types.js';

export type FailureCause = 'failure-status' | 'error-status' | 'rollback' | 'incident';

/** In the order the pie chart and the evidence list them; the first that applies is the main cause. */
export const FAILURE_CAUSES: readonly FailureCause[] = ['failure-status', 'error-status', 'rollback', 'incident'];

export interface FailureEvidence {
  causes: FailureCause[];
  /** The failing status, when the deployment itself failed. */
  status?: StatusFact;
  /** Later deployments that rolled it back. */
  rollbacks: { id: number; createdAt: string }[];
  incidents: { number: number; title: string; url: string; createdAt: string }[];
  /** When the failure began: the failing status, or for a deployment that succeeded, its success. */
  failedAt: number;
}

/** True when the payload has a `rollback-of` (whatever it names): the deployment is a rollback. */
export function isRollback(payload: Record<string, unknown>): boolean {
  const value = payload['rollback-of'];
  return value !== undefined && value !== null && value !== '' && value !== false;
}

/** The deployment id a payload's `rollback-of` names (a number or a string of digits), if any. */
export function rollbackTarget(payload: Record<string, unknown>): number | undefined {
  const value = payload['rollback-of'];
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

// "deployment 123", "deployment #123", "deployment id: 123", "deployment_id 123", ".../deployments/123".
const DEPLOYMENT_ID = /\bdeployments?(?:[\s_-]*id)?(?:\s*[#:]\s*|\/|\s+)(\d+)\b/gi;
const SHA = /\b[0-9a-f]{7,40}\b/gi;

/** The deployment ids and commit sha prefixes an incident's text names. */
export function namedInIncident(text: string): { ids: Set<number>; shas: Set<string> } {
  const ids = new Set<number>();
  for (const match of text.matchAll(DEPLOYMENT_ID)) ids.add(Number(match[1]));
  const shas = new Set<string>();
  for (const match of text.matchAll(SHA)) shas.add(match[0].toLowerCase());
  return { ids, shas };
}

/**
 * The evidence against every failed deployment, by id. An incident that names a commit marks,
 * in each chain, the latest deployment of that commit that had succeeded when the issue was
 * opened (what was running then), not every deployment that ever shipped the commit.
 */
export function findFailures(judged: JudgedDeployment[], incidents: IncidentFact[]): Map<number, FailureEvidence> {
  const byId = new Map(judged.map((deployment) => [deployment.fact.id, deployment]));
  const evidence = new Map<number, FailureEvidence>();
  const entry = (deployment: JudgedDeployment): FailureEvidence => {
    let found = evidence.get(deployment.fact.id);
    if (!found) {
      found = { causes: [], rollbacks: [], incidents: [], failedAt: deployment.outcomeAt ?? deployment.createdAt };
      evidence.set(deployment.fact.id, found);
    }
    return found;
  };

  for (const deployment of judged) {
    if (deployment.outcome !== 'failed') continue;
    const found = entry(deployment);
    found.status = deployment.decidedBy;
    found.causes.push(deployment.decidedBy?.state === 'error' ? 'error-status' : 'failure-status');
  }
  for (const rollback of judged) {
    const target = byId.get(rollbackTarget(rollback.fact.payload) ?? -1);
    if (!target || target === rollback || target.outcome === 'not-judged' || rollback.createdAt < target.createdAt) continue;
    entry(target).rollbacks.push({ id: rollback.fact.id, createdAt: rollback.fact.createdAt });
  }
  for (const incident of incidents) {
    const { ids, shas } = namedInIncident(incident.text);
    const marked = new Set<JudgedDeployment>();
    for (const id of ids) {
      const deployment = byId.get(id);
      if (deployment && deployment.outcome !== 'not-judged') marked.add(deployment);
    }
    if (shas.size > 0) {
      const opened = Date.parse(incident.createdAt);
      const latestPerChain = new Map<string, JudgedDeployment>();
      for (const deployment of judged) {
        if (deployment.outcome !== 'success' || deployment.outcomeAt! > opened) continue;
        const sha = deployment.fact.sha.toLowerCase();
        if (![...shas].some((prefix) => sha.startsWith(prefix))) continue;
        const current = latestPerChain.get(deployment.chain);
        if (!current || deployment.outcomeAt! >= current.outcomeAt!) latestPerChain.set(deployment.chain, deployment);
      }
      for (const deployment of latestPerChain.values()) marked.add(deployment);
    }
    for (const deployment of marked) {
      entry(deployment).incidents.push({ number: incident.number, title: incident.title, url: incident.url, createdAt: incident.createdAt });
    }
  }
  for (const found of evidence.values()) {
    if (found.rollbacks.length > 0) found.causes.push('rollback');
    if (found.incidents.length > 0) found.causes.push('incident');
  }
  return evidence;
}
