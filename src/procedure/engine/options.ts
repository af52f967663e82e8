/**
 * Reading the options every engine caller shares (`asOf`, `calendar`,
 * `procedure`, `conventions`), once, into a compiled plan.
 *
 * @internal
 * @module
 */
import { calendarOf, dayNumberIn, type CalendarImpl, type WorkingDayCalendar } from '../../calendar/calendar';
import { englandAndWalesImpl } from '../../calendar/englandAndWales';
import type { DateInput } from '../../calendar/plainDate';
import { checkShape, pathText, s, type Infer, type Shape } from '../../internal/shape';
import { fail } from '../../rules';
import type { AppliedConventions } from '../assessment';
import { childrenAct1989England } from '../childrenAct1989England';
import { complaintHandlingCode } from '../complaintHandlingCode';
import {
  CONVENTION_OPTIONS,
  STAGE_STEPS,
  VERIFICATION_STATUSES,
  type AssessmentConventions,
  type ConventionName,
  type ProcedureDefinition,
} from '../definition';
import { planFor, type Plan } from './plan';

/** The options {@link assessComplaint} and {@link upcomingDeadlines} share. @internal */
export interface EngineOptions {
  readonly asOf: DateInput;
  readonly calendar?: WorkingDayCalendar | undefined;
  readonly procedure?: ProcedureDefinition | undefined;
  readonly conventions?: AssessmentConventions | undefined;
}

/** The options, read. @internal */
export interface EngineSettings {
  readonly plan: Plan;
  readonly asOfDay: number;
}

const KNOWN_OPTIONS = ['asOf', 'calendar', 'procedure', 'conventions'] as const;

const text = (doc: string) => s.required(s.text(true), doc);
const day = (doc: string) => s.required(s.dateInput(), doc);
const days = (doc: string) => s.required(s.int(1), doc);
const nullable = <S extends Shape>(shape: S, doc: string) => s.required(s.nullable(shape), `${doc}, or null when the procedure has none.`);

/**
 * The shape of a {@link ProcedureDefinition}.
 *
 * @internal
 */
export const PROCEDURE_SHAPE = /* @__PURE__ */ (() => {
  const ruleFields = {
    id: text('A stable identifier, unique within the procedure.'),
    summary: s.required(s.text(), 'What the rule says, in one sentence.'),
    citation: s.required(
      s.object({
        instrument: text('The instrument or document.'),
        provision: text('The regulation, section or part.'),
        paragraph: s.optional(s.text(), 'The paragraph, where known.'),
        source: s.optional(s.text(), 'The secondary source a figure was checked against.'),
      }),
      'Where the rule comes from.',
    ),
    verification: s.required(s.oneOf(VERIFICATION_STATUSES), 'How well it is verified: P, S or U.'),
    inForceFrom: day('First day the rule applies.'),
    inForceTo: s.optional(s.dateInput(), 'Last day the rule applies, where it has ended.'),
  };
  return s.object({
    id: text('A stable identifier.'),
    title: s.required(s.text(), 'Its title.'),
    inForceFrom: day('First day the procedure applies.'),
    inForceTo: s.optional(s.dateInput(), 'Last day it applies, where it has ended.'),
    workingDays: s.required(
      s.object({
        ...ruleFields,
        region: s.required(s.oneOf(['england-and-wales', 'scotland', 'northern-ireland'] as const), 'Whose bank holidays close a day.'),
        closureDays: s.required(s.oneOf(['not-excluded', 'unspecified'] as const), 'Whether a council’s own closure days stop the clock.'),
      }),
      'What a working day is.',
    ),
    receipt: s.required(s.object({ ...ruleFields, convention: s.required(s.oneOf(['receipt'] as const), 'The convention.'), default: s.required(s.oneOf(CONVENTION_OPTIONS.receipt), 'The default choice.') }), 'The receipt convention.'),
    timeLimit: nullable(s.object({ ...ruleFields, years: days('Whole calendar years from the grounds arising.') }), 'The time limit for making a complaint'),
    deferral: nullable(s.object(ruleFields), 'Deferral under regulation 8'),
    stages: s.required(
      s.array(
        s.object({
          stage: s.required(s.oneOf([1, 2, 3] as const), 'The stage number.'),
          name: text('Its name.'),
          start: s.required(s.object({ ...ruleFields, on: s.required(s.oneOf(['receipt', 'request'] as const), 'How it starts.') }), 'How it starts.'),
          clockStart: nullable(
            s.object({ ...ruleFields, convention: s.required(s.oneOf(['stage2ClockStartsOn'] as const), 'The convention.'), default: s.required(s.oneOf(CONVENTION_OPTIONS.stage2ClockStartsOn), 'The default choice.') }),
            'Where the start of the stage’s clock is a convention',
          ),
          deadlines: s.required(
            s.array(
              s.object({
                ...ruleFields,
                step: s.required(s.oneOf(STAGE_STEPS), 'The step.'),
                workingDays: days('The limit in working days.'),
                from: s.required(s.oneOf(['stage-start', 'clock-start', 'acknowledgement', 'panel', 'panel-report'] as const), 'The day the limit counts from.'),
                soft: s.required(s.boolean(), 'Whether the law allows "or as soon as reasonably practicable".'),
                extension: nullable(s.object({ ...ruleFields, maxWorkingDays: days('The longest total limit an extension may set.') }), 'How far the deadline may be extended'),
              }),
            ),
            'Its deadlines, in the order the steps happen; the last is the response.',
          ),
          requestWindow: nullable(s.object({ ...ruleFields, workingDays: days('The window in working days.') }), 'The window to ask for the next stage'),
        }),
      ),
      'The stages, in order, numbered from 1.',
    ),
  });
})();

