import { readFileSync } from 'node:fs';
import { capAnnotations } from '../../src/report/annotations.js';
import { decodeSarif } from '../../src/gate/ingest/decode-sarif.js';
import { loadBaselineFingerprints } from '../../src/gate/emit/baseline-input.js';
import type { Log } from 'sarif';
import path from 'node:path';
import { CORPUS, CORPUS_WORKSPACE, corpusFiles } from './normalize/corpus.js';
import { policy, reportText, run, sarifLog, workspace, writtenReport, writtenSarif } from './emit/fixtures.js';

const commit = { serverUrl: 'https://github.com', repository: 'acme/app', sha: 'abc123' };

describe('judge: verdict and counts', () => {
  it('passes when nothing reaches the floor, and says so first', () => {
    const log = sarifLog('CodeQL', [{ rule: 'js/a', level: 'warning', path: 'src/a.ts', line: 3 }]);
    const outcome = run({ logs: [{ file: 'codeql.sarif', log }] });
    expect(outcome.verdict).toBe('pass');
    expect(outcome.counts).toEqual({ findings: 1, new: 1, violations: 0 });
    expect(outcome.annotations).toEqual([]);
    const text = outcome.summary.render();
    expect(text.startsWith('## ✅ Security gate: pass')).toBe(true);
    expect(text).toContain('no finding breaks the policy');
    expect(outcome.report).toMatchObject({ verdict: 'pass', failsStep: false, mode: 'enforce' });
  });

  it('fails on a high finding, annotates it and links it at the commit', () => {
    const log = sarifLog('CodeQL', [
      { rule: 'js/sql', level: 'error', path: 'src/db.ts', line: 42, score: '9.8' },
      { rule: 'js/low', level: 'note', path: 'src/b.ts', line: 1 },
      { rule: 'js/xss', level: 'error', path: 'src/a b.ts', line: 7 },
    ]);
    const outcome = run({ logs: [{ file: 'codeql.sarif', log }], commit });
    expect(outcome.verdict).toBe('fail');
    expect(outcome.counts).toEqual({ findings: 3, new: 3, violations: 2 });
    expect(outcome.report.failsStep).toBe(true);
    expect(outcome.report.violations.map((v) => [v.ruleId, v.severity, v.why])).toEqual([
      ['js/sql', 'critical', 'critical sast finding at or above fail-on high'],
      ['js/xss', 'high', 'high sast finding at or above fail-on high'],
    ]);
    expect(outcome.annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'src/db.ts', 42],
      ['error', 'src/a b.ts', 7],
    ]);
    // The action caps; the most severe must survive a cap of one.
    expect(capAnnotations([...outcome.annotations].reverse(), 1).emitted[0]!.file).toBe('src/db.ts');
    expect(outcome.annotationsOmitted).toBe(0);
    const text = outcome.summary.render();
    expect(text.startsWith('## ❌ Security gate: fail')).toBe(true);
    expect(text).toContain('[src/db.ts:42](https://github.com/acme/app/blob/abc123/src/db.ts#L42)');
    expect(text).toContain('(https://github.com/acme/app/blob/abc123/src/a%20b.ts#L7)');
    expect(text).toContain('result properties.security-severity 9.8');
    // Verdict and reasons come before the counts table and the violations.
    expect(text.indexOf('2 findings break the policy')).toBeLessThan(text.indexOf('### Findings'));
    expect(text.indexOf('### Findings')).toBeLessThan(text.indexOf('### Violations (2)'));
    expect(text).toContain('sha256:abc');
  });

  it('builds only the ten annotations GitHub shows, the most severe, and counts the others', () => {
    const specs = Array.from({ length: 25 }, (_, i) => ({ rule: `js/r${i}`, level: 'error' as const, path: `src/f${i}.ts`, line: i + 1, score: String(7 + (i % 30) / 10) }));
    const outcome = run({ logs: [{ file: 'codeql.sarif', log: sarifLog('CodeQL', [...specs, { rule: 'js/url', level: 'error', url: 'https://app.example.com/x' }]) }] });
    expect(outcome.counts.violations).toBe(26);
    expect(outcome.annotations).toHaveLength(10);
    expect(outcome.annotationsOmitted).toBe(15);
    // The highest scores (a critical 9.x, then highs down the scale) in the order the cap would emit.
    expect(outcome.annotations.map((a) => a.file)).toEqual(capAnnotations(outcome.annotations, 10).emitted.map((a) => a.file));
    expect(outcome.annotations[0]!.file).toBe('src/f24.ts');
  });

  it('in warn mode keeps the verdict but says the step would fail and does not fail it', () => {
    const log = sarifLog('Semgrep OSS', [{ rule: 'r', level: 'error', path: 'a.py' }]);
    const outcome = run({ logs: [{ file: 'semgrep.sarif', log }], mode: 'warn' });
    expect(outcome.verdict).toBe('fail');
    expect(outcome.report).toMatchObject({ verdict: 'fail', mode: 'warn', failsStep: false });
    expect(outcome.summary.render()).toContain('warn mode: this would fail the gate');
  });

  it('fails when a required category had no input, and counts only categories with runs', () => {
    const log = sarifLog('Trivy', [{ rule: 'CVE-2024-1', level: 'note', path: 'package-lock.json' }]);
    const outcome = run({ logs: [{ file: 'trivy.sarif', log }], policy: policy('required: [sast, sca]\n') });
    expect(outcome.verdict).toBe('fail');
    expect(outcome.report.reasons).toEqual(['required category sast had no SARIF input']);
    expect(outcome.report.missingRequired).toEqual(['sast']);
  });

  it('maps tools through the policy tools map', () => {
    const log = sarifLog('my-scanner', [{ rule: 'x', level: 'warning', path: 'a' }]);
    const outcome = run({ logs: [{ file: 'm.sarif', log }], policy: policy('tools: { my-scanner: dast }\ncategories: { dast: { fail-on: medium } }\n') });
    expect(outcome.report.inputs.runs[0]!.category).toBe('dast');
    expect(outcome.verdict).toBe('fail');
  });
});

