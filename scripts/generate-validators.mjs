// Generates the JSON Schema validators listed in VALIDATORS (the ledger state schema, the security
// gate's policy schema), each compiled ahead of time by ajv's standalone code generation.
// Compiling a schema at run time costs ~40 ms, and importing ajv ~35 ms more, on every action
// start that needs it; a generated validator needs neither. It is run by scripts/build.mjs, and the
// output is committed, so the type check and the tests see the same code that is bundled. The
// output is deterministic: the same schema and ajv version give the same bytes (CI's dist check
// relies on it, and scripts/check-dist.mjs checks every path listed here).
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import equalModule from 'ajv/dist/runtime/equal.js';

// All are CommonJS with an `exports.default`; Node's ESM loader hands over module.exports.
const standaloneCode = standaloneModule.default;
const ucs2length = ucs2lengthModule.default;
const equal = equalModule.default;
const addFormats = addFormatsModule.default;

/**
 * Every generated validator. `options` are the ajv options the validator is compiled with: the
 * same ones the code compiled with at run time before, so the checks and the error objects (with
 * `verbose`, their `parentSchema` and `data`) are unchanged.
 */
export const VALIDATORS = [
  {
    path: 'src/state/generated/validate-ledger-state.ts',
    schemaModule: 'src/state/schema.ts',
    schemaExport: 'ledgerStateSchema',
    exportName: 'validateLedgerState',
    doc: 'Validates a ledger state document against the current schema; errors land on `.errors`.',
    options: { allErrors: true, strict: true },
    formats: ['date-time'],
  },
  {
    path: 'src/gate/policy/generated/validate-policy.ts',
    schemaModule: 'src/gate/policy/schema.ts',
    schemaExport: 'POLICY_SCHEMA',
    exportName: 'validatePolicy',
    doc: 'Validates a security policy document (version 1); errors, verbose (with `parentSchema` and `data`), land on `.errors`.',
    // verbose: parse-policy reads the known keys of an object from the error's parentSchema.
    options: { allErrors: true, strict: true, verbose: true },
    formats: [],
  },
  {
    path: 'src/lock/generated/validate-freeze-schedule.ts',
    schemaModule: 'src/lock/schedule-schema.ts',
    schemaExport: 'FREEZE_SCHEDULE_SCHEMA',
    exportName: 'validateFreezeSchedule',
    doc: 'Validates a freezes file (`.github/stopline/freezes.yml`, version 1); errors, verbose, land on `.errors`.',
    // verbose: parse-schedule reads the known keys of an object from the error's parentSchema.
    options: { allErrors: true, strict: true, verbose: true },
    formats: [],
  },
  {
    path: 'src/deploy/checks/generated/validate-checks-file.ts',
    schemaModule: 'src/deploy/checks/schema.ts',
    schemaExport: 'CHECKS_FILE_SCHEMA',
    exportName: 'validateChecksFile',
    doc: 'Validates a deploy checks file (version 1); errors, verbose, land on `.errors`.',
    // verbose: parse-checks reads the known keys of an object from the error's parentSchema.
    options: { allErrors: true, strict: true, verbose: true },
    formats: [],
  },
  {
    path: 'src/release/promotion/generated/validate-environments.ts',
    schemaModule: 'src/release/promotion/environments-schema.ts',
    schemaExport: 'ENVIRONMENTS_SCHEMA',
    exportName: 'validateEnvironments',
    doc: 'Validates an environments file (`.github/stopline/environments.yml`, version 1); errors, verbose, land on `.errors`.',
    // verbose: environments-file reads the known keys of an object from the error's parentSchema.
    options: { allErrors: true, strict: true, verbose: true },
    formats: [],
  },
];

/** Paths of every generated file, relative to the repository root. */
export const GENERATED_PATHS = VALIDATORS.map((validator) => validator.path);

// The generated code names its runtime helpers with require(). An ES module has no require (and
// under jest it must not need one), so each helper a schema uses is mapped to an import or
// inlined; a helper not listed here fails the build rather than producing code that breaks later.
const RUNTIME = [
  {
    require: 'require("ajv-formats/dist/formats").fullFormats',
    name: 'fullFormats',
    declaration: "import { fullFormats } from 'ajv-formats/dist/formats.js';",
  },
  {
    require: 'require("ajv/dist/runtime/ucs2length").default',
    name: 'ucs2length',
    // A pure function of its argument, so its source stands on its own.
    declaration: `const ucs2length = ${String(ucs2length)};`,
  },
  {
    require: 'require("ajv/dist/runtime/equal").default',
    name: 'equal',
    // fast-deep-equal: self-contained (it recurses through its own name), so inlined like ucs2length.
    declaration: `const equal = ${String(equal)};`,
  },
];

/** Imports the named export of a TypeScript module under `root`, bundled in memory by esbuild. */
async function importTs(root, entry, name) {
  const out = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  if (module[name] === undefined) throw new Error(`generate-validators: ${entry} does not export ${name}`);
  return module[name];
}

/** Returns the text of the generated module for one entry of VALIDATORS, schemas read under `root`. */
export async function generateValidator(root, spec) {
  const schema = await importTs(root, spec.schemaModule, spec.schemaExport);
  const ajv = new Ajv({ ...spec.options, code: { source: true, esm: true, lines: true } });
  if (spec.formats.length > 0) addFormats(ajv, spec.formats);
  let code = standaloneCode(ajv, ajv.compile(schema));

  // Drop ajv's own exports and "use strict" (modules are strict); the typed export is added below.
  code = code.replace(/^"use strict";/, '').replace(/export const validate = (\w+);\s*export default \1;/, '');
  const entry = /function (validate\d+)\(/.exec(code)?.[1];
  if (!entry) throw new Error(`generate-validators: no validate function in ajv standalone output for ${spec.path}`);
  const used = [];
  for (const helper of RUNTIME) {
    if (code.includes(helper.require)) {
      code = code.replaceAll(helper.require, helper.name);
      used.push(helper.declaration);
    }
  }
  const left = /require\([^)]*\)/.exec(code);
  if (left) throw new Error(`generate-validators: unmapped ajv runtime helper ${left[0]} in ${spec.path}; add it to RUNTIME`);

  return [
    '// @ts-nocheck -- generated code; ajv emits it untyped.',
    `// GENERATED by scripts/generate-validators.mjs from ${spec.schemaModule} during \`npm run build\`.`,
    '// Do not edit: change the schema and rebuild. CI fails when this file is stale.',
    "import type { ValidateFunction } from 'ajv';",
    ...used,
    code.trim(),
    '',
    `/** ${spec.doc} */`,
    `export const ${spec.exportName}: ValidateFunction = ${entry};`,
    '',
  ].join('\n');
}

/** Every validator as `{ path, text }`, in VALIDATORS order. */
export async function generateValidators(root) {
  const files = [];
  for (const spec of VALIDATORS) files.push({ path: spec.path, text: await generateValidator(root, spec) });
  return files;
}
