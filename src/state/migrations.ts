import { ConfigurationError } from '../runtime/errors.js';
import { CURRENT_SCHEMA_VERSION } from './state.js';

/** A JSON document as read from `state.json`, before validation. */
export type StateDocument = Record<string, unknown>;

/**
 * One step up the schema: a pure function from a version-`from` document to a version-`from + 1`
 * document. Steps never skip a version, so every old file walks the same path.
 */
export interface Migration {
  from: number;
  /** What changed, for the debug log and for whoever reads this list. */
  description: string;
  migrate(document: StateDocument): StateDocument;
}

/**
 * The migrations this build knows, in order. Version 1 is the first published layout, so the list
 * is empty; the first schema change appends `{ from: 1, ... }` here and bumps CURRENT_SCHEMA_VERSION.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The oldest version `migrateDocument` can read with `migrations`: where the chain starts. */
function oldestReadable(migrations: readonly Migration[], target: number): number {
  let oldest = target;
  while (migrations.some((m) => m.from === oldest - 1)) oldest -= 1;
  return oldest;
}

/**
 * Walks `document` from its `schemaVersion` up to `target` through `migrations`. A version newer
 * than `target` means a newer Stopline wrote the ledger: reading it could drop fields it relies on,
 * so it is refused and the user is told to upgrade. `where` names the file in messages.
 */
export function migrateDocument(
  document: StateDocument,
  where: string,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): StateDocument {
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ConfigurationError(
      `${where}: /schemaVersion must be a non-negative integer, found ${JSON.stringify(version)}; ` +
        'the file was not written by Stopline or was edited by hand. Revert the last commit on the ledger ref.',
    );
  }
  if (version > target) {
    throw new ConfigurationError(
      `${where} has schemaVersion ${version} but this Stopline understands up to ${target}; upgrade the action`,
    );
  }
  let current = document;
  for (let v = version; v < target; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) {
      throw new ConfigurationError(
        `${where} has schemaVersion ${version} but the oldest this Stopline can migrate is ` +
          `${oldestReadable(migrations, target)}; migrate it with an older Stopline release first`,
      );
    }
    current = { ...step.migrate(current), schemaVersion: v + 1 };
  }
  return current;
}