describe('judge: baselines', () => {
  const before = sarifLog('CodeQL', [
    { rule: 'js/xss', level: 'error', path: 'src/a.ts', line: 10, message: 'XSS here' },
    { rule: 'js/xss', level: 'error', path: 'src/a.ts', line: 20, message: 'XSS here' },
  ]);
  // The same findings moved down a few lines, plus one new one.
  const after = sarifLog('CodeQL', [
    { rule: 'js/xss', level: 'error', path: 'src/a.ts', line: 14, message: 'XSS here' },
    { rule: 'js/xss', level: 'error', path: 'src/a.ts', line: 24, message: 'XSS here' },
    { rule: 'js/sqli', level: 'error', path: 'src/b.ts', line: 1 },
  ]);

  it('uses a SARIF baseline: moved findings are existing, only the new one violates', () => {
    const fingerprints = loadBaselineFingerprints(JSON.stringify(before), 'base.sarif', { workspace });
    expect(fingerprints.size).toBe(2);
    const outcome = run({ logs: [{ file: 'codeql.sarif', log: after }], baseline: { description: 'base.sarif', fingerprints } });
    expect(outcome.counts).toEqual({ findings: 3, new: 1, violations: 1 });
    expect(outcome.report.violations[0]!.ruleId).toBe('js/sqli');
    expect(outcome.report.baseline).toEqual({ description: 'base.sarif', fingerprints: 2 });
    expect(outcome.summary.render()).toContain('Baseline: base.sarif (2 fingerprints)');
  });

  it('round-trips its own report as a baseline: a rerun has zero new findings and passes', () => {
    const logs = [
      { file: 'codeql.sarif', log: after },
      { file: 'semgrep.sarif', log: sarifLog('Semgrep', [{ rule: 's', level: 'error', path: 'test/x.py' }]) },
    ];
    const options = { logs, policy: policy('paths: { exclude: ["test/**"] }\n') };
    const first = run(options);
    expect(first.verdict).toBe('fail');
    expect(writtenReport(first).findings).toHaveLength(4);
    const text = reportText(first);
    const fingerprints = loadBaselineFingerprints(text, 'stopline-security-report.json', { workspace });
    expect(fingerprints.size).toBe(4);
    const second = run({ ...options, baseline: { description: 'previous report', fingerprints } });
    expect(second.counts).toEqual({ findings: 3, new: 0, violations: 0 });
    expect(second.verdict).toBe('pass');
  });
});

