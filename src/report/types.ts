/**
 * The annual report and its thirteen tables, as typed, JSON-serialisable
 * values. Every count keeps last year's figure beside it where the table
 * shows brackets, and every share keeps its numerator and denominator.
 *
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import type { ErrorCode } from '../errors';
import type { AppliedConventions } from '../procedure/assessment';
import type { StageStep } from '../procedure/definition';
import type { ComplaintType } from '../taxonomy/complaintTypes';
import type { OmbudsmanDecision } from '../taxonomy/ombudsman';
import type { ComplainantSource } from '../taxonomy/sources';
import type {
  ComplainantCharacteristic,
  CoverageReason,
  OutcomeColumn,
  ReportCohort,
  ResponseTimeColumn,
  TimelinessColumn,
  REPORT_COLUMNS,
} from './columns';
import type { Average, Rounding, Share } from './share';

/**
 * Last year's figure for a cell, shown in brackets.
 *
 * @example
 * ```ts
 * import type { PreviousFigure } from 'children-act-complaints';
 *
 * const upheldLastYear: PreviousFigure = { count: 6, share: { numerator: 6, denominator: 71, percent: 8 } };
 * ```
 */
export interface PreviousFigure {
  /** Last year's count. */
  readonly count: number;
  /** Last year's share, on the same base as this year's, or `null` where the cell has no share. */
  readonly share: Share | null;
}

/**
 * A count, its share of the base the table names (usually the row's total),
 * and last year's figure.
 *
 * @example
 * ```ts
 * import type { CountCell } from 'children-act-complaints';
 *
 * const cell: CountCell = {
 *   count: 13,
 *   share: { numerator: 13, denominator: 17, percent: 76 },
 *   previous: { count: 17, share: { numerator: 17, denominator: 29, percent: 59 } },
 * };
 * ```
 */
export interface CountCell {
  /** This year's count. */
  readonly count: number;
  /** Its share of the table's base, or `null` where the table shows none. */
  readonly share: Share | null;
  /** Last year's figure, or `null` when the report has no previous year. */
  readonly previous: PreviousFigure | null;
}

/**
 * An outcome count, with its share of all cases (`share`) and of the closed
 * cases (`ofClosed`: all cases but the open ones; withdrawn cases are closed).
 *
 * @example
 * ```ts
 * import type { OutcomeCell } from 'children-act-complaints';
 *
 * const notUpheld: OutcomeCell = {
 *   count: 29,
 *   share: { numerator: 29, denominator: 49, percent: 59 },
 *   ofClosed: { numerator: 29, denominator: 34, percent: 85 },
 *   previous: null,
 * };
 * ```
 */
export interface OutcomeCell extends CountCell {
  /** The share of closed cases; `null` for the open column. */
  readonly ofClosed: Share | null;
}

/**
 * A gap in a cohort: how many records are not counted, and why.
 *
 * @example
 * ```ts
 * import type { CoverageGap } from 'children-act-complaints';
 *
 * const gap: CoverageGap = { reason: 'not-reached', count: 40 };
 * ```
 */
export interface CoverageGap {
  /** Why they are not counted. */
  readonly reason: CoverageReason;
  /** How many records. */
  readonly count: number;
}

/**
 * Which records a cohort counts, and what became of the rest:
 * `counted` plus the gaps' counts is the number of records considered (every
 * record given, less those rejected).
 *
 * @example
 * ```ts
 * import type { Coverage } from 'children-act-complaints';
 *
 * const stage2: Coverage = {
 *   cohort: 'stage2',
 *   rule: 'Stage 2 requested in the period',
 *   counted: 9,
 *   notCounted: [{ reason: 'not-reached', count: 110 }, { reason: 'before-period', count: 5 }],
 * };
 * ```
 */
export interface Coverage {
  /** The cohort. */
  readonly cohort: ReportCohort;
  /** The date that places a record in the year, in words. */
  readonly rule: string;
  /** Records counted. */
  readonly counted: number;
  /** Records not counted, by reason; reasons with no records are left out. */
  readonly notCounted: readonly CoverageGap[];
}

