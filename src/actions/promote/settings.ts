/** promote's inputs, read and checked once. */
import { DEFAULT_LEDGER_REF } from '../../github/ledger.js';
import { FREEZES_FILE } from '../../lock/index.js';
import { getDurationInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput } from '../../runtime/inputs.js';
import { inputs } from './io.js';

export interface PromoteSettings {
  environment: string;
  /** Empty: the repository's name. */
  name: string | undefined;
  from: string | undefined;
  releaseId: string | undefined;
  /** undefined: the environments file's, else stopline/security-gate; `[]` for `none`. */
  require: string[] | undefined;
  soakMs: number | undefined;
  path: string;
  artifactPath: string | undefined;
  freezesFile: string;
  ledgerRef: string;
  token: string;
}

export function readSettings(): PromoteSettings {
  const environment = getRequiredInput(inputs.environment);
  const require = getListInput(inputs.require);
  return {
    environment,
    name: getOptionalInput(inputs.name),
    from: getOptionalInput(inputs.from),
    releaseId: getOptionalInput(inputs.releaseId),
    require: require.length === 0 ? undefined : require.length === 1 && require[0]!.toLowerCase() === 'none' ? [] : require,
    soakMs: getDurationInput(inputs.soak),
    path: getOptionalInput(inputs.path) ?? 'release',
    artifactPath: getOptionalInput(inputs.artifactPath),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? FREEZES_FILE,
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: true }),
  };
}
