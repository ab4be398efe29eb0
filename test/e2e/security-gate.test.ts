/**
 * The security gate's committed bundle, run as the runner runs it, against the sandbox: verdicts,
 * warn mode, configuration errors, the commit status, and the rule that a pull request is judged
 * by its base branch's policy, never by the policy in its own checkout.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

const ACTION = 'actions/security-gate/action.yml';
const POLICY = '.github/stopline/security-policy.yml';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

/** A CodeQL-shaped SARIF log with one result per entry. */
function sarif(results: { rule: string; level: 'error' | 'warning' | 'note'; score?: string; path: string; line: number; cwe?: string }[]): string {
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: [...new Set(results.map((r) => r.rule))].map((id) => {
              const r = results.find((x) => x.rule === id)!;
              return { id, properties: { ...(r.score ? { 'security-severity': r.score } : {}), tags: r.cwe ? [`external/cwe/${r.cwe.toLowerCase()}`] : [] } };
            }),
          },
        },
        results: results.map((r) => ({
          ruleId: r.rule,
          level: r.level,
          message: { text: `${r.rule} found here` },
          locations: [{ physicalLocation: { artifactLocation: { uri: r.path }, region: { startLine: r.line } } }],
        })),
      },
    ],
  });
}

/** A fresh workspace holding the given files. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-gate-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Commits files on top of `parent` through the git data API and points `branch` at the result. */
async function commitFiles(owner: string, repo: string, parent: string, branch: string, files: Record<string, string>, create: boolean): Promise<string> {
  const { octokit } = sb;
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
  const tree = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: base.data.tree.sha,
    tree: Object.entries(files).map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content })),
  });
  const commit = await octokit.rest.git.createCommit({ owner, repo, message: `change ${Object.keys(files).join(', ')}`, tree: tree.data.sha, parents: [parent] });
  if (create) await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  else await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha });
  return commit.data.sha;
}

async function statuses(owner: string, repo: string, ref: string, context = 'stopline/security-gate') {
  const { data } = await sb.octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref });
  return data.filter((s) => s.context === context);
}

const HIGH_SQLI = { rule: 'js/sql-injection', level: 'error' as const, score: '8.8', path: 'src/db.js', line: 12, cwe: 'CWE-089' };
const LOW_NOTE = { rule: 'js/unused-local', level: 'note' as const, path: 'src/util.js', line: 3 };
const MEDIUM_XSS = { rule: 'js/reflected-xss', level: 'warning' as const, path: 'src/web.js', line: 40 };

test('a high finding fails the default policy: outputs, files, summary, annotation and failure status', async () => {
  const { owner, repo, repository, headSha } = await sb.createRepo('gate-fail');
  const ws = workspace({ 'scans/codeql.sarif': sarif([HIGH_SQLI, LOW_NOTE]) });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'scans' } });

  expect(result.exitCode).toBe(1);
  expect(result.outputs).toMatchObject({ verdict: 'fail', findings: '2', new: '2', violations: '1' });
  expect(result.outputs.report).toBe(join(ws, 'stopline-security-report.json'));
  expect(result.outputs.sarif).toBe(join(ws, 'stopline-security.sarif'));
  const reportText = readFileSync(result.outputs.report, 'utf8');
  const report = JSON.parse(reportText);
  expect(report.verdict).toBe('fail');
  expect(report.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['js/sql-injection']);
  // Written piece by piece: still one JSON document, schema first, every finding listed.
  expect(reportText.startsWith('{\n  "schema": "stopline/security-gate-report@2"')).toBe(true);
  expect(report.findings.map((f: { ruleId: string; state: string }) => [f.ruleId, f.state])).toEqual([
    ['js/sql-injection', 'new'],
    [LOW_NOTE.rule, 'new'],
  ]);
  const filtered = JSON.parse(readFileSync(result.outputs.sarif, 'utf8'));
  expect(filtered.version).toBe('2.1.0');
  expect(filtered.runs.length).toBeGreaterThan(0);

  // No policy file in the workspace: the built-in default judged, and the summary says so.
  expect(result.summary).toContain('built-in default policy');
  expect(result.summary).toContain('js/sql-injection');
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors.some((a) => a.properties.file === 'src/db.js' && a.properties.line === '12')).toBe(true);
  expect(errors.some((a) => /security gate failed/.test(a.message))).toBe(true);
  expect(result.stdout).not.toMatch(/unexpected error/);
  // Progress: each file as it is opened, each run once read.
  expect(result.stdout).toMatch(/^reading scans\/codeql\.sarif \(\d+ bytes\)$/m);
  expect(result.stdout).toMatch(/^scans\/codeql\.sarif run 0: CodeQL[^,]*, 2 results, 2 findings \(sast\), \d+ms since the file was opened$/m);

  const [status, ...more] = await statuses(owner, repo, headSha);
  expect(more).toHaveLength(0);
  expect(status).toMatchObject({ state: 'failure', description: '1 violation: 1 high sast' });
});

