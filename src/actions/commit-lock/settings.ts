/** The commit lock's inputs, read and checked once. */
import { ConfigurationError } from '../../runtime/errors.js';
import { parseDuration } from '../../runtime/duration.js';
import { getBooleanInput, getChoiceInput, getOptionalInput, getSecretInput } from '../../runtime/inputs.js';
import { inputs } from './io.js';

export const COMMANDS = ['auto', 'check', 'lock', 'unlock', 'status'] as const;
export type Command = (typeof COMMANDS)[number];

export interface LockSettings {
  command: Command;
  /** Empty: the repository's default branch. */
  branch: string | undefined;
  reason: string;
  until: Date | undefined;
  fixLabel: string;
  retryFailed: boolean;
  freezesFile: string;
  ledgerRef: string;
  token: string;
}

/** `until`: an ISO 8601 time with a zone, or a duration from now. */
export function parseUntil(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
      throw new ConfigurationError(`input 'until': '${text}' is not an ISO 8601 time with a zone; write e.g. 2026-12-01T08:00:00Z, or a duration such as 2h`);
    }
    return new Date(at);
  }
  return new Date(now.getTime() + parseDuration(text, "input 'until'"));
}

export function readSettings(now: Date): LockSettings {
  return {
    command: getChoiceInput(inputs.command, COMMANDS, 'auto'),
    branch: getOptionalInput(inputs.branch),
    reason: getOptionalInput(inputs.reason) ?? '',
    until: parseUntil(getOptionalInput(inputs.until), now),
    fixLabel: getOptionalInput(inputs.fixLabel) ?? 'stopline:fix',
    retryFailed: getBooleanInput(inputs.retryFailed, true),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? '.github/stopline/freezes.yml',
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? 'refs/stopline/ledger',
    token: getSecretInput(inputs.token, { required: true }),
  };
}
