import * as crypto from 'node:crypto';
import type { FindingLocation } from '../finding.js';

/**
 * A finding's identity across runs, which the baseline compares on. It must survive moved lines
 * (DefectDojo#14205), so no line or column ever goes in.
 *
 * - When the result has `fingerprints`, or else `partialFingerprints`, with string values: a
 *   sha256 over the tool, the rule id and every `key=value` pair in key order (sorted by UTF-16
 *   code unit), so the order a tool writes them in does not matter.
 * - Otherwise ("computed"): a sha256 over the tool, the rule id, the location (repository path,
 *   URL or description) and the whitespace-collapsed snippet, or the message when there is no
 *   snippet; when the same tool, rule, location and text occur again in one log, the n-th repeat
 *   gets `:n` added before hashing, like CodeQL's own line hashes, so repeats stay distinct.
 */

export type FingerprintSource = 'fingerprints' | 'partialFingerprints' | 'computed';

const WHITESPACE = /\s+/g;

// One-shot hashing (Node ≥ 20.12) skips the Hash object per call, which shows in profiles at
// 300,000 results; the digest is identical. A namespace import, so older Node 20 still loads.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** sha256 hex of the parts joined with NUL (a character no part can hold, so parts cannot run together). */
function hash(parts: string[]): string {
  return sha256Hex(parts.join('\u0000'));
}

/** The fingerprint from the tool's own (partial) fingerprints, or undefined when there are none usable. */
export function toolFingerprint(
  tool: string,
  ruleId: string,
  fingerprints: unknown,
  partialFingerprints: unknown,
): { fingerprint: string; source: FingerprintSource } | undefined {
  for (const [map, source] of [
    [fingerprints, 'fingerprints'],
    [partialFingerprints, 'partialFingerprints'],
  ] as const) {
    if (map === undefined || map === null || typeof map !== 'object') continue;
    const keys = Object.keys(map).sort();
    const parts = [tool, ruleId];
    for (const key of keys) {
      const value = (map as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== '') parts.push(`${key}=${value}`);
    }
    if (parts.length > 2) return { fingerprint: hash(parts), source };
  }
  return undefined;
}

/** Counts repeats of a computed fingerprint within one log; one per normalizeLog call. */
export type OccurrenceCounter = Map<string, number>;

/** The computed fingerprint (see the module comment). */
export function computedFingerprint(
  tool: string,
  ruleId: string,
  location: FindingLocation,
  snippet: string | undefined,
  message: string,
  occurrences: OccurrenceCounter,
): string {
  const where = location.kind === 'file' ? location.path : location.kind === 'url' ? location.url : (location.description ?? '');
  const text = (snippet !== undefined && snippet.trim() !== '' ? snippet : message).replace(WHITESPACE, ' ').trim();
  const base = hash([tool, ruleId, location.kind, where, text]);
  const seen = occurrences.get(base) ?? 0;
  occurrences.set(base, seen + 1);
  return seen === 0 ? base : hash([base, String(seen)]);
}
