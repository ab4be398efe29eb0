import type { Finding } from '../finding.js';
import type { PolicyBlock } from '../policy/policy.js';

/** One `block` entry a finding hits. */
export interface BlockHit {
  kind: 'cwe' | 'rule' | 'id';
  /** The entry as the policy holds it (normalized CWE, rule id, advisory id). */
  value: string;
}

/** "cwe CWE-89, rule js/sql-injection": block hits for reasons and messages. */
export function describeBlockHits(hits: readonly BlockHit[]): string {
  return hits.map((hit) => `${hit.kind} ${hit.value}`).join(', ');
}

/**
 * Shared by every finding that hits nothing (nearly all of them), so a large SARIF does not cost
 * one empty array per finding. Frozen: callers must never push onto it.
 */
const NO_HITS: readonly BlockHit[] = Object.freeze([]);

/** The block entries of one finding, in policy order (cwe, then rule, then id entries). */
export type BlockMatcher = (finding: Finding) => readonly BlockHit[];

/**
 * Prepares the policy's `block` lists once, for many findings: the case folding of every entry is
 * done here instead of per finding (a 300,000-result SARIF made that the stage's main cost), and an
 * empty list costs nothing per finding.
 */
export function compileBlock(block: PolicyBlock): BlockMatcher {
  const cwes = block.cwes.map((value) => ({ value, folded: value.toUpperCase() }));
  const rules = new Set(block.rules);
  const ids = block.ids.map((value) => ({ value, folded: value.toLowerCase() }));
  if (cwes.length === 0 && rules.size === 0 && ids.length === 0) return () => NO_HITS;
  const cweHitsOf = (list: readonly string[]): readonly BlockHit[] => {
    let hits: BlockHit[] | undefined;
    for (const entry of cwes) {
      // Normalization writes `CWE-<n>` already; the fold only matters for hand-made findings.
      for (const cwe of list) {
        if (cwe === entry.folded || cwe.toUpperCase() === entry.folded) {
          (hits ??= []).push({ kind: 'cwe', value: entry.value });
          break;
        }
      }
    }
    return hits ? Object.freeze(hits) : NO_HITS;
  };
  // Findings share their rule's (frozen) CWE list, so the CWE hits are worked out once per list.
  const cweHitsByList = new WeakMap<readonly string[], readonly BlockHit[]>();
  return (finding) => {
    let cweHits = cweHitsByList.get(finding.cwes);
    if (cweHits === undefined) {
      cweHits = cweHitsOf(finding.cwes);
      if (Object.isFrozen(finding.cwes)) cweHitsByList.set(finding.cwes, cweHits);
    }
    // The shared CWE hits are copied only when rule or id hits are added to them.
    let hits: BlockHit[] | undefined;
    if (rules.has(finding.ruleId)) (hits ??= [...cweHits]).push({ kind: 'rule', value: finding.ruleId });
    if (ids.length > 0) {
      const ruleId = finding.ruleId.toLowerCase();
      for (const entry of ids) {
        let hit = ruleId === entry.folded;
        for (let i = 0; !hit && i < finding.advisoryIds.length; i += 1) hit = finding.advisoryIds[i]!.toLowerCase() === entry.folded;
        if (hit) (hits ??= [...cweHits]).push({ kind: 'id', value: entry.value });
      }
    }
    return hits ?? cweHits;
  };
}

/**
 * The `block` entries a finding hits: its CWEs against `block.cwe`, its rule id against
 * `block.rules` (exactly, as rule ids are case-sensitive in SARIF), and its advisory ids and rule
 * id against `block.ids` (case-insensitively: `cve-2021-44228` is the same advisory). For many
 * findings, `compileBlock` once and call the matcher.
 */
export function blockHits(finding: Finding, block: PolicyBlock): BlockHit[] {
  return [...compileBlock(block)(finding)];
}
