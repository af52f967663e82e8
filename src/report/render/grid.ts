/**
 * Each table of the report as a plain grid of headings and cells, which the
 * Markdown, CSV and HTML renderers all draw from, so the three always show
 * the same figures.
 *
 * @internal
 * @module
 */
import { OUTCOME_COLUMN_LABELS, RESPONSE_TIME_COLUMN_LABELS, TIMELINESS_COLUMN_LABELS, type OutcomeColumn } from '../columns';
import { complaintTypes, type ComplaintType } from '../../taxonomy/complaintTypes';
import type { Share } from '../share';
import { groupThousands } from './format';
import type {
  AnnualReportTable,
  CountCell,
  GroupRow,
  OutcomesRow,
  PreviousFigure,
  TimelinessRow,
} from '../types';

/** One cell: a count, a percentage, a number of days, or text; with last year's figure where the table shows one. */
export interface GridCell {
  readonly kind: 'count' | 'percent' | 'days' | 'text';
  /** The figure (or text); `null` where there is none (a share of nothing, an average of no answers). */
  readonly value: number | string | null;
  /** Last year's figure, shown in brackets; `undefined` where the table shows none. */
  readonly previous?: number | null;
}

/** One row: its heading, its cells, and whether it is a body, totals or percentage row. */
export interface GridRow {
  readonly header: string;
  readonly cells: readonly GridCell[];
  readonly role: 'body' | 'total' | 'share';
}

/** A table as headings and rows, with the facts and notes shown beside it. */
export interface Grid {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** The caption: the title, what is counted and how records are placed in the year. */
  readonly caption: string;
  /** What is counted, without the title: "49 counted: received in the period". */
  readonly counted: string;
  /** The column headings, the first being the rows' heading. */
  readonly head: readonly string[];
  readonly rows: readonly GridRow[];
  /** Single figures shown with the table (e.g. the escalation rate), as heading and cell. */
  readonly facts: readonly (readonly [string, GridCell])[];
  readonly notes: readonly string[];
  /** Whether any cell carries last year's figure. */
  readonly hasPrevious: boolean;
}

const count = (value: number, previous?: number | null): GridCell => (previous === undefined ? { kind: 'count', value } : { kind: 'count', value, previous });
const percent = (share: Share | null | undefined, previous?: Share | null): GridCell =>
  previous === undefined ? { kind: 'percent', value: share?.percent ?? null } : { kind: 'percent', value: share?.percent ?? null, previous: previous?.percent ?? null };
const text = (value: string): GridCell => ({ kind: 'text', value });
const days = (value: number | null): GridCell => ({ kind: 'days', value });

/** A count cell, with last year's count when the report has a previous year. */
function countOf(cell: CountCell, withPrevious: boolean): GridCell {
  return withPrevious ? count(cell.count, cell.previous?.count ?? null) : count(cell.count);
}

function shareOf(cell: CountCell, withPrevious: boolean): GridCell {
  return withPrevious ? percent(cell.share, previousShare(cell.previous)) : percent(cell.share);
}

function previousShare(previous: PreviousFigure | null): Share | null {
  return previous?.share ?? null;
}

function hasPrevious(cell: CountCell): boolean {
  return cell.previous !== null;
}

/** Whether a count column is worth a column: counted this year or last, or always shown. */
function shown(cells: readonly CountCell[], always: boolean): boolean {
  return always || cells.some((cell) => cell.count > 0 || (cell.previous?.count ?? 0) > 0);
}

function outcomesGrid(
  rows: readonly OutcomesRow[],
  totals: OutcomesRow,
  columns: readonly OutcomeColumn[],
  core: readonly OutcomeColumn[],
  withPreviousTotal: boolean,
): { head: string[]; body: GridRow[]; visible: OutcomeColumn[] } {
  const all = [...rows, totals];
  const visible = columns.filter((column) => shown(all.map((row) => row.cells[column]), core.includes(column)));
  const previous = hasPrevious(totals.total);
  const line = (row: OutcomesRow, role: GridRow['role']): GridRow => ({
    header: row.label,
    role,
    cells: [
      ...visible.map((column) => countOf(row.cells[column], previous && !withPreviousTotal)),
      count(row.total.count),
      ...(withPreviousTotal ? [count(row.total.previous?.count ?? 0)] : []),
    ],
  });
  const body = [...rows.map((row) => line(row, 'body')), line(totals, 'total')];
  body.push({
    header: '% of all cases',
    role: 'share',
    cells: [...visible.map((column) => shareOf(totals.cells[column], previous && !withPreviousTotal)), text(''), ...(withPreviousTotal ? [text('')] : [])],
  });
  body.push({
    header: '% of closed cases',
    role: 'share',
    cells: [...visible.map((column) => (column === 'open' ? text('') : percent(totals.cells[column].ofClosed))), text(''), ...(withPreviousTotal ? [text('')] : [])],
  });
  const head = ['Service area', ...visible.map((column) => OUTCOME_COLUMN_LABELS[column]), 'Total', ...(withPreviousTotal ? ['Last year’s total'] : [])];
  return { head, body, visible };
}

