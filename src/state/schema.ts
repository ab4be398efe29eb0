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
    runNumber: { type: 'integer' },
    workflow: { type: 'string' },
  },
} as const;

const lineRun = {
  type: 'object',
  required: ['runId', 'runNumber', 'runAttempt', 'sha', 'conclusion', 'at'],
  additionalProperties: false,
  properties: {
    runId: { type: 'integer' },
    runNumber: { type: 'integer' },
    runAttempt: { type: 'integer', minimum: 1 },
    sha: nonEmpty,
    conclusion: { enum: ['success', 'failure', 'timed_out', 'startup_failure'] },
    at: timestamp,
    url: { type: 'string' },
    author: { type: 'string' },
  },
} as const;

const workflowRuns = {
  type: 'object',
  required: ['last', 'streak'],
  additionalProperties: false,
  properties: {
    last: lineRun,
    boundary: {
      type: 'object',
      required: ['runNumber', 'runAttempt'],
      additionalProperties: false,
      properties: { runNumber: { type: 'integer' }, runAttempt: { type: 'integer', minimum: 1 } },
    },
    streak: { type: 'array', items: lineRun },
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
    // Optional, so ledgers written before commit-lock still validate at schema version 1.
    workflows: { type: 'object', additionalProperties: workflowRuns },
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

const leaseOwner = {
  type: 'object',
  required: ['runId', 'runAttempt'],
  additionalProperties: false,
  properties: {
    runId: { type: 'integer' },
    runAttempt: { type: 'integer', minimum: 1 },
    workflow: { type: 'string' },
    actor: { type: 'string' },
  },
} as const;

const lease = {
  type: 'object',
  required: ['owner', 'acquiredAt', 'expiresAt', 'epoch'],
  additionalProperties: false,
  properties: {
    owner: leaseOwner,
    acquiredAt: timestamp,
    expiresAt: timestamp,
    epoch: { type: 'integer', minimum: 0 },
    // Optional, so leases written before deploy queues still validate at schema version 1.
    ticket: nonEmpty,
  },
} as const;

const leaseQueue = {
  type: 'object',
  required: ['waiting', 'lastEpoch'],
  additionalProperties: false,
  properties: {
    waiting: {
      type: 'array',
      items: {
        type: 'object',
        required: ['owner', 'ticket', 'enqueuedAt', 'heartbeatAt'],
        additionalProperties: false,
        properties: { owner: leaseOwner, ticket: nonEmpty, enqueuedAt: timestamp, heartbeatAt: timestamp },
      },
    },
    lastEpoch: { type: 'integer', minimum: 0 },
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
    // Optional, so pointers written before promote still validate at schema version 1.
    verifiedAt: timestamp,
    promotedBy: { type: 'string' },
    promotedFrom: nonEmpty,
    runUrl: { type: 'string' },
    previousReleaseId: nonEmpty,
  },
} as const;

const storedAsset = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: { id: { type: 'integer' }, name: nonEmpty },
} as const;

const releaseStorage = {
  type: 'object',
  required: ['kind', 'githubReleaseId', 'manifest', 'provenance'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['release-assets', 'artifact'] },
    githubReleaseId: { type: 'integer' },
    manifest: storedAsset,
    provenance: storedAsset,
    package: storedAsset,
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
    // Optional, so releases written before build-once still validate at schema version 1.
    repository: nonEmpty,
    size: { type: 'integer', minimum: 0 },
    contentDigest: nonEmpty,
    storage: releaseStorage,
    verified: { type: 'object', additionalProperties: timestamp },
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
    // Optional, so ledgers written before deploy queues still validate at schema version 1.
    leaseQueues: { type: 'object', additionalProperties: leaseQueue },
    environments: { type: 'object', additionalProperties: environment },
    releases: { type: 'object', additionalProperties: release },
  },
} as const;
