/**
 * `children-act-complaints due <date>`: the statutory deadlines of a stage
 * that starts on a date, read from the procedure data
 * ({@link childrenAct1989England}), never from figures of its own.
 *
 * @internal
 * @module
 */
import { calendarOf } from '../calendar/calendar';
import { englandAndWalesImpl } from '../calendar/englandAndWales';
import { dayNumberOfIso, formatInRange } from '../internal/days';
import { planFor, projectStage, NO_DAY } from '../procedure/engine/plan';
import {
  childrenAct1989England,
  createWorkingDayCalendar,
  englandAndWales,
  workingDayOnOrAfter,
  type Citation,
  type PlainDate,
  type ReceiptConvention,
  type Region,
  type StageStep,
  type VerificationStatus,
  type WorkingDayCalendar,
} from '../index';
import { dateWithWeekday, whyNotWorking } from '../internal/dayName';
import type { CliIo } from './io';

/** The options of `due`, as parsed. @internal */
export interface DueOptions {
  readonly stage: 1 | 2 | 3;
  readonly extended: boolean;
  readonly region: Region;
  readonly receipt: ReceiptConvention;
  readonly json: boolean;
}

/** One deadline of the stage. @internal */
export interface DueStep {
  readonly step: StageStep;
  readonly rule: string;
  readonly summary: string;
  readonly citation: Citation;
  readonly verification: VerificationStatus;
  /** The limit in working days, without an extension. */
  readonly workingDays: number;
  /** The day the limit counts from: the stage's start, or the previous step's deadline. */
  readonly countsFrom: PlainDate;
  /** The deadline without an extension. */
  readonly dueOn: PlainDate;
  /** The longest extension the procedure allows, in working days, or `null`. */
  readonly maxExtendedWorkingDays: number | null;
  /** The deadline under that extension, or `null`. */
  readonly latestPossibleDueOn: PlainDate | null;
  /** `true` for "or as soon as reasonably practicable". */
  readonly soft: boolean;
}

/** What `due` works out, as `--json` prints it. @internal */
export interface DueResult {
  readonly procedure: string;
  readonly stage: 1 | 2 | 3;
  readonly name: string;
  readonly date: PlainDate;
  readonly receipt: ReceiptConvention;
  /** The day the deadlines count from, after the receipt convention. */
  readonly countsFrom: PlainDate;
  readonly region: Region;
  readonly extended: boolean;
  /** The stage's final deadline: with `--extended`, under the longest extension allowed. */
  readonly dueOn: PlainDate;
  readonly steps: readonly DueStep[];
  /** The complainant's window to ask for the next stage, in working days from the response, or `null`. */
  readonly requestWindowWorkingDays: number | null;
  /** The last day of official holiday data; later dates use projected holidays. */
  readonly officialDataThrough: PlainDate | null;
  readonly notes: readonly string[];
}

const VERIFICATION_WORDS: Readonly<Record<VerificationStatus, string>> = {
  P: 'verified against the regulations',
  S: 'verified against guidance and practice',
  U: 'unverified',
};

function citationText(citation: Citation): string {
  return `${citation.instrument} ${citation.provision}${citation.paragraph ?? ''}`;
}

function calendarFor(region: Region): WorkingDayCalendar {
  return region === englandAndWales.region ? englandAndWales : createWorkingDayCalendar({ region });
}

/**
 * Works out a stage's deadlines from the procedure data. Each step counts
 * from its anchor: the stage's start, or the deadline of the step it follows
 * (so a Stage 3 panel report is due 5 working days after the day the panel
 * must meet by).
 *
 * @internal
 */
