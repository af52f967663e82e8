/**
 * Example 2: a report script. It reads a council's CSV export with the
 * council's own column headings, checks every row, and writes the tables of
 * the statutory annual complaints report for 2024/25, with last year's
 * figures in brackets.
 *
 *   npx tsx examples/annual-report.ts [out.md]
 *
 * The export and its column mapping are the bundled synthetic sample in
 * examples/data/. Without an output path the report goes to a temporary
 * file. The same report from the command line:
 *
 *   children-act-complaints report examples/data/complaints.csv \
 *     --columns examples/data/complaints.columns.json --year 2024/25 \
 *     --as-of 2025-05-31 --previous examples/data/complaints.csv --out report.md
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAnnualReport, readComplaintsCsv, toCsv, toMarkdown, type CsvField } from 'children-act-complaints';

const data = new URL('./data/', import.meta.url);

// The mapping from the case system's headings ("Case Ref", "S1 Response Sent", …) to record fields.
const columns = JSON.parse(readFileSync(new URL('complaints.columns.json', data), 'utf8')) as Record<string, CsvField>;

// The day the data was extracted: anything dated later had not happened. Never the clock.
const asOf = '2025-05-31';

// 1. Read and check every row. A rejected row comes back with its row, line, column, field and reason.
const { records, rejected, unmappedHeadings } = readComplaintsCsv(readFileSync(new URL('complaints.csv', data), 'utf8'), { columns, asOf });
for (const row of rejected) {
  for (const issue of row.issues) console.error(`row ${row.row} (line ${row.line}), ${issue.column ?? issue.field}: ${issue.message}`);
}
console.log(`Read ${records.length} records; ${rejected.length} rejected; columns not read: ${unmappedHeadings.length === 0 ? 'none' : unmappedHeadings.join(', ')}`);
assert.equal(records.length, 187);
assert.equal(rejected.length, 0);

// 2. Build the report. The export holds three years, so the same records give last year's brackets.
const report = buildAnnualReport(records, { year: '2024/25', asOf, previous: records });
const [thisYear, lastYear] = report.tables.stageSummary.rows;
console.log(`${report.title}: ${report.period.from} to ${report.period.to}, as of ${report.asOf}`);
console.log(`  Stage 1 complaints: ${thisYear?.stage1} (last year ${lastYear?.stage1})`);
console.log(`  answered within 10 working days: ${thisYear?.within10.percent}%; within 20: ${thisYear?.within20.percent}%`);
for (const warning of report.warnings) console.log(`  warning: ${warning.message}`);
assert.equal(thisYear?.stage1, 66);
assert.equal(lastYear?.stage1, 58);
assert.equal(report.records.rejected.length, 0);

// 3. Write it: Markdown for the committee paper, CSV for one table's spreadsheet.
const out = process.argv[2] ?? join(tmpdir(), 'complaints-annual-report-2024-25.md');
writeFileSync(out, toMarkdown(report), 'utf8');
console.log(`Wrote ${out}`);
console.log('Response times by service area, as CSV:');
console.log(toCsv(report.tables.responseTimes).split('\r\n').slice(0, 3).join('\n'));