/**
 * A reporting period: from and to, both inclusive, and its label.
 *
 * @example
 * ```ts
 * import type { ReportPeriod, PlainDate } from 'children-act-complaints';
 *
 * const year: ReportPeriod = { from: '2024-04-01' as PlainDate, to: '2025-03-31' as PlainDate, label: '2024/25' };
 * ```
 */
export interface ReportPeriod {
  /** The first day. */
  readonly from: PlainDate;
  /** The last day. */
  readonly to: PlainDate;
  /** `'2024/25'` for a financial year, otherwise `'2024-04-01 to 2024-09-30'`. */
  readonly label: string;
}

/**
 * What every table carries besides its figures.
 *
 * @example
 * ```ts
 * import type { TableCommon } from 'children-act-complaints';
 *
 * function heading(table: TableCommon<string>): string {
 *   return `${table.number}. ${table.title}`;
 * }
 * ```
 */
export interface TableCommon<Id extends string> {
  /** A stable identifier, e.g. `'response-times'`. */
  readonly id: Id;
  /** Its number in the report, 1 to 13. */
  readonly number: number;
  /** Its title. */
  readonly title: string;
  /** The records it counts; for table 12, the Stage 1 cohort (each row names its own). */
  readonly coverage: Coverage;
  /** How to read it: the definitions it uses. */
  readonly notes: readonly string[];
}

/**
 * One year's row of the Stage 1 summary.
 *
 * @example
 * ```ts
 * import type { StageSummaryRow, PlainDate } from 'children-act-complaints';
 *
 * const row: StageSummaryRow = {
 *   year: '2020/21', from: '2020-04-01' as PlainDate, to: '2021-03-31' as PlainDate, stage1: 49,
 *   upheld: { numerator: 1, denominator: 49, percent: 2 },
 *   within10: { numerator: 10, denominator: 49, percent: 20 },
 *   within20: { numerator: 16, denominator: 49, percent: 33 },
 * };
 * ```
 */
export interface StageSummaryRow {
  /** The year's label. */
  readonly year: string;
  /** Its first day. */
  readonly from: PlainDate;
  /** Its last day. */
  readonly to: PlainDate;
  /** Stage 1 complaints received. */
  readonly stage1: number;
  /** Complaints upheld (and partly upheld, with `upheldIncludesPartly`), of all Stage 1 complaints. */
  readonly upheld: Share;
  /** Answered within 10 working days (including same-day answers), of all Stage 1 complaints. */
  readonly within10: Share;
  /** Answered within 20 working days, the 10 included, of all Stage 1 complaints. */
  readonly within20: Share;
}

/**
 * Table 1: Stage 1 complaints, upheld, and answered within 10 and 20
 * working days; this year first, then each earlier year the report carries.
 *
 * @example
 * ```ts
 * import type { StageSummaryTable } from 'children-act-complaints';
 *
 * function years(table: StageSummaryTable): string[] {
 *   return table.rows.map((row) => row.year); // e.g. ['2020/21', '2019/20', '2018/19', '2017/18']
 * }
 * ```
 */
export interface StageSummaryTable extends TableCommon<'stage-summary'> {
  /** One row per year, newest first. */
  readonly rows: readonly StageSummaryRow[];
  /** Whether "upheld" includes partly upheld. */
  readonly upheldIncludesPartly: boolean;
  /** Stage 1 complaints per children served (`childrenServed`), or `null` when not given. */
  readonly perChildrenServed: Share | null;
}

/**
 * One service area's row of the response-times table (or the totals row,
 * with `serviceArea` `null`). Each cell's `share` is of the row's total.
 *
 * @example
 * ```ts
 * import type { ResponseTimesRow } from 'children-act-complaints';
 *
 * function lateShare(row: ResponseTimesRow): number | null {
 *   return row.cells['41-plus'].share?.percent ?? null;
 * }
 * ```
 */
