/**
 * How the report reads one record through the deadline engine's plan: the
 * record as it stood on `asOf` (facts dated later left out), filed, checked
 * and evaluated into the workspace. The tally and its tests share this.
 *
 * @internal
 * @module
 */
import { ChildrenActComplaintsError } from '../../errors';
import { Checked, checkInput, refOf, type IssueSink } from '../../procedure/engine/check';
import { checkCoverage, Evaluation, evaluate } from '../../procedure/engine/evaluate';
import { ComplaintInput, type Entry } from '../../procedure/engine/input';
import type { Plan } from '../../procedure/engine/plan';
import { DayReader, fieldOfRef, recordEntries } from '../../records/entries';
import type { ComplaintRecord } from '../../records/fields';
import { issueOf, type RejectionDetails, type RejectionRule } from '../../rules';

/** Why the engine refuses a record: the first problem, on the record field it came from. */
export interface RecordRefusal {
  readonly code: ChildrenActComplaintsError['code'];
  readonly field: string;
  readonly message: string;
}

/** The engine's first objection to a record. */
class FirstIssue implements IssueSink {
  found: RecordRefusal | null = null;
  issue<R extends RejectionRule>(rule: R, details: RejectionDetails[R], entry: Entry | null, key: string): void {
    if (this.found !== null) return;
    const field = entry === null ? key : fieldOfRef(entry.ref);
    const issue = issueOf(rule, details, entry === null ? { field } : { field, event: refOf(entry) });
    this.found = { code: issue.code, field, message: issue.message };
  }
}

/** The buffers of one report's pass, reused for every record. */
export class RecordEngine {
  readonly dates = new DayReader();
  readonly input = new ComplaintInput();
  readonly checked = new Checked();
  readonly evaluation = new Evaluation();
  readonly #sink = new FirstIssue();

  constructor(
    readonly plan: Plan,
    readonly asOfDay: number,
  ) {}

  /**
   * Reads a record (one that passed the field table's check) as it stood on
   * `asOf`. Returns the refusal, or `null` with the figures in
   * `evaluation` and whether facts after `asOf` were left out in `dropped`.
   */
  read(record: ComplaintRecord): RecordRefusal | null {
    const { plan, asOfDay } = this;
    this.dropped = recordEntries(record, this.input, asOfDay, this.dates);
    const sink = this.#sink;
    sink.found = null;
    if (!checkInput(this.input, plan, asOfDay, this.checked, sink)) return sink.found;
    try {
      evaluate(plan, this.input, this.checked, asOfDay, this.evaluation, false);
      checkCoverage(plan, this.evaluation);
    } catch (error) {
      if (!(error instanceof ChildrenActComplaintsError)) throw error;
      return { code: error.code, field: error.field, message: error.issues[0]?.message ?? error.message };
    }
    return null;
  }

  /** Whether the last record read had facts dated after `asOf`. */
  dropped = false;
}
