/** The security gate's input and output names, exactly as in actions/security-gate/action.yml (a contract test checks). */
export const inputs = {
  sarif: 'sarif',
  policy: 'policy',
  policyRef: 'policy-ref',
  baseline: 'baseline',
  mode: 'mode',
  outputSarif: 'output-sarif',
  report: 'report',
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

/** The context of the commit status the gate sets; branch protection can require it by this name. */
export const STATUS_CONTEXT = 'stopline/security-gate';

/** Where the policy lives when the `policy` input is empty. */
export const DEFAULT_POLICY_PATH = '.github/stopline/security-policy.yml';