/** A procedure as the shape reads it. @internal */
export type ProcedureShape = Infer<typeof PROCEDURE_SHAPE>;

function invalid(field: string, value: unknown, problem: string): Error {
  return fail('invalid-procedure', { problem }, { field: `options.procedure${field}`, value });
}

/** The relations between parts that the shape alone cannot say. */
function checkRelations(procedure: ProcedureDefinition): void {
  if (procedure.stages.length === 0 || procedure.stages.length > 3) throw invalid('.stages', procedure.stages, 'a procedure has one to three stages.');
  procedure.stages.forEach((stage, s) => {
    const at = `.stages[${s}]`;
    if (stage.stage !== s + 1) throw invalid(`${at}.stage`, stage.stage, `Stage ${s + 1} is numbered ${stage.stage}; number the stages 1, 2, 3 in order.`);
    if (stage.start.on !== (s === 0 ? 'receipt' : 'request')) {
      throw invalid(`${at}.start.on`, stage.start.on, `Stage ${s + 1} starts on '${stage.start.on}'; the first stage starts on 'receipt', later stages on 'request'.`);
    }
    if (stage.deadlines.length === 0) throw invalid(`${at}.deadlines`, stage.deadlines, `Stage ${s + 1} has no deadlines; give it its 'response' deadline.`);
    const seen = new Set<string>();
    stage.deadlines.forEach((deadline, d) => {
      const here = `${at}.deadlines[${d}]`;
      const isLast = d === stage.deadlines.length - 1;
      if ((deadline.step === 'response') !== isLast) throw invalid(`${here}.step`, deadline.step, `Stage ${s + 1} must end with its 'response' deadline, and have only one; put the 'response' deadline last.`);
      if (seen.has(deadline.step)) throw invalid(`${here}.step`, deadline.step, `Stage ${s + 1} has two '${deadline.step}' deadlines; give each step one deadline.`);
      if (deadline.from !== 'stage-start' && deadline.from !== 'clock-start' && !seen.has(deadline.from)) {
        throw invalid(`${here}.from`, deadline.from, `The '${deadline.step}' deadline counts from '${deadline.from}', which is not an earlier step of stage ${s + 1}.`);
      }
      if (deadline.extension !== null && (!isLast || deadline.extension.maxWorkingDays <= deadline.workingDays)) {
        throw invalid(`${here}.extension`, deadline.extension, `The '${deadline.step}' extension must be on the response and allow more than ${deadline.workingDays} working days.`);
      }
      seen.add(deadline.step);
    });
  });
}

const checked = /* @__PURE__ */ new WeakSet<object>();

