/** The ledger's content: types, schema versioning, parsing and canonical serialization (pure). */
export * from './state.js';
export { parseState, type ParseStateOptions } from './parse-state.js';
export { serializeState, sameState } from './serialize-state.js';
export { MIGRATIONS, migrateDocument, type Migration, type StateDocument } from './migrations.js';
export { ledgerStateSchema } from './schema.js';
