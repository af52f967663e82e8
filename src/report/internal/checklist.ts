/**
 * Table 13: the statutory content checklist, built from the other tables.
 *
 * @internal
 * @module
 */
import type { ComplainantCharacteristic } from '../columns';
import type { AnnualReportTables, ChecklistGap, ChecklistItem, ChecklistItemId, ChecklistTable } from '../types';
import type { TableInput } from './cells';

function gap(field: string, missing: number, of: number, what: string, among: string): ChecklistGap {
  return { field, missing, of, description: `no ${what} recorded for ${missing} of ${of} ${among}` };
}

function item(
  id: ChecklistItemId,
  requirement: string,
  tables: readonly number[],
  gaps: readonly ChecklistGap[],
  note: string,
  status?: ChecklistItem['status'],
): ChecklistItem {
  const found = gaps.filter((g) => g.missing > 0);
  const derived: ChecklistItem['status'] =
    found.length === 0 ? 'supported' : found.length === gaps.length && found.every((g) => g.missing === g.of) ? 'not-supported' : 'partly-supported';
  return { id, requirement, status: status ?? derived, tables, gaps: found, note };
}

const CHARACTERISTIC_WORDS: Readonly<Record<ComplainantCharacteristic, string>> = {
  ageBand: 'age band',
  gender: 'gender',
  ethnicity: 'ethnicity',
  disability: 'disability',
  sexualOrientation: 'sexual orientation',
};

/** Table 13. */
export function buildChecklist(input: TableInput, tables: { readonly [K in Exclude<keyof AnnualReportTables, 'checklist'>]: AnnualReportTables[K] }): ChecklistTable {
  const { tally } = input;
  const stage1 = tables.stageSummary.rows[0]?.stage1 ?? 0;
  const sourceMissing = tables.sources.rows.find((row) => row.key === 'not-recorded')?.cell.count ?? 0;
  const typeMissing = tables.complaintTypes.totals.cells['not-recorded'].count;
  const outcomes = tables.outcomes.totals.cells;
  const answered = stage1 - outcomes.open.count - outcomes.withdrawn.count;
  const stage2 = tables.stage2.totals.cells;
  const answered2 = tables.stage2.totals.total.count - stage2.open.count - stage2.withdrawn.count;
  const characteristicGaps = tables.complainants.sections.map((section) =>
    gap(`complainant.${section.characteristic}`, section.notRecorded.numerator, stage1, CHARACTERISTIC_WORDS[section.characteristic], 'complainants'),
  );
  const items: ChecklistItem[] = [
    item('representations-made', 'The representations made in the year', [1, 9], [], 'Covered by the Stage 1 counts and their monthly spread.'),
    item(
      'complaints-by-stage-and-ombudsman',
      'The number of complaints at each stage, and those referred to the Ombudsman',
      [1, 6, 7, 8],
      [],
      'Covered: Stage 1 by receipt, Stages 2 and 3 by request, the Ombudsman by decision.',
    ),
    item(
      'customer-groups',
      'Which customer groups made complaints',
      [4, 5],
      [gap('source', sourceMissing, stage1, 'source', 'complaints')],
      'Covered by the sources of complaint and the service areas.',
    ),
    item('complaint-types', 'The types of complaint made', [5], [gap('complaintType', typeMissing, stage1, 'complaint type', 'complaints')], 'Covered by the complaint types by service area.'),
    item(
      'outcomes',
      'The outcome of complaints',
      [3, 6, 7],
      [
        gap('stage1.outcome', outcomes['outcome-not-recorded'].count, answered, 'outcome', 'Stage 1 responses'),
        gap('stage2.outcome', stage2['outcome-not-recorded'].count, answered2, 'outcome', 'Stage 2 adjudications'),
      ],
      'Covered by the outcome tables of each stage.',
    ),
    item(
      'advocacy',
      'The advocacy services provided under these arrangements',
      [10],
      [gap('advocacy', tally.advocacyUnrecorded, stage1, 'advocacy (offered, provided or allocated)', 'complaints')],
      'Covered by the advocates allocated by quarter; where advocacy is not recorded, the provider’s own figures may fill the gap.',
    ),
    item(
      'time-limits',
      'Compliance with time limits, including complaints resolved within an agreed extended timescale',
      [1, 2, 12],
      [],
      'Covered: each stage’s deadlines as the deadline engine assesses them, with the answers within an agreed extension shown apart.',
    ),
    item(
      'learning-and-improvement',
      'Learning and service improvement, including changes to services that have not been made',
      [],
      [],
      'The records hold no learning or service-improvement field: write this section from the case files and the services’ action plans.',
      'not-supported',
    ),
    item(
      'complainant-statistics',
      'Statistics on the age, gender, disability, sexual orientation and ethnicity of complainants',
      [11],
      characteristicGaps,
      'Covered by the complainants table, with what was not recorded shown.',
    ),
    item(
      'procedure-review',
      'A review of the effectiveness of the complaints procedure',
      [2, 12],
      [],
      'The timeliness tables are evidence for it, but the review itself must be written by the complaints manager.',
      'not-supported',
    ),
  ];
  return {
    id: 'checklist',
    number: 13,
    title: 'Statutory content checklist',
    coverage: input.coverage.stage1,
    notes: [
      'For each item the statutory guidance (Getting the Best from Complaints, 2006) asks the annual report to cover: whether these records can support it, and which fields they lack.',
    ],
    items,
  };
}
