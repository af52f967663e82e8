/**
 * The rules between a record's fields: what must be there, what cannot
 * happen before what, and what cannot come after the report's `asOf` day.
 * Each is stated on record fields, so that a rejected row names the column
 * at fault; the deadline engine's check then runs on the record as a whole.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { childrenAct1989England } from '../procedure/childrenAct1989England';
import { K_ACKNOWLEDGED, K_PANEL, K_REPORT, K_RESPONSE } from '../procedure/engine/input';
import type { RejectionDetails, RejectionRule } from '../rules';
import type { Cell, ConvertedRow, DeferralValue } from './convert';
import { eventFieldsOf } from './entries';
import { csvFieldSpecs, flatFields, RECORD_FIELDS, type CsvField } from './fields';
import { makeIssue, type RecordIssue } from './issues';
import type { RecordContext } from './options';

const REQUIRED: readonly CsvField[] = ['id', 'receivedOn', 'serviceArea'];

let notBeforeReceipt: readonly CsvField[] | undefined;

/** Dates that must not be before receipt: all but receipt itself and those the table marks (the grounds, the advocate's allocation). */
function notBeforeReceiptFields(): readonly CsvField[] {
  return (notBeforeReceipt ??= flatFields()
    .filter((field) => field.meta.kind === 'date' && field.path !== 'receivedOn' && field.meta.beforeReceipt !== true)
    .map((field) => field.path));
}

/** Pairs `[earlier, later]`: when both are known, `later` must not be before `earlier`. */
const ORDER: readonly (readonly [CsvField, CsvField])[] = [
  ['stage1.acknowledgedOn', 'stage1.respondedOn'],
  ['stage1.extensionNotifiedOn', 'stage1.respondedOn'],
  ['stage1.respondedOn', 'stage2.requestedOn'],
  ['stage2.requestedOn', 'stage2.acknowledgedOn'],
  ['stage2.requestedOn', 'stage2.statementAgreedOn'],
  ['stage2.requestedOn', 'stage2.extensionNotifiedOn'],
  ['stage2.requestedOn', 'stage2.respondedOn'],
  ['stage2.acknowledgedOn', 'stage2.respondedOn'],
  ['stage2.statementAgreedOn', 'stage2.respondedOn'],
  ['stage2.extensionNotifiedOn', 'stage2.respondedOn'],
  ['stage2.requestedOn', 'stage3.requestedOn'],
  ['stage2.respondedOn', 'stage3.requestedOn'],
  ['stage3.requestedOn', 'stage3.panelHeldOn'],
  ['stage3.panelHeldOn', 'stage3.panelReportReceivedOn'],
  ['stage3.requestedOn', 'stage3.respondedOn'],
  ['stage3.panelHeldOn', 'stage3.respondedOn'],
  ['stage3.panelReportReceivedOn', 'stage3.respondedOn'],
  ['ombudsman.referredOn', 'ombudsman.decidedOn'],
  ['deferral.from', 'deferral.to'],
];

const STEP_KINDS = { acknowledgement: K_ACKNOWLEDGED, panel: K_PANEL, 'panel-report': K_REPORT, response: K_RESPONSE } as const;

let stepAnchors: readonly (readonly [CsvField, CsvField])[] | undefined;

/**
 * `[step, anchor]` field pairs: a step the statutory procedure counts from
 * another step (the panel's report from the panel, the response from the
 * report) needs that step recorded. Read from the procedure data.
 */
function stepAnchorFields(): readonly (readonly [CsvField, CsvField])[] {
  if (stepAnchors !== undefined) return stepAnchors;
  const fieldOf = (step: keyof typeof STEP_KINDS, stage: number): CsvField | undefined => {
    const kind = STEP_KINDS[step];
    return eventFieldsOf().find((field) => field.kind === kind && (field.stage === stage || (field.stage === 0 && field.group === `stage${stage}`)))?.path as CsvField | undefined;
  };
  const pairs: (readonly [CsvField, CsvField])[] = [];
  for (const stage of childrenAct1989England.stages) {
    for (const deadline of stage.deadlines) {
      if (deadline.from === 'stage-start' || deadline.from === 'clock-start') continue;
      const step = fieldOf(deadline.step, stage.stage);
      const anchor = fieldOf(deadline.from, stage.stage);
      if (step !== undefined && anchor !== undefined) pairs.push([step, anchor]);
    }
  }
  return (stepAnchors = pairs);
}

