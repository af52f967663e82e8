import { checkReportStructure } from '../reportShape';
import type { AnnualReport } from '../types';
import { cellText, escapeMarkdown } from './format';
import { gridOf, type Grid } from './grid';
import { coverageLines, periodLine, recordsLine, tablesOf } from './summary';

function tableMarkdown(grid: Grid): string[] {
  const lines = [`## ${escapeMarkdown(String(grid.number))}. ${escapeMarkdown(grid.title)}`, '', `*${escapeMarkdown(grid.counted)}*`, ''];
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  // Figures are right-aligned; columns of text, left.
  const isText = grid.head.map((_, i) => i === 0 || grid.rows.every((line) => line.role !== 'body' || line.cells[i - 1]?.kind === 'text'));
  lines.push(row(grid.head.map(escapeMarkdown)));
  lines.push(row(isText.map((text) => (text ? '---' : '---:'))));
  for (const line of grid.rows) {
    const header = escapeMarkdown(line.header);
    lines.push(row([line.role === 'body' ? header : `**${header}**`, ...line.cells.map((cell) => escapeMarkdown(cellText(cell)))]));
  }
  if (grid.facts.length > 0) {
    lines.push('');
    for (const [label, cell] of grid.facts) lines.push(`- ${escapeMarkdown(label)}: ${escapeMarkdown(cellText(cell))}`);
  }
  lines.push('', grid.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n'), '');
  return lines;
}

/**
 * Writes the whole report as Markdown: the period and the records' fate,
 * the warnings, each of the thirteen tables (caption, table, single figures,
 * notes) with last year's figures in brackets, each cohort's coverage, and
 * the records that could not be counted with their reasons. Every string
 * from the data is escaped, so a label can neither break a table nor inject
 * markup.
 *
 * @param report - a report from {@link buildAnnualReport}
 * @returns the Markdown text
 * @throws {@link ChildrenActComplaintsError} `INVALID_REPORT` when the value does not have the structure of an annual report, naming the first path at fault
 *
 * @example
 * ```ts
 * import { buildAnnualReport, toMarkdown } from 'children-act-complaints';
 *
 * const report = buildAnnualReport([], { year: '2024/25', asOf: '2025-04-30' });
 * toMarkdown(report).split('\n')[0]; // '# Children’s statutory complaints annual report 2024/25'
 * ```
 */
export function toMarkdown(report: AnnualReport): string {
  checkReportStructure(report, 'report');
  const lines = [`# ${escapeMarkdown(report.title)}`, '', escapeMarkdown(periodLine(report)), '', escapeMarkdown(recordsLine(report)), ''];
  if (report.warnings.length > 0) {
    lines.push('**Warnings**', '');
    for (const warning of report.warnings) lines.push(`- ${escapeMarkdown(warning.message)}`);
    lines.push('');
  }
  for (const table of tablesOf(report)) lines.push(...tableMarkdown(gridOf(table)));
  lines.push('## Which records each table counts', '');
  for (const line of coverageLines(report)) lines.push(`- ${escapeMarkdown(line)}`);
  lines.push('');
  if (report.records.rejected.length > 0) {
    lines.push('## Records that could not be counted', '', '| Position | Id | Field | Reason |', '| ---: | --- | --- | --- |');
    for (const rejected of report.records.rejected) {
      lines.push(`| ${escapeMarkdown(String(rejected.index + 1))} | ${escapeMarkdown(rejected.id ?? '')} | ${escapeMarkdown(rejected.field)} | ${escapeMarkdown(rejected.message)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
