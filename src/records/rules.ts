/**
 * The rules between a record's fields: what must be there, what cannot
 * happen before what, and what cannot come after the report's `asOf` day.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import type { Cell, ConvertedRow, HoldValue } from './convert';
import { FIELD_SPECS, RECORD_FIELDS, type CsvField } from './fields';
import { makeIssue, type RecordIssue, type RecordRule } from './issues';
import type { RecordContext } from './options';

const REQUIRED: readonly CsvField[] = ['id', 'receivedOn', 'serviceArea'];

let notBeforeReceipt: readonly CsvField[] | undefined;

/** Dates that must not be before receipt. The grounds and the advocate's allocation may be. */
function notBeforeReceiptFields(): readonly CsvField[] {
  return (notBeforeReceipt ??= (Object.keys(FIELD_SPECS) as CsvField[]).filter(
    (field) => FIELD_SPECS[field].kind === 'date' && field !== 'receivedOn' && field !== 'groundsAroseOn' && field !== 'advocacy.allocatedOn',
  ));
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
  ['hold.from', 'hold.to'],
];

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

  add(field: string, rule: RecordRule, message: string, value?: unknown, column?: string): void {
    const extra = value === undefined ? { column } : { value, column };
    this.issues.push(makeIssue(field, 'INVALID_RECORD', rule, message, extra));
  }

  addAt(field: CsvField, rule: RecordRule, message: string): void {
    this.add(field, rule, message, this.row.values.get(field), this.cells.get(field)?.column);
  }

  checkPresence(): void {
    for (const field of REQUIRED) {
      if (!this.given(field)) this.add(field, 'required', `${field} is required and is missing or blank.`, undefined, this.cells.get(field)?.column);
    }
    if (!this.given('hold.from') && (this.given('hold.to') || this.given('hold.reason'))) {
      this.add('hold.from', 'required', 'A hold has an end date or a reason but no start date.', undefined, this.cells.get('hold.from')?.column);
    }
    for (const stage of [2, 3] as const) {
      if (this.given(`stage${stage}.requestedOn`)) continue;
      for (const field of stageFields(stage)) {
        if (this.given(field)) this.addAt(field, 'stage-not-started', `${field} is given, but Stage ${stage} was never requested (stage${stage}.requestedOn is blank).`);
      }
    }
    if (this.given('stage3.requestedOn') && !this.given('stage2.requestedOn')) {
      this.addAt('stage3.requestedOn', 'stage-not-started', 'Stage 3 was requested, but Stage 2 never started (stage2.requestedOn is blank).');
    }
    for (const stage of [1, 2, 3] as const) {
      const outcome = `stage${stage}.outcome` as const;
      const responded = this.given(`stage${stage}.respondedOn`);
      if (this.row.open.has(outcome) && responded) {
        this.add(outcome, 'open-with-response', `${outcome} says the stage is still open, but stage${stage}.respondedOn gives a response date.`, this.cells.get(outcome)?.value, this.cells.get(outcome)?.column);
      } else if (this.given(outcome) && !this.row.open.has(outcome) && !responded) {
        this.addAt(outcome, 'outcome-without-response', `${outcome} is given, but stage${stage}.respondedOn is blank: an outcome needs its response date.`);
      }
    }
    for (const stage of [1, 2] as const) {
      if (this.given(`stage${stage}.extensionNotifiedOn`)) continue;
      for (const field of [`stage${stage}.extendedLimitWorkingDays`, `stage${stage}.extensionReason`] as const) {
        if (this.given(field)) this.addAt(field, 'limit-without-extension', `${field} is given, but stage${stage}.extensionNotifiedOn (when the extension was notified) is blank.`);
      }
    }
    for (const stage of [2, 3] as const) {
      const previousStarted = stage === 2 || this.given('stage2.requestedOn');
      if (this.given(`stage${stage}.requestedOn`) && previousStarted && !this.given(`stage${stage - 1}.respondedOn` as CsvField)) {
        this.addAt(
          `stage${stage}.requestedOn`,
          'previous-stage-unanswered',
          `Stage ${stage} was requested, but stage${stage - 1}.respondedOn is blank; the deadline engine counts Stage ${stage} from a Stage ${stage - 1} response.`,
        );
      }
    }
    for (const [step, anchor] of [
      ['stage3.panelReportReceivedOn', 'stage3.panelHeldOn'],
      ['stage3.respondedOn', 'stage3.panelReportReceivedOn'],
    ] as const) {
      if (this.given('stage3.requestedOn') && this.given(step) && !this.given(anchor)) {
        this.addAt(step, 'step-missing', `${step} is given, but ${anchor}, the step it counts from, is blank.`);
      }
    }
    const decided = this.given('ombudsman.decidedOn');
    const decision = this.given('ombudsman.decision');
    if (decision && !decided) this.addAt('ombudsman.decision', 'ombudsman-incomplete', 'An Ombudsman decision needs its date (ombudsman.decidedOn).');
    if (decided && !decision) this.addAt('ombudsman.decidedOn', 'ombudsman-incomplete', 'An Ombudsman decision date needs the decision (ombudsman.decision).');
    if ((decided || decision) && !this.given('ombudsman.referredOn')) {
      this.add('ombudsman.referredOn', 'ombudsman-incomplete', 'An Ombudsman decision needs the date of the referral (ombudsman.referredOn).', undefined, this.cells.get('ombudsman.referredOn')?.column);
    }
    if (this.row.values.get('advocacy.provided') === false && this.given('advocacy.allocatedOn')) {
      this.addAt('advocacy.allocatedOn', 'advocacy-contradiction', 'An advocate was allocated, but advocacy.provided says no.');
    }
  }

  checkDates(): void {
    const received = this.date('receivedOn');
    const asOf = this.context.asOf;
    const grounds = this.date('groundsAroseOn');
    if (received !== undefined && grounds !== undefined && grounds > received) {
      this.addAt('groundsAroseOn', 'grounds-after-receipt', `groundsAroseOn (${grounds}) is after the complaint was received (${received}).`);
    }
    if (received !== undefined) {
      for (const field of notBeforeReceiptFields()) {
        const date = this.date(field);
        if (date !== undefined && date < received) this.addAt(field, 'before-receipt', `${field} (${date}) is before the complaint was received (${received}).`);
      }
    }
    for (const [earlier, later] of ORDER) {
      const first = this.date(earlier);
      const second = this.date(later);
      if (first !== undefined && second !== undefined && second < first) {
        this.addAt(later, 'out-of-order', `${later} (${second}) is before ${earlier} (${first}).`);
      }
    }
    if (asOf !== undefined) {
      for (const [field, value] of this.row.values) {
        if (FIELD_SPECS[field].kind === 'date' && (value as string) > asOf) {
          this.addAt(field, 'after-as-of', `${field} (${String(value)}) is after the asOf day (${asOf}).`);
        }
      }
    }
    this.checkWithdrawal();
    this.checkHolds(received, asOf);
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
      if (date !== undefined && date > closed && !field.startsWith('ombudsman.')) {
        this.addAt(field, 'after-withdrawal', `${field} (${date}) comes after the complaint was withdrawn (${closed}).`);
      }
    }
    const holds = (this.row.values.get('holds') as HoldValue[] | undefined) ?? [];
    holds.forEach((hold, index) => {
      for (const part of ['from', 'to'] as const) {
        const date = hold[part];
        if (date !== undefined && date > closed) {
          this.add(`holds[${index}].${part}`, 'after-withdrawal', `holds[${index}].${part} (${date}) comes after the complaint was withdrawn (${closed}).`, date, this.cells.get('holds')?.column);
        }
      }
    });
  }

  checkHolds(received: PlainDate | undefined, asOf: PlainDate | undefined): void {
    const listed = (this.row.values.get('holds') as HoldValue[] | undefined) ?? [];
    const column = this.cells.get('holds')?.column;
    const periods = listed.map((hold, index) => ({ hold, at: `holds[${index}]` }));
    listed.forEach((hold, index) => {
      const at = `holds[${index}]`;
      if (hold.from !== undefined && received !== undefined && hold.from < received) {
        this.add(`${at}.from`, 'before-receipt', `${at}.from (${hold.from}) is before the complaint was received (${received}).`, hold.from, column);
      }
      if (hold.from !== undefined && hold.to !== undefined && hold.to < hold.from) {
        this.add(`${at}.to`, 'out-of-order', `${at}.to (${hold.to}) is before ${at}.from (${hold.from}).`, hold.to, column);
      }
      for (const part of ['from', 'to'] as const) {
        const date = hold[part];
        if (asOf !== undefined && date !== undefined && date > asOf) this.add(`${at}.${part}`, 'after-as-of', `${at}.${part} (${date}) is after the asOf day (${asOf}).`, date, column);
      }
    });
    const from = this.date('hold.from');
    if (from !== undefined) {
      const single: { from: PlainDate; to?: PlainDate } = { from };
      const to = this.date('hold.to');
      if (to !== undefined) single.to = to;
      periods.push({ hold: single, at: 'hold' });
    }
    const sorted = periods.filter((p) => p.hold.from !== undefined).sort((a, b) => ((a.hold.from as string) < (b.hold.from as string) ? -1 : 1));
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1] as (typeof sorted)[number];
      const current = sorted[i] as (typeof sorted)[number];
      if (previous.hold.to === undefined || (current.hold.from as string) < previous.hold.to) {
        this.add(`${current.at}.from`, 'overlapping-holds', `The hold from ${current.hold.from} overlaps the hold from ${previous.hold.from}.`, current.hold.from, column);
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
