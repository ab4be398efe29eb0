/**
 * JSON Schema (draft-07) of a deploy checks file (format in src/deploy/checks/README.md). Objects
 * are closed, so a misspelt key is an error with a "did you mean" rather than a check that
 * silently never runs. A check reads `query`, except a `judge: proportion` check, which reads the
 * counts `errors` and `total` instead (and not `query`). What a schema states badly (one provider,
 * URLs, unique names, a check that checks something, queries the provider understands, count
 * queries that count) is checked in parse-checks.ts.
 */

export const JUDGES = ['threshold', 'mann-whitney', 'proportion'] as const;
export const DIRECTIONS = ['increase', 'decrease', 'either'] as const;
export const NO_DATA_POLICIES = ['fail', 'pass', 'inconclusive'] as const;
export const PROVIDERS = ['prometheus', 'scrape', 'http'] as const;

const nonEmpty = { type: 'string', minLength: 1 } as const;

export const CHECKS_FILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://stopline.dev/schemas/deploy-checks-v1.json',
  type: 'object',
  required: ['provider', 'checks'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    provider: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        prometheus: nonEmpty,
        scrape: nonEmpty,
        http: {
          type: 'object',
          required: ['url', 'value'],
          additionalProperties: false,
          properties: { url: nonEmpty, value: nonEmpty },
        },
      },
    },
    checks: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 64 },
          query: nonEmpty,
          // judge: proportion: a counter's increase (or rate) of the failed requests, and of all.
          errors: nonEmpty,
          total: nonEmpty,
          max: { type: 'number' },
          min: { type: 'number' },
          // `50%` (relative to the baseline) or a number in the metric's unit (absolute).
          'max-increase': {
            if: { type: 'string' },
            then: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?%$' },
            else: { type: 'number', minimum: 0 },
          },
          judge: { enum: [...JUDGES] },
          direction: { enum: [...DIRECTIONS] },
          critical: { type: 'boolean' },
          'no-data': { enum: [...NO_DATA_POLICIES] },
        },
        if: { properties: { judge: { const: 'proportion' } }, required: ['judge'] },
        // The branches name every key they mention (ajv's strictRequired wants them defined there).
        then: { required: ['errors', 'total'], properties: { errors: true, total: true, query: false } },
        else: { required: ['query'], properties: { query: true, errors: false, total: false } },
      },
    },
  },
} as const;
