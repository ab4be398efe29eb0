/**
 * The ledger's environment pointers: which release runs where. Recording a promotion is a
 * compare-and-swap on the pointer itself, not only on the ledger ref: the promotion was decided on
 * the pointer it read, so it is written only over that same pointer. If another promotion wrote
 * the environment in between, this one is not recorded (never a lost update); an unrelated ledger
 * change (a lease, the line) is simply re-read and the pointer written on top. Pure.
 */
import { canonicalJson } from '../../runtime/canonical-json.js';
import type { EnvironmentPointer, LedgerState, ReleaseRecord } from '../../state/state.js';
import type { Refusal } from './checks.js';

/** What a promotion writes. */
export interface Promotion {
  environment: string;
  releaseId: string;
  record: ReleaseRecord;
  at: Date;
  /** Login of the run's actor. */
  promotedBy: string;
  promotedFrom?: string;
  runUrl?: string;
  deploymentId?: number;
}

export type PromotionWrite =
  /** The pointer now names the release; `previous` is what it replaced. */
  | { kind: 'recorded'; pointer: EnvironmentPointer; previous?: EnvironmentPointer }
  /** Another run promoted this same release in between: nothing to write. */
  | { kind: 'already'; current: EnvironmentPointer }
  /** Another run promoted another release in between: not recorded. */
  | { kind: 'conflict'; current: EnvironmentPointer | undefined }
  /** A freeze started in between: not recorded. */
  | { kind: 'refused'; refusal: Refusal };

/**
 * The same promotion: same release, promoted at the same time. Verifying it in between changes
 * the pointer but not what runs there, so that is no reason to give up.
 */
const samePromotion = (a: EnvironmentPointer | undefined, b: EnvironmentPointer | undefined): boolean =>
  canonicalJson(a === undefined ? null : [a.releaseId, a.since]) === canonicalJson(b === undefined ? null : [b.releaseId, b.since]);

/** The pointer a promotion writes. */
export function pointerOf(promotion: Promotion, previous: EnvironmentPointer | undefined): EnvironmentPointer {
  const pointer: EnvironmentPointer = {
    releaseId: promotion.releaseId,
    sha: promotion.record.sha,
    version: promotion.record.version,
    since: promotion.at.toISOString(),
    verified: false,
    promotedBy: promotion.promotedBy,
  };
  if (promotion.deploymentId !== undefined) pointer.deploymentId = promotion.deploymentId;
  if (promotion.promotedFrom !== undefined) pointer.promotedFrom = promotion.promotedFrom;
  if (promotion.runUrl !== undefined) pointer.runUrl = promotion.runUrl;
  if (previous !== undefined) pointer.previousReleaseId = previous.releaseId;
  return pointer;
}

/**
 * The ledger change of a promotion: writes the pointer only when the environment's pointer is
 * still `expected` (the one the promotion was decided on) and `refuse` (the freeze check, run on
 * this exact state) finds nothing.
 */
export function recordPromotion(
  state: LedgerState,
  promotion: Promotion,
  expected: EnvironmentPointer | undefined,
  refuse: (state: LedgerState) => Refusal | undefined = () => undefined,
): { state: LedgerState; result: PromotionWrite } {
  const current = state.environments[promotion.environment];
  if (!samePromotion(current, expected)) {
    if (current?.releaseId === promotion.releaseId) return { state, result: { kind: 'already', current } };
    return { state, result: { kind: 'conflict', current } };
  }
  const refusal = refuse(state);
  if (refusal !== undefined) return { state, result: { kind: 'refused', refusal } };
  const pointer = pointerOf(promotion, current);
  const write: PromotionWrite = current === undefined ? { kind: 'recorded', pointer } : { kind: 'recorded', pointer, previous: current };
  return { state: { ...state, environments: { ...state.environments, [promotion.environment]: pointer } }, result: write };
}

export type VerifyResult =
  | { kind: 'verified'; pointer: EnvironmentPointer }
  /** It was verified already; nothing changed (the first verification time counts for the soak). */
  | { kind: 'already-verified'; pointer: EnvironmentPointer }
  /** The environment runs another release (or none) now: nothing changed. */
  | { kind: 'not-current'; current: EnvironmentPointer | undefined };

/**
 * Marks the release `releaseId` verified in `environment` at `at` (deploy does, once its checks
 * pass): the pointer's `verified` and `verifiedAt`, from which a later promotion's soak counts,
 * and the release record's `verified[environment]`, which makes it a rollback target there. Only
 * the release the environment runs can be verified: a late verification of a release that was
 * replaced meanwhile changes nothing. Use it inside `Ledger.update`.
 */
export function markVerified(state: LedgerState, environment: string, releaseId: string, at: Date): { state: LedgerState; result: VerifyResult } {
  const current = state.environments[environment];
  if (current === undefined || current.releaseId !== releaseId) return { state, result: { kind: 'not-current', current } };
  if (current.verified) return { state, result: { kind: 'already-verified', pointer: current } };
  const when = at.toISOString();
  const pointer: EnvironmentPointer = { ...current, verified: true, verifiedAt: when };
  const record = state.releases[releaseId];
  const releases =
    record === undefined || record.verified?.[environment] !== undefined
      ? state.releases
      : { ...state.releases, [releaseId]: { ...record, verified: { ...record.verified, [environment]: when } } };
  return { state: { ...state, environments: { ...state.environments, [environment]: pointer }, releases }, result: { kind: 'verified', pointer } };
}
