import { appendFileSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import * as core from '@actions/core';
import { SUMMARY_LIMIT_BYTES } from '../report/summary.js';
import type { Summary } from '../report/summary.js';

/**
 * Below this many free bytes a summary is not worth writing: not even the truncation note fits
 * in a useful form, so we warn instead of leaving a stub.
 */
const MIN_USEFUL_BYTES = 512;

/**
 * Appends a summary to this step's job summary (the GITHUB_STEP_SUMMARY file), keeping the file
 * under GitHub's 1 MiB limit. The limit is per step and counts what is already in the file
 * (another call in the same step, or a composite step's parts), so only the remaining room is
 * used. Returns undefined when written; when GITHUB_STEP_SUMMARY is unset (the CLI) nothing is
 * written and the untruncated Markdown is returned for the caller to print.
 *
 * The file is written directly rather than through core.summary, which caches the file path for
 * the life of the process and so cannot follow a change of step (or of test).
 */
export function writeSummary(summary: Summary, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (path === undefined || path === '') return summary.render(Number.POSITIVE_INFINITY);
  if (summary.isEmpty) return undefined;

  const existing = existsSync(path) ? statSync(path).size : 0;
  // Start on a new block when earlier content did not end with a blank line.
  const lead = existing === 0 ? '' : leadFor(path, existing);
  const room = SUMMARY_LIMIT_BYTES - existing - Buffer.byteLength(lead);
  if (room < MIN_USEFUL_BYTES) {
    core.warning(
      `The job summary for this step is full (${existing} of ${SUMMARY_LIMIT_BYTES} bytes used), so Stopline's summary was not written; its results are in the step's outputs and log.`,
    );
    return undefined;
  }
  appendFileSync(path, lead + summary.render(room), { encoding: 'utf8' });
  return undefined;
}

function leadFor(path: string, size: number): string {
  // Only the tail matters; reading two bytes avoids loading a summary of up to 1 MiB.
  const tailBytes = Buffer.alloc(Math.min(2, size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tailBytes, 0, tailBytes.length, size - tailBytes.length);
  } finally {
    closeSync(fd);
  }
  const tail = tailBytes.toString('latin1');
  if (tail.endsWith('\n\n')) return '';
  return tail.endsWith('\n') ? '\n' : '\n\n';
}
