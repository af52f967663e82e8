import { checkTableStructure } from '../reportShape';
import type { AnnualReportTable } from '../types';
import { csvField } from './format';
import { gridOf, type GridCell } from './grid';

function value(cell: GridCell | undefined, previous: boolean): string {
  if (cell === undefined) return '';
  const figure = previous ? cell.previous : cell.value;
  if (figure === undefined || figure === null) return '';
  return cell.kind === 'percent' ? `${figure}%` : String(figure);
}

/**
 * Writes one table of the report as CSV (RFC 4180, CRLF line ends), for a
 * spreadsheet: the same rows and columns as the Markdown and HTML tables,
 * with each column of last year's figures in a column of its own (headed
 * "… (last year)") instead of in brackets, percentages written `20%`, and
 * the table's single figures (such as the escalation rate) after a blank row.
 * Every field from the data is quoted as needed, and text that a spreadsheet
 * would run as a formula is prefixed with an apostrophe.
 *
 * @param table - a table of a report, e.g. `report.tables.responseTimes`
 * @returns the CSV text, ending with a line break
 * @throws {@link ChildrenActComplaintsError} `INVALID_REPORT` when the value does not have the structure of a table of an annual report
 *
 * @example
 * ```ts
 * import { buildAnnualReport, parseComplaintRecords, toCsv } from 'children-act-complaints';
 *
 * const { records } = parseComplaintRecords([
 *   { id: 'C-1', receivedOn: '2024-04-02', serviceArea: 'CIN', source: 'Advocate', stage1: { respondedOn: '2024-04-12', outcome: 'Upheld' } },
 * ]);
 * const report = buildAnnualReport(records, { year: '2024/25', asOf: '2025-04-30' });
 * toCsv(report.tables.sources).split('\r\n').slice(0, 3);
 * // ['Source,Complaints,%', 'Advocate,1,100%', 'Not recorded,0,0%']
 * ```
 */
export function toCsv(table: AnnualReportTable): string {
  const grid = gridOf(checkTableStructure(table, 'table'));
  const width = grid.head.length - 1;
  const withPrevious = Array.from({ length: width }, (_, c) => grid.rows.some((row) => row.cells[c]?.previous !== undefined));
  const head = [grid.head[0] as string];
  for (let c = 0; c < width; c += 1) {
    head.push(grid.head[c + 1] as string);
    if (withPrevious[c]) head.push(`${grid.head[c + 1] as string} (last year)`);
  }
  const lines: string[][] = [head];
  for (const row of grid.rows) {
    const cells = [row.header];
    for (let c = 0; c < width; c += 1) {
      cells.push(value(row.cells[c], false));
      if (withPrevious[c]) cells.push(value(row.cells[c], true));
    }
    lines.push(cells);
  }
  if (grid.facts.length > 0) {
    lines.push([]);
    for (const [label, cell] of grid.facts) lines.push(cell.previous === undefined ? [label, value(cell, false)] : [label, value(cell, false), `${value(cell, true)} (last year)`]);
  }
  const columns = head.length;
  return lines.map((cells) => [...cells, ...Array.from({ length: columns - cells.length }, () => '')].map(csvField).join(',')).join('\r\n') + '\r\n';
}
