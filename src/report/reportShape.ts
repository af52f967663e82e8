/**
 * The structure of an annual report, as its readers need it: last year's
 * report passed back as `previous`, and a report given to a renderer. It is
 * checked once, where the report comes in, with every count a non-negative
 * whole number, every share's parts whole numbers, and every label text; a
 * report made or edited by hand passes when it has that structure. Keys the
 * shape does not name are allowed.
 *
 * @internal
 * @module
 */
import { checkShape, describeShape, pathText, s, type Fields, type Prop } from '../internal/shape';
import { fail } from '../rules';
import { STAGE_STEPS } from '../procedure/definition';
import { complaintTypes } from '../taxonomy/complaintTypes';
import { CHECKLIST_ITEMS, COMPLAINANT_CHARACTERISTICS, COVERAGE_REASONS, OUTCOME_COLUMNS, REPORT_COHORTS, RESPONSE_TIME_COLUMNS, TIMELINESS_COLUMNS } from './columns';
import type { AnnualReport, AnnualReportTable } from './types';

const count = s.int(0);
const text = s.text();
const req = <S extends Parameters<typeof s.required>[0]>(shape: S) => s.required(shape, '');
const share = s.loose({ numerator: req(count), denominator: req(count), percent: req(s.nullable(s.number(0))) });
const previousFigure = s.loose({ count: req(count), share: req(s.nullable(share)) });
const countCell = s.loose({ count: req(count), share: req(s.nullable(share)), previous: req(s.nullable(previousFigure)) });
const outcomeCell = s.loose({ count: req(count), share: req(s.nullable(share)), previous: req(s.nullable(previousFigure)), ofClosed: req(s.nullable(share)) });
const byColumn = <S extends Parameters<typeof s.required>[0]>(columns: readonly string[], cell: S) =>
  s.loose(Object.fromEntries(columns.map((column) => [column, req(cell)])) as Record<string, Prop<S, false>>);
const coverage = s.loose({
  cohort: req(s.oneOf(REPORT_COHORTS)),
  rule: req(text),
  counted: req(count),
  notCounted: req(s.array(s.loose({ reason: req(s.oneOf(COVERAGE_REASONS)), count: req(count) }))),
});
const table = <const Id extends string, F extends Fields>(id: Id, fields: F) =>
  s.loose({ id: req(s.oneOf([id] as const)), number: req(count), title: req(text), coverage: req(coverage), notes: req(s.array(text)), ...fields });
const groupRow = s.loose({ key: req(text), label: req(text), cell: req(countCell) });
const outcomesRow = s.loose({
  serviceArea: req(s.nullable(text)),
  label: req(text),
  cells: req(byColumn(OUTCOME_COLUMNS, outcomeCell)),
  upheldOrPartly: req(countCell),
  total: req(countCell),
  closed: req(count),
});
const responseRow = s.loose({
  serviceArea: req(s.nullable(text)),
  label: req(text),
  cells: req(byColumn(RESPONSE_TIME_COLUMNS, countCell)),
  total: req(countCell),
  within10: req(share),
  within20: req(share),
  average: req(s.loose({ total: req(s.number(0)), count: req(count), value: req(s.nullable(s.number(0))), rounded: req(s.nullable(s.number(0))) })),
});
const typesRow = s.loose({ serviceArea: req(s.nullable(text)), label: req(text), cells: req(byColumn(complaintTypes.values, countCell)), total: req(countCell) });
const timelinessRow = s.loose({
  stage: req(s.oneOf([1, 2, 3] as const)),
  step: req(s.oneOf(STAGE_STEPS)),
  label: req(text),
  workingDays: req(count),
  maxExtendedWorkingDays: req(s.nullable(count)),
  soft: req(s.boolean()),
  cells: req(byColumn(TIMELINESS_COLUMNS, countCell)),
  total: req(countCell),
});
const period = s.loose({ from: req(s.date()), to: req(s.date()), label: req(text) });

