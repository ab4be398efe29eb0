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

/** `key=value` pairs of a (partial) fingerprints map in sorted key order, each after a NUL; '' when none is usable. */
function pairsText(map: object): string {
  const keys = Object.keys(map);
  // Tools write few keys, usually already in order: sort only when they are not.
  for (let i = 1; i < keys.length; i += 1) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  let text = '';
  for (const key of keys) {
    const value = (map as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') text += `\u0000${key}=${value}`;
  }
  return text;
}

/** The fingerprint from the tool's own (partial) fingerprints, or undefined when there are none usable. */
export function toolFingerprint(
  tool: string,
  ruleId: string,
  fingerprints: unknown,
  partialFingerprints: unknown,
): { fingerprint: string; source: FingerprintSource } | undefined {
  // The same text as hash([tool, ruleId, ...pairs]), built without the intermediate arrays: this
  // runs once per result.
  if (fingerprints !== undefined && fingerprints !== null && typeof fingerprints === 'object') {
    const pairs = pairsText(fingerprints);
    if (pairs !== '') return { fingerprint: sha256Hex(`${tool}\u0000${ruleId}${pairs}`), source: 'fingerprints' };
  }
  if (partialFingerprints !== undefined && partialFingerprints !== null && typeof partialFingerprints === 'object') {
    const pairs = pairsText(partialFingerprints);
    if (pairs !== '') return { fingerprint: sha256Hex(`${tool}\u0000${ruleId}${pairs}`), source: 'partialFingerprints' };
  }
  return undefined;
}

/**
 * Counts computed fingerprints to number their repeats (numberRepeat), across a whole gate run.
 * An open-addressing table keyed by the first 32 bits of the hex (a sha256 is uniform, so they
 * make a good hash), with those bits kept beside each slot so a probe only reads a key's text
 * when its bits match. A Map<string, number> spent ~130 ms of the main thread at 300,000
 * findings, most of it hashing 64-character keys and growing its table; this takes half.
 */
export class OccurrenceCounter {
  /** Per slot: 1 + the key's index, or 0 when empty. At most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];

  /** How many times `key` was counted before; counts it once more. */
  count(key: string): number {
    const hash = hexHash(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      if (this.hashes[slot] === hash && this.keys[at - 1] === key) return this.counts[at - 1]!++;
      slot = (slot + 1) & mask;
    }
    this.keys.push(key);
    this.counts.push(1);
    this.slots[slot] = this.keys.length;
    this.hashes[slot] = hash;
    if (2 * this.keys.length > this.slots.length) this.grow();
    return 0;
  }

  private grow(): void {
    const size = 2 * this.slots.length;
    const mask = size - 1;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(size);
    for (let old = 0; old < this.slots.length; old += 1) {
      const at = this.slots[old]!;
      if (at === 0) continue;
      const hash = this.hashes[old]!;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = at;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** The first 8 characters of a hex string as a 32-bit number (any other text still hashes, less evenly). */
function hexHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < 8 && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    hash = (hash << 4) | ((code <= 57 ? code - 48 : (code | 32) - 87) & 15);
  }
  return hash;
}

// Whitespace that `\s+` → ' ' would change: any whitespace but a single space (a run of spaces,
// or a tab, newline or other space character). Most messages have none, and then the
// replacement is skipped.
const WHITESPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/**
 * The computed fingerprint before repeats are numbered: the hash of the tool, rule, location and
 * text (see the module comment).
 */
export function computedBase(tool: string, ruleId: string, location: FindingLocation, snippet: string | undefined, message: string): string {
  const where = location.kind === 'file' ? location.path : location.kind === 'url' ? location.url : (location.description ?? '');
  const raw = snippet !== undefined && snippet.trim() !== '' ? snippet : message;
  const text = (WHITESPACE_TO_COLLAPSE.test(raw) ? raw.replace(WHITESPACE, ' ') : raw).trim();
  return hash([tool, ruleId, location.kind, where, text]);
}

/** Numbers a repeat: the fingerprint of this occurrence of `base`, counting the earlier ones in `occurrences`. */
export function numberRepeat(base: string, occurrences: OccurrenceCounter): string {
  const seen = occurrences.count(base);
  return seen === 0 ? base : hash([base, String(seen)]);
}

/** The computed fingerprint (see the module comment). */
export function computedFingerprint(
  tool: string,
  ruleId: string,
  location: FindingLocation,
  snippet: string | undefined,
  message: string,
  occurrences: OccurrenceCounter,
): string {
  return numberRepeat(computedBase(tool, ruleId, location, snippet, message), occurrences);
}
