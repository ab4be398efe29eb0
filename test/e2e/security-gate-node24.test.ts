/**
 * The security gate's committed bundle on Node 24, the runners' runtime (CI sets STOPLINE_NODE24 to
 * a Node 24 binary; see .ci/run). Skipped without it. The bundle carries the policy validator
 * compiled at build time, so this also proves that generated code loads and judges on Node 24.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

const ACTION = 'actions/security-gate/action.yml';
const node24 = process.env.STOPLINE_NODE24;

let sb: TestSandbox | undefined;
beforeAll(async () => {
  if (node24) sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

/** One CodeQL run: a high SQL injection (CWE-89) and a low note. */
const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'CodeQL',
          rules: [
            { id: 'js/sql-injection', properties: { 'security-severity': '8.8', tags: ['external/cwe/cwe-089'] } },
            { id: 'js/unused-local' },
          ],
        },
      },
      results: [
        { ruleId: 'js/sql-injection', level: 'error', message: { text: 'query built from user input' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: 12 } } }] },
        { ruleId: 'js/unused-local', level: 'note', message: { text: 'unused variable' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/util.js' }, region: { startLine: 3 } } }] },
      ],
    },
  ],
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-gate24-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

(node24 ? test : test.skip)('the gate bundle judges a SARIF under a workspace policy on Node 24', async () => {
  const { repository, headSha } = await sb!.createRepo('gate-node24');
  // A policy file makes the bundle parse and validate it (the build-time validator) on Node 24.
  const ws = workspace({ 'codeql.sarif': SARIF, '.github/stopline/security-policy.yml': 'version: 1\nfail-on: high\nsuppressions: baseline-only\n' });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb!.url, workspace: ws, sha: headSha, node: node24, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif' } });

  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(1);
  expect(result.outputs).toMatchObject({ verdict: 'fail', findings: '2', new: '2', violations: '1' });
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
  expect(report.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['js/sql-injection']);
  expect(result.annotations.some((a) => a.level === 'error' && a.properties.file === 'src/db.js')).toBe(true);
});

(node24 ? test : test.skip)('a policy with a typo is a configuration error on Node 24 too, with the generated validator\'s message', async () => {
  const { repository, headSha } = await sb!.createRepo('gate-node24-typo');
  const ws = workspace({ 'codeql.sarif': SARIF, '.github/stopline/security-policy.yml': 'version: 1\nfail_on: high\n' });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb!.url, workspace: ws, sha: headSha, node: node24, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', mode: 'warn' } });

  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toContain('/fail_on is not a known key; did you mean `fail-on`?');
  expect(result.outputs.verdict).toBeUndefined();
});
