import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import { decodeSarif } from '../ingest/decode-sarif.js';
import { normalizeLog } from '../normalize/normalize-log.js';
import { REPORT_SCHEMA } from './report.js';

/** Report formats whose `findings[].fingerprint` a baseline can use (@2 only capped the detailed `violations`). */
const BASELINE_REPORT_SCHEMAS = ['stopline/security-gate-report@1', REPORT_SCHEMA] as const;

const FIX = 'Pass a SARIF 2.1.0 file from an earlier scan, or the JSON report an earlier gate run wrote (its `report` output)';

/** True when the text starts like a gate report: JSON.stringify writes `schema` first. */
function looksLikeReport(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 512);
  return /^\s*\{\s*"schema"\s*:\s*"stopline\/security-gate-report@/.test(head);
}

function fromReport(text: string, file: string): Set<string> {
  let report: unknown;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new ConfigurationError(`baseline ${file}: looks like a gate report but is not valid JSON (${errorMessage(cause)}). ${FIX}.`, { cause });
  }
  const { schema, findings } = report as { schema?: unknown; findings?: unknown };
  if (!(BASELINE_REPORT_SCHEMAS as readonly unknown[]).includes(schema)) {
    throw new ConfigurationError(
      `baseline ${file}: /schema is ${JSON.stringify(schema)}, a gate report format this version cannot read (it reads ${BASELINE_REPORT_SCHEMAS.join(' and ')}). ${FIX}.`,
    );
  }
  if (!Array.isArray(findings)) {
    throw new ConfigurationError(`baseline ${file}: /findings is missing or not a list in this gate report. ${FIX}.`);
  }
  const fingerprints = new Set<string>();
  findings.forEach((entry, index) => {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || fingerprint === '') {
      throw new ConfigurationError(`baseline ${file}: /findings/${index}/fingerprint is not a string. ${FIX}.`);
    }
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}

/**
 * The fingerprints of the findings a baseline holds. Accepts a SARIF 2.1.0 log (decoded and
 * normalized exactly as the gate's inputs are, so fingerprints compare equal, suppressed and
 * excluded results included: they existed) or a report written by the gate (its `findings`,
 * which also list every fingerprint). Anything else is a ConfigurationError naming the file,
 * where the problem is, and what to pass instead.
 */
export function loadBaselineFingerprints(text: string, file: string, options: { workspace: string }): ReadonlySet<string> {
  if (looksLikeReport(text)) return fromReport(text, file);
  let log;
  try {
    log = decodeSarif(text, file);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`baseline: ${error.message.replace(/\.?$/, '')}. ${FIX}.`, { cause: error });
    }
    throw error;
  }
  // Occurrence counting must match the gate's run over one file, so a fresh counter per file.
  const { findings } = normalizeLog(log, { file, workspace: options.workspace });
  return new Set(findings.map((finding) => finding.fingerprint));
}
