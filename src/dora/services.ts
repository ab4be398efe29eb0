/**
 * Services, for repositories that deploy several: either each service has its own environments
 * (`api: production-api`), or all deploy to one environment and a payload field names the service
 * (`payload.service`). Figures are then given for every service as well as for all together.
 */
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';

export type ServiceSpec =
  | { kind: 'environments'; services: { name: string; environments: string[] }[] }
  | { kind: 'payload'; field: string };

/** The service name given to deployments whose payload lacks the field. */
export const NO_SERVICE = '(no service)';

const FIELD = /^payload\.([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)$/;

function fail(input: string, problem: string): never {
  throw new ConfigurationError(
    `input '${input}': ${problem}. Write one line per service, \`name: environment\` (several environments separated by commas), or \`payload.<field>\` to split the 'environment' input's deployments by a payload field`,
  );
}

/**
 * Reads the `services` input: `payload.<field>` (a dotted path into the deployment payload), or a
 * YAML map of service → environment, list of environments, or comma-separated environments.
 * @throws ConfigurationError naming the input and what is wrong
 */
export function parseServices(text: string | undefined, input = 'services'): ServiceSpec | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const field = FIELD.exec(text.trim());
  if (field) return { kind: 'payload', field: field[1]! };
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    fail(input, `it is neither payload.<field> nor a YAML map (${(error as Error).message.split('\n')[0]})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) fail(input, 'it is neither payload.<field> nor a map of service names to environments');
  const owner = new Map<string, string>();
  const services: { name: string; environments: string[] }[] = [];
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    const listed = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
    const environments = listed?.map((item) => (typeof item === 'string' ? item.trim() : '')).filter((item) => item !== '');
    if (!environments || environments.length === 0 || environments.length !== listed!.length) {
      fail(input, `service '${name}' needs one or more environment names`);
    }
    for (const environment of environments) {
      const other = owner.get(environment);
      if (other !== undefined) fail(input, `environment '${environment}' is listed for both '${other}' and '${name}'; each environment belongs to one service`);
      owner.set(environment, name);
    }
    services.push({ name, environments });
  }
  if (services.length === 0) fail(input, 'the map is empty');
  return { kind: 'environments', services };
}

/** The environments whose deployments are read: the services' own, or the one `environment`. */
export function environmentsToRead(spec: ServiceSpec | undefined, environment: string): string[] {
  return spec?.kind === 'environments' ? spec.services.flatMap((service) => service.environments) : [environment];
}

/** The service a deployment belongs to, or undefined without services. */
export function serviceOf(spec: ServiceSpec | undefined, deployment: { environment: string; payload: Record<string, unknown> }): string | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'environments') {
    return spec.services.find((service) => service.environments.includes(deployment.environment))?.name ?? NO_SERVICE;
  }
  let value: unknown = deployment.payload;
  for (const key of spec.field.split('.')) {
    value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : NO_SERVICE;
}

/** The service names in the order the report shows them: as configured, else alphabetical. */
export function serviceNames(spec: ServiceSpec | undefined, seen: Iterable<string>): string[] {
  if (!spec) return [];
  const found = new Set(seen);
  if (spec.kind === 'environments') return spec.services.map((service) => service.name);
  return [...found].sort((a, b) => (a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a.localeCompare(b)));
}
