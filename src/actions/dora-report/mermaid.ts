/**
 * Mermaid charts for job summaries (GitHub renders ```mermaid blocks): an x/y chart of bars and
 * lines, and a pie. Labels are user text (service names, dates), so quotes and line breaks are
 * taken out: a quote would end the label and Mermaid has no escape for it.
 */
import { codeBlock } from '../../report/markdown.js';

const label = (text: string): string => `"${text.replace(/["\r\n`]/g, ' ').replace(/\s+/g, ' ').trim()}"`;

/** Numbers as Mermaid reads them: plain decimals, at most 2 places. */
const number = (value: number): string => String(Math.round(value * 100) / 100);

export interface XyChart {
  title: string;
  categories: string[];
  yLabel: string;
  bars?: number[];
  lines?: number[];
}

export function xyChart(chart: XyChart): string {
  const values = [...(chart.bars ?? []), ...(chart.lines ?? [])];
  const top = Math.max(1, ...values);
  const lines = [
    'xychart-beta',
    `  title ${label(chart.title)}`,
    `  x-axis [${chart.categories.map(label).join(', ')}]`,
    `  y-axis ${label(chart.yLabel)} 0 --> ${number(Math.ceil(top * 1.1 * 100) / 100)}`,
  ];
  if (chart.bars) lines.push(`  bar [${chart.bars.map(number).join(', ')}]`);
  if (chart.lines) lines.push(`  line [${chart.lines.map(number).join(', ')}]`);
  return codeBlock(lines.join('\n'), 'mermaid');
}

export function pieChart(title: string, slices: { label: string; value: number }[]): string {
  const lines = ['pie showData', `  title ${title.replace(/[\r\n]/g, ' ')}`, ...slices.map((slice) => `  ${label(slice.label)} : ${number(slice.value)}`)];
  return codeBlock(lines.join('\n'), 'mermaid');
}
