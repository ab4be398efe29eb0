/**
 * The workflow lint CI runs over workflows-examples/ catches what the house rules forbid.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../harness/run-action.js';

function lint(workflow: string) {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-lint-'));
  writeFileSync(join(dir, 'wf.yml'), workflow);
  const result = spawnSync(process.execPath, [join(packageRoot, 'scripts/lint-workflows.mjs'), dir], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

const good = `name: ok
on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - env:
          TITLE: \${{ github.event.head_commit.message }}
        run: echo "$TITLE"
`;

const shellcheckAvailable = spawnSync('shellcheck', ['--version']).status === 0;

(shellcheckAvailable ? test : test.skip)('a workflow that follows the rules passes', () => {
  const { status, out } = lint(good);
  expect(out).toContain('no findings');
  expect(status).toBe(0);
});

test('an event expression inside run: is refused', () => {
  const { status, out } = lint(good.replace('run: echo "$TITLE"', 'run: echo "${{ github.event.head_commit.message }}"'));
  expect(status).toBe(1);
  expect(out).toContain('pass the value through env: instead');
});

test('an action pinned by tag is refused', () => {
  const { status, out } = lint(good.replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'actions/checkout@v4'));
  expect(status).toBe(1);
  expect(out).toContain("'actions/checkout@v4' is not pinned to a full commit sha");
});

test('a workflow without permissions is refused', () => {
  const { status, out } = lint(good.replace('permissions:\n  contents: read\n', ''));
  expect(status).toBe(1);
  expect(out).toContain("job 'a' has no permissions: block");
});

test('actionlint findings are reported', () => {
  const { status, out } = lint(good.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon'));
  expect(status).toBe(1);
  expect(out).toContain('actionlint');
});

(shellcheckAvailable ? test : test.skip)('shellcheck findings in run: blocks are reported', () => {
  const { status, out } = lint(good.replace('run: echo "$TITLE"', 'run: echo $TITLE'));
  expect(status).toBe(1);
  expect(out).toContain('SC2086');
});