export interface ResponseTimesRow {
  /** The service area's id, or `null` for the totals row. */
  readonly serviceArea: string | null;
  /** Its heading. */
  readonly label: string;
  /** The bands, withdrawn and open. */
  readonly cells: Readonly<Record<ResponseTimeColumn, CountCell>>;
  /** All Stage 1 complaints in the row; `previous` is last year's total. */
  readonly total: CountCell;
  /** Answered within 10 working days, of the row's total. */
  readonly within10: Share;
  /** Answered within 20 working days (the 10 included), of the row's total. */
  readonly within20: Share;
  /** Average working days to respond: answered complaints only, leaving out those of 100 or more working days. */
  readonly average: Average;
}

/**
 * Table 2: response times by service area.
 *
 * @example
 * ```ts
 * import type { ResponseTimesTable } from 'children-act-complaints';
 *
 * function averageAll(table: ResponseTimesTable): number | null {
 *   return table.totals.average.rounded;
 * }
 * ```
 */
export interface ResponseTimesTable extends TableCommon<'response-times'> {
  /** The columns, in order. */
  readonly columns: readonly ResponseTimeColumn[];
  /** One row per service area. */
  readonly rows: readonly ResponseTimesRow[];
  /** The totals row: each cell the sum of the rows; its average pooled over every answer. */
  readonly totals: ResponseTimesRow;
}

/**
 * One service area's row of an outcomes table (or the totals row).
 *
 * @example
 * ```ts
 * import type { OutcomesRow } from 'children-act-complaints';
 *
 * function notUpheldOfClosed(row: OutcomesRow): number | null {
 *   return row.cells['not-upheld'].ofClosed?.percent ?? null;
 * }
 * ```
 */
export interface OutcomesRow {
  /** The service area's id, or `null` for the totals row. */
  readonly serviceArea: string | null;
  /** Its heading. */
  readonly label: string;
  /** One cell per outcome column; `share` is of the row's total, `ofClosed` of its closed cases. */
  readonly cells: Readonly<Record<OutcomeColumn, OutcomeCell>>;
  /** Upheld or partly upheld, of the row's total. */
  readonly upheldOrPartly: CountCell;
  /** The row's total; `previous` is last year's. */
  readonly total: CountCell;
  /** Closed cases: the total less the open ones. */
  readonly closed: number;
}

/**
 * Table 3: Stage 1 outcomes by service area, with last year's counts and
 * shares in brackets.
 *
 * @example
 * ```ts
 * import type { OutcomesTable } from 'children-act-complaints';
 *
 * function upheldLastYear(table: OutcomesTable): number | null {
 *   return table.totals.cells.upheld.previous?.count ?? null;
 * }
 * ```
 */
export interface OutcomesTable extends TableCommon<'outcomes'> {
  /** The columns, in order. */
  readonly columns: readonly OutcomeColumn[];
  /** One row per service area. */
  readonly rows: readonly OutcomesRow[];
  /** The totals row. */
  readonly totals: OutcomesRow;
}

/**
 * One row of a table counted by a single grouping (source, Ombudsman
 * decision, month, quarter, characteristic value).
 *
 * @example
 * ```ts
 * import type { GroupRow } from 'children-act-complaints';
 *
 * const row: GroupRow<'advocate'> = {
 *   key: 'advocate', label: 'Advocate',
 *   cell: { count: 9, share: { numerator: 9, denominator: 49, percent: 18 }, previous: null },
 * };
 * ```
 */
export interface GroupRow<K extends string> {
  /** The group's key. */
  readonly key: K;
  /** Its heading. */
  readonly label: string;
  /** Its count; `share` is of the table's total. */
  readonly cell: CountCell;
}

/**
 * Table 4: who made the Stage 1 complaints.
 *
 * @example
 * ```ts
 * import type { SourcesTable } from 'children-act-complaints';
 *
 * function fromChildren(table: SourcesTable): number {
 *   return table.rows.find((row) => row.key === 'child-young-person')?.cell.count ?? 0;
 * }
 * ```
 */
