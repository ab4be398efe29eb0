/**
 * Canonical JSON: one text for one value, so that a hash of the text names the data. Keys are
 * sorted by UTF-16 code units (what `Array.prototype.sort` does) and strings and numbers are
 * printed by `JSON.stringify`; for the integers, strings, booleans, arrays and objects Stopline
 * hashes, that is exactly RFC 8785 (JCS), so other tools can recompute the same digest.
 */

/** A copy of `value` with every object's keys in sorted order, so equal data prints equally. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // Dropped here as JSON.stringify would, so the key order is decided on what is printed.
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

/**
 * The canonical text of `value`: sorted keys, no whitespace. Numbers that JSON cannot carry
 * exactly (NaN, ±Infinity, unsafe integers) are refused rather than silently changed, because the
 * text is hashed and a digest of altered data would name something else.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), (_key, child: unknown) => {
    if (typeof child === 'number' && (!Number.isFinite(child) || (Number.isInteger(child) && !Number.isSafeInteger(child)))) {
      throw new TypeError(`canonical JSON cannot carry the number ${child} exactly`);
    }
    return child;
  });
}
