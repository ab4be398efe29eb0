import type { ErrorObject } from 'ajv';
import { ConfigurationError } from '../runtime/errors.js';
import { findJsonSyntaxError } from '../runtime/json-syntax.js';
// The schema in ./schema.ts compiled at build time (scripts/generate-validators.mjs): compiling
// it here would cost every action that reads a ledger ~40 ms, plus ~35 ms to load ajv itself.
import { validateLedgerState } from './generated/validate-ledger-state.js';
import { MIGRATIONS, migrateDocument, type Migration, type StateDocument } from './migrations.js';
import { CURRENT_SCHEMA_VERSION, type LedgerState } from './state.js';

/** " at line 3, column 7" for a text JSON.parse rejected, or "" if the scanner finds no fault. */
function syntaxLocation(json: string): string {
  const at = findJsonSyntaxError(json);
  return at ? ` at line ${at.line}, column ${at.column}` : '';
}

/** One ajv error as "<JSON pointer> <problem>", the pointer being where a person looks. */
function describe(error: ErrorObject): string {
  const pointer = error.instancePath === '' ? '/' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `${pointer === '/' ? '' : pointer}/${extra} is not a known field`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return `${pointer} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${pointer} ${error.message ?? 'is invalid'}`;
}

/** Options for tests and for tools that read ledgers with a different migration chain. */
export interface ParseStateOptions {
  migrations?: readonly Migration[];
}

/**
 * Reads `state.json` text into a LedgerState: JSON syntax, then schema-version migration, then
 * validation against the current schema. Every failure is a ConfigurationError that names `where`
 * (e.g. "ledger state.json at refs/stopline/ledger (abc1234) in o/r") and the position or JSON
 * pointer of the problem, because a bad ledger is fixed by a person reverting a commit.
 */
export function parseState(json: string, where: string, options: ParseStateOptions = {}): LedgerState {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      `${where} is not valid JSON${syntaxLocation(json)} (${reason}); ` +
        'revert the commit that wrote it on the ledger ref',
      { cause: error },
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ConfigurationError(`${where}: / must be a JSON object; revert the commit that wrote it on the ledger ref`);
  }
  const migrated = migrateDocument(
    document as StateDocument,
    where,
    options.migrations ?? MIGRATIONS,
    CURRENT_SCHEMA_VERSION,
  );
  const check = validateLedgerState;
  if (!check(migrated)) {
    const problems = (check.errors ?? []).slice(0, 5).map(describe);
    const more = (check.errors?.length ?? 0) > problems.length ? ` (and ${check.errors!.length - problems.length} more)` : '';
    throw new ConfigurationError(
      `${where} does not match the ledger schema v${CURRENT_SCHEMA_VERSION}: ${problems.join('; ')}${more}; ` +
        'fix the field or revert the commit that wrote it on the ledger ref',
    );
  }
  return migrated as unknown as LedgerState;
}