export interface SourcesTable extends TableCommon<'sources'> {
  /** One row per source, in the taxonomy's order. */
  readonly rows: readonly GroupRow<ComplainantSource>[];
  /** All Stage 1 complaints. */
  readonly total: CountCell;
}

/**
 * One service area's row of the complaint-types table (or the totals row).
 *
 * @example
 * ```ts
 * import type { ComplaintTypesRow } from 'children-act-complaints';
 *
 * function staff(row: ComplaintTypesRow): number {
 *   return row.cells['staff-behaviour'].count;
 * }
 * ```
 */
export interface ComplaintTypesRow {
  /** The service area's id, or `null` for the totals row. */
  readonly serviceArea: string | null;
  /** Its heading. */
  readonly label: string;
  /** One cell per complaint type; `share` is of the row's total. */
  readonly cells: Readonly<Record<ComplaintType, CountCell>>;
  /** The row's total. */
  readonly total: CountCell;
}

/**
 * Table 5: complaint types by service area (the primary reason given).
 *
 * @example
 * ```ts
 * import type { ComplaintTypesTable } from 'children-act-complaints';
 *
 * function notRecorded(table: ComplaintTypesTable): number {
 *   return table.totals.cells['not-recorded'].count;
 * }
 * ```
 */
export interface ComplaintTypesTable extends TableCommon<'complaint-types'> {
  /** The columns, in the taxonomy's order. */
  readonly columns: readonly ComplaintType[];
  /** One row per service area. */
  readonly rows: readonly ComplaintTypesRow[];
  /** The totals row; its cells carry last year's totals. */
  readonly totals: ComplaintTypesRow;
}

/**
 * Table 6: Stage 2 investigations by service area, the escalation rate, and
 * the investigations completed within 25 and 65 working days.
 *
 * @example
 * ```ts
 * import type { Stage2Table } from 'children-act-complaints';
 *
 * function escalation(table: Stage2Table): number | null {
 *   return table.escalationRate.percent;
 * }
 * ```
 */
export interface Stage2Table extends TableCommon<'stage-2'> {
  /** The columns, in order. */
  readonly columns: readonly OutcomeColumn[];
  /** Outcomes of the adjudications, one row per service area. */
  readonly rows: readonly OutcomesRow[];
  /** The totals row. */
  readonly totals: OutcomesRow;
  /** Stage 2 investigations requested, with last year's. */
  readonly investigations: CountCell;
  /** Stage 2 investigations requested ÷ Stage 1 complaints received, both in the period. */
  readonly escalationRate: Share;
  /** The Stage 2 limit and its longest extension, in working days, from the procedure (25 and 65 under SI 2006/1738). */
  readonly limits: {
    /** The Stage 2 limit, in working days. */
    readonly workingDays: number;
    /** The longest total limit an extension may set, in working days. */
    readonly extendedWorkingDays: number;
  };
  /** Adjudicated within the limit, of all investigations. */
  readonly withinLimit: Share;
  /** Adjudicated within the longest extension (the limit included), of all investigations. */
  readonly withinExtendedLimit: Share;
}

/**
 * One deadline's row of the timeliness tables: how many met it, met it
 * within an extension, were late, are open or overdue, or were withdrawn.
 *
 * @example
 * ```ts
 * import type { TimelinessRow } from 'children-act-complaints';
 *
 * function late(row: TimelinessRow): number {
 *   return row.cells.late.count;
 * }
 * ```
 */
export interface TimelinessRow {
  /** The stage. */
  readonly stage: 1 | 2 | 3;
  /** The step the deadline is for. */
  readonly step: StageStep;
  /** Its heading, e.g. `'Stage 1 response (10 working days, up to 20 with an extension)'`. */
  readonly label: string;
  /** The statutory limit in working days. */
  readonly workingDays: number;
  /** The longest limit an extension may set, or `null` when it may not be extended. */
  readonly maxExtendedWorkingDays: number | null;
  /** Whether the law allows "as soon as reasonably practicable" (missing it is not in itself a breach). */
  readonly soft: boolean;
  /** One cell per column; `share` is of the row's total. */
  readonly cells: Readonly<Record<TimelinessColumn, CountCell>>;
  /** The stage's cohort. */
  readonly total: CountCell;
}