describe('judge: exceptions, scope and the filtered SARIF', () => {
  const log = sarifLog('CodeQL', [
    { rule: 'js/insecure-randomness', level: 'error', path: 'scripts/gen.js', line: 5 },
    { rule: 'js/xss', level: 'error', path: 'vendor/lib.js', line: 1 },
    { rule: 'js/old', level: 'error', path: 'src/old.js', line: 2 },
  ]);
  const text = `paths: { exclude: ["vendor/**"] }
exceptions:
  - match: { rule: "js/insecure-randomness", path: "scripts/**" }
    reason: "not used for security"
    approved-by: "@acme/appsec"
    expires: 2026-05-10
  - match: { rule: "js/old" }
    reason: "legacy"
    approved-by: "@acme/appsec"
    expires: 2026-04-01
  - match: { rule: "js/never" }
    reason: "stale"
    approved-by: "@acme/appsec"
    expires: 2027-01-01
`;

  it('lists used, expiring, expired and unused exceptions in the report, summary and warnings', () => {
    const outcome = run({ logs: [{ file: 'codeql.sarif', log }], policy: policy(text) });
    const { exceptions } = outcome.report;
    expect(exceptions.used.map((e) => e.match.rule)).toEqual(['js/insecure-randomness']);
    expect(exceptions.expiring.map((e) => [e.match.rule, e.daysLeft])).toEqual([['js/insecure-randomness', 9]]);
    expect(exceptions.expired.map((e) => [e.match.rule, e.matched])).toEqual([['js/old', 1]]);
    expect(exceptions.unused.map((e) => e.match.rule)).toEqual(['js/never']);
    expect(outcome.warnings).toEqual([
      expect.stringMatching(/^exception \(rule js\/insecure-randomness, path scripts\/\*\*\) in security-policy.yml line \d+ expires in 9 days \(2026-05-10\)/),
      expect.stringContaining('expired on 2026-04-01 and no longer applies; 1 finding it matched is judged again'),
      expect.stringContaining('(rule js/never) in security-policy.yml line'),
    ]);
    expect(outcome.report.excludedByScope).toEqual({ total: 1, byGlob: { 'vendor/**': 1 } });
    expect(outcome.report.counts).toMatchObject({ findings: 1, excepted: 1, excluded: 1, violations: 1 });
    const summary = outcome.summary.render();
    for (const heading of ['**Used** (1)', '**Expiring** (1)', '**Expired** (1)', '**Unused** (1)']) expect(summary).toContain(heading);
    expect(summary).toContain('not used for security');
  });

  it('drops excluded findings from the SARIF and keeps excepted ones with an external suppression', () => {
    const outcome = run({ logs: [{ file: 'codeql.sarif', log }], policy: policy(text) });
    const results = writtenSarif(outcome).runs[0]!.results!;
    expect(results.map((r) => r.ruleId).sort()).toEqual(['js/insecure-randomness', 'js/old']);
    const excepted = results.find((r) => r.ruleId === 'js/insecure-randomness')!;
    expect(excepted.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: expect.stringContaining('not used for security') },
    ]);
    expect(results.find((r) => r.ruleId === 'js/old')!.suppressions).toBeUndefined();
    // Messages and regions survive from the original results.
    expect(excepted.message.text).toBe('js/insecure-randomness problem 0');
    expect(excepted.locations![0]!.physicalLocation!.region).toEqual({ startLine: 5 });
  });
});

