/**
 * The DORA report's charts: weekly bars and lines from zero, and a pie of failure causes, with
 * numbers to at most 2 decimal places. The Mermaid syntax itself is src/report/mermaid.ts's.
 */
import { pieChartBlock, xyChartBlock } from '../../report/mermaid.js';

/** Numbers as the report shows them: plain decimals, at most 2 places. */
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
  return xyChartBlock({
    title: chart.title,
    categories: chart.categories,
    yLabel: chart.yLabel,
    yMin: 0,
    yMax: Math.ceil(top * 1.1 * 100) / 100,
    ...(chart.bars ? { bars: chart.bars } : {}),
    ...(chart.lines ? { lines: [chart.lines] } : {}),
    format: number,
  });
}

export function pieChart(title: string, slices: { label: string; value: number }[]): string {
  return pieChartBlock(title, slices, number);
}
