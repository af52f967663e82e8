/**
 * Inline SVG bar charts for the HTML page: no script, no external resource,
 * each with a title and a text description that states every figure.
 *
 * @internal
 * @module
 */
import { RESPONSE_TIME_COLUMNS } from '../columns';
import type { AnnualReport } from '../types';
import { escapeHtml, groupThousands } from './format';

/** One bar (with last year's beside it, where known). */
interface Bar {
  readonly label: string;
  /** The label in the text description, e.g. the month in full. */
  readonly longLabel: string;
  readonly value: number;
  readonly previous: number | null;
}

interface Chart {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly yearLabel: string;
  readonly previousLabel: string | null;
}

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 40;
const RIGHT = 16;
const TOP = 28;
const BOTTOM = 48;
const CURRENT = '#1d4f91';
const PREVIOUS = '#8c8c8c';

/** A scale top that is a round number at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s * 5 >= value) ?? magnitude * 10;
  return Math.ceil(value / step) * step;
}

function describe(chart: Chart): string {
  const figures = (pick: (bar: Bar) => number | null): string => chart.bars.map((bar) => `${bar.longLabel}: ${groupThousands(pick(bar) ?? 0)}`).join('; ');
  const current = `${chart.title}, ${chart.yearLabel}. ${figures((bar) => bar.value)}.`;
  return chart.previousLabel === null ? current : `${current} Last year, ${chart.previousLabel}: ${figures((bar) => bar.previous)}.`;
}

function svg(chart: Chart): string {
  const withPrevious = chart.previousLabel !== null;
  const max = niceMax(Math.max(1, ...chart.bars.map((bar) => Math.max(bar.value, bar.previous ?? 0))));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(chart.bars.length, 1);
  const barWidth = Math.min(40, (slot * 0.7) / (withPrevious ? 2 : 1));
  const y = (value: number): number => TOP + plotHeight - (value / max) * plotHeight;
  const parts: string[] = [];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (max / 4) * tick;
    const at = y(value).toFixed(1);
    parts.push(`<line x1="${LEFT}" y1="${at}" x2="${WIDTH - RIGHT}" y2="${at}" stroke="#d9d9d9" stroke-width="1"/>`);
    parts.push(`<text x="${LEFT - 6}" y="${at}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="#333">${escapeHtml(groupThousands(Math.round(value * 10) / 10))}</text>`);
  }
  chart.bars.forEach((bar, i) => {
    const centre = LEFT + slot * i + slot / 2;
    const drawn: [number, string, number][] = withPrevious ? [[bar.previous ?? 0, PREVIOUS, centre - barWidth], [bar.value, CURRENT, centre]] : [[bar.value, CURRENT, centre - barWidth / 2]];
    for (const [value, colour, x] of drawn) {
      const top = y(value);
      parts.push(`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(TOP + plotHeight - top).toFixed(1)}" fill="${colour}"/>`);
      parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="#1a1a1a">${escapeHtml(groupThousands(value))}</text>`);
    }
    parts.push(`<text x="${centre.toFixed(1)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle" font-size="12" fill="#1a1a1a">${escapeHtml(bar.label)}</text>`);
  });
  const legend = withPrevious
    ? `<rect x="${LEFT}" y="${HEIGHT - 18}" width="12" height="12" fill="${CURRENT}"/><text x="${LEFT + 16}" y="${HEIGHT - 8}" font-size="12" fill="#1a1a1a">${escapeHtml(chart.yearLabel)}</text>` +
      `<rect x="${LEFT + 120}" y="${HEIGHT - 18}" width="12" height="12" fill="${PREVIOUS}"/><text x="${LEFT + 136}" y="${HEIGHT - 8}" font-size="12" fill="#1a1a1a">${escapeHtml(chart.previousLabel ?? '')}</text>`
    : '';
  return [
    `<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${chart.id}-desc">${escapeHtml(describe(chart))}</desc>`,
    ...parts,
    legend,
    '</svg>',
  ].join('');
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BAND_LABELS = ['1–10', '11–20', '21–40', '41+', 'Withdrawn', 'Open'];

/** The chart of Stage 1 complaints received by month. */
export function monthlyChart(report: AnnualReport): string {
  const table = report.tables.monthly;
  return svg({
    id: 'chart-monthly',
    title: 'Stage 1 complaints received by month',
    yearLabel: report.period.label,
    previousLabel: report.previousPeriod?.label ?? null,
    bars: table.rows.map((row) => ({
      label: SHORT_MONTHS[Number(row.key.slice(5, 7)) - 1] ?? row.key,
      longLabel: row.label,
      value: row.cell.count,
      previous: row.cell.previous?.count ?? null,
    })),
  });
}

/** The chart of Stage 1 response times, in bands of working days. */
export function responseBandsChart(report: AnnualReport): string {
  const totals = report.tables.responseTimes.totals;
  return svg({
    id: 'chart-response-bands',
    title: 'Stage 1 complaints by working days to respond',
    yearLabel: report.period.label,
    previousLabel: report.previousPeriod?.label ?? null,
    bars: RESPONSE_TIME_COLUMNS.map((column, i) => ({
      label: BAND_LABELS[i] as string,
      longLabel: i < 4 ? `${BAND_LABELS[i] as string} working days` : (BAND_LABELS[i] as string),
      value: totals.cells[column].count,
      previous: totals.cells[column].previous?.count ?? null,
    })),
  });
}