function groupGrid<K extends string>(rows: readonly GroupRow<K>[], total: CountCell, heading: string, countHeading: string, keep: (row: GroupRow<K>) => boolean): { head: string[]; body: GridRow[] } {
  const previous = hasPrevious(total);
  const body: GridRow[] = rows.filter(keep).map((row) => ({ header: row.label, role: 'body', cells: [countOf(row.cell, previous), shareOf(row.cell, previous)] }));
  body.push({ header: 'Total', role: 'total', cells: [countOf(total, previous), text('')] });
  return { head: [heading, countHeading, '%'], body };
}

const nonEmpty = <K extends string>(row: GroupRow<K>): boolean => row.cell.count > 0 || (row.cell.previous?.count ?? 0) > 0 || row.key === 'not-recorded';

function timelinessRows(rows: readonly TimelinessRow[]): GridRow[] {
  return rows.map((row) => ({
    header: row.label,
    role: 'body',
    cells: [
      ...(['within-time', 'within-extension', 'late', 'open', 'overdue', 'withdrawn'] as const).map((column) => countOf(row.cells[column], hasPrevious(row.total))),
      count(row.total.count),
      percent(row.cells['within-time'].share),
    ],
  }));
}

const TIMELINESS_HEAD = [
  'Deadline',
  ...(['within-time', 'within-extension', 'late', 'open', 'overdue', 'withdrawn'] as const).map((column) => TIMELINESS_COLUMN_LABELS[column]),
  'Total',
  '% within the statutory time',
];

function base(table: AnnualReportTable): Pick<Grid, 'id' | 'number' | 'title' | 'caption' | 'counted' | 'notes'> {
  const counted = `${groupThousands(table.coverage.counted)} counted: ${table.coverage.rule}`;
  return { id: table.id, number: table.number, title: table.title, caption: `${table.title} (${counted}).`, counted: `${counted}.`, notes: table.notes };
}

function finish(partial: Omit<Grid, 'hasPrevious'>): Grid {
  const cells = [...partial.rows.flatMap((row) => row.cells), ...partial.facts.map(([, cell]) => cell)];
  return { ...partial, hasPrevious: cells.some((cell) => cell.previous !== undefined) };
}

/**
 * A table as a grid of headings and cells.
 *
 * @internal
 */
