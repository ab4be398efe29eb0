/**
 * Metric values for people: four significant digits, no exponent for the values checks usually
 * have (error ratios, latencies, rates), so `0.0123` and `1234` read as written.
 */
export function formatValue(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e9) {
    const text = Number(value.toPrecision(4)).toString();
    // toString may still pick an exponent for numbers like 1e-4..1e-6; fall through for those.
    if (!text.includes('e')) return text;
  }
  return value.toPrecision(3);
}

/** A relative change as a signed percentage: `+12.5%`, `-3%`, `+∞%` (from zero). */
export function formatChange(fraction: number | undefined): string {
  if (fraction === undefined || Number.isNaN(fraction)) return '–';
  if (!Number.isFinite(fraction)) return fraction > 0 ? '+∞%' : '-∞%';
  const percent = fraction * 100;
  const text = Math.abs(percent) >= 100 ? percent.toFixed(0) : Number(percent.toPrecision(3)).toString();
  return `${percent >= 0 ? '+' : ''}${text}%`;
}

/** A p-value: four significant digits, `< 1e-16` at the floor of double precision. */
export function formatP(p: number | undefined): string {
  if (p === undefined || Number.isNaN(p)) return '–';
  if (p < 1e-16) return '< 1e-16';
  return p >= 1e-4 ? Number(p.toPrecision(4)).toString() : p.toPrecision(3);
}

/** A value with the counts behind it, when there are any: `0.041 = 82/2000` (a proportion's errors/total). */
export function formatWithCounts(value: number | undefined, count: { errors: number; total: number } | undefined): string {
  return count ? `${formatValue(value)} = ${formatValue(count.errors)}/${formatValue(count.total)}` : formatValue(value);
}
