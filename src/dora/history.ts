/**
 * Deployments judged and arranged in chains: a chain is one environment (and one service, when
 * services share an environment), and "the previous successful deployment" and "the next
 * successful deployment" are looked up within it, ordered by the time each succeeded.
 */
import { outcomeOf, type Outcome } from './outcome.js';
import { serviceOf, type ServiceSpec } from './services.js';
import type { ChangeRequest, DeploymentFact, StatusFact } from './types.js';
import { DAY_MS } from './window.js';

export interface JudgedDeployment {
  fact: DeploymentFact;
  service: string | undefined;
  /** Environment and service: the sequence it replaces and is replaced in. */
  chain: string;
  outcome: Outcome;
  /** The status that decided the outcome. */
  decidedBy: StatusFact | undefined;
  /** When it reached its outcome (that status's time), in ms; undefined when not judged. */
  outcomeAt: number | undefined;
  createdAt: number;
}

/** The chain of a deployment: its environment, and its service when services share environments. */
export function chainOf(deployment: DeploymentFact, services: ServiceSpec | undefined): string {
  return `${deployment.environment}\u0000${serviceOf(services, deployment) ?? ''}`;
}

/** Judges every deployment; the result is ordered by creation (then id). */
export function judgeDeployments(deployments: DeploymentFact[], services: ServiceSpec | undefined): JudgedDeployment[] {
  return deployments
    .map((fact): JudgedDeployment => {
      const { outcome, status } = outcomeOf(fact);
      const service = serviceOf(services, fact);
      return {
        fact,
        service,
        chain: chainOf(fact, services),
        outcome,
        decidedBy: status,
        outcomeAt: outcome === 'not-judged' || !status ? undefined : Date.parse(status.createdAt),
        createdAt: Date.parse(fact.createdAt),
      };
    })
    .sort((a, b) => a.createdAt - b.createdAt || a.fact.id - b.fact.id);
}

/** Successful deployments per chain, in the order they succeeded. */
export class Chains {
  private readonly successes = new Map<string, JudgedDeployment[]>();

  constructor(judged: JudgedDeployment[]) {
    for (const deployment of judged) {
      if (deployment.outcome !== 'success') continue;
      const list = this.successes.get(deployment.chain);
      if (list) list.push(deployment);
      else this.successes.set(deployment.chain, [deployment]);
    }
    for (const list of this.successes.values()) list.sort((a, b) => a.outcomeAt! - b.outcomeAt! || a.fact.id - b.fact.id);
  }

  successful(chain: string): JudgedDeployment[] {
    return this.successes.get(chain) ?? [];
  }

  /** The last deployment of the chain that succeeded before `deployment` reached its outcome. */
  previousSuccess(deployment: JudgedDeployment): JudgedDeployment | undefined {
    const list = this.successful(deployment.chain);
    const at = deployment.outcomeAt ?? deployment.createdAt;
    let low = 0;
    let high = list.length;
    // First index whose success is at or after `at`; ties are broken by id, so a deployment is never its own predecessor.
    while (low < high) {
      const middle = (low + high) >> 1;
      const candidate = list[middle]!;
      const before = candidate.outcomeAt! < at || (candidate.outcomeAt === at && candidate.fact.id < deployment.fact.id);
      if (before) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? list[low - 1] : undefined;
  }

  /** The first deployment of the chain, other than `except`, that succeeded after `afterMs`. */
  nextSuccess(chain: string, afterMs: number, except: number): JudgedDeployment | undefined {
    const list = this.successful(chain);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]!.outcomeAt! <= afterMs) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < list.length; index += 1) if (list[index]!.fact.id !== except) return list[index];
    return undefined;
  }
}

/** How far back the first deployment of a chain looks for the commits it brought. */
export const FIRST_DEPLOYMENT_LOOKBACK_MS = 30 * DAY_MS;

/**
 * What to fetch to know the commits a judged deployment newly brought: compare from the previous
 * successful deployment's commit; without one, the commits of the 30 days before it.
 */
export function changeRequestFor(deployment: JudgedDeployment, chains: Chains): ChangeRequest {
  const head = deployment.fact.sha;
  const at = deployment.outcomeAt ?? deployment.createdAt;
  const chain = deployment.chain;
  const previous = chains.previousSuccess(deployment);
  if (previous) return { key: `${previous.fact.sha}...${head}`, chain, at, base: previous.fact.sha, head };
  const since = new Date(at - FIRST_DEPLOYMENT_LOOKBACK_MS).toISOString();
  return { key: `${head}@${since}`, chain, at, head, since, until: new Date(at).toISOString() };
}
