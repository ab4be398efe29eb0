/**
 * The job summary's limits, and the README's definitions: a report with thousands of services
 * and failures still renders under GitHub's 1 MiB with the headline first, and the README states
 * every definition exactly as the summary (and the code) does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILED_ROWS, renderDoraSummary } from '../../src/actions/dora-report/render-summary.js';
import { DEFINITIONS } from '../../src/dora/definitions.js';
import { buildReport, type ReportSettings } from '../../src/dora/report.js';
import { parseServices } from '../../src/dora/services.js';
import type { DeploymentFact } from '../../src/dora/types.js';
import { SUMMARY_LIMIT_BYTES, utf8Length } from '../../src/report/summary.js';
import { packageRoot } from '../harness/run-action.js';

const NOW = new Date('2024-06-30T00:00:00Z');

test('thousands of services and failures: under 1 MiB, the headline kept, the failures list capped', () => {
  const deployments: DeploymentFact[] = Array.from({ length: 2200 }, (_, i) => {
    const created = new Date(NOW.getTime() - (i + 1) * 600_000).toISOString();
    return {
      id: i + 1,
      environment: 'production',
      sha: i.toString(16).padStart(40, '0'),
      createdAt: created,
      payload: { service: `service-${'x'.repeat(500)}-${i}` },
      statuses: [{ state: 'failure', createdAt: created, description: `failed: ${'é'.repeat(300)}`, logUrl: `https://ci.example/${i}` }],
    };
  });
  const settings: ReportSettings = {
    repository: 'acme/shop', environment: 'production', services: parseServices('payload.service')!, now: NOW, windowMs: 30 * 86_400_000,
    compare: true, benchmark: 'dora-2024', incidentLabel: 'incident',
  };
  const report = buildReport(settings, { deployments, changes: new Map(), pullRequests: [], incidents: [] });
  expect(report.services).toHaveLength(2200);
  const summary = renderDoraSummary(report, { serverUrl: 'https://github.com', outputPath: 'stopline-dora.json', counts: { deployments: 30, commits: 0, pullRequests: 0, incidents: 1 }, seconds: 1 });
  const unlimited = summary.render(Number.POSITIVE_INFINITY);
  expect(utf8Length(unlimited)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
  const markdown = summary.render();
  expect(utf8Length(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  expect(markdown.startsWith('## DORA metrics: acme/shop')).toBe(true);
  expect(markdown).toContain('| Change failure rate | 100% | 🔴 low |');
  expect(markdown).toContain("Summary truncated: 3 of 7 sections omitted and 1 cut short to stay under GitHub's 1 MiB job-summary limit; the full report is in `stopline-dora.json`.");
  // The failed deployments list (cut from this summary) is capped on its own, whatever room is left.
  const failedSection = unlimited.slice(unlimited.indexOf('### Failed deployments'));
  expect(failedSection.split('\n').filter((line) => line.startsWith('| ') && /^\| \d+/.test(line))).toHaveLength(FAILED_ROWS);
  expect(failedSection).toContain(`${2200 - FAILED_ROWS} more failed deployments are in the JSON report.`);
});

test('the README documents every definition exactly as implemented', () => {
  const readme = readFileSync(join(packageRoot, 'actions/dora-report/README.md'), 'utf8').replace(/\s*\n\s*/g, ' ');
  for (const definition of DEFINITIONS) {
    expect([definition.term, readme.includes(`**${definition.term}**: ${definition.text}`)]).toEqual([definition.term, true]);
  }
});
