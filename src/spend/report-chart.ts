/**
 * The report's picture: daily spend stacked by model, with the share of requests answered locally
 * as a line on its own axis. The only file that knows about the renderer — Chart.js drawing on
 * @napi-rs/canvas (Skia, shipped as a prebuilt binary per platform; no native build, no download
 * at install) — so swapping it touches nothing else.
 */
import { createRequire } from 'node:module';
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { MonthlyReport } from './report-types.ts';

/** What the rest of tandem depends on: a report in, PNG bytes out. */
export type ReportChartRenderer = (report: MonthlyReport) => Buffer;

const WIDTH = 1200;
const HEIGHT = 600;
/** More series than this turns the legend into noise; the rest are summed as "other". */
const MAX_MODELS = 6;
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1'];

type Renderer = { createCanvas: typeof import('@napi-rs/canvas').createCanvas; Chart: typeof import('chart.js').Chart };
let renderer: Renderer | undefined;

/**
 * Loaded on the first chart, not with this file: every command that composes tandem reaches this
 * module (the /spend reply), few draw a chart. require() because drawing is synchronous.
 */
function loadRenderer(): Renderer {
  if (!renderer) {
    const require = createRequire(import.meta.url);
    const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
    const { Chart, registerables } = require('chart.js') as typeof import('chart.js');
    Chart.register(...registerables);
    renderer = { createCanvas, Chart };
  }
  return renderer;
}

export const renderReportChart: ReportChartRenderer = (report) => {
  const { createCanvas, Chart } = loadRenderer();
  const canvas = createCanvas(WIDTH, HEIGHT);
  // Chart.js types want a DOM canvas; in Node it only calls getContext('2d') and reads width/height,
  // which the Skia canvas provides.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, chartConfig(report));
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
};

function chartConfig(report: MonthlyReport): ChartConfiguration<'bar' | 'line', Array<number | null>, string> {
  const labels = report.daily.map((day) => day.date.slice(8));
  const series = modelSeries(report);
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        ...series.map((item, index) => ({
          type: 'bar' as const,
          label: item.label,
          data: item.values,
          backgroundColor: PALETTE[index % PALETTE.length]!,
          stack: 'spend',
          yAxisID: 'y',
        })),
        {
          type: 'line' as const,
          label: 'answered locally (% of requests)',
          data: report.daily.map((day) => day.localSharePct),
          borderColor: '#333333',
          backgroundColor: '#333333',
          borderWidth: 2,
          pointRadius: 2,
          spanGaps: true,
          yAxisID: 'share',
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: title(report) },
        legend: { position: 'bottom' },
      },
      scales: {
        x: { stacked: true, title: { display: true, text: 'day' } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'USD' } },
        share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '% local' } },
      },
    },
    plugins: [whiteBackground],
  };
}

function title(report: MonthlyReport): string {
  const unpriced = report.dataQuality.unpricedCalls;
  const note = unpriced > 0 ? ` — ${unpriced} unpriced call${unpriced === 1 ? '' : 's'} not shown` : '';
  return `AI spend per day, ${report.month} (${report.period.timezone}, USD)${note}`;
}

/** Stack series per model, most expensive first; models beyond MAX_MODELS fold into "other". */
function modelSeries(report: MonthlyReport): Array<{ label: string; values: number[] }> {
  const totals = new Map<string, number>();
  for (const day of report.daily) {
    for (const [model, usd] of Object.entries(day.costByModelUsd)) totals.set(model, (totals.get(model) ?? 0) + usd);
  }
  // Free and unpriced models draw nothing; in the legend they would only suggest a bar is missing.
  const ranked = [...totals.entries()].filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]).map(([model]) => model);
  const shown = ranked.length > MAX_MODELS ? ranked.slice(0, MAX_MODELS - 1) : ranked;
  const series = shown.map((model) => ({ label: model, values: report.daily.map((day) => day.costByModelUsd[model] ?? 0) }));
  if (shown.length < ranked.length) {
    const rest = new Set(ranked.slice(shown.length));
    const values = report.daily.map((day) =>
      Object.entries(day.costByModelUsd).reduce((sum, [model, usd]) => (rest.has(model) ? sum + usd : sum), 0),
    );
    series.push({ label: 'other', values });
  }
  return series;
}

/** PNGs are transparent by default, which reads as black in some chat clients' dark mode. */
const whiteBackground: Plugin<'bar' | 'line'> = {
  id: 'white-background',
  beforeDraw(chart) {
    const context = chart.ctx;
    context.save();
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, chart.width, chart.height);
    context.restore();
  },
};
