/**
 * JSON Schema of `state.json` at CURRENT_SCHEMA_VERSION. Objects are closed
 * (`additionalProperties: false`) so a typo in a hand-edited ledger is caught with its JSON pointer
 * instead of being silently ignored; extending the state means extending this schema (and adding a
 * migration when old files need rewriting).
 */

const timestamp = { type: 'string', format: 'date-time' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;

const firstBad = {
  type: 'object',
  required: ['sha'],
  additionalProperties: false,
  properties: {
    sha: nonEmpty,
    runId: { type: 'integer' },
    runUrl: { type: 'string' },
    author: { type: 'string' },
  },
} as const;

const line = {
  type: 'object',
  required: ['state', 'since'],
  additionalProperties: false,
  properties: {
    state: { enum: ['green', 'red'] },
    since: timestamp,
    firstBad,
  },
} as const;

const freeze = {
  type: 'object',
  required: ['id', 'reason', 'by', 'since', 'source'],
  additionalProperties: false,
  properties: {
    id: nonEmpty,
    reason: { type: 'string' },
    by: { type: 'string' },
    since: timestamp,
    until: timestamp,
    source: { enum: ['manual', 'schedule'] },
  },
} as const;

const lease = {
  type: 'object',
  required: ['owner', 'acquiredAt', 'expiresAt', 'epoch'],
  additionalProperties: false,
  properties: {
    owner: {
      type: 'object',
      required: ['runId', 'runAttempt'],
      additionalProperties: false,
      properties: {
        runId: { type: 'integer' },
        runAttempt: { type: 'integer', minimum: 1 },
        workflow: { type: 'string' },
        actor: { type: 'string' },
      },
    },
    acquiredAt: timestamp,
    expiresAt: timestamp,
    epoch: { type: 'integer', minimum: 0 },
  },
} as const;

const environment = {
  type: 'object',
  required: ['releaseId', 'sha', 'since', 'verified'],
  additionalProperties: false,
  properties: {
    releaseId: nonEmpty,
    sha: nonEmpty,
    version: { type: 'string' },
    since: timestamp,
    verified: { type: 'boolean' },
    deploymentId: { type: 'integer' },
  },
} as const;

const release = {
  type: 'object',
  required: ['name', 'version', 'sha', 'digest', 'createdAt'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    sha: nonEmpty,
    digest: nonEmpty,
    createdAt: timestamp,
    // The manifest's own format belongs to src/release, which validates it.
    manifest: {},
  },
} as const;

/** The schema `parseState` validates every (migrated) ledger document against. */
export const ledgerStateSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://stopline.dev/schemas/ledger-state-v1.json',
  type: 'object',
  required: ['schemaVersion', 'line', 'freezes', 'leases', 'environments', 'releases'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    line,
    freezes: { type: 'array', items: freeze },
    leases: { type: 'object', additionalProperties: lease },
    environments: { type: 'object', additionalProperties: environment },
    releases: { type: 'object', additionalProperties: release },
  },
} as const;
