/**
 * The tables of the later stages and the other cohorts: Stage 2, Stage 3,
 * the Ombudsman, advocacy, and timeliness.
 *
 * @internal
 * @module
 */
import type { DeadlineRule, StageDefinition, StageStep } from '../../procedure/definition';
import { ombudsmanDecisions } from '../../taxonomy/ombudsman';
import { OUTCOME_COLUMNS, TIMELINESS_COLUMNS, type OutcomeColumn, type TimelinessColumn } from '../columns';
import type {
  AdvocacyTable,
  CountCell,
  OmbudsmanRow,
  OmbudsmanTable,
  Stage2Table,
  Stage3Table,
  TimelinessRow,
  TimelinessTable,
} from '../types';
import { countCell, groupRows, share, sum, type TableInput } from './cells';
import { monthLabel, outcomeRows, stage1Count } from './stage1Tables';

const TC = TIMELINESS_COLUMNS.length;

/** Table 6. */
export function buildStage2(input: TableInput): Stage2Table {
  const { tally } = input;
  const before = input.previous?.tables.stage2;
  const { rows, totals } = outcomeRows(input, tally.s2Outcome, before);
  const investigations = sum(tally.s2Total);
  const response = input.context.engine.plan.stages[1]?.response;
  const limit = response?.workingDays ?? 0;
  const cap = response?.cap ?? 0;
  return {
    id: 'stage-2',
    number: 6,
    title: 'Stage 2 investigations by service area',
    coverage: input.coverage.stage2,
    notes: [
      'Counts the Stage 2 investigations requested in the period, whatever year their Stage 1 complaint was received in; the outcome is the council’s adjudication.',
      'The escalation rate is the Stage 2 investigations requested in the period divided by the Stage 1 complaints received in it.',
      `Within ${limit} and within ${cap} count adjudications in at most ${limit} and ${cap} working days from the clock start (within ${cap} includes within ${limit}), of all investigations.`,
    ],
    columns: OUTCOME_COLUMNS,
    rows,
    totals,
    investigations: countCell(input, investigations, null, before?.investigations),
    escalationRate: share(input, investigations, stage1Count(input)),
    limits: { workingDays: limit, extendedWorkingDays: cap },
    withinLimit: share(input, tally.s2WithinLimit, investigations),
    withinExtendedLimit: share(input, tally.s2WithinExtension, investigations),
  };
}

const STEP_NAMES: Readonly<Record<StageStep, string>> = {
  acknowledgement: 'acknowledgement',
  panel: 'review panel meets',
  'panel-report': 'panel’s report',
  response: 'response',
};

function stepLabel(stage: StageDefinition, rule: DeadlineRule): string {
  const name = rule.step === 'response' ? (stage.stage === 2 ? 'adjudication' : stage.stage === 3 ? 'response to the panel' : 'response') : STEP_NAMES[rule.step];
  const limit = `${rule.workingDays} working days${rule.extension === null ? '' : `, up to ${rule.extension.maxWorkingDays} with an extension`}${rule.soft ? ', or as soon as reasonably practicable' : ''}`;
  return `Stage ${stage.stage} ${name} (${limit})`;
}

/** The timeliness rows of one stage. */
function timelinessRows(input: TableInput, stageIndex: number, previousRows: readonly TimelinessRow[] | undefined): TimelinessRow[] {
  const { tally } = input;
  const stage = input.context.engine.plan.procedure.stages[stageIndex] as StageDefinition;
  const base = tally.timelinessRowOf[stageIndex] as number;
  return stage.deadlines.map((rule, k) => {
    const offset = (base + k) * TC;
    let total = 0;
    for (let c = 0; c < TC; c += 1) total += tally.timeliness[offset + c] as number;
    const previous = previousRows?.find((row) => row.stage === stage.stage && row.step === rule.step);
    const cells = {} as Record<TimelinessColumn, CountCell>;
    TIMELINESS_COLUMNS.forEach((column, c) => {
      cells[column] = countCell(input, tally.timeliness[offset + c] as number, total, previous?.cells[column]);
    });
    return {
      stage: stage.stage,
      step: rule.step,
      label: stepLabel(stage, rule),
      workingDays: rule.workingDays,
      maxExtendedWorkingDays: rule.extension?.maxWorkingDays ?? null,
      soft: rule.soft,
      cells,
      total: countCell(input, total, null, previous?.total),
    };
  });
}

