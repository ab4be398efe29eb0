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
 * The `block` entries a finding hits: its CWEs against `block.cwe`, its rule id against
 * `block.rules` (exactly, as rule ids are case-sensitive in SARIF), and its advisory ids and rule
 * id against `block.ids` (case-insensitively: `cve-2021-44228` is the same advisory).
 */
export function blockHits(finding: Finding, block: PolicyBlock): BlockHit[] {
  const hits: BlockHit[] = [];
  const cwes = new Set(finding.cwes.map((cwe) => cwe.toUpperCase()));
  for (const cwe of block.cwes) if (cwes.has(cwe.toUpperCase())) hits.push({ kind: 'cwe', value: cwe });
  if (block.rules.includes(finding.ruleId)) hits.push({ kind: 'rule', value: finding.ruleId });
  const advisories = new Set([finding.ruleId, ...finding.advisoryIds].map((id) => id.toLowerCase()));
  for (const id of block.ids) if (advisories.has(id.toLowerCase())) hits.push({ kind: 'id', value: id });
  return hits;
}
