/**
 * CWE ids, normalized to `CWE-<n>` (no leading zeros), from the places tools put them:
 * tags (`external/cwe/cwe-079` from CodeQL, `CWE-346` or `CWE-346: Origin validation` from
 * Semgrep and Snyk), a `cwe` property (string or list), rule relationships whose target is in a
 * CWE taxonomy (gosec, Flawfinder) and result `taxa` (Mayhem).
 */

// One compiled pattern for the whole module: a CWE id at the start of a tag or value.
const CWE_TEXT = /^\s*(?:external\/cwe\/)?cwe[-_: ]?0*(\d+)\b/i;
const DIGITS = /^\s*(?:cwe[-_: ]?)?0*(\d+)\s*$/i;

/** `CWE-<n>` for a tag or property value that starts with a CWE id, else undefined. */
export function cweFromText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CWE_TEXT.exec(value);
  return match ? `CWE-${match[1] === '' ? '0' : match[1]}` : undefined;
}

/** `CWE-<n>` for a taxon id inside a CWE taxonomy ("79", "CWE-79", "079"), else undefined. */
export function cweFromTaxonId(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = DIGITS.exec(String(value));
  return match ? `CWE-${match[1] === '' ? '0' : match[1]}` : undefined;
}

/** Adds the CWEs in a tag list and a `cwe` property to `into`. */
export function addCwesFromProperties(properties: Record<string, unknown> | undefined, into: Set<string>): void {
  if (properties === undefined) return;
  const tags = properties.tags;
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      const cwe = cweFromText(tag);
      if (cwe) into.add(cwe);
    }
  }
  const cweProperty = properties.cwe ?? properties.CWE;
  for (const value of Array.isArray(cweProperty) ? cweProperty : [cweProperty]) {
    const cwe = cweFromText(value) ?? (typeof value === 'number' ? cweFromTaxonId(value) : undefined);
    if (cwe) into.add(cwe);
  }
}

/** A reference to a taxon: `{ id, toolComponent: { name | index | guid } }` (SARIF §3.52). */
interface TaxonReference {
  id?: unknown;
  target?: unknown;
  toolComponent?: { name?: unknown; index?: unknown; guid?: unknown };
}

/**
 * Decides whether a taxon reference points into a CWE taxonomy. `taxonomyNames` are the run's
 * taxonomies (by index), `taxonomyGuids` maps their guids to names.
 */
export function isCweTaxonomy(
  component: TaxonReference['toolComponent'],
  taxonomyNames: ReadonlyArray<string | undefined>,
  taxonomyGuids: ReadonlyMap<string, string>,
): boolean {
  if (component === undefined || component === null || typeof component !== 'object') return false;
  let name = typeof component.name === 'string' ? component.name : undefined;
  if (name === undefined && typeof component.index === 'number') name = taxonomyNames[component.index];
  if (name === undefined && typeof component.guid === 'string') name = taxonomyGuids.get(component.guid.toLowerCase());
  return name !== undefined && name.trim().toUpperCase() === 'CWE';
}

/** Adds the CWEs of rule relationships or result taxa to `into`. */
export function addCwesFromTaxa(
  references: unknown,
  into: Set<string>,
  taxonomyNames: ReadonlyArray<string | undefined>,
  taxonomyGuids: ReadonlyMap<string, string>,
): void {
  if (!Array.isArray(references)) return;
  for (const reference of references as Array<TaxonReference | null>) {
    if (reference === null || typeof reference !== 'object') continue;
    // Relationships wrap the taxon in `target`; result taxa are the taxon reference itself.
    const taxon = (reference.target && typeof reference.target === 'object' ? reference.target : reference) as TaxonReference;
    if (isCweTaxonomy(taxon.toolComponent, taxonomyNames, taxonomyGuids)) {
      const cwe = cweFromTaxonId(taxon.id);
      if (cwe) into.add(cwe);
    } else {
      // An id written as "CWE-79" needs no taxonomy to be understood.
      const cwe = typeof taxon.id === 'string' ? cweFromText(taxon.id) : undefined;
      if (cwe) into.add(cwe);
    }
  }
}

/** Sorts CWE ids numerically, for stable output. */
export function sortCwes(cwes: Iterable<string>): string[] {
  return [...cwes].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
}