/** Table 7. */
export function buildStage3(input: TableInput): Stage3Table {
  const { tally } = input;
  const before = input.previous?.tables.stage3;
  const requested = tally.s3Requested;
  const outcomes = {} as Record<OutcomeColumn, CountCell>;
  OUTCOME_COLUMNS.forEach((column, c) => {
    outcomes[column] = countCell(input, tally.s3Outcome[c] as number, requested, before?.outcomes[column]);
  });
  return {
    id: 'stage-3',
    number: 7,
    title: 'Stage 3 review panels',
    coverage: input.coverage.stage3,
    notes: [
      'Counts the review panels requested in the period. A panel meets within 30 working days of the request, reports within 5 working days of meeting, and the council responds within 15 working days of the report, or as soon as reasonably practicable.',
      'Open includes a step not reached yet (a report before the panel has met).',
    ],
    requested: countCell(input, requested, null, before?.requested),
    panelsHeld: countCell(input, tally.s3PanelsHeld, requested, before?.panelsHeld),
    outcomes,
    steps: timelinessRows(input, 2, before?.steps),
  };
}

/** Table 8. */
export function buildOmbudsman(input: TableInput): OmbudsmanTable {
  const { tally } = input;
  const before = input.previous?.tables.ombudsman;
  const total = sum(tally.ombudsman);
  const rows: OmbudsmanRow[] = groupRows(input, ombudsmanDecisions.values, (key) => ombudsmanDecisions.labels[key] as string, tally.ombudsman, before?.rows ?? null).map((row) => ({
    ...row,
    eraLabels: [...(tally.ombudsmanLabels.get(row.key) ?? new Map<string, number>())]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
  }));
  let upheld = 0;
  ombudsmanDecisions.values.forEach((decision, d) => {
    if (ombudsmanDecisions.upheld.includes(decision)) upheld += tally.ombudsman[d] as number;
  });
  return {
    id: 'ombudsman',
    number: 8,
    title: 'Ombudsman decisions',
    coverage: input.coverage.ombudsman,
    notes: [
      'Counts the Local Government and Social Care Ombudsman’s decisions made in the period, by canonical category; the labels the decisions were recorded with are kept verbatim beside each category.',
      'Upheld counts the decisions finding fault, including those where the council had already provided a satisfactory remedy.',
    ],
    rows,
    total: countCell(input, total, null, before?.total),
    upheld: share(input, upheld, total),
  };
}

/** The label of a quarter from its months: `'Q1 (April–June 2020)'`. */
function quarterLabel(months: readonly string[], quarter: number): string {
  const first = months[quarter * 3] as string;
  const last = months[Math.min(quarter * 3 + 2, months.length - 1)] as string;
  const from = monthLabel(first);
  const to = monthLabel(last);
  return `Q${quarter + 1} (${first === last ? from : `${from.split(' ')[0]}–${to}`})`;
}

/** Table 10. */
export function buildAdvocacy(input: TableInput): AdvocacyTable {
  const { tally } = input;
  const before = input.previous?.tables.advocacy;
  const keys = Array.from({ length: tally.quarters }, (_, q) => `Q${q + 1}`);
  return {
    id: 'advocacy',
    number: 10,
    title: 'Advocacy for complaints, by quarter',
    coverage: input.coverage.advocacy,
    notes: [
      'Counts the complaints for which an advocate was allocated in the period (Children Act 1989 s.26A), by the quarter of the allocation. Brackets are the same quarter last year.',
    ],
    rows: groupRows(input, keys, (key) => quarterLabel(tally.months, Number(key.slice(1)) - 1), tally.advocacy, before?.rows ?? null),
    total: countCell(input, sum(tally.advocacy), null, before?.total),
  };
}

/** Table 12. */
export function buildTimeliness(input: TableInput): TimelinessTable {
  const before = input.previous?.tables.timeliness;
  const stages = input.context.engine.plan.procedure.stages;
  return {
    id: 'timeliness',
    number: 12,
    title: 'Timeliness of each stage',
    coverage: input.coverage.stage1,
    notes: [
      'Each deadline as the deadline engine assesses it on the asOf day. Within an agreed extension means done after the statutory limit but within an extension notified to the complainant (Stage 1: up to 20 working days; Stage 2: up to 65).',
      'Stage 1 counts the complaints received in the period; Stage 2 and Stage 3, those requested in it. Open includes time on hold and a step not reached yet.',
    ],
    rows: stages.flatMap((_, index) => timelinessRows(input, index, before?.rows)),
    coverageByStage: { 1: input.coverage.stage1, 2: input.coverage.stage2, 3: input.coverage.stage3 },
  };
}