describe('judge: real SARIF from the corpus', () => {
  it('judges a multi-run CodeQL export into one run per tool with unique automation ids', () => {
    const file = '/work/shared/corpus/sarif/codeql/lgtm-1.26-multirun-export.sarif';
    const log = decodeSarif(readFileSync(file), 'lgtm.sarif');
    const outcome = run({ logs: [{ file: 'lgtm.sarif', log }], commit });
    const sarif = writtenSarif(outcome);
    const tools = new Set(log.runs.map((r) => r.tool.driver.name));
    expect(sarif.runs).toHaveLength(tools.size);
    const ids = sarif.runs.map((r) => r.automationDetails!.id);
    expect(new Set(ids).size).toBe(ids.length);
    const total = sarif.runs.reduce((sum, r) => sum + r.results!.length, 0);
    expect(total).toBe(writtenReport(outcome).findings.length);
    for (const r of sarif.runs) {
      for (const result of r.results!) {
        expect(Number.isFinite(Number(result.properties!['security-severity']))).toBe(true);
        if (result.ruleIndex !== undefined) expect(r.tool.driver.rules![result.ruleIndex]!.id).toBe(result.ruleId);
      }
    }
    expect(JSON.parse(JSON.stringify(outcome.report))).toEqual(outcome.report);
    // The written file is the in-memory head plus the findings list, schema first, one line per entry.
    const text = reportText(outcome);
    expect(text).toMatch(/^\{\n {2}"schema": "stopline\/security-gate-report@2",\n/);
    expect(text.endsWith('}\n')).toBe(true);
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual([...Object.keys(outcome.report), 'findings']);
    expect(written).toMatchObject(JSON.parse(JSON.stringify(outcome.report)));
    expect(text.split('\n').filter((line) => line.startsWith('    {"fingerprint":'))).toHaveLength(written.findings.length);
    // The SARIF pieces are one JSON text, written the same each time.
    expect([...outcome.sarifChunks()].join('')).toBe(JSON.stringify(writtenSarif(outcome)));
  });
});

describe('judge: the whole corpus', () => {
  // Every SARIF in the shared corpus that decodes is judged in one gate run without a crash, and
  // the filtered SARIF keeps its invariants whatever the tool wrote.
  it('judges every decodable corpus file together and emits a SARIF that fits code scanning', () => {
    const logs: { file: string; log: Log }[] = [];
    for (const name of corpusFiles()) {
      try {
        logs.push({ file: name, log: decodeSarif(readFileSync(path.join(CORPUS, name)), name) });
      } catch {
        // Files that are not SARIF (the schema, bad-input samples) are ingest's tests, not ours.
      }
    }
    expect(logs.length).toBeGreaterThan(20);
    const outcome = run({ logs, workspace: CORPUS_WORKSPACE, commit });
    const sarif = writtenSarif(outcome);
    const ids = sarif.runs.map((r) => r.automationDetails!.id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sarif.runs.map((r) => r.tool.driver.name)).size).toBe(sarif.runs.length);
    for (const r of sarif.runs) {
      expect(r.results!.length).toBeLessThanOrEqual(25_000);
      for (const rule of r.tool.driver.rules ?? []) {
        const value = rule.properties?.['security-severity'];
        if (value !== undefined) expect(Number.isFinite(Number(value))).toBe(true);
      }
      for (const result of r.results!) {
        expect(Number.isFinite(Number(result.properties!['security-severity']))).toBe(true);
        if (result.ruleIndex !== undefined) expect(r.tool.driver.rules![result.ruleIndex]!.id).toBe(result.ruleId);
      }
    }
    expect(writtenReport(outcome).findings.length).toBeGreaterThan(100);
    expect([...outcome.sarifChunks()].join('')).toBe(JSON.stringify(sarif));
    expect(outcome.summary.render().length).toBeGreaterThan(0);
  });
});