/** The report's structure. */
const REPORT_SHAPE = /* @__PURE__ */ s.loose({
  kind: req(s.oneOf(['children-act-annual-report'] as const)),
  version: req(s.oneOf([1] as const)),
  title: req(text),
  period: req(period),
  asOf: req(s.date()),
  previousPeriod: req(s.nullable(period)),
  settings: req(s.loose({ serviceAreas: req(s.array(s.loose({ id: req(text), label: req(text) }))) })),
  records: req(
    s.loose({
      given: req(count),
      considered: req(count),
      rejected: req(s.array(s.loose({ index: req(count), id: req(s.nullable(text)), code: req(text), field: req(text), message: req(text) }))),
    }),
  ),
  coverage: req(byColumn(REPORT_COHORTS, coverage)),
  tables: req(
    s.loose({
      stageSummary: req(
        table('stage-summary', {
          rows: req(s.array(s.loose({ year: req(text), from: req(s.date()), to: req(s.date()), stage1: req(count), upheld: req(share), within10: req(share), within20: req(share) }))),
          upheldIncludesPartly: req(s.boolean()),
          perChildrenServed: req(s.nullable(share)),
        }),
      ),
      responseTimes: req(table('response-times', { columns: req(s.array(s.oneOf(RESPONSE_TIME_COLUMNS))), rows: req(s.array(responseRow)), totals: req(responseRow) })),
      outcomes: req(table('outcomes', { columns: req(s.array(s.oneOf(OUTCOME_COLUMNS))), rows: req(s.array(outcomesRow)), totals: req(outcomesRow) })),
      sources: req(table('sources', { rows: req(s.array(groupRow)), total: req(countCell) })),
      complaintTypes: req(table('complaint-types', { columns: req(s.array(s.oneOf(complaintTypes.values))), rows: req(s.array(typesRow)), totals: req(typesRow) })),
      stage2: req(
        table('stage-2', {
          columns: req(s.array(s.oneOf(OUTCOME_COLUMNS))),
          rows: req(s.array(outcomesRow)),
          totals: req(outcomesRow),
          investigations: req(countCell),
          escalationRate: req(share),
          limits: req(s.loose({ workingDays: req(count), extendedWorkingDays: req(count) })),
          withinLimit: req(share),
          withinExtendedLimit: req(share),
        }),
      ),
      stage3: req(table('stage-3', { requested: req(countCell), panelsHeld: req(countCell), outcomes: req(byColumn(OUTCOME_COLUMNS, countCell)), steps: req(s.array(timelinessRow)) })),
      ombudsman: req(
        table('ombudsman', {
          rows: req(s.array(s.loose({ key: req(text), label: req(text), cell: req(countCell), eraLabels: req(s.array(s.loose({ label: req(text), count: req(count) }))) }))),
          total: req(countCell),
          upheld: req(share),
        }),
      ),
      monthly: req(table('monthly', { rows: req(s.array(groupRow)), total: req(countCell) })),
      advocacy: req(table('advocacy', { rows: req(s.array(groupRow)), total: req(countCell) })),
      complainants: req(
        table('complainants', {
          sections: req(s.array(s.loose({ characteristic: req(s.oneOf(COMPLAINANT_CHARACTERISTICS)), title: req(text), rows: req(s.array(groupRow)), total: req(countCell), notRecorded: req(share) }))),
        }),
      ),
      timeliness: req(table('timeliness', { rows: req(s.array(timelinessRow)), coverageByStage: req(byColumn(['1', '2', '3'], coverage)) })),
      checklist: req(
        table('checklist', {
          items: req(
            s.array(
              s.loose({
                id: req(s.oneOf(CHECKLIST_ITEMS)),
                requirement: req(text),
                status: req(s.oneOf(['supported', 'partly-supported', 'not-supported'] as const)),
                tables: req(s.array(count)),
                gaps: req(s.array(s.loose({ field: req(text), missing: req(count), of: req(count), description: req(text) }))),
                note: req(text),
              }),
            ),
          ),
        }),
      ),
    }),
  ),
  warnings: req(s.array(s.loose({ code: req(text), message: req(text) }))),
});

const TABLE_SHAPES = /* @__PURE__ */ (() => REPORT_SHAPE.fields.tables.shape.fields)();

const checkedReports = /* @__PURE__ */ new WeakSet<object>();

function refuse(field: string, issue: ReturnType<typeof checkShape>[number]): Error {
  const at = issue.path.length === 0 ? field : `${field}${pathText(issue.path).startsWith('[') ? '' : '.'}${pathText(issue.path)}`;
  return fail('not-a-report', { expected: issue.problem === 'missing' ? `${describeShape(issue.shape)} (it is missing)` : describeShape(issue.shape) }, { field: at, value: issue.value });
}

/**
 * Checks that a value has the structure of an annual report, naming the
 * first path that does not, e.g. `previous.tables.sources.rows[2].cell.count`.
 */
export function checkReportStructure(value: unknown, field: string): AnnualReport {
  if (typeof value === 'object' && value !== null && checkedReports.has(value)) return value as AnnualReport;
  const [issue] = checkShape(REPORT_SHAPE, value);
  if (issue !== undefined) throw refuse(field, issue);
  if (typeof value === 'object' && value !== null && Object.isFrozen(value)) checkedReports.add(value);
  return value as AnnualReport;
}

/** Marks a report this library built, frozen, as known good. */
export function markReport(report: AnnualReport): AnnualReport {
  checkedReports.add(report);
  return report;
}

const TABLE_KEYS: Readonly<Record<string, keyof typeof TABLE_SHAPES>> = {
  'stage-summary': 'stageSummary',
  'response-times': 'responseTimes',
  outcomes: 'outcomes',
  sources: 'sources',
  'complaint-types': 'complaintTypes',
  'stage-2': 'stage2',
  'stage-3': 'stage3',
  ombudsman: 'ombudsman',
  monthly: 'monthly',
  advocacy: 'advocacy',
  complainants: 'complainants',
  timeliness: 'timeliness',
  checklist: 'checklist',
};

/** Checks that a value has the structure of one of a report's tables. */
export function checkTableStructure(value: unknown, field: string): AnnualReportTable {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  const key = typeof id === 'string' && Object.hasOwn(TABLE_KEYS, id) ? TABLE_KEYS[id] : undefined;
  if (key === undefined) {
    throw fail('not-a-report', { expected: `a table of an annual report, whose id is one of ${Object.keys(TABLE_KEYS).join(', ')}` }, { field: `${field}.id`, value: id });
  }
  const [issue] = checkShape(TABLE_SHAPES[key].shape, value);
  if (issue !== undefined) throw refuse(field, issue);
  return value as AnnualReportTable;
}
