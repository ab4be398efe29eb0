/** dora-report's inputs, read and checked once. */
import { BENCHMARKS, type BenchmarkName } from '../../dora/bands.js';
import { parseServices, type ServiceSpec } from '../../dora/services.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { getBooleanInput, getChoiceInput, getDurationInput, getOptionalInput, getSecretInput } from '../../runtime/inputs.js';
import { inputs } from './io.js';

export interface DoraSettings {
  environment: string;
  windowMs: number;
  compare: boolean;
  incidentLabel: string;
  benchmark: BenchmarkName | 'none';
  services: ServiceSpec | undefined;
  /** The JSON report's path, relative to the workspace unless absolute. */
  output: string;
  token: string;
}

const HOUR_MS = 60 * 60 * 1000;
/** GitHub keeps deployments indefinitely, but a window beyond two years is almost surely a typo. */
const MAX_WINDOW_MS = 2 * 366 * 24 * HOUR_MS;

export function readSettings(): DoraSettings {
  const windowMs = getDurationInput(inputs.window, '30d')!;
  if (windowMs < HOUR_MS || windowMs > MAX_WINDOW_MS) {
    throw new ConfigurationError(`input '${inputs.window}': the window must be from 1h to 732d (two years); use e.g. 7d, 30d or 90d`);
  }
  return {
    environment: getOptionalInput(inputs.environment) ?? 'production',
    windowMs,
    compare: getBooleanInput(inputs.compare, true),
    incidentLabel: getOptionalInput(inputs.incidentLabel) ?? 'incident',
    benchmark: getChoiceInput(inputs.benchmark, BENCHMARKS, 'dora-2024'),
    services: parseServices(getOptionalInput(inputs.services), inputs.services),
    output: getOptionalInput(inputs.output) ?? 'stopline-dora.json',
    token: getSecretInput(inputs.token, { required: true }),
  };
}