/**
 * Table 7: Stage 3 review panels requested, held, and each time limit met.
 *
 * @example
 * ```ts
 * import type { Stage3Table } from 'children-act-complaints';
 *
 * function panelsHeld(table: Stage3Table): number {
 *   return table.panelsHeld.count;
 * }
 * ```
 */
export interface Stage3Table extends TableCommon<'stage-3'> {
  /** Review panels requested in the period, with last year's. */
  readonly requested: CountCell;
  /** Of those, panels held by `asOf`. */
  readonly panelsHeld: CountCell;
  /** The council's responses to the panels, by outcome; `share` is of the panels requested. */
  readonly outcomes: Readonly<Record<OutcomeColumn, CountCell>>;
  /** One row per deadline: the panel (30), its report (5), the council's response (15, soft). */
  readonly steps: readonly TimelinessRow[];
}

/**
 * One Ombudsman decision category, with the labels of the era as they were
 * recorded, verbatim.
 *
 * @example
 * ```ts
 * import type { OmbudsmanRow } from 'children-act-complaints';
 *
 * const row: OmbudsmanRow = {
 *   key: 'referred-back-for-local-resolution', label: 'Referred back for local resolution',
 *   cell: { count: 4, share: { numerator: 4, denominator: 13, percent: 31 }, previous: null },
 *   eraLabels: [{ label: 'Premature (referred back for local resolution)', count: 4 }],
 * };
 * ```
 */
export interface OmbudsmanRow extends GroupRow<OmbudsmanDecision> {
  /** The labels recorded for decisions in this category, verbatim, with their counts; decisions recorded without a label are not listed here. */
  readonly eraLabels: readonly {
    /** The label, as the decision recorded it. */
    readonly label: string;
    /** How many decisions carried it. */
    readonly count: number;
  }[];
}

/**
 * Table 8: the Ombudsman's decisions in the period, by canonical category.
 *
 * @example
 * ```ts
 * import type { OmbudsmanTable } from 'children-act-complaints';
 *
 * function upheldRate(table: OmbudsmanTable): number | null {
 *   return table.upheld.percent;
 * }
 * ```
 */
export interface OmbudsmanTable extends TableCommon<'ombudsman'> {
  /** One row per canonical decision, in the taxonomy's order. */
  readonly rows: readonly OmbudsmanRow[];
  /** All decisions. */
  readonly total: CountCell;
  /** Decisions finding fault (the upheld categories and "satisfactory remedy"), of all decisions. */
  readonly upheld: Share;
}

/**
 * Table 9: Stage 1 complaints received by month of the period.
 *
 * @example
 * ```ts
 * import type { MonthlyTable } from 'children-act-complaints';
 *
 * function busiest(table: MonthlyTable): string | undefined {
 *   return [...table.rows].sort((a, b) => b.cell.count - a.cell.count)[0]?.label;
 * }
 * ```
 */
export interface MonthlyTable extends TableCommon<'monthly'> {
  /** One row per calendar month of the period, keyed `'YYYY-MM'`; `previous` is the same month a year before. */
  readonly rows: readonly GroupRow<string>[];
  /** All Stage 1 complaints. */
  readonly total: CountCell;
}

/**
 * Table 10: advocates allocated for a complaint, by quarter of the period.
 *
 * @example
 * ```ts
 * import type { AdvocacyTable } from 'children-act-complaints';
 *
 * function quarters(table: AdvocacyTable): number[] {
 *   return table.rows.map((row) => row.cell.count); // e.g. [0, 4, 1, 3]
 * }
 * ```
 */