test('only low findings pass: exit 0, success status, zero violations', async () => {
  const { owner, repo, repository, headSha } = await sb.createRepo('gate-pass');
  const ws = workspace({ 'codeql.sarif': sarif([LOW_NOTE]) });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: '*.sarif' } });

  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(result.outputs).toMatchObject({ verdict: 'pass', findings: '1', new: '1', violations: '0' });
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  const [status] = await statuses(owner, repo, headSha);
  expect(status).toMatchObject({ state: 'success' });
});

test('a second gate on the same commit (DAST after staging) sets its own status-context and leaves the first', async () => {
  const { owner, repo, repository, headSha } = await sb.createRepo('gate-dast-context');
  const run = (files: Record<string, string>, inputs: Record<string, string>) =>
    runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: workspace(files), sha: headSha, event: { name: 'push', payload: {} }, inputs });
  const first = await run({ 'codeql.sarif': sarif([LOW_NOTE]) }, { sarif: 'codeql.sarif' });
  expect(first.exitCode).toBe(0);
  const dast = await run({ 'codeql.sarif': sarif([LOW_NOTE]), 'zap.sarif': sarif([MEDIUM_XSS]) }, { sarif: 'codeql.sarif\nzap.sarif', 'status-context': 'stopline/dast' });
  expect(dast.outputs.verdict).toBe('pass');
  expect(dast.stdout).toContain('commit status stopline/dast on');
  const [gate, ...moreGate] = await statuses(owner, repo, headSha);
  expect(moreGate).toHaveLength(0);
  expect(gate).toMatchObject({ state: 'success' });
  const [dastStatus, ...moreDast] = await statuses(owner, repo, headSha, 'stopline/dast');
  expect(moreDast).toHaveLength(0);
  expect(dastStatus).toMatchObject({ state: 'success' });
});

test('warn mode reports a failing verdict without failing the step', async () => {
  const { repository, headSha } = await sb.createRepo('gate-warn');
  const ws = workspace({ 'codeql.sarif': sarif([HIGH_SQLI]) });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', mode: 'warn' } });

  expect(result.exitCode).toBe(0);
  expect(result.outputs).toMatchObject({ verdict: 'fail', violations: '1' });
  expect(result.annotations.some((a) => a.level === 'warning' && /warn mode/.test(a.message))).toBe(true);
  expect(JSON.parse(readFileSync(result.outputs.report, 'utf8')).verdict).toBe('fail');
});

test('a baseline (an earlier report) makes existing findings existing: under new-only they pass', async () => {
  const { repository, headSha } = await sb.createRepo('gate-baseline');
  const ws = workspace({ 'codeql.sarif': sarif([HIGH_SQLI]) });
  const first = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', report: 'reports/main.json' } });
  expect(first.outputs.verdict).toBe('fail');
  expect(existsSync(join(ws, 'reports/main.json'))).toBe(true);

  // The same finding moved three lines down is still the same finding.
  writeFileSync(join(ws, 'codeql.sarif'), sarif([{ ...HIGH_SQLI, line: 15 }]));
  const second = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', baseline: 'reports/main.json' } });
  expect(second.exitCode).toBe(0);
  expect(second.outputs).toMatchObject({ verdict: 'pass', findings: '1', new: '0', violations: '0' });

  const missing = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', baseline: 'reports/nope.json' } });
  expect(missing.exitCode).toBe(1);
  expect(missing.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringContaining("input 'baseline': reports/nope.json does not exist")]);
});

test('a SARIF entry that matches nothing is one clear error naming it, and writes no verdict', async () => {
  const { repository, headSha } = await sb.createRepo('gate-missing');
  const ws = workspace({ 'codeql.sarif': sarif([LOW_NOTE]) });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif\nscans/semgrep.sarif', mode: 'warn' } });

  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toContain('scans/semgrep.sarif');
  expect(errors[0]!.message).not.toMatch(/unexpected error/);
  expect(result.outputs.verdict).toBeUndefined();
});

test('a policy with a typo fails the step in warn mode too, naming the file and the key', async () => {
  const { repository, headSha } = await sb.createRepo('gate-bad-policy');
  const ws = workspace({ 'codeql.sarif': sarif([LOW_NOTE]), [POLICY]: 'version: 1\nfail_on: high\n' });
  const result = await runAction({ action: ACTION, repository, apiUrl: sb.url, workspace: ws, sha: headSha, event: { name: 'push', payload: {} }, inputs: { sarif: 'codeql.sarif', mode: 'warn' } });

  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toContain(POLICY);
  expect(errors[0]!.message).toContain('fail-on');
});

