/**
 * The demo: the statutory annual complaints report for 2024/25, built from
 * the bundled synthetic sample (examples/data/complaints.csv, three financial
 * years of invented complaints, exported the way a council case system would).
 *
 *   npm run demo
 *
 * Writes report.md and report.html in the current directory and prints a
 * short summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildAnnualReport, readComplaintsCsv, toHtml, toMarkdown } from '../src/index';

const data = new URL('./data/', import.meta.url);
const columns = JSON.parse(readFileSync(new URL('complaints.columns.json', data), 'utf8'));
const csv = readFileSync(new URL('complaints.csv', data), 'utf8');
const { records, rejected } = readComplaintsCsv(csv, { columns, asOf: '2025-05-31' });

// Each year is reported as it stood at the end of the following May, and is
// passed on as the next year's `previous`, which gives the bracketed figures
// and the multi-year summary rows.
const report2223 = buildAnnualReport(records, { year: '2022/23', asOf: '2023-05-31' });
const report2324 = buildAnnualReport(records, { year: '2023/24', asOf: '2024-05-31', previous: report2223 });
const report = buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous: report2324 });
writeFileSync('report.md', toMarkdown(report));
writeFileSync('report.html', toHtml(report));

const { stageSummary, responseTimes, outcomes, stage2 } = report.tables;
const [year] = stageSummary.rows;
console.log(`${report.title}`);
console.log(`${records.length} records read (${rejected.length} rejected); ${report.records.rejected.length} not counted in this report`);
console.log(
  `Stage 1 complaints: ${year?.stage1} (last year ${responseTimes.totals.total.previous?.count}); ` +
    `answered within 10 working days ${year?.within10.percent}%, within 20 ${year?.within20.percent}%`,
);
console.log(`Average working days to respond: ${responseTimes.totals.average.rounded}; still open on ${report.asOf}: ${responseTimes.totals.cells.open.count}`);
console.log(
  `Not upheld: ${outcomes.totals.cells['not-upheld'].share?.percent}% of all cases, ` +
    `${outcomes.totals.cells['not-upheld'].ofClosed?.percent}% of closed cases`,
);
console.log(`Stage 2 investigations: ${stage2.investigations.count} (escalation rate ${stage2.escalationRate.percent}%)`);
console.table(
  stageSummary.rows.map((r) => ({
    year: r.year,
    'Stage 1': r.stage1,
    '% upheld': r.upheld.percent,
    '% within 10': r.within10.percent,
    '% within 20': r.within20.percent,
  })),
);
console.log('Wrote report.md and report.html');
