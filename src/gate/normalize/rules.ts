import type { ReportingDescriptor, Run, ToolComponent } from 'sarif';
import { addAdvisoryIds, addAdvisoryIdsFromProperties } from './advisories.js';
import { addCwesFromProperties, addCwesFromTaxa, sortCwes } from './cwe.js';
import { ruleSeverityFacts, type RuleSeverityFacts } from './severity.js';

/**
 * The rules of one run, indexed once so each result's rule is a map look-up: by id across the
 * driver and its extensions (CodeQL puts query-pack rules in `tool.extensions`), then by
 * `ruleIndex` in the component the result names (`result.rule.toolComponent`, the driver by
 * default). What each rule contributes (severity candidates, CWEs, advisory ids) is computed
 * once per rule, not once per result.
 */

/** What the gate needs from a rule, precomputed. */
export interface RuleFacts {
  id: string;
  name?: string;
  shortDescription?: string;
  messageStrings?: Record<string, string>;
  severity: RuleSeverityFacts;
  cwes: ReadonlySet<string>;
  advisoryIds: ReadonlySet<string>;
  /**
   * `cwes` and `advisoryIds` as the sorted lists a Finding holds, built once per rule and frozen:
   * most results add nothing to their rule's, so their findings share these arrays instead of
   * each allocating a copy (300,000 results, a few dozen rules).
   */
  sortedCwes: readonly string[];
  sortedAdvisoryIds: readonly string[];
  tags: readonly unknown[];
}

/** A run's rules, looked up by id or by (component, index). */
export interface RuleIndex {
  byId(id: string): RuleFacts | undefined;
  byIndex(index: number, component?: { index?: unknown; name?: unknown; guid?: unknown }): RuleFacts | undefined;
  /** Taxonomy names by index and guid, for result taxa. */
  taxonomyNames: ReadonlyArray<string | undefined>;
  taxonomyGuids: ReadonlyMap<string, string>;
}

/** Builds the rule index of a run whose skeleton `checkRun` has accepted. */
export function indexRules(run: Run): RuleIndex {
  const taxonomyNames = (run.taxonomies ?? []).map((taxonomy) => (typeof taxonomy?.name === 'string' ? taxonomy.name : undefined));
  const taxonomyGuids = new Map<string, string>();
  for (const taxonomy of run.taxonomies ?? []) {
    if (typeof taxonomy?.guid === 'string' && typeof taxonomy.name === 'string') taxonomyGuids.set(taxonomy.guid.toLowerCase(), taxonomy.name);
  }
  const components: ToolComponent[] = [run.tool.driver, ...(run.tool.extensions ?? [])];
  const factsByComponent = components.map((component) => (component.rules ?? []).map((rule) => ruleFacts(rule, taxonomyNames, taxonomyGuids)));
  const byId = new Map<string, RuleFacts>();
  // The driver's rules win over an extension's with the same id; earlier extensions over later ones.
  for (const facts of factsByComponent) for (const rule of facts) if (!byId.has(rule.id)) byId.set(rule.id, rule);

  const componentOf = (reference?: { index?: unknown; name?: unknown; guid?: unknown }): number => {
    if (reference === undefined || reference === null) return 0;
    if (typeof reference.index === 'number') return reference.index + 1; // extensions follow the driver
    if (typeof reference.guid === 'string') {
      const found = components.findIndex((component) => component.guid?.toLowerCase() === (reference.guid as string).toLowerCase());
      if (found !== -1) return found;
    }
    if (typeof reference.name === 'string') {
      const found = components.findIndex((component) => component.name === reference.name);
      if (found !== -1) return found;
    }
    return 0;
  };
  return {
    byId: (id) => byId.get(id),
    byIndex: (index, component) => factsByComponent[componentOf(component)]?.[index],
    taxonomyNames,
    taxonomyGuids,
  };
}

function ruleFacts(rule: ReportingDescriptor, taxonomyNames: ReadonlyArray<string | undefined>, taxonomyGuids: ReadonlyMap<string, string>): RuleFacts {
  const properties = rule.properties as Record<string, unknown> | undefined;
  const cwes = new Set<string>();
  addCwesFromProperties(properties, cwes);
  addCwesFromTaxa(rule.relationships, cwes, taxonomyNames, taxonomyGuids);
  const advisoryIds = new Set<string>();
  addAdvisoryIds(rule.id, advisoryIds);
  addAdvisoryIdsFromProperties(properties, advisoryIds);
  const messageStrings: Record<string, string> = {};
  let hasMessages = false;
  for (const [key, value] of Object.entries(rule.messageStrings ?? {})) {
    const text = value?.text ?? value?.markdown;
    if (typeof text === 'string') {
      messageStrings[key] = text;
      hasMessages = true;
    }
  }
  const facts: RuleFacts = {
    id: rule.id,
    severity: ruleSeverityFacts(properties, rule.defaultConfiguration?.level),
    cwes,
    advisoryIds,
    sortedCwes: Object.freeze(sortCwes(cwes)),
    sortedAdvisoryIds: Object.freeze([...advisoryIds].sort()),
    tags: Array.isArray(properties?.tags) ? properties.tags : [],
  };
  if (typeof rule.name === 'string' && rule.name !== '') facts.name = rule.name;
  const short = rule.shortDescription?.text;
  if (typeof short === 'string') facts.shortDescription = short;
  if (hasMessages) facts.messageStrings = messageStrings;
  return facts;
}
