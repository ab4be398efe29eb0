/**
 * `stopline <command>` from a terminal: help, mistakes, and an action run against the embedded
 * sandbox that the CLI starts by itself when no GITHUB_TOKEN is set.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }, cwd = mkdtempSync(join(tmpdir(), 'stopline-cli-'))) {
  let out = '';
  const code = await runCli(argv, (text) => void (out += text), { env, cwd });
  return { code, out, cwd };
}

test('without a command it prints the usage and exits 2', async () => {
  const { code, out } = await cli([]);
  expect(code).toBe(2);
  expect(out).toContain('Usage: stopline <command>');
  expect(out).toMatch(/board\s+show line state/);
});

test('an unknown command is named', async () => {
  const { code, out } = await cli(['deploi']);
  expect(code).toBe(2);
  expect(out).toContain("unknown command 'deploi'");
});

test('--help lists the action inputs with their defaults', async () => {
  const { code, out } = await cli(['board', '--help']);
  expect(code).toBe(0);
  expect(out).toContain('--ledger-ref (default: refs/stopline/ledger)');
  expect(out).toContain('--token');
});

test('an unknown option names the valid ones', async () => {
  const { code, out } = await cli(['board', '--ledger', 'x']);
  expect(code).toBe(1);
  expect(out).toContain("Unknown option '--ledger'");
  expect(out).toContain('--ledger-ref');
});

test('with GITHUB_TOKEN but no repository it says how to name one', async () => {
  const { code, out } = await cli(['board'], { PATH: process.env.PATH, GITHUB_TOKEN: 'ghp_secret_value' });
  expect(code).toBe(1);
  expect(out).toContain('pass --repo owner/name');
  expect(out).not.toContain('ghp_secret_value');
});

test('without a token the board runs against an embedded sandbox kept in .stopline/', async () => {
  const { code, out, cwd } = await cli(['board', '--repo', 'sandbox-user/cli-demo']);
  expect(out).toContain('Using the embedded sandbox');
  expect(out).toContain('The line is green');
  expect(out).toMatch(/Outputs:\n(.*\n)*\s+line = green/);
  expect(code).toBe(0);
  expect(existsSync(join(cwd, '.stopline', 'sandbox'))).toBe(true);
  // The sandbox persists: a second run finds the repository instead of creating it.
  const again = await cli(['board', '--repo', 'sandbox-user/cli-demo'], { PATH: process.env.PATH }, cwd);
  expect(again.code).toBe(0);
  expect(again.out).not.toContain('Created sandbox repository');
});

test('gate runs from a terminal with the action\'s options and exits 1 on a failing verdict', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'stopline-cli-gate-'));
  mkdirSync(join(cwd, 'scans'));
  const sarif = {
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'CodeQL', rules: [{ id: 'js/sql-injection', properties: { 'security-severity': '8.8' } }] } }, results: [{ ruleId: 'js/sql-injection', message: { text: 'query built from user input' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: 12 } } }] }] }],
  };
  writeFileSync(join(cwd, 'scans', 'codeql.sarif'), JSON.stringify(sarif));
  const { code, out } = await cli(['gate', '--sarif', 'scans', '--mode', 'enforce'], { PATH: process.env.PATH }, cwd);
  expect(out).toContain('Security gate: fail');
  expect(out).toMatch(/verdict = fail/);
  expect(out).toMatch(/violations = 1/);
  expect(code).toBe(1);
  expect(existsSync(join(cwd, 'stopline-security-report.json'))).toBe(true);
});

test('lock freezes and unlocks the line from a terminal, and status shows it', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'stopline-cli-lock-'));
  const repo = ['--repo', 'sandbox-user/cli-lock'];
  const locked = await cli(['lock', '--command', 'lock', '--reason', 'release night', '--until', '2h', ...repo], { PATH: process.env.PATH }, cwd);
  expect(locked.out).toMatch(/state = frozen/);
  expect(locked.code).toBe(0);
  const board = await cli(['status', ...repo], { PATH: process.env.PATH }, cwd);
  expect(board.out).toContain('release night');
  expect(board.out).toMatch(/state = frozen/);
  const unlocked = await cli(['lock', '--command', 'unlock', ...repo], { PATH: process.env.PATH }, cwd);
  expect(unlocked.out).toMatch(/state = green/);
  expect(unlocked.code).toBe(0);
});