export interface AdvocacyTable extends TableCommon<'advocacy'> {
  /** One row per quarter, keyed `'Q1'` to `'Q4'` (more for a longer period). */
  readonly rows: readonly GroupRow<string>[];
  /** All advocates allocated. */
  readonly total: CountCell;
}

/**
 * One characteristic's part of table 11. "Not recorded" and "prefers not to
 * say" are rows like the others and are always shown.
 *
 * @example
 * ```ts
 * import type { ComplainantSection } from 'children-act-complaints';
 *
 * function gap(section: ComplainantSection): string {
 *   return `${section.notRecorded.numerator} of ${section.notRecorded.denominator} not recorded`;
 * }
 * ```
 */
export interface ComplainantSection {
  /** Which characteristic. */
  readonly characteristic: ComplainantCharacteristic;
  /** Its heading, e.g. `'Ethnicity'`. */
  readonly title: string;
  /** One row per value of the taxonomy, in its order, "not recorded" included. */
  readonly rows: readonly GroupRow<string>[];
  /** All Stage 1 complaints. */
  readonly total: CountCell;
  /** Complaints with nothing recorded for it (absent, or recorded as not recorded), of all. */
  readonly notRecorded: Share;
}

/**
 * Table 11: the complainants by age band, gender, ethnicity, disability and
 * sexual orientation (one complainant per Stage 1 complaint).
 *
 * @example
 * ```ts
 * import type { ComplainantsTable } from 'children-act-complaints';
 *
 * function ethnicityGap(table: ComplainantsTable): number | null {
 *   return table.sections.find((s) => s.characteristic === 'ethnicity')?.notRecorded.percent ?? null;
 * }
 * ```
 */
export interface ComplainantsTable extends TableCommon<'complainants'> {
  /** One section per characteristic. */
  readonly sections: readonly ComplainantSection[];
}

/**
 * Table 12: timeliness of every deadline, per stage: within the statutory
 * time, within an agreed extension, late, open, overdue, withdrawn.
 *
 * @example
 * ```ts
 * import type { TimelinessTable } from 'children-act-complaints';
 *
 * function stage1Late(table: TimelinessTable): number {
 *   return table.rows[0]?.cells.late.count ?? 0;
 * }
 * ```
 */
export interface TimelinessTable extends TableCommon<'timeliness'> {
  /** One row per deadline: Stage 1 response, Stage 2 adjudication, Stage 3 panel, report and response. */
  readonly rows: readonly TimelinessRow[];
  /** The cohort of each stage's rows. */
  readonly coverageByStage: Readonly<Record<1 | 2 | 3, Coverage>>;
}

/**
 * One of the checklist's items (see `REPORT_COLUMNS.checklistItems`).
 *
 * @example
 * ```ts
 * import type { ChecklistItemId } from 'children-act-complaints';
 *
 * const item: ChecklistItemId = 'complainant-statistics';
 * ```
 *
 * @useDeclaredType
 */
export type ChecklistItemId = (typeof REPORT_COLUMNS.checklistItems)[number];

/**
 * A field the records lack for an item of the checklist.
 *
 * @example
 * ```ts
 * import type { ChecklistGap } from 'children-act-complaints';
 *
 * const gap: ChecklistGap = {
 *   field: 'complainant.ethnicity', missing: 41, of: 63,
 *   description: 'no ethnicity recorded for 41 of 63 complainants',
 * };
 * ```
 */
export interface ChecklistGap {
  /** The record field. */
  readonly field: string;
  /** How many records of the cohort lack it. */
  readonly missing: number;
  /** How many records the item needs it for. */
  readonly of: number;
  /** The gap in words. */
  readonly description: string;
}

/**
 * One item of the statutory content checklist, and whether the records
 * support it:
 * - `'supported'`: the tables cover it and no field it needs is missing;
 * - `'partly-supported'`: covered, but some records lack a field it needs (see `gaps`);
 * - `'not-supported'`: the records cannot support it; it must be written by hand.
 *
 * @example
 * ```ts
 * import type { ChecklistItem } from 'children-act-complaints';
 *
 * function line(item: ChecklistItem): string {
 *   return `${item.requirement}: ${item.status}${item.gaps.map((g) => `; ${g.description}`).join('')}`;
 * }
 * ```
 */
