/** The board's input and output names, exactly as in the root action.yml (a contract test checks). */
export const inputs = {
  token: 'token',
  ledgerRef: 'ledger-ref',
  branch: 'branch',
  freezesFile: 'freezes-file',
  boardFile: 'board-file',
} as const;

export const outputs = {
  state: 'state',
  board: 'board',
  line: 'line',
  frozen: 'frozen',
  leases: 'leases',
  environments: 'environments',
} as const;
