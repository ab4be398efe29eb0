/** The commit lock's input and output names, exactly as in actions/commit-lock/action.yml (a contract test checks). */
export const inputs = {
  command: 'command',
  branch: 'branch',
  reason: 'reason',
  until: 'until',
  fixLabel: 'fix-label',
  retryFailed: 'retry-failed',
  freezesFile: 'freezes-file',
  ledgerRef: 'ledger-ref',
  token: 'token',
} as const;

export const outputs = {
  state: 'state',
  locked: 'locked',
  reason: 'reason',
  since: 'since',
  firstBad: 'first-bad',
} as const;