export interface ChecklistItem {
  /** Which item. */
  readonly id: ChecklistItemId;
  /** What the guidance asks for. */
  readonly requirement: string;
  /** Whether the records support it. */
  readonly status: 'supported' | 'partly-supported' | 'not-supported';
  /** The tables of this report that cover it. */
  readonly tables: readonly number[];
  /** The fields missing, where any are. */
  readonly gaps: readonly ChecklistGap[];
  /** What the report writer should do. */
  readonly note: string;
}

/**
 * Table 13: the statutory content checklist.
 *
 * @example
 * ```ts
 * import type { ChecklistTable } from 'children-act-complaints';
 *
 * function toWrite(table: ChecklistTable): string[] {
 *   return table.items.filter((item) => item.status !== 'supported').map((item) => item.requirement);
 * }
 * ```
 */
export interface ChecklistTable extends TableCommon<'checklist'> {
  /** One item per requirement, in the guidance's order. */
  readonly items: readonly ChecklistItem[];
}

/**
 * Every table of the report, by name.
 *
 * @example
 * ```ts
 * import type { AnnualReportTables } from 'children-act-complaints';
 *
 * type Names = keyof AnnualReportTables; // 'stageSummary' | 'responseTimes' | …
 * ```
 */
export interface AnnualReportTables {
  /** Table 1: Stage 1 complaints by year, with the upheld and timeliness shares. */
  readonly stageSummary: StageSummaryTable;
  /** Table 2: Stage 1 response times by service area. */
  readonly responseTimes: ResponseTimesTable;
  /** Table 3: Stage 1 outcomes by service area. */
  readonly outcomes: OutcomesTable;
  /** Table 4: who complained. */
  readonly sources: SourcesTable;
  /** Table 5: what the complaints were about. */
  readonly complaintTypes: ComplaintTypesTable;
  /** Table 6: Stage 2 investigations. */
  readonly stage2: Stage2Table;
  /** Table 7: Stage 3 review panels. */
  readonly stage3: Stage3Table;
  /** Table 8: the Ombudsman's decisions. */
  readonly ombudsman: OmbudsmanTable;
  /** Table 9: complaints by month. */
  readonly monthly: MonthlyTable;
  /** Table 10: advocacy. */
  readonly advocacy: AdvocacyTable;
  /** Table 11: the complainants' characteristics. */
  readonly complainants: ComplainantsTable;
  /** Table 12: timeliness at each stage. */
  readonly timeliness: TimelinessTable;
  /** Table 13: the statutory content checklist. */
  readonly checklist: ChecklistTable;
}

/**
 * Any one table of the report.
 *
 * @example
 * ```ts
 * import type { AnnualReportTable } from 'children-act-complaints';
 *
 * function title(table: AnnualReportTable): string {
 *   return `${table.number}. ${table.title}`;
 * }
 * ```
 */
export type AnnualReportTable = AnnualReportTables[keyof AnnualReportTables];

/**
 * A record that could not be counted, and why.
 *
 * @example
 * ```ts
 * import type { RejectedReportRecord } from 'children-act-complaints';
 *
 * const rejected: RejectedReportRecord = {
 *   index: 12, id: 'C-2024-013', code: 'INVALID_RECORD', field: 'serviceArea',
 *   message: 'The service area "Adoption" is not one of the declared service areas.',
 * };
 * ```
 */
export interface RejectedReportRecord {
  /** Its position in the records given (0-based). */
  readonly index: number;
  /** Its id, where it has one. */
  readonly id: string | null;
  /** The library error code. */
  readonly code: ErrorCode;
  /** The record field at fault. */
  readonly field: string;
  /** What is wrong, and what to do. */
  readonly message: string;
}

