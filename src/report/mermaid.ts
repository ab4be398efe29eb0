/**
 * Mermaid charts for job summaries (GitHub renders ```mermaid blocks): one writer of the chart
 * syntax for every action. Callers decide what to plot, the axis range and how numbers read;
 * this module owns Mermaid's grammar (quoting, keywords, layout).
 */
import { codeBlock } from './markdown.js';

/**
 * A label as Mermaid reads it: in double quotes, which its grammar cannot escape, so quotes,
 * backticks and line breaks become spaces (labels are user text: service names, check names).
 */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/["\r\n`]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

export interface XyChartSpec {
  title: string;
  categories: readonly string[];
  yLabel: string;
  yMin: number;
  yMax: number;
  bars?: readonly number[];
  lines?: readonly (readonly number[])[];
  /** How a number is written (Mermaid reads plain decimals only, no exponent). */
  format: (value: number) => string;
}

/** An `xychart-beta` of bars and lines over named categories. */
export function xyChartBlock(spec: XyChartSpec): string {
  const lines = [
    'xychart-beta',
    `  title ${mermaidLabel(spec.title)}`,
    `  x-axis [${spec.categories.map(mermaidLabel).join(', ')}]`,
    `  y-axis ${mermaidLabel(spec.yLabel)} ${spec.format(spec.yMin)} --> ${spec.format(spec.yMax)}`,
  ];
  if (spec.bars) lines.push(`  bar [${spec.bars.map(spec.format).join(', ')}]`);
  for (const line of spec.lines ?? []) lines.push(`  line [${line.map(spec.format).join(', ')}]`);
  return codeBlock(lines.join('\n'), 'mermaid');
}

/** A pie with the values shown. */
export function pieChartBlock(title: string, slices: readonly { label: string; value: number }[], format: (value: number) => string): string {
  const lines = ['pie showData', `  title ${title.replace(/[\r\n]/g, ' ')}`, ...slices.map((slice) => `  ${mermaidLabel(slice.label)} : ${format(slice.value)}`)];
  return codeBlock(lines.join('\n'), 'mermaid');
}
