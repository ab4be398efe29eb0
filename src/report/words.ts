/** `1 finding`, `2 findings`; `grouped` writes thousands as `300,000 findings`. */
export function plural(count: number, word: string, grouped = false): string {
  return `${grouped ? count.toLocaleString('en-US') : count} ${word}${count === 1 ? '' : 's'}`;
}