/**
 * Something a report's reader must know that is not an error:
 * - `'local-calendar'`: the calendar closes or opens days the regulations do not, so timeliness reflects local practice;
 * - `'as-at'`: some records have dates after `asOf`; the report shows them as they stood on `asOf`;
 * - `'records-rejected'`: some records could not be counted (see `records.rejected`);
 * - `'previous-service-areas'`: last year's report has service areas this year's does not, so their brackets are not shown.
 *
 * @example
 * ```ts
 * import type { ReportWarning } from 'children-act-complaints';
 *
 * const warning: ReportWarning = { code: 'records-rejected', message: '2 records could not be counted; see records.rejected.' };
 * ```
 */
export interface ReportWarning {
  /** The kind of warning. */
  readonly code: 'local-calendar' | 'as-at' | 'records-rejected' | 'previous-service-areas';
  /** One or two sentences for a person. */
  readonly message: string;
}

/**
 * The settings a report was built with, defaults filled in.
 *
 * @example
 * ```ts
 * import type { AnnualReportSettings } from 'children-act-complaints';
 *
 * function describe(settings: AnnualReportSettings): string {
 *   return `${settings.rounding} rounding to ${settings.percentDecimals} decimals`;
 * }
 * ```
 */
export interface AnnualReportSettings {
  /** How percentages and averages are rounded. */
  readonly rounding: Rounding;
  /** Decimal places of percentages (averages are whole working days). */
  readonly percentDecimals: number;
  /** Whether "upheld" in the summary includes partly upheld. */
  readonly upheldIncludesPartly: boolean;
  /** Children served, for the complaints-per-children-served share, or `null`. */
  readonly childrenServed: number | null;
  /** The deadline engine's conventions. */
  readonly conventions: AppliedConventions;
  /** The calendar's region and the days it closes beyond the bank holidays. */
  readonly calendar: {
    /** Whose bank holidays it follows. */
    readonly region: string;
    /** The days it closes beyond the bank holidays. */
    readonly closureDays: readonly PlainDate[];
    /** The days it opens that the rules would close. */
    readonly extraWorkingDays: readonly PlainDate[];
  };
  /** The service areas, in the order of the rows. */
  readonly serviceAreas: readonly {
    /** The service area's id. */
    readonly id: string;
    /** Its label, as the rows show it. */
    readonly label: string;
  }[];
}

/**
 * The statutory annual report on children's social care complaints, as
 * {@link buildAnnualReport} computes it from case-level records.
 *
 * @example
 * ```ts
 * import type { AnnualReport } from 'children-act-complaints';
 *
 * function headline(report: AnnualReport): string {
 *   const [year] = report.tables.stageSummary.rows;
 *   return `${report.period.label}: ${year?.stage1} Stage 1 complaints, ${year?.within10.percent}% answered within 10 working days`;
 * }
 * ```
 */
export interface AnnualReport {
  /** Marks the value as a report of this library. */
  readonly kind: 'children-act-annual-report';
  /** The version of this shape. */
  readonly version: 1;
  /** The report's title. */
  readonly title: string;
  /** The period reported on. */
  readonly period: ReportPeriod;
  /** The day the records describe: anything dated later had not happened. */
  readonly asOf: PlainDate;
  /** The previous period, when the report has last year's figures. */
  readonly previousPeriod: ReportPeriod | null;
  /** The settings used. */
  readonly settings: AnnualReportSettings;
  /** What became of the records given. */
  readonly records: {
    /** How many were given. */
    readonly given: number;
    /** How many were considered: given less rejected. Each cohort's coverage adds up to this. */
    readonly considered: number;
    /** The records that could not be counted, with the reason. */
    readonly rejected: readonly RejectedReportRecord[];
  };
  /** Each cohort's coverage. */
  readonly coverage: Readonly<Record<ReportCohort, Coverage>>;
  /** The thirteen tables. */
  readonly tables: AnnualReportTables;
  /** What a reader must know. */
  readonly warnings: readonly ReportWarning[];
}
