/** build-once's inputs, read and checked once. */
import { getBooleanInput, getChoiceInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput } from '../../runtime/inputs.js';
import { DEFAULT_LEDGER_REF } from '../../github/ledger.js';
import { inputs } from './io.js';

export const STORAGE_KINDS = ['release-assets', 'artifact'] as const;

export interface BuildSettings {
  paths: string[];
  /** Empty: the repository's name. */
  name: string | undefined;
  /** Empty: the short commit sha. */
  version: string | undefined;
  storage: (typeof STORAGE_KINDS)[number];
  allowRebuild: boolean;
  ledgerRef: string;
  token: string;
}

export function readSettings(): BuildSettings {
  // Required first, so a missing `path` is the one error reported.
  getRequiredInput(inputs.path);
  return {
    paths: getListInput(inputs.path),
    name: getOptionalInput(inputs.name),
    version: getOptionalInput(inputs.version),
    storage: getChoiceInput(inputs.storage, STORAGE_KINDS, 'release-assets'),
    allowRebuild: getBooleanInput(inputs.allowRebuild, false),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: true }),
  };
}
