/** build-once's input and output names, exactly as in actions/build-once/action.yml (a contract test checks). */
export const inputs = {
  path: 'path',
  name: 'name',
  version: 'version',
  storage: 'storage',
  allowRebuild: 'allow-rebuild',
  ledgerRef: 'ledger-ref',
  token: 'token',
} as const;

export const outputs = {
  releaseId: 'release-id',
  digest: 'digest',
  version: 'version',
  manifest: 'manifest',
  provenance: 'provenance',
  package: 'package',
} as const;