/** Reads the `procedure` option: the default, a shipped procedure, or a caller's own definition, checked once and remembered. */
function procedureOf(value: unknown): ProcedureDefinition {
  if (value === undefined) return childrenAct1989England;
  if (value === childrenAct1989England || value === complaintHandlingCode) return value as ProcedureDefinition;
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as ProcedureDefinition;
  const [issue] = checkShape(PROCEDURE_SHAPE, value);
  if (issue !== undefined) {
    const path = pathText(issue.path, '');
    const where = path === '' ? '' : path.startsWith('[') ? path : `.${path}`;
    throw invalid(where, value, `${issue.problem === 'unknown-key' ? `unknown key ${JSON.stringify(issue.value)}` : issue.problem} at ${where === '' ? 'the top level' : where}.`);
  }
  checkRelations(value as ProcedureDefinition);
  checked.add(value as object);
  return value as ProcedureDefinition;
}

function conventionsOf(value: unknown, procedure: ProcedureDefinition): AppliedConventions {
  const defaults: AppliedConventions = {
    receipt: procedure.receipt.default,
    stage2ClockStartsOn: procedure.stages.find((stage) => stage.clockStart !== null)?.clockStart?.default ?? CONVENTION_OPTIONS.stage2ClockStartsOn[0],
  };
  if (value === undefined) return defaults;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail('wrong-type', { expected: 'a conventions object', example: "e.g. { receipt: 'next-working-day' }, or leave it out" }, { field: 'options.conventions', value });
  }
  const given = value as Record<string, unknown>;
  const applied: Record<string, string> = { ...defaults };
  for (const key of Object.keys(given)) {
    // An own key only: '__proto__' or 'constructor' in the input must not reach Object.prototype.
    const options = Object.hasOwn(CONVENTION_OPTIONS, key) ? (CONVENTION_OPTIONS as unknown as Record<string, readonly string[]>)[key] : undefined;
    if (options === undefined) throw fail('unknown-option', { option: key, known: Object.keys(CONVENTION_OPTIONS) }, { field: `options.conventions.${key}`, value: key });
    const choice = given[key];
    if (choice === undefined) continue;
    if (typeof choice !== 'string' || !options.includes(choice)) throw fail('not-a-choice', { what: `the ${key} convention`, choices: options }, { field: `options.conventions.${key}`, value: choice });
    applied[key as ConventionName] = choice;
  }
  return applied as unknown as AppliedConventions;
}

/**
 * Reads and checks the shared options into a plan and the `asOf` day.
 * `extraKeys` are the caller's own options, which it reads itself.
 *
 * @internal
 */
export function readEngineOptions(options: unknown, extraKeys: readonly string[] = []): EngineSettings {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw fail('wrong-type', { expected: 'an options object with asOf', example: "{ asOf: 'YYYY-MM-DD' }: the day to assess on (the library never reads the clock)" }, { field: 'options', value: options });
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(KNOWN_OPTIONS as readonly string[]).includes(key) && !extraKeys.includes(key)) {
      throw fail('unknown-option', { option: key, known: [...KNOWN_OPTIONS, ...extraKeys] }, { field: `options.${key}`, value: key });
    }
  }
  const calendar = calendarOf(given as { calendar?: WorkingDayCalendar }, englandAndWalesImpl);
  if (given['asOf'] === undefined) throw fail('missing-as-of', { example: "{ asOf: '2024-05-01' }" }, { field: 'options.asOf' });
  const asOfDay = dayNumberIn(calendar, given['asOf'], 'options.asOf');
  const procedure = procedureOf(given['procedure']);
  const conventions = given['conventions'];
  return { plan: conventions === undefined ? defaultPlan(procedure, calendar) : planFor(procedure, calendar, conventionsOf(conventions, procedure)), asOfDay };
}

let lastProcedure: ProcedureDefinition | undefined;
let lastCalendar: Readonly<CalendarImpl> | undefined;
let lastPlan: Plan | undefined;

/** The plan under the procedure's default conventions; the last one is kept, as a caller assessing many complaints asks for the same one each time. */
function defaultPlan(procedure: ProcedureDefinition, calendar: Readonly<CalendarImpl>): Plan {
  if (procedure !== lastProcedure || calendar !== lastCalendar || lastPlan === undefined) {
    lastPlan = planFor(procedure, calendar, conventionsOf(undefined, procedure));
    lastProcedure = procedure;
    lastCalendar = calendar;
  }
  return lastPlan;
}
