import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Category, Finding } from '../../src/gate/finding.js';
import { readSarifFile } from '../../src/gate/ingest/read-sarif.js';
import { normalizeLog } from '../../src/gate/normalize/normalize-log.js';
import { parsePolicy } from '../../src/gate/policy/parse-policy.js';
import { evaluatePolicy } from '../../src/gate/stages/evaluate.js';

/**
 * SARIF written here, by the real tools (issue 3, "Tests"): ESLint 9 with
 * @microsoft/eslint-formatter-sarif and eslint-plugin-security, and secretlint with its SARIF
 * formatter, run on a small vulnerable file in a temp dir, then ingested, normalized and judged.
 * The fake secrets are assembled at run time so no scanner flags this repository.
 */
const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules/.bin');
const TODAY = new Date('2026-11-01T00:00:00Z');

let dir: string;
type Judged = { findings: Finding[]; tool: string; category: Category; categorySource: string };
let eslint: Judged;
let secretlint: Judged;

const VULNERABLE = `'use strict';
const fs = require('fs');
const childProcess = require('child_process');

module.exports = function handle(input) {
  const value = eval(input.expression);
  childProcess.exec('convert ' + input.file, () => {});
  fs.readFile('/var/data/' + input.name, () => {});
  return value;
};
`;

/** A 40-character AWS-secret-shaped value and a ghp_ token, built so they appear in no committed file. */
function fakeSecrets(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const pick = (n: number, seed: number) => Array.from({ length: n }, (_, i) => alphabet[(i * 7 + seed * 13) % alphabet.length]).join('');
  return `const AWS_SECRET_ACCESS_KEY = "${pick(40, 3)}";\nconst token = "${'ghp'}_${pick(36, 5)}";\nmodule.exports = { AWS_SECRET_ACCESS_KEY, token };\n`;
}

