import { CATEGORIES, SEVERITIES } from '../finding.js';
import { DELEGABLE, FAIL_ON_VALUES, SUPPRESSION_MODES } from './policy.js';

/**
 * JSON Schema (draft-07) of the policy file, version 1. Every object closes with
 * `additionalProperties: false` because a misspelt key that is silently ignored is a gate that
 * silently does less (microsoft/sarif-tools#87); parse-policy turns each unknown key into a
 * "did you mean" error. Checks a schema cannot state well (dates, exception lengths) live in
 * parse-policy.
 */

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const budgets = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: 'integer', minimum: 0 }])),
} as const;

const failOn = { enum: [...FAIL_ON_VALUES] } as const;

const categoryPolicy = {
  type: 'object',
  additionalProperties: false,
  properties: { 'fail-on': failOn, budgets },
} as const;

export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://stopline.dev/schemas/security-policy-v1.json',
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    extends: { type: 'string', minLength: 1 },
    'fail-on': failOn,
    categories: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(CATEGORIES.map((category) => [category, categoryPolicy])),
    },
    required: { type: 'array', uniqueItems: true, items: { enum: [...CATEGORIES] } },
    'new-only': { type: 'boolean' },
    suppressions: { enum: [...SUPPRESSION_MODES] },
    block: {
      type: 'object',
      additionalProperties: false,
      properties: {
        cwe: { type: 'array', items: { type: 'string', pattern: '^[Cc][Ww][Ee]-[0-9]+$' } },
        rules: stringList,
        ids: stringList,
      },
    },
    paths: {
      type: 'object',
      additionalProperties: false,
      properties: { exclude: stringList },
    },
    tools: { type: 'object', additionalProperties: { enum: [...CATEGORIES] } },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['match', 'reason', 'approved-by', 'expires'],
        additionalProperties: false,
        properties: {
          match: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: {
              rule: { type: 'string', minLength: 1 },
              id: { type: 'string', minLength: 1 },
              cwe: { type: 'string', pattern: '^[Cc][Ww][Ee]-[0-9]+$' },
              path: { type: 'string', minLength: 1 },
              url: { type: 'string', minLength: 1 },
              fingerprint: { type: 'string', minLength: 1 },
              tool: { type: 'string', minLength: 1 },
            },
          },
          reason: { type: 'string', minLength: 1 },
          'approved-by': { type: 'string', minLength: 1 },
          expires: { type: 'string', minLength: 1 },
          severity: { enum: [...SEVERITIES] },
        },
      },
    },
    budgets,
    'max-exception-days': {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: 'integer', minimum: 1 }])),
    },
    delegate: { type: 'array', uniqueItems: true, items: { enum: [...DELEGABLE] } },
  },
} as const;