/** The fields of Stage 2 or 3 other than its request. */
function stageFields(stage: 2 | 3): readonly CsvField[] {
  return RECORD_FIELDS.filter((field) => field.startsWith(`stage${stage}.`) && field !== `stage${stage}.requestedOn`);
}

class RuleChecker {
  readonly issues: RecordIssue[] = [];

  constructor(
    readonly row: ConvertedRow,
    readonly cells: ReadonlyMap<CsvField, Cell>,
    readonly context: RecordContext,
  ) {}

  given(field: CsvField): boolean {
    return this.row.given.has(field);
  }

  date(field: CsvField): PlainDate | undefined {
    return this.row.values.get(field) as PlainDate | undefined;
  }

  add<R extends RejectionRule>(field: string, rule: R, details: RejectionDetails[R], value?: unknown, column?: string): void {
    this.issues.push(makeIssue(field, rule, details, value === undefined ? { column } : { value, column }));
  }

  /** An issue about a field the row gave, with its value and column. */
  at<R extends RejectionRule>(field: CsvField, rule: R, details: RejectionDetails[R]): void {
    this.add(field, rule, details, this.row.values.get(field), this.cells.get(field)?.column);
  }

  checkPresence(): void {
    for (const field of REQUIRED) {
      if (!this.given(field)) this.add(field, 'required', { what: '' }, undefined, this.cells.get(field)?.column);
    }
    if (!this.given('deferral.from') && (this.given('deferral.to') || this.given('deferral.reason'))) {
      this.add('deferral.from', 'required', { what: 'A deferral has an end date or a reason but no start date.' }, undefined, this.cells.get('deferral.from')?.column);
    }
    for (const stage of [2, 3] as const) {
      if (this.given(`stage${stage}.requestedOn`)) continue;
      for (const field of stageFields(stage)) if (this.given(field)) this.at(field, 'stage-not-started', { stage });
    }
    if (this.given('stage3.requestedOn') && !this.given('stage2.requestedOn')) this.at('stage3.requestedOn', 'stage-not-started', { stage: 3 });
    for (const stage of [1, 2, 3] as const) {
      const outcome = `stage${stage}.outcome` as const;
      const responded = this.given(`stage${stage}.respondedOn`);
      if (this.row.open.has(outcome) && responded) {
        this.add(outcome, 'open-with-response', { stage }, this.cells.get(outcome)?.value, this.cells.get(outcome)?.column);
      } else if (this.given(outcome) && !this.row.open.has(outcome) && !responded) {
        this.at(outcome, 'outcome-without-response', { stage });
      }
    }
    for (const stage of [1, 2] as const) {
      if (this.given(`stage${stage}.extensionNotifiedOn`)) continue;
      for (const field of [`stage${stage}.extendedLimitWorkingDays`, `stage${stage}.extensionReason`] as const) {
        if (this.given(field)) this.at(field, 'limit-without-extension', { stage });
      }
    }
    for (const stage of [2, 3] as const) {
      const previousStarted = stage === 2 || this.given('stage2.requestedOn');
      if (this.given(`stage${stage}.requestedOn`) && previousStarted && !this.given(`stage${stage - 1}.respondedOn` as CsvField)) {
        this.at(`stage${stage}.requestedOn`, 'previous-stage-unanswered', { stage });
      }
    }
    for (const [step, anchor] of stepAnchorFields()) {
      const stage = Number(step.slice(5, 6));
      if (this.given(`stage${stage}.requestedOn` as CsvField) && this.given(step) && !this.given(anchor)) this.at(step, 'step-missing', { stage, needs: anchor });
    }
    const decided = this.given('ombudsman.decidedOn');
    const decision = this.given('ombudsman.decision');
    if (decision && !decided) this.at('ombudsman.decision', 'ombudsman-incomplete', { needs: 'decidedOn' });
    if (decided && !decision) this.at('ombudsman.decidedOn', 'ombudsman-incomplete', { needs: 'decision' });
    if ((decided || decision) && !this.given('ombudsman.referredOn')) {
      this.add('ombudsman.referredOn', 'ombudsman-incomplete', { needs: 'referredOn' }, undefined, this.cells.get('ombudsman.referredOn')?.column);
    }
    if (this.row.values.get('advocacy.provided') === false && this.given('advocacy.allocatedOn')) this.at('advocacy.allocatedOn', 'advocacy-contradiction', {});
  }

