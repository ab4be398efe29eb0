import type { Log } from 'sarif';
import type { Finding } from '../finding.js';
import { OccurrenceCounter } from './fingerprint.js';
import { createRunNormalizer, type NormalizeOptions, type RunSummary } from './normalize-run.js';

/** A log's findings (kind `fail`, suppressed ones included and marked) and one summary per run. */
export interface NormalizedLog {
  runs: RunSummary[];
  findings: Finding[];
}

/**
 * Normalizes every run of a decoded log (see `decodeSarif`) into findings. Pure: no I/O. Throws a
 * ConfigurationError naming the file and JSON pointer for a result of the wrong shape.
 */
export function normalizeLog(log: Log, options: NormalizeOptions): NormalizedLog {
  const occurrences = options.occurrences ?? new OccurrenceCounter();
  const runs: RunSummary[] = [];
  const findings: Finding[] = [];
  log.runs.forEach((run, runIndex) => {
    const normalizer = createRunNormalizer(run, runIndex, { ...options, occurrences });
    const results = run.results ?? [];
    for (let index = 0; index < results.length; index += 1) {
      const finding = normalizer.normalizeResult(results[index], index);
      if (finding !== undefined) findings.push(finding);
    }
    runs.push(normalizer.summary);
  });
  return { runs, findings };
}
