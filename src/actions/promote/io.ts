/** promote's input and output names, exactly as in actions/promote/action.yml (a contract test checks). */
export const inputs = {
  environment: 'environment',
  name: 'name',
  from: 'from',
  releaseId: 'release-id',
  require: 'require',
  soak: 'soak',
  path: 'path',
  artifactPath: 'artifact-path',
  freezesFile: 'freezes-file',
  ledgerRef: 'ledger-ref',
  token: 'token',
} as const;

export const outputs = {
  releaseId: 'release-id',
  digest: 'digest',
  version: 'version',
  sha: 'sha',
  path: 'path',
  deploymentId: 'deployment-id',
  promoted: 'promoted',
} as const;