export function gridOf(table: AnnualReportTable): Grid {
  switch (table.id) {
    case 'stage-summary':
      return finish({
        ...base(table),
        head: ['Year', 'Stage 1 complaints', table.upheldIncludesPartly ? 'Upheld or partly upheld' : 'Upheld', '% upheld', '% within 10 working days', '% within 20 working days'],
        rows: table.rows.map((row) => ({
          header: row.year,
          role: 'body',
          cells: [count(row.stage1), count(row.upheld.numerator), percent(row.upheld), percent(row.within10), percent(row.within20)],
        })),
        facts: table.perChildrenServed === null ? [] : [[`Stage 1 complaints per ${groupThousands(table.perChildrenServed.denominator)} children served`, percent(table.perChildrenServed)]],
      });
    case 'response-times': {
      const previous = hasPrevious(table.totals.total);
      const line = (row: typeof table.totals, role: GridRow['role']): GridRow => ({
        header: row.label,
        role,
        cells: [
          ...table.columns.map((column) => countOf(row.cells[column], previous)),
          count(row.total.count),
          ...(previous ? [count(row.total.previous?.count ?? 0)] : []),
          percent(row.within10),
          percent(row.within20),
          days(row.average.rounded),
        ],
      });
      const rows = [...table.rows.map((row) => line(row, 'body')), line(table.totals, 'total')];
      rows.push({
        header: '% of all complaints',
        role: 'share',
        cells: [...table.columns.map((column) => percent(table.totals.cells[column].share)), text(''), ...(previous ? [text('')] : []), text(''), text(''), text('')],
      });
      return finish({
        ...base(table),
        head: [
          'Service area',
          ...table.columns.map((column) => RESPONSE_TIME_COLUMN_LABELS[column]),
          'Total',
          ...(previous ? ['Last year’s total'] : []),
          '% within 10',
          '% within 20',
          'Average working days',
        ],
        rows,
        facts: [],
      });
    }
    case 'outcomes': {
      const { head, body } = outcomesGrid(table.rows, table.totals, table.columns, ['upheld', 'partly-upheld', 'not-upheld', 'no-finding', 'withdrawn', 'open'], false);
      return finish({ ...base(table), head, rows: body, facts: [] });
    }
    case 'sources': {
      const { head, body } = groupGrid(table.rows, table.total, 'Source', 'Complaints', nonEmpty);
      return finish({ ...base(table), head, rows: body, facts: [] });
    }
    case 'complaint-types': {
      const all = [...table.rows, table.totals];
      const visible = table.columns.filter((type) => shown(all.map((row) => row.cells[type]), type === 'not-recorded'));
      const previous = hasPrevious(table.totals.total);
      const line = (row: typeof table.totals, role: GridRow['role']): GridRow => ({
        header: row.label,
        role,
        cells: [...visible.map((type: ComplaintType) => countOf(row.cells[type], previous && role === 'total')), countOf(row.total, previous && role === 'total')],
      });
      return finish({
        ...base(table),
        head: ['Service area', ...visible.map((type) => complaintTypes.labels[type]), 'Total'],
        rows: [...table.rows.map((row) => line(row, 'body')), line(table.totals, 'total')],
        facts: [],
      });
    }
    case 'stage-2': {
      const { head, body } = outcomesGrid(table.rows, table.totals, table.columns, ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn', 'open'], hasPrevious(table.totals.total));
      return finish({
        ...base(table),
        head,
        rows: body,
        facts: [
          ['Stage 2 investigations', countOf(table.investigations, hasPrevious(table.investigations))],
          ['Escalation rate (Stage 2 ÷ Stage 1)', percent(table.escalationRate)],
          [`Adjudicated within ${table.limits.workingDays} working days`, percent(table.withinLimit)],
          [`Adjudicated within ${table.limits.extendedWorkingDays} working days`, percent(table.withinExtendedLimit)],
        ],
      });
    }
    case 'stage-3':
      return finish({
        ...base(table),
        head: TIMELINESS_HEAD,
        rows: timelinessRows(table.steps),
        facts: [
          ['Review panels requested', countOf(table.requested, hasPrevious(table.requested))],
          ['Panels held', countOf(table.panelsHeld, hasPrevious(table.panelsHeld))],
          ...(Object.entries(table.outcomes) as [OutcomeColumn, CountCell][])
            .filter(([, cell]) => cell.count > 0)
            .map(([column, cell]): [string, GridCell] => [`Council’s response: ${OUTCOME_COLUMN_LABELS[column].toLowerCase()}`, count(cell.count)]),
        ],
      });
    case 'ombudsman': {
      const previous = hasPrevious(table.total);
      const rows: GridRow[] = table.rows.filter((row) => row.cell.count > 0 || (row.cell.previous?.count ?? 0) > 0).map((row) => ({
        header: row.label,
        role: 'body',
        cells: [text(row.eraLabels.map((era) => `${era.label} (${era.count})`).join('; ')), countOf(row.cell, previous), shareOf(row.cell, previous)],
      }));
      rows.push({ header: 'Total', role: 'total', cells: [text(''), countOf(table.total, previous), text('')] });
      return finish({
        ...base(table),
        head: ['Decision', 'As recorded', 'Decisions', '%'],
        rows,
        facts: [['Decisions finding fault', percent(table.upheld)]],
      });
    }
    case 'monthly': {
      const { head, body } = groupGrid(table.rows, table.total, 'Month', 'Complaints received', () => true);
      return finish({ ...base(table), head, rows: body, facts: [] });
    }
    case 'advocacy': {
      const { head, body } = groupGrid(table.rows, table.total, 'Quarter', 'Advocates allocated', () => true);
      return finish({ ...base(table), head, rows: body, facts: [] });
    }
    case 'complainants': {
      const rows: GridRow[] = table.sections.flatMap((section) => {
        const previous = hasPrevious(section.total);
        return section.rows
          .filter((row) => row.cell.count > 0 || (row.cell.previous?.count ?? 0) > 0 || row.key === 'not-recorded' || row.key === 'prefers-not-to-say')
          .map((row): GridRow => ({ header: `${section.title}: ${row.label}`, role: 'body', cells: [countOf(row.cell, previous), shareOf(row.cell, previous)] }));
      });
      const first = table.sections[0];
      return finish({
        ...base(table),
        head: ['Characteristic', 'Complainants', '%'],
        rows,
        facts: first === undefined ? [] : [['Complainants', count(first.total.count)]],
      });
    }
    case 'timeliness':
      return finish({ ...base(table), head: TIMELINESS_HEAD, rows: timelinessRows(table.rows), facts: [] });
    case 'checklist':
      return finish({
        ...base(table),
        head: ['What the guidance asks for', 'Supported by the records', 'Tables', 'What is missing', 'What to do'],
        rows: table.items.map((item) => ({
          header: item.requirement,
          role: 'body',
          cells: [
            text(item.status === 'supported' ? 'Yes' : item.status === 'partly-supported' ? 'Partly' : 'No'),
            text(item.tables.join(', ')),
            text(item.gaps.map((gap) => gap.description).join('; ')),
            text(item.note),
          ],
        })),
        facts: [],
      });
  }
}