function run(command: string, args: string[], okStatuses: number[]): void {
  const result = spawnSync(path.join(BIN, command), args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (result.status === null || !okStatuses.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
}

async function judgeFile(file: string): Promise<Judged> {
  const log = await readSarifFile(path.join(dir, file), file);
  const normalized = normalizeLog(log, { file, workspace: dir });
  expect(normalized.runs).toHaveLength(1);
  const [run] = normalized.runs;
  return { findings: normalized.findings, tool: run!.tool, category: run!.category, categorySource: run!.categorySource };
}

beforeAll(async () => {
  // realpath: ESLint writes file:// URIs of the real path, and /tmp may be a symlink.
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'stopline-real-tools-')));
  // The tools and the plugin resolve from the working directory's node_modules.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/app.js'), VULNERABLE);
  writeFileSync(path.join(dir, 'src/config.js'), fakeSecrets());
  writeFileSync(
    path.join(dir, 'eslint.config.mjs'),
    `import pluginSecurity from 'eslint-plugin-security';
export default [
  pluginSecurity.configs.recommended,
  { files: ['**/*.js'], languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' }, rules: { 'no-eval': 'error' } },
];
`,
  );
  writeFileSync(path.join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  // ESLint exits 1 when an error-level rule fires (no-eval here); 2 would be a crash.
  run('eslint', ['-f', '@microsoft/eslint-formatter-sarif', '-o', 'eslint.sarif', 'src/'], [0, 1]);
  // secretlint exits 0 with --output even with findings; 1 is accepted in case that changes.
  run('secretlint', ['src/**/*', '--format', '@secretlint/secretlint-formatter-sarif', '--output', 'secretlint.sarif'], [0, 1]);
  eslint = await judgeFile('eslint.sarif');
  secretlint = await judgeFile('secretlint.sarif');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const byRule = (findings: Finding[]) => new Map(findings.map((f) => [f.ruleId, f]));

describe('ESLint 9 + eslint-plugin-security, SARIF by @microsoft/eslint-formatter-sarif', () => {
  it('is a sast run of the built-in ESLint tool', () => {
    expect(eslint.tool).toBe('ESLint');
    expect(eslint.category).toBe('sast');
    expect(eslint.categorySource).toBe('built-in');
  });

  it('finds eval, the child process and the non-literal fs path, with severities from the levels', () => {
    const rules = byRule(eslint.findings);
    expect([...rules.keys()].sort()).toEqual(
      expect.arrayContaining(['no-eval', 'security/detect-child-process', 'security/detect-eval-with-expression', 'security/detect-non-literal-fs-filename']),
    );
    // no-eval is configured as an error here; the plugin's recommended rules are warnings.
    expect(rules.get('no-eval')).toMatchObject({ severity: 'high', severitySource: expect.stringContaining('error'), category: 'sast' });
    for (const id of ['security/detect-child-process', 'security/detect-eval-with-expression', 'security/detect-non-literal-fs-filename']) {
      expect(rules.get(id)).toMatchObject({ severity: 'medium', severitySource: expect.stringContaining('warning') });
    }
  });

  it('turns the absolute file:// URIs into repository-relative paths with lines, and a line-free fingerprint', () => {
    const evalFinding = byRule(eslint.findings).get('no-eval')!;
    expect(evalFinding.location).toMatchObject({ kind: 'file', path: 'src/app.js', startLine: 6 });
    expect(evalFinding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(evalFinding.fingerprintSource).toBe('computed');
    expect(new Set(eslint.findings.map((f) => f.fingerprint)).size).toBe(eslint.findings.length);
  });
});

describe('secretlint + @secretlint/secretlint-formatter-sarif', () => {
  it('is a secrets run that found the AWS secret key and the GitHub token, masked', () => {
    expect(secretlint.category).toBe('secrets');
    expect(secretlint.categorySource).toBe('built-in');
    const ids = secretlint.findings.map((f) => f.ruleId).sort();
    // secretlint's rule ids hold spaces and ">": they must survive whole.
    expect(ids).toEqual([
      '@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-aws',
      '@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-github',
    ]);
    for (const finding of secretlint.findings) {
      expect(finding).toMatchObject({ severity: 'high', category: 'secrets', location: { kind: 'file', path: 'src/config.js' } });
      expect(finding.message).not.toMatch(/ghp_|[A-Za-z0-9]{20}/);
    }
  });
});

describe('judged by a policy', () => {
  const judge = (policyText: string) => {
    const policy = parsePolicy(policyText, 'security-policy.yml', { today: TODAY });
    const findings = [...eslint.findings, ...secretlint.findings];
    return evaluatePolicy(policy, findings, { categoriesWithInput: new Set<Category>([eslint.category, secretlint.category]), today: TODAY });
  };

  it('fails on the eval (high) and both secrets, not on the medium plugin warnings', () => {
    const { decision } = judge(`version: 1
fail-on: high
categories:
  secrets: { fail-on: low }
required: [sast, secrets]
`);
    expect(decision.verdict).toBe('fail');
    const violating = decision.violations.map((v) => v.finding.ruleId).sort();
    expect(violating).toEqual([
      '@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-aws',
      '@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-github',
      'no-eval',
    ]);
    expect(decision.missingRequired).toEqual([]);
  });

  it('passes when the floor is critical and the eval is excepted, and fails when a required category had no input', () => {
    const lenient = judge(`version: 1
fail-on: critical
exceptions:
  - match: { rule: "no-eval", path: "src/**" }
    reason: "sandboxed expression evaluator"
    approved-by: "@acme/appsec"
    expires: 2026-12-31
`);
    expect(lenient.decision.verdict).toBe('pass');
    expect(lenient.decision.violations).toEqual([]);

    const requiresSca = judge('version: 1\nfail-on: critical\nrequired: [sca]\n');
    expect(requiresSca.decision.verdict).toBe('fail');
    expect(requiresSca.decision.missingRequired).toEqual(['sca']);
  });
});