  checkDates(): void {
    const received = this.date('receivedOn');
    const asOf = this.context.asOf;
    const grounds = this.date('groundsAroseOn');
    if (received !== undefined && grounds !== undefined && grounds > received) this.at('groundsAroseOn', 'grounds-after-receipt', { groundsAroseOn: grounds, receivedOn: received });
    if (received !== undefined) {
      for (const field of notBeforeReceiptFields()) {
        const date = this.date(field);
        if (date !== undefined && date < received) this.at(field, 'before-receipt', { date, receivedOn: received });
      }
    }
    for (const [earlier, later] of ORDER) {
      const first = this.date(earlier);
      const second = this.date(later);
      if (first !== undefined && second !== undefined && second < first) this.at(later, 'out-of-order', { date: second, earlierField: earlier, earlierDate: first });
    }
    if (asOf !== undefined) {
      const specs = csvFieldSpecs();
      for (const [field, value] of this.row.values) {
        if (specs.get(field)?.meta.kind === 'date' && (value as string) > asOf) this.at(field, 'after-as-of', { date: value as string, asOf });
      }
    }
    this.checkWithdrawal();
    this.checkDeferrals(received, asOf);
  }

  /** Nothing happens to the stages after the complaint is withdrawn; the Ombudsman may still decide. */
  checkWithdrawal(): void {
    const closing = [this.date('withdrawnOn')];
    for (const stage of [1, 2, 3] as const) {
      if (this.row.values.get(`stage${stage}.outcome`) === 'withdrawn') closing.push(this.date(`stage${stage}.respondedOn`));
    }
    const closed = closing.filter((date): date is PlainDate => date !== undefined).sort()[0];
    if (closed === undefined) return;
    for (const field of notBeforeReceiptFields()) {
      const date = this.date(field);
      if (date !== undefined && date > closed && !field.startsWith('ombudsman.')) this.at(field, 'after-withdrawal', { date, withdrawnOn: closed });
    }
    const deferrals = (this.row.values.get('deferrals') as DeferralValue[] | undefined) ?? [];
    deferrals.forEach((deferral, index) => {
      for (const part of ['from', 'to'] as const) {
        const date = deferral[part];
        if (date !== undefined && date > closed) this.add(`deferrals[${index}].${part}`, 'after-withdrawal', { date, withdrawnOn: closed }, date, this.cells.get('deferrals')?.column);
      }
    });
  }

  checkDeferrals(received: PlainDate | undefined, asOf: PlainDate | undefined): void {
    const listed = (this.row.values.get('deferrals') as DeferralValue[] | undefined) ?? [];
    const column = this.cells.get('deferrals')?.column;
    const periods = listed.map((deferral, index) => ({ deferral, at: `deferrals[${index}]` }));
    listed.forEach((deferral, index) => {
      const at = `deferrals[${index}]`;
      if (deferral.from !== undefined && received !== undefined && deferral.from < received) {
        this.add(`${at}.from`, 'before-receipt', { date: deferral.from, receivedOn: received }, deferral.from, column);
      }
      if (deferral.from !== undefined && deferral.to !== undefined && deferral.to < deferral.from) {
        this.add(`${at}.to`, 'out-of-order', { date: deferral.to, earlierField: `${at}.from`, earlierDate: deferral.from }, deferral.to, column);
      }
      for (const part of ['from', 'to'] as const) {
        const date = deferral[part];
        if (asOf !== undefined && date !== undefined && date > asOf) this.add(`${at}.${part}`, 'after-as-of', { date, asOf }, date, column);
      }
    });
    const from = this.date('deferral.from');
    if (from !== undefined) {
      const single: { from: PlainDate; to?: PlainDate } = { from };
      const to = this.date('deferral.to');
      if (to !== undefined) single.to = to;
      periods.push({ deferral: single, at: 'deferral' });
    }
    const sorted = periods.filter((p) => p.deferral.from !== undefined).sort((a, b) => ((a.deferral.from as string) < (b.deferral.from as string) ? -1 : 1));
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1] as (typeof sorted)[number];
      const current = sorted[i] as (typeof sorted)[number];
      if (previous.deferral.to === undefined || (current.deferral.from as string) < previous.deferral.to) {
        this.add(`${current.at}.from`, 'overlapping-deferrals', { from: current.deferral.from as string, otherFrom: previous.deferral.from as string }, current.deferral.from, column);
      }
    }
  }
}

/** Checks every rule between the row's fields. */
export function checkRecordRules(row: ConvertedRow, cells: ReadonlyMap<CsvField, Cell>, context: RecordContext): RecordIssue[] {
  const checker = new RuleChecker(row, cells, context);
  checker.checkPresence();
  checker.checkDates();
  return checker.issues;
}
