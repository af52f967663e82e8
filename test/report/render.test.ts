import { describe, expect, it } from 'vitest';
import { buildAnnualReport, ChildrenActComplaintsError, defineServiceAreas, toCsv, toHtml, toMarkdown, type AnnualReport, type AnnualReportTable, type ComplaintRecord } from '../../src/index';
import { camdenAreas, camdenRecords } from './camden.fixture';

const camden = camdenRecords();
const lastYear = buildAnnualReport(camden, { year: '2019/20', asOf: '2020-05-29', serviceAreas: camdenAreas });
const report = buildAnnualReport(camden, { year: '2020/21', asOf: '2021-05-28', serviceAreas: camdenAreas, previous: lastYear, childrenServed: 1919 });

const HOSTILE = '<script>alert("x")</script> | =SUM(A1) *bold* & [link](http://x)';
const hostileAreas = defineServiceAreas([{ id: 'evil', label: HOSTILE }]);
const hostileRecords = [
  {
    id: 'C-1',
    receivedOn: '2024-05-01',
    serviceArea: 'evil',
    complaintType: 'quality-of-service',
    source: 'advocate',
    stage1: { respondedOn: '2024-05-08', outcome: 'upheld' },
    deferrals: [],
    ombudsman: { referredOn: '2024-06-01', decidedOn: '2024-07-01', decision: 'upheld', label: '<img src=x onerror=alert(1)>' },
  },
] as unknown as ComplaintRecord[];
const hostile = buildAnnualReport(hostileRecords, { year: '2024/25', asOf: '2025-05-30', serviceAreas: hostileAreas });

function thrown(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ChildrenActComplaintsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('toMarkdown', () => {
  it('writes the title, every table with its caption and brackets, the coverage and the notes', () => {
    const markdown = toMarkdown(report);
    expect(markdown.split('\n')[0]).toBe('# Children’s statutory complaints annual report 2020/21');
    expect(markdown.match(/^## \d+\. /gm)).toHaveLength(13);
    expect(markdown).toContain('| LAC & Care Leavers | 3 (9) | 5 (6) | 5 (7) | 0 (4) | 0 (1) | 4 (2) | 17 | 29 | 18% | 47% | 18 |');
    expect(markdown).toContain('| **% of all cases** | 2% (8%) | 4% (17%) | 59% (62%) | 0% (3%) | 4% (3%) | 31% (7%) |  |');
    expect(markdown).toContain('- Stage 1 complaints per 1,919 children served: 3%');
    expect(markdown).toContain('## Which records each table counts');
  });

  it('escapes every string from the data', () => {
    const markdown = toMarkdown(hostile);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).toContain('\\| =SUM(A1) \\*bold\\* & \\[link\\](http://x)');
    // The table keeps its columns: the label's pipe does not split the row.
    const lines = markdown.split('\n');
    const cellsOf = (line: string | undefined) => line?.split(/(?<!\\)\|/).length;
    const row = lines.findIndex((line) => line.startsWith('| &lt;script&gt;'));
    const head = lines.slice(0, row).map((line) => line.startsWith('| Service area |')).lastIndexOf(true);
    expect(head).toBeGreaterThan(0);
    expect(cellsOf(lines[row])).toBe(cellsOf(lines[head]));
  });
});

describe('toCsv', () => {
  it('writes a table with last year’s figures in columns of their own', () => {
    const lines = toCsv(report.tables.responseTimes).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 5)).toEqual(['Service area', '1–10 working days', '1–10 working days (last year)', '11–20 working days', '11–20 working days (last year)']);
    expect(lines[1]).toBe('LAC & Care Leavers,3,9,5,6,5,7,0,4,0,1,4,2,17,29,18%,47%,18');
    expect(lines[4]).toBe("Children's Quality Assurance,0,2,0,0,0,0,0,0,0,0,2,0,2,2,0%,0%,");
    expect(lines.at(-1)).toBe('');
    const widths = new Set(lines.slice(0, -1).map((line) => line.split(',').length));
    expect(widths.size).toBe(1);
  });

  it('writes the single figures after a blank row', () => {
    const lines = toCsv(report.tables.stage2).split('\r\n');
    expect(lines).toContain('Escalation rate (Stage 2 ÷ Stage 1),18%,,,,,,');
    expect(lines).toContain('Stage 2 investigations,9,5 (last year),,,,,');
  });

  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    const csv = toCsv(hostile.tables.outcomes);
    expect(csv).toContain('\r\n"<script>alert(""x"")</script> | =SUM(A1) *bold* & [link](http://x)",');
    const ombudsman = toCsv(hostile.tables.ombudsman);
    expect(ombudsman).toContain('<img src=x onerror=alert(1)> (1)');
    expect(toCsv(buildAnnualReport([], { year: '2024/25', asOf: '2025-05-30', serviceAreas: defineServiceAreas([{ id: 'x', label: '=1+1' }]) }).tables.outcomes)).toContain("\r\n'=1+1,");
  });

  it('writes every table', () => {
    for (const table of Object.values(report.tables) as AnnualReportTable[]) {
      const lines = toCsv(table).split('\r\n');
      expect(lines.length).toBeGreaterThan(2);
    }
  });
});

describe('toHtml', () => {
  const html = toHtml(report);

  it('is one self-contained page: no script, no external stylesheet, font or image', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    const external = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(external.every((target) => target?.startsWith('#'))).toBe(true);
  });

  it('uses real table markup: a caption and scoped headings for every table', () => {
    expect(html.match(/<table>/g)).toHaveLength(13);
    expect(html.match(/<caption>/g)).toHaveLength(13);
    expect(html).toContain('<th scope="col">Service area</th>');
    expect(html).toContain('<tr><th scope="row">LAC &amp; Care Leavers</th><td>3 (9)</td>');
    expect(html).toContain('Figures in brackets are 2019/20’s.');
    expect(html).toMatch(/<tfoot><tr><th scope="row">All service areas<\/th>/);
  });

  it('draws the monthly volumes and the response-time bands as SVG, described in words', () => {
    const charts = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart).toMatch(/role="img" aria-labelledby="chart-[a-z-]+-title chart-[a-z-]+-desc"/);
      expect(chart).toMatch(/<title id="chart-[a-z-]+-title">/);
    }
    expect(charts[0]).toContain('Stage 1 complaints by working days to respond, 2020/21. 1–10 working days: 10; 11–20 working days: 6; 21–40 working days: 11; 41+ working days: 5; Withdrawn: 2; Open: 15. Last year, 2019/20: 1–10 working days: 18;');
    expect(charts[1]).toContain('Stage 1 complaints received by month, 2020/21. April 2020: 4;');
  });

  it('escapes every string from the data', () => {
    const page = toHtml(hostile);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists the records it could not count', () => {
    const withRejected = buildAnnualReport([{ ...hostileRecords[0], receivedOn: 'soon' } as unknown as ComplaintRecord], { year: '2024/25', asOf: '2025-05-30' });
    expect(toHtml(withRejected)).toContain('<h2 id="heading-rejected">Records that could not be counted</h2>');
    expect(toMarkdown(withRejected)).toContain('| 1 | C-1 | receivedOn | "soon" is not a real calendar date in the form YYYY-MM-DD. |');
  });
});

it('refuses what is not a report or a table', () => {
  expect(thrown(() => toMarkdown({} as AnnualReport))).toBe('INVALID_REPORT');
  expect(thrown(() => toHtml(null as unknown as AnnualReport))).toBe('INVALID_REPORT');
  expect(thrown(() => toCsv({ id: 'nonsense' } as unknown as AnnualReportTable))).toBe('INVALID_REPORT');
});
