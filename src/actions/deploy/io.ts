/** deploy's input and output names, exactly as in actions/deploy/action.yml (a contract test checks). */
export const inputs = {
  environment: 'environment',
  deploymentId: 'deployment-id',
  releaseId: 'release-id',
  run: 'run',
  rollback: 'rollback',
  smoke: 'smoke',
  checks: 'checks',
  steps: 'steps',
  baseline: 'baseline',
  interval: 'interval',
  samples: 'samples',
  leaseTtl: 'lease-ttl',
  lockTimeout: 'lock-timeout',
  artifactPath: 'artifact-path',
  ledgerRef: 'ledger-ref',
  token: 'token',
} as const;

export const outputs = {
  verdict: 'verdict',
  deploymentId: 'deployment-id',
  report: 'report',
} as const;