describe('a pull request cannot loosen its own gate', () => {
  let owner: string;
  let repo: string;
  let repository: string;
  let mainSha: string;
  let headSha: string;
  const payload = () => ({ pull_request: { number: 7, base: { ref: 'main', sha: mainSha }, head: { ref: 'relax-gate', sha: headSha } } });
  // The checkout of the pull request: its policy turns the gate off.
  const checkout = () => workspace({ 'codeql.sarif': sarif([MEDIUM_XSS]), [POLICY]: 'version: 1\nfail-on: none\n' });

  beforeAll(async () => {
    ({ owner, repo, repository } = await sb.createRepo('gate-pr'));
    const initial = (await sb.octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    // The security team's policy on main fails medium findings (the built-in default would not).
    mainSha = await commitFiles(owner, repo, initial, 'main', { [POLICY]: 'version: 1\nfail-on: medium\n' }, false);
    headSha = await commitFiles(owner, repo, mainSha, 'relax-gate', { [POLICY]: 'version: 1\nfail-on: none\n' }, true);
  });

  test("the base branch's policy judges, and the failure status lands on the head commit", async () => {
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: checkout(),
      // GITHUB_SHA of a pull_request run is a merge commit the API may not know.
      sha: 'f'.repeat(40),
      event: { name: 'pull_request', payload: payload() },
      inputs: { sarif: 'codeql.sarif' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'fail', findings: '1', violations: '1' });
    expect(result.summary).toContain(`${POLICY}@main (the pull request's base branch)`);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    expect(report.policy.description).toContain('@main');

    const [status] = await statuses(owner, repo, headSha);
    expect(status).toMatchObject({ state: 'failure', description: '1 violation: 1 medium sast' });
    expect(await statuses(owner, repo, mainSha)).toEqual([]);
  });

  test('only an explicit policy-ref: workspace reads the checkout (and then the finding passes)', async () => {
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: checkout(),
      sha: 'f'.repeat(40),
      event: { name: 'pull_request', payload: payload() },
      inputs: { sarif: 'codeql.sarif', 'policy-ref': 'workspace' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
  });

  test('a ref without a policy file falls back to the built-in default and says so', async () => {
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: checkout(),
      sha: 'f'.repeat(40),
      event: { name: 'pull_request', payload: payload() },
      inputs: { sarif: 'codeql.sarif', policy: '.github/stopline/other-policy.yml' },
    });
    // The default fails high and critical only: the medium finding passes.
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.summary).toContain('built-in default policy');
    expect(result.summary).toContain('other-policy.yml');
  });

  test('an unknown policy ref is a configuration error, not a default policy', async () => {
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: checkout(),
      event: { name: 'push', payload: {} },
      inputs: { sarif: 'codeql.sarif', 'policy-ref': 'no-such-branch' },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("no branch, tag or commit 'no-such-branch'");
  });

  test('a central policy repository (owner/repo@ref) is read through the API', async () => {
    const central = await sb.createRepo('gate-central-policies');
    const initial = (await sb.octokit.rest.git.getRef({ owner: central.owner, repo: central.repo, ref: 'heads/main' })).data.object.sha;
    await commitFiles(central.owner, central.repo, initial, 'main', { [POLICY]: 'version: 1\nfail-on: low\n' }, false);
    const ws = workspace({ 'codeql.sarif': sarif([LOW_NOTE]) });
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: ws,
      event: { name: 'push', payload: {} },
      inputs: { sarif: 'codeql.sarif', 'policy-ref': `${central.repository}@main` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(existsSync(join(ws, 'stopline-security-report.json'))).toBe(true);
    expect(result.summary).toContain(`${central.repository}@main:${POLICY}`);
  });

  test('extends: a repository policy on top of a central one, both read from the base branch', async () => {
    const central = await sb.createRepo('gate-central-extends');
    const initial = (await sb.octokit.rest.git.getRef({ owner: central.owner, repo: central.repo, ref: 'heads/main' })).data.object.sha;
    await commitFiles(central.owner, central.repo, initial, 'main', { 'gate.yml': 'version: 1\nfail-on: medium\n' }, false);
    const ws = workspace({ 'codeql.sarif': sarif([MEDIUM_XSS]), 'team-policy.yml': `version: 1\nextends: ${central.repository}@main:gate.yml\nrequired: [sast]\n` });
    const result = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: ws,
      event: { name: 'push', payload: {} },
      inputs: { sarif: 'codeql.sarif', policy: 'team-policy.yml' },
    });
    // The repository policy states no floor: the central medium floor applies.
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'fail', violations: '1' });
    expect(result.summary).toContain(`extending ${central.repository}@main:gate.yml`);

    // A repository policy may not loosen the central one: a configuration error naming the file.
    writeFileSync(join(ws, 'team-policy.yml'), `version: 1\nextends: ${central.repository}@main:gate.yml\nfail-on: critical\n`);
    const loosened = await runAction({
      action: ACTION,
      repository,
      apiUrl: sb.url,
      workspace: ws,
      event: { name: 'push', payload: {} },
      inputs: { sarif: 'codeql.sarif', policy: 'team-policy.yml', mode: 'warn' },
    });
    expect(loosened.exitCode).toBe(1);
    const errors = loosened.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('team-policy.yml');
    expect(errors[0]!.message).toContain('looser');
  });
});