export function workOutDue(date: PlainDate, options: Omit<DueOptions, 'json'>): DueResult {
  const procedure = childrenAct1989England;
  const definition = procedure.stages[options.stage - 1] ?? procedure.stages[0];
  const calendar = calendarFor(options.region);
  const plan = planFor(procedure, calendarOf({ calendar }, englandAndWalesImpl), { receipt: options.receipt, stage2ClockStartsOn: 'request' });
  const projected = projectStage(plan, definition.stage - 1, dayNumberOfIso(date), options.extended);
  const countsFrom = formatInRange(projected.deemed) as PlainDate;
  const steps: DueStep[] = projected.steps.map(({ plan: step, from, due, latest }) => ({
    step: step.rule.step,
    rule: step.rule.id,
    summary: step.rule.summary,
    citation: step.rule.citation,
    verification: step.rule.verification,
    workingDays: step.workingDays,
    countsFrom: formatInRange(from) as PlainDate,
    dueOn: plan.date(due) as PlainDate,
    maxExtendedWorkingDays: step.extendable ? step.cap : null,
    latestPossibleDueOn: latest === NO_DAY ? null : (plan.date(latest) as PlainDate),
    soft: step.rule.soft,
  }));
  const last = steps[steps.length - 1] as DueStep;
  const notes: string[] = [];
  if (options.extended && steps.every((step) => step.latestPossibleDueOn === null)) {
    notes.push(`Stage ${options.stage} deadlines cannot be extended under ${procedure.title}; --extended changes nothing.`);
  }
  if (options.region !== procedure.workingDays.region) {
    notes.push(
      `${procedure.title} count ${procedure.workingDays.region} bank holidays (${citationText(procedure.workingDays.citation)}); these dates use ${options.region} holidays instead.`,
    );
  }
  const closed = whyNotWorking(date, calendar);
  if (closed !== null) {
    notes.push(
      options.receipt === 'next-working-day'
        ? `${date} is ${closed}: counted from the next working day, ${countsFrom} (--receipt next-working-day).`
        : `${date} is ${closed}: counted from that day itself (the default; --receipt next-working-day counts from ${workingDayOnOrAfter(date, { calendar })}).`,
    );
  }
  const clockStart = definition.clockStart;
  if (clockStart !== null) {
    notes.push(`The Stage ${options.stage} clock is counted from the ${clockStart.default === 'request' ? 'request' : 'agreed statement of complaint'} (the default convention, ${citationText(clockStart.citation)}, unverified); a council that counts from the ${clockStart.default === 'request' ? 'agreed statement of complaint' : 'request'} should give that date.`);
  }
  const finalDue = options.extended ? (last.latestPossibleDueOn ?? last.dueOn) : last.dueOn;
  const through = calendar.officialDataThrough;
  if (through !== null && steps.some((step) => (step.latestPossibleDueOn ?? step.dueOn) > through)) {
    notes.push(`Some of these dates are after ${through}, the end of the official holiday list: they use projected bank holidays, which a new proclamation could change.`);
  }
  return {
    procedure: procedure.id,
    stage: definition.stage,
    name: definition.name,
    date,
    receipt: options.receipt,
    countsFrom,
    region: options.region,
    extended: options.extended,
    dueOn: finalDue,
    steps,
    requestWindowWorkingDays: definition.requestWindow?.workingDays ?? null,
    officialDataThrough: through,
    notes,
  };
}

const STEP_HEADINGS: Readonly<Record<StageStep, string>> = {
  acknowledgement: 'Acknowledgement due',
  panel: 'Review panel to meet by',
  'panel-report': 'Panel’s report due',
  response: 'Response due',
};

function anchorText(step: DueStep, index: number, steps: readonly DueStep[]): string {
  if (index === 0) return '';
  const previous = steps[index - 1] as DueStep;
  return ` after ${previous.step === 'panel' ? 'the panel meets' : previous.step === 'panel-report' ? 'the report arrives' : `the ${previous.step}`}, if that is ${step.countsFrom}`;
}

/** The human-readable answer. @internal */
export function describeDue(result: DueResult): string {
  const started = result.stage === 1 ? 'received' : 'requested';
  const lines = [`Stage ${result.stage} (${result.name}), ${started} ${dateWithWeekday(result.date)}`];
  result.steps.forEach((step, index) => {
    const extendedHere = result.extended && step.latestPossibleDueOn !== null;
    const due = extendedHere ? (step.latestPossibleDueOn as PlainDate) : step.dueOn;
    const limit = extendedHere ? (step.maxExtendedWorkingDays as number) : step.workingDays;
    const soft = step.soft ? ', or as soon as reasonably practicable' : '';
    lines.push(
      `  ${STEP_HEADINGS[step.step]}${extendedHere ? ' (extended)' : ''}: ${dateWithWeekday(due)}, ${limit} working days${anchorText(step, index, result.steps)}${soft} [${citationText(step.citation)}; ${VERIFICATION_WORDS[step.verification]}]`,
    );
    if (!result.extended && step.latestPossibleDueOn !== null) {
      lines.push(`    with an extension, at most ${step.maxExtendedWorkingDays} working days: ${dateWithWeekday(step.latestPossibleDueOn)} (--extended)`);
    } else if (extendedHere) {
      lines.push(`    without an extension: ${dateWithWeekday(step.dueOn)}, ${step.workingDays} working days`);
    }
  });
  if (result.requestWindowWorkingDays !== null) {
    lines.push(`  The complainant may then ask for Stage ${result.stage + 1} within ${result.requestWindowWorkingDays} working days of the response.`);
  }
  for (const note of result.notes) lines.push(`Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `due`. Returns the exit code. @internal */
export function runDue(io: CliIo, date: PlainDate, options: DueOptions): number {
  const result = workOutDue(date, options);
  io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeDue(result));
  return 0;
}
