/**
 * What a failed deploy rolls back to: the environment's previous verified release. Pure.
 */
import type { RegisteredRelease } from '../release/registry.js';
import type { LedgerState } from '../state/state.js';

/**
 * The release to restore when `deployed` fails in `environment`: the release the pointer says ran
 * before (`previousReleaseId`) when it was verified there, else the release verified there most
 * recently (by first verification), never `deployed` itself. Undefined when nothing else was ever
 * verified in the environment (its first deploy): there is nothing known good to go back to.
 */
export function rollbackTarget(state: LedgerState, environment: string, deployed: string): RegisteredRelease | undefined {
  const verifiedHere = (releaseId: string | undefined): RegisteredRelease | undefined => {
    if (releaseId === undefined || releaseId === deployed) return undefined;
    const record = state.releases[releaseId];
    return record?.verified?.[environment] !== undefined ? { releaseId, record } : undefined;
  };
  const pointer = state.environments[environment];
  // The pointer names `deployed` while its deploy runs; otherwise (another release was promoted
  // since) what it names now is what runs, and the best thing to go back to if it was verified.
  const before = pointer?.releaseId === deployed ? pointer.previousReleaseId : pointer?.releaseId;
  const previous = verifiedHere(before);
  if (previous) return previous;
  let best: RegisteredRelease | undefined;
  for (const [releaseId, record] of Object.entries(state.releases)) {
    const at = record.verified?.[environment];
    if (releaseId === deployed || at === undefined) continue;
    if (best === undefined || Date.parse(at) > Date.parse(best.record.verified![environment]!)) best = { releaseId, record };
  }
  return best;
}
