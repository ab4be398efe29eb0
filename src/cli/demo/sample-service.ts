/**
 * The demo's sample service: a small Node HTTP service with the kind of code scanners flag, its
 * scanner configuration, and Stopline's policy files. Written into a fresh workspace (the demo's
 * "checkout") and committed to the sandbox repository, so actions read the same files the
 * workspace has. Fake secrets are assembled at run time so no scanner flags Stopline itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A 40-character AWS-secret-shaped value, built so it appears in no committed file of Stopline. */
export function fakeAwsSecret(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 40 }, (_, i) => alphabet[(i * 7 + 3 * 13) % alphabet.length]).join('');
}

const SERVER = `'use strict';
// The sample service: answers /, /healthz and /metrics (Prometheus text format).
const http = require('http');
const childProcess = require('child_process');
const config = require('./config');

const counts = {};
function count(code) { counts[code] = (counts[code] || 0) + 1; }

module.exports = function start(port) {
  return http.createServer((req, res) => {
    if (req.url === '/metrics') {
      res.end(Object.entries(counts).map(([code, n]) => 'http_requests_total{code="' + code + '"} ' + n).join('\\n') + '\\n');
      return;
    }
    if (req.url && req.url.startsWith('/convert')) {
      // Flagged by eslint-plugin-security: a command built from the request.
      childProcess.exec('convert ' + req.url.slice(9), () => {});
    }
    count(200);
    res.end(JSON.stringify({ ok: true, region: config.region }));
  }).listen(port);
};
`;

const ESLINT_CONFIG = `import pluginSecurity from 'eslint-plugin-security';
export default [
  pluginSecurity.configs.recommended,
  { files: ['**/*.js'], languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' }, rules: { 'no-eval': 'error' } },
];
`;

/** The security team's policy, with an exception that expires in a few days (the summary warns). */
export function securityPolicy(today: Date): string {
  const expires = new Date(today.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  return `# The security team's policy (src/gate/POLICY.md).
version: 1
fail-on: high
categories:
  secrets: { fail-on: low }
required: [sast, secrets]
exceptions:
  - match: { rule: "security/detect-child-process", path: "src/server.js" }
    reason: "the converter input is validated upstream; tracked in SEC-142"
    approved-by: "@demo/appsec"
    expires: ${expires}
`;
}

/** Scheduled freezes: a release freeze a month from now (never in force while the demo runs). */
export function freezesFile(today: Date): string {
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return `# Scheduled freezes (src/lock/README.md).
timezone: Europe/Berlin
freezes:
  - name: quarter-end
    reason: Quarter-end release freeze
    dates:
      - { from: ${day(30)}, to: ${day(31)} }
`;
}

/** The service's files, path → text; `withSecret` adds a hard-coded credential to config.js. */
export function sampleServiceFiles(options: { withSecret: boolean; today: Date }): Record<string, string> {
  const config = options.withSecret
    ? `module.exports = { region: 'eu-central-1', AWS_SECRET_ACCESS_KEY: "${fakeAwsSecret()}" };\n`
    : `module.exports = { region: 'eu-central-1', AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY };\n`;
  return {
    'src/server.js': SERVER,
    'src/config.js': config,
    'eslint.config.mjs': ESLINT_CONFIG,
    '.secretlintrc.json': `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] })}\n`,
    '.github/stopline/security-policy.yml': securityPolicy(options.today),
    '.github/stopline/freezes.yml': freezesFile(options.today),
  };
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
