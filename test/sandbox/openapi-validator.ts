/**
 * Checks recorded sandbox traffic against GitHub's OpenAPI description (@octokit/openapi): each
 * request body and query, and each response body by status code, must validate against the
 * matching operation. Loads the 13 MB description once and compiles only the schemas it meets.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SandboxExchange } from '../../src/sandbox/index.js';

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export interface Spec {
  paths: Record<string, Record<string, Operation>>;
}

const require = createRequire(import.meta.url);

export function loadSpec(): Spec {
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Spec;
}

/**
 * The small adaptation OpenAPI 3.0 needs for JSON Schema: `nullable: true` becomes "or null", and
 * `oneOf` becomes `anyOf`, because GitHub's unions overlap (a `labeled` issue event also fits the
 * `unlabeled` shape), so exactly-one would reject real GitHub answers too.
 */
export function adapt(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(adapt);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'discriminator') continue;
    // Under `properties` the keys are property names, not keywords: adapt the values only.
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, adapt(v)]));
    } else out[key === 'oneOf' ? 'anyOf' : key] = adapt(value);
  }
  return (schema as Schema).nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The standard formats plus GitHub's own `repo.nwo` ("owner/name"). */
function withGitHubFormats(ajv: Ajv): Ajv {
  return addFormats(ajv).addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
}

export class OpenApiValidator {
  private readonly ajv = withGitHubFormats(new Ajv({ strict: false, logger: false }));
  private readonly coercing = withGitHubFormats(new Ajv({ strict: false, logger: false, coerceTypes: 'array' }));
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly spec: Spec) {}

  operation(method: string, route: string): Operation | undefined {
    return this.spec.paths[route]?.[method.toLowerCase()];
  }

  private compile(key: string, schema: Schema, coercing = false): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) {
      fn = (coercing ? this.coercing : this.ajv).compile(adapt(schema) as Schema);
      this.cache.set(key, fn);
    }
    return fn;
  }

  /** Problems with one exchange; empty when it conforms. */
  check(exchange: SandboxExchange): string[] {
    const route = exchange.route!;
    const where = `${exchange.method} ${route} → ${exchange.status}`;
    const op = this.operation(exchange.method, route);
    if (!op) return [`${exchange.method} ${route}: no such operation in GitHub's OpenAPI description`];
    const problems: string[] = [];
    const fail = (what: string, fn: ValidateFunction) =>
      problems.push(`${where}: ${what} does not validate (${op.operationId}): ${this.ajv.errorsText(fn.errors?.slice(0, 3))}`);

    for (const [name, value] of Object.entries(exchange.query)) {
      const param = op.parameters?.find((p) => p.in === 'query' && p.name === name);
      if (!param) {
        problems.push(`${where}: query parameter "${name}" is not in ${op.operationId}`);
        continue;
      }
      const fn = this.compile(`${op.operationId}?${name}`, { type: 'object', properties: { [name]: param.schema ?? {} } }, true);
      if (!fn({ [name]: value })) fail(`query ${name}=${value}`, fn);
    }

    if (exchange.requestBody !== undefined && !Buffer.isBuffer(exchange.requestBody)) {
      const schema = op.requestBody?.content['application/json']?.schema;
      if (!schema) problems.push(`${where}: ${op.operationId} takes no JSON body`);
      else {
        const fn = this.compile(`${op.operationId}:request`, schema);
        if (!fn(exchange.requestBody)) fail('request body', fn);
      }
    } else if (Buffer.isBuffer(exchange.requestBody)) {
      const type = (exchange.requestContentType ?? '').split(';')[0]!;
      const declared = Object.keys(op.requestBody?.content ?? {});
      if (!declared.includes('application/octet-stream') && !declared.includes(type)) {
        problems.push(`${where}: raw body of type ${type} not accepted by ${op.operationId}`);
      }
    }

    const response = op.responses[String(exchange.status)];
    if (!response) {
      problems.push(`${where}: status ${exchange.status} is not a documented response of ${op.operationId}`);
      return problems;
    }
    const isJson = (exchange.responseContentType ?? '').startsWith('application/json');
    if (!isJson) return problems; // 204, or asset bytes (GitHub answers those through a redirect)
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      // GitHub documents some errors (409, 422) without a body, yet sends its usual { message }.
      const message = (exchange.responseBody as { message?: unknown } | undefined)?.message;
      if (exchange.status < 400 || typeof message !== 'string') {
        problems.push(`${where}: ${op.operationId} documents no JSON body for ${exchange.status}`);
      }
      return problems;
    }
    const fn = this.compile(`${op.operationId}:${exchange.status}`, schema);
    if (!fn(exchange.responseBody)) fail('response body', fn);
    return problems;
  }
}
