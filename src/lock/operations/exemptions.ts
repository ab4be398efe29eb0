/**
 * Whether one pull request may merge while the line is locked: the GitHub lookups the pure
 * decisions need (the red range, who added a label and with what permission), made only when the
 * change claims an exemption, so an ordinary pull request costs no request here.
 */
import type { GitHubClient } from '../../github/client.js';
import type { Logger } from '../../runtime/logger.js';
import { decideExemption, decideFreezeExemption, parseRevert, type Exemption, type LineVerdict } from '../index.js';
import { getPullRequest } from '../github/pull-requests.js';
import type { PullRequestInfo } from '../github/pull-requests.js';
import { labelProvenance } from '../github/label-provenance.js';
import { listRedRange } from '../github/red-range.js';
import type { RepositoryRef } from '../github/repository.js';

export interface ExemptionLabels {
  /** Lifts red when added by someone with write access (`fix-label`). */
  fix: string;
  /** Lifts a freeze when added by someone with maintain or admin access. */
  freeze: string;
}

export interface ExemptionFinding {
  exemptions: Exemption[];
  /** What was claimed and why it counted or not, for the summary and the log. */
  notes: string[];
}

/** The red range's shas, read once per action run however many changes ask. */
export function redRangeReader(client: GitHubClient, at: RepositoryRef, verdict: LineVerdict, logger?: Logger): () => Promise<string[]> {
  let range: Promise<string[]> | undefined;
  return () => {
    if (!verdict.firstBad) return Promise.resolve([]);
    range ??= listRedRange(client, at, { firstBad: verdict.firstBad.sha, head: verdict.branch, ...(logger ? { logger } : {}) }).then((found) =>
      found.commits.map((commit) => commit.sha),
    );
    return range;
  };
}

export async function findExemptions(
  client: GitHubClient,
  at: RepositoryRef,
  pull: Pick<PullRequestInfo, 'number' | 'title' | 'body' | 'labels'>,
  verdict: LineVerdict,
  options: { labels: ExemptionLabels; redRange: () => Promise<string[]>; logger?: Logger },
): Promise<ExemptionFinding> {
  const { labels } = options;
  const found: ExemptionFinding = { exemptions: [], notes: [] };
  if (verdict.red) {
    const claim = parseRevert(pull.title, pull.body);
    const revertedShas: string[] = [];
    if (claim.kind === 'revert') {
      revertedShas.push(...claim.shas);
      for (const reference of claim.pulls) {
        // GitHub's Revert button names the pull request, not the commit: its merge commit is what was reverted.
        if (reference.owner.toLowerCase() !== at.owner.toLowerCase() || reference.repo.toLowerCase() !== at.repo.toLowerCase()) continue;
        const reverted = await getPullRequest(client, at, reference.number);
        if (reverted.mergeCommitSha) revertedShas.push(reverted.mergeCommitSha);
      }
    }
    const labelPresent = pull.labels.includes(labels.fix);
    if (claim.kind === 'revert' || labelPresent) {
      const labelAddedBy = labelPresent ? await labelProvenance(client, at, pull.number, labels.fix, options.logger) : undefined;
      const decision = decideExemption({
        revertedShas,
        redRangeShas: revertedShas.length > 0 ? await options.redRange() : [],
        labelPresent,
        ...(labelAddedBy ? { labelAddedBy } : {}),
        label: labels.fix,
      });
      found.notes.push(decision.reason);
      if (decision.exempt) found.exemptions.push(decision.exemption);
    }
  }
  if (verdict.frozen && pull.labels.includes(labels.freeze)) {
    const labelAddedBy = await labelProvenance(client, at, pull.number, labels.freeze, options.logger);
    const decision = decideFreezeExemption({ labelPresent: true, ...(labelAddedBy ? { labelAddedBy } : {}), label: labels.freeze });
    found.notes.push(decision.reason);
    if (decision.exempt) found.exemptions.push(decision.exemption);
  }
  return found;
}
