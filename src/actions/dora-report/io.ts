/** dora-report's input and output names, exactly as in actions/dora-report/action.yml (a contract test checks). */
export const inputs = {
  environment: 'environment',
  window: 'window',
  compare: 'compare',
  incidentLabel: 'incident-label',
  benchmark: 'benchmark',
  services: 'services',
  output: 'output',
  token: 'token',
} as const;

export const outputs = {
  deploymentFrequency: 'deployment-frequency',
  leadTimeHours: 'lead-time-hours',
  changeFailureRate: 'change-failure-rate',
  recoveryTimeHours: 'recovery-time-hours',
  reworkRate: 'rework-rate',
  deployments: 'deployments',
  report: 'report',
} as const;
