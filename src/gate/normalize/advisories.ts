/**
 * Advisory ids (CVE and GHSA) found in a rule id, tags and property values, so a policy can
 * block a listed advisory whatever its severity. Ids are upper-cased (GHSA's body lower-cased as
 * GitHub writes it) and de-duplicated.
 */

// Compiled once; global so matchAll finds every id in a value.
const ADVISORY = /\b(CVE-\d{4}-\d{4,})\b|\b(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b/gi;

/** Adds the advisory ids in `text` to `into`. */
export function addAdvisoryIds(text: unknown, into: Set<string>): void {
  if (typeof text !== 'string' || text.length < 13) return;
  // Cheap pre-check: most strings hold neither marker, and this avoids running the regex.
  const upper = text.toUpperCase();
  if (!upper.includes('CVE-') && !upper.includes('GHSA-')) return;
  for (const match of text.matchAll(ADVISORY)) {
    into.add(match[1] ? match[1].toUpperCase() : `GHSA${match[2]!.slice(4).toLowerCase()}`);
  }
}

/** Adds the advisory ids in a property bag: its tags and its top-level string values (and string lists). */
export function addAdvisoryIdsFromProperties(properties: Record<string, unknown> | undefined, into: Set<string>): void {
  if (properties === undefined) return;
  for (const value of Object.values(properties)) {
    if (typeof value === 'string') addAdvisoryIds(value, into);
    else if (Array.isArray(value)) for (const item of value) addAdvisoryIds(item, into);
  }
}
