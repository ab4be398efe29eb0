import type { Category, Finding } from '../finding.js';
import type { Policy } from '../policy/policy.js';
import { markBaseline } from './baseline.js';
import { decide, type Decision } from './decide.js';
import { applyExceptions, type ExceptionsResult } from './exceptions.js';
import { applyScope, type ScopeResult } from './scope.js';

export interface EvaluateOptions {
  /** Fingerprints of the findings that already existed; undefined when no baseline was given. */
  baseline?: ReadonlySet<string>;
  /** Categories that had at least one SARIF run. */
  categoriesWithInput: ReadonlySet<Category>;
  today: Date;
}

/** Everything the stages after normalization found, for the report and the outputs. */
export interface Evaluation {
  scope: ScopeResult;
  exceptions: ExceptionsResult;
  decision: Decision;
}

/**
 * scope → baseline → exceptions → decide over normalized findings, under one policy. Pure: the
 * caller picks the policy (on pull requests, the base branch's), so which text is parsed is the
 * only thing the change under review could influence, and it cannot.
 */
export function evaluatePolicy(policy: Policy, findings: readonly Finding[], options: EvaluateOptions): Evaluation {
  const scope = applyScope(findings, policy.paths.exclude);
  const baselined = markBaseline(scope.kept, options.baseline);
  const exceptions = applyExceptions(baselined, policy.exceptions, { today: options.today, block: policy.block, suppressions: policy.suppressions });
  const decision = decide({
    policy,
    findings: exceptions.findings,
    hasBaseline: options.baseline !== undefined,
    categoriesWithInput: options.categoriesWithInput,
  });
  return { scope, exceptions, decision };
}
