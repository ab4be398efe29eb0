/** The security gate's input and output names, exactly as in actions/security-gate/action.yml (a contract test checks). */
export const inputs = {
  sarif: 'sarif',
  policy: 'policy',
  policyRef: 'policy-ref',
  baseline: 'baseline',
  mode: 'mode',
  outputSarif: 'output-sarif',
  report: 'report',
  statusContext: 'status-context',
  token: 'token',
} as const;

export const outputs = {
  verdict: 'verdict',
  findings: 'findings',
  new: 'new',
  violations: 'violations',
  report: 'report',
  sarif: 'sarif',
} as const;

/**
 * The default context of the commit status the gate sets; branch protection and promote's
 * `require` name it. A second gate on the same commit (DAST after staging) sets its own context.
 */
export const STATUS_CONTEXT = 'stopline/security-gate';

/** Where the policy lives when the `policy` input is empty. */
export const DEFAULT_POLICY_PATH = '.github/stopline/security-policy.yml';
