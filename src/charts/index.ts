/** The chart a dataset asks for (`chart: bar | line | table`), or none when nothing can be drawn. */
import { barChart } from './bar';
import { prepare, type ChartDataset } from './data';
import { lineChart } from './line';

export { barChart, lineChart };
export * from './data';

/**
 * SVG markup for the dataset, or undefined for `chart: table` and for data with no readable figure
 * (a chart of placeholders says less than the table).
 */
export function datasetChart(d: ChartDataset, opts: { width?: number } = {}): string | undefined {
  if (d.chart === 'table') return undefined;
  if (!prepare(d).points.some((p) => p.value !== null)) return undefined;
  return d.chart === 'line' ? lineChart(d, opts) : barChart(d, opts);
}
