import type { AnnualReport } from '../types';
import { monthlyChart, responseBandsChart } from './charts';
import { cellText, escapeHtml } from './format';
import { gridOf, type Grid, type GridRow } from './grid';
import { checkReportStructure } from '../reportShape';
import { coverageLines, periodLine, recordsLine, tablesOf } from './summary';

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; border-top: 2px solid #1d4f91; padding-top: .75rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-style: italic; padding: .25rem 0 .5rem; }
th, td { border: 1px solid #bfbfbf; padding: .35rem .5rem; vertical-align: top; }
thead th { background: #eef2f8; text-align: left; }
td { text-align: right; }
td.text { text-align: left; }
tfoot th, tfoot td { font-weight: 600; background: #f6f6f6; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.notes { color: #333; font-size: .95rem; }
.warnings { border-left: 4px solid #b35900; padding: .5rem 1rem; background: #fff7ef; }
.chart { max-width: 45rem; display: block; margin: .5rem 0 1rem; }
a { color: #1d4f91; }
a:focus, a:hover { outline: 3px solid #ffbf47; }
@media print { h2 { break-before: auto; } section { break-inside: avoid; } }
`;

function rowHtml(row: GridRow): string {
  const cells = row.cells.map((cell) => `<td${cell.kind === 'text' ? ' class="text"' : ''}>${escapeHtml(cellText(cell))}</td>`).join('');
  return `<tr><th scope="row">${escapeHtml(row.header)}</th>${cells}</tr>`;
}

function tableHtml(grid: Grid, previousLabel: string | null, chart: string): string {
  const body = grid.rows.filter((row) => row.role === 'body');
  const foot = grid.rows.filter((row) => row.role !== 'body');
  const brackets = grid.hasPrevious && previousLabel !== null ? ` Figures in brackets are ${previousLabel}’s.` : '';
  const parts = [
    `<section id="table-${escapeHtml(grid.id)}" aria-labelledby="heading-${escapeHtml(grid.id)}">`,
    `<h2 id="heading-${escapeHtml(grid.id)}">${escapeHtml(String(grid.number))}. ${escapeHtml(grid.title)}</h2>`,
    chart,
    '<table>',
    `<caption>${escapeHtml(grid.caption + brackets)}</caption>`,
    `<thead><tr>${grid.head.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')}</tr></thead>`,
    `<tbody>${body.map(rowHtml).join('')}</tbody>`,
    foot.length === 0 ? '' : `<tfoot>${foot.map(rowHtml).join('')}</tfoot>`,
    '</table>',
  ];
  if (grid.facts.length > 0) {
    parts.push(`<dl class="facts">${grid.facts.map(([label, cell]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(cellText(cell))}</dd>`).join('')}</dl>`);
  }
  parts.push(`<ul class="notes">${grid.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`, '</section>');
  return parts.join('\n');
}

/**
 * Writes the whole report as one self-contained, accessible HTML page: no
 * script, no stylesheet, font or image from anywhere else, so it can be
 * emailed or published as it is. Each of the thirteen tables is real table
 * markup with a caption and `scope`d headings (totals in a `tfoot`); the
 * monthly volumes and the response-time bands also have inline SVG bar
 * charts whose title and description state every figure. The page lists
 * the warnings, each cohort's coverage and the records that could not be
 * counted. Every string from the data is HTML-escaped.
 *
 * @param report - a report from {@link buildAnnualReport}
 * @returns the HTML document, starting `<!doctype html>`
 * @throws {@link ChildrenActComplaintsError} `INVALID_REPORT` when the value does not have the structure of an annual report, naming the first path at fault
 *
 * @example
 * ```ts
 * import { buildAnnualReport, toHtml } from 'children-act-complaints';
 *
 * const html = toHtml(buildAnnualReport([], { year: '2024/25', asOf: '2025-04-30' }));
 * html.startsWith('<!doctype html>'); // true
 * html.includes('<caption>');         // true
 * ```
 */
export function toHtml(report: AnnualReport): string {
  checkReportStructure(report, 'report');
  const previousLabel = report.previousPeriod?.label ?? null;
  const tables = tablesOf(report);
  const charts: Readonly<Record<string, string>> = { 'response-times': responseBandsChart(report), monthly: monthlyChart(report) };
  const parts = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p>${escapeHtml(periodLine(report))}</p>`,
    `<p>${escapeHtml(recordsLine(report))}</p>`,
  ];
  if (report.warnings.length > 0) {
    parts.push(`<section class="warnings" aria-labelledby="heading-warnings"><h2 id="heading-warnings">Warnings</h2><ul>${report.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('')}</ul></section>`);
  }
  parts.push(
    `<nav aria-label="Tables"><ol>${tables.map((table) => `<li><a href="#table-${escapeHtml(table.id)}">${escapeHtml(table.title)}</a></li>`).join('')}</ol></nav>`,
  );
  for (const table of tables) parts.push(tableHtml(gridOf(table), previousLabel, charts[table.id] ?? ''));
  parts.push(`<section aria-labelledby="heading-coverage"><h2 id="heading-coverage">Which records each table counts</h2><ul>${coverageLines(report).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></section>`);
  if (report.records.rejected.length > 0) {
    const rows = report.records.rejected
      .map((r) => `<tr><th scope="row">${escapeHtml(String(r.index + 1))}</th><td class="text">${escapeHtml(r.id ?? '')}</td><td class="text">${escapeHtml(r.field)}</td><td class="text">${escapeHtml(r.message)}</td></tr>`)
      .join('');
    parts.push(
      `<section aria-labelledby="heading-rejected"><h2 id="heading-rejected">Records that could not be counted</h2><table><caption>Each record given that no table could count, with the reason.</caption><thead><tr><th scope="col">Position</th><th scope="col">Id</th><th scope="col">Field</th><th scope="col">Reason</th></tr></thead><tbody>${rows}</tbody></table></section>`,
    );
  }
  parts.push('</main>', '</body>', '</html>', '');
  return parts.join('\n');
}
