/**
 * Which release a promotion moves: the one named by id (a rollback, or a deliberate choice), the
 * one the `from` environment runs, or the one built from the workflow's commit. Pure.
 */
import type { LedgerState } from '../../state/state.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { buildsOf, type RegisteredRelease } from '../registry.js';
import type { Refusal } from './checks.js';

/** How the release was chosen. */
export type Selection =
  | { kind: 'release-id'; input: string }
  | { kind: 'from'; environment: string }
  | { kind: 'commit'; name: string; commit: string };

export type SelectionResult = { ok: true; selection: Selection; release: RegisteredRelease } | { ok: false; selection: Selection; refusal: Refusal };

/** Shortest release id prefix accepted (`sha256:` and this many hex digits), as people copy them from the board. */
const MIN_PREFIX_HEX = 7;

/**
 * The release a `release-id` input names: the whole id, or a unique prefix of it (with or without
 * `sha256:`, at least 7 hex digits).
 * @throws ConfigurationError when the input is not a release id, names no registered release, or is ambiguous
 */
export function findReleaseById(state: LedgerState, input: string, ledgerName: string): RegisteredRelease {
  const text = input.trim().toLowerCase();
  const hex = text.startsWith('sha256:') ? text.slice('sha256:'.length) : text;
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < MIN_PREFIX_HEX || hex.length > 64) {
    throw new ConfigurationError(
      `input 'release-id': "${input}" is not a release id; give the \`release-id\` output of build-once (sha256: and 64 hex digits), or a unique prefix of at least ${MIN_PREFIX_HEX} hex digits`,
    );
  }
  const matches = Object.keys(state.releases).filter((id) => id.startsWith(`sha256:${hex}`));
  if (matches.length === 1) return { releaseId: matches[0]!, record: state.releases[matches[0]!]! };
  if (matches.length > 1) {
    throw new ConfigurationError(`input 'release-id': "${input}" matches ${matches.length} releases (${matches.slice(0, 3).join(', ')}${matches.length > 3 ? ', …' : ''}); give more digits`);
  }
  throw new ConfigurationError(
    `input 'release-id': no release ${input} is registered in the ledger ${ledgerName}; check the id (the board lists what runs where, build-once's \`release-id\` output names each build)`,
  );
}

/**
 * Chooses the release: `release-id` when given; else what `from` runs; else the newest release of
 * `name` built from `commit` (a rebuild allowed by `allow-rebuild` registers a newer one).
 * A missing release is a refusal (the state is not ready yet), a malformed input a ConfigurationError.
 */
export function selectRelease(
  state: LedgerState,
  request: { releaseId?: string; from?: string; name: string; commit?: string; ledgerName: string },
): SelectionResult {
  if (request.releaseId !== undefined) {
    const selection: Selection = { kind: 'release-id', input: request.releaseId };
    return { ok: true, selection, release: findReleaseById(state, request.releaseId, request.ledgerName) };
  }
  if (request.from !== undefined) {
    const selection: Selection = { kind: 'from', environment: request.from };
    const pointer = state.environments[request.from];
    if (pointer === undefined) {
      return {
        ok: false,
        selection,
        refusal: { reason: `${request.from} runs no release yet, so there is nothing to promote from it`, fix: `promote a release to ${request.from} first` },
      };
    }
    const record = state.releases[pointer.releaseId];
    if (record === undefined) {
      return {
        ok: false,
        selection,
        refusal: {
          reason: `${request.from} runs release ${pointer.releaseId}, which the ledger's release registry does not list`,
          fix: `promote a registered release to ${request.from} again (the ledger history shows who wrote the pointer)`,
        },
      };
    }
    return { ok: true, selection, release: { releaseId: pointer.releaseId, record } };
  }
  const commit = request.commit ?? '';
  if (commit === '' || /^0+$/.test(commit)) {
    throw new ConfigurationError("promote needs a release: set 'release-id' or 'from', or run it in a workflow whose commit (GITHUB_SHA) was built by build-once");
  }
  const selection: Selection = { kind: 'commit', name: request.name, commit };
  const newest = buildsOf(state, request.name, commit)[0];
  if (newest === undefined) {
    return {
      ok: false,
      selection,
      refusal: {
        reason: `no release of ${request.name} was built from commit ${commit.slice(0, 7)}`,
        fix: `run build-once (name: ${request.name}) on that commit before promote, or name the release with 'release-id'`,
      },
    };
  }
  return { ok: true, selection, release: newest };
}
