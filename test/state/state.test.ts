import { ConfigurationError } from '../../src/runtime/errors.js';
import {
  CURRENT_SCHEMA_VERSION,
  emptyState,
  migrateDocument,
  parseState,
  sameState,
  serializeState,
  type LedgerState,
  type Migration,
} from '../../src/state/index.js';

const where = 'ledger state.json at refs/stopline/ledger (abc1234) in o/r';
const now = new Date('2026-05-01T10:00:00.000Z');

function fullState(): LedgerState {
  return {
    ...emptyState(now),
    line: { state: 'red', since: '2026-05-01T09:00:00.000Z', firstBad: { sha: 'a'.repeat(40), runId: 12, author: 'dev' } },
    freezes: [{ id: 'f1', reason: 'release week', by: 'lead', since: '2026-05-01T08:00:00Z', source: 'manual' }],
    leases: {
      staging: {
        owner: { runId: 5, runAttempt: 2, workflow: 'deploy' },
        acquiredAt: '2026-05-01T09:30:00Z',
        expiresAt: '2026-05-01T10:30:00Z',
        epoch: 3,
      },
    },
    environments: { staging: { releaseId: 'r1', sha: 'b'.repeat(40), since: '2026-05-01T09:31:00Z', verified: false } },
    releases: {
      r1: { name: 'svc', version: '1.0.0', sha: 'b'.repeat(40), digest: 'sha256:00', createdAt: '2026-05-01T09:00:00Z', manifest: { files: 2 } },
    },
  };
}

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('emptyState', () => {
  test('is a green line since now with nothing frozen, leased, deployed or released', () => {
    expect(emptyState(now)).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      line: { state: 'green', since: '2026-05-01T10:00:00.000Z' },
      freezes: [],
      leases: {},
      environments: {},
      releases: {},
    });
  });
});

describe('serializeState', () => {
  test('is canonical: sorted keys at every depth, two-space indent, trailing newline', () => {
    const text = serializeState(fullState());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "environments": {');
    const topKeys = Object.keys(JSON.parse(text));
    expect(topKeys).toEqual(['environments', 'freezes', 'leases', 'line', 'releases', 'schemaVersion']);
    expect(Object.keys(JSON.parse(text).leases.staging)).toEqual(['acquiredAt', 'epoch', 'expiresAt', 'owner']);
  });

  test('does not depend on the order keys were inserted in, and drops undefined fields', () => {
    const a = fullState();
    const b: LedgerState = {
      releases: a.releases,
      environments: a.environments,
      leases: a.leases,
      freezes: a.freezes,
      line: { firstBad: a.line.firstBad, since: a.line.since, state: a.line.state },
      schemaVersion: a.schemaVersion,
    };
    b.freezes = [{ ...a.freezes[0]!, until: undefined }];
    expect(serializeState(b)).toBe(serializeState(a));
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, { ...a, freezes: [] })).toBe(false);
  });

  test('round-trips through parseState', () => {
    const state = fullState();
    expect(parseState(serializeState(state), where)).toEqual(state);
  });
});

describe('parseState', () => {
  test('names the file and line/column of a JSON syntax error', () => {
    const error = errorOf(() => parseState('{\n  "schemaVersion": 1,\n  "line": }\n', where));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(where);
    expect(error.message).toMatch(/is not valid JSON at line 3, column \d+/);
  });

  test('refuses a document that is not an object', () => {
    expect(() => parseState('[1]', where)).toThrow(`${where}: / must be a JSON object`);
  });

  test('names the JSON pointer of each schema violation', () => {
    const state = fullState() as unknown as { freezes: Record<string, unknown>[]; line: Record<string, unknown> };
    state.freezes[0]!.since = 'yesterday';
    state.line.state = 'amber';
    state.freezes[0]!.colour = 'blue';
    const error = errorOf(() => parseState(JSON.stringify(state), where));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`${where} does not match the ledger schema v1`);
    expect(error.message).toContain('/freezes/0/since must match format "date-time"');
    expect(error.message).toContain('/line/state must be one of "green", "red"');
    expect(error.message).toContain('/freezes/0/colour is not a known field');
  });

  test('names a missing required section', () => {
    const { leases: _leases, ...rest } = fullState();
    expect(() => parseState(JSON.stringify(rest), where)).toThrow("/ must have required property 'leases'");
  });

  test('refuses a newer schema version and says to upgrade', () => {
    const error = errorOf(() => parseState(JSON.stringify({ ...fullState(), schemaVersion: 7 }), where));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`${where} has schemaVersion 7 but this Stopline understands up to 1; upgrade the action`);
  });

  test('refuses a missing or non-integer schemaVersion, naming the pointer', () => {
    const { schemaVersion: _v, ...rest } = fullState();
    expect(() => parseState(JSON.stringify(rest), where)).toThrow(`${where}: /schemaVersion must be a non-negative integer, found undefined`);
    expect(() => parseState(JSON.stringify({ ...rest, schemaVersion: '1' }), where)).toThrow('found "1"');
  });

  test('migrates an older document through the given chain before validating it', () => {
    // A plausible version 0: freezes were a map of id → reason, and there were no releases yet.
    const v0ToV1: Migration = {
      from: 0,
      description: 'freezes become a list; releases registry added',
      migrate: (doc) => ({
        ...doc,
        freezes: Object.entries(doc.freezes as Record<string, string>).map(([id, reason]) => ({
          id,
          reason,
          by: 'unknown',
          since: '2026-01-01T00:00:00Z',
          source: 'manual',
        })),
        releases: {},
      }),
    };
    const v0 = {
      schemaVersion: 0,
      line: { state: 'green', since: '2026-01-01T00:00:00Z' },
      freezes: { 'code-freeze': 'holidays' },
      leases: {},
      environments: {},
    };
    const state = parseState(JSON.stringify(v0), where, { migrations: [v0ToV1] });
    expect(state.schemaVersion).toBe(1);
    expect(state.freezes).toEqual([
      { id: 'code-freeze', reason: 'holidays', by: 'unknown', since: '2026-01-01T00:00:00Z', source: 'manual' },
    ]);
    expect(state.releases).toEqual({});
    // Without that migration the same file cannot be read, and the message says so.
    expect(() => parseState(JSON.stringify(v0), where)).toThrow(
      `${where} has schemaVersion 0 but the oldest this Stopline can migrate is 1`,
    );
  });
});

describe('migrateDocument', () => {
  test('applies steps in order, each seeing the previous version', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      description: `step ${from}`,
      migrate: (doc) => {
        seen.push(doc.schemaVersion as number);
        return { ...doc, trail: [...((doc.trail as number[]) ?? []), from] };
      },
    });
    // Listed out of order on purpose: steps are found by `from`, not by position.
    const out = migrateDocument({ schemaVersion: 1 }, where, [step(2), step(1), step(3)], 4);
    expect(out).toEqual({ schemaVersion: 4, trail: [1, 2, 3] });
    expect(seen).toEqual([1, 2, 3]);
  });

  test('leaves a current document as it is', () => {
    const doc = { schemaVersion: 4, x: 1 };
    expect(migrateDocument(doc, where, [], 4)).toBe(doc);
  });

  test('names the gap when a step is missing in the middle', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, where, [{ from: 2, description: '', migrate: (d) => d }], 3)).toThrow(
      'has schemaVersion 1 but the oldest this Stopline can migrate is 2',
    );
  });
});

