import { InvalidInputError } from '../../errors';
import { describeValue } from '../../internal/describe';
import { calendarOf, dayNumberIn, type CalendarImpl } from '../../calendar/calendar';
import { englandAndWalesImpl } from '../../calendar/englandAndWales';
import type { WorkingDayCalendar } from '../../calendar/calendar';
import type { DateInput } from '../../calendar/plainDate';
import { CONVENTION_OPTIONS, STAGE_2_CLOCK_STARTS, type AssessmentConventions, type ConventionName, type ProcedureDefinition } from '../definition';
import type { AppliedConventions } from '../assessment';
import { procedureOf } from './checkProcedure';

/** The options {@link assessComplaint} and {@link upcomingDeadlines} share. */
export interface AssessmentSettingsInput {
  readonly asOf: DateInput;
  readonly calendar?: WorkingDayCalendar | undefined;
  readonly procedure?: ProcedureDefinition | undefined;
  readonly conventions?: AssessmentConventions | undefined;
}

/** The options, checked. @internal */
export interface AssessmentSettings {
  readonly asOfDay: number;
  readonly calendar: Readonly<CalendarImpl>;
  readonly procedure: ProcedureDefinition;
  readonly conventions: AppliedConventions;
}

function bad(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field, value, fix });
}

const KNOWN_OPTIONS = /* @__PURE__ */ new Set(['asOf', 'calendar', 'procedure', 'conventions']);

function conventionsOf(value: unknown, procedure: ProcedureDefinition): AppliedConventions {
  const defaults: AppliedConventions = {
    receipt: procedure.receipt.default,
    stage2ClockStartsOn: procedure.stages.find((stage) => stage.clockStart !== null)?.clockStart?.default ?? STAGE_2_CLOCK_STARTS[0],
  };
  if (value === undefined) return defaults;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad('options.conventions', value, `Expected a conventions object but got ${describeValue(value)}.`, "Pass e.g. { receipt: 'next-working-day' }, or leave it out.");
  }
  const given = value as Record<string, unknown>;
  const applied: Record<string, string> = { ...defaults };
  for (const key of Object.keys(given)) {
    // An own key only: '__proto__' or 'constructor' in the input must not reach Object.prototype.
    const options = Object.hasOwn(CONVENTION_OPTIONS, key) ? (CONVENTION_OPTIONS as unknown as Record<string, readonly string[]>)[key] : undefined;
    const names = Object.keys(CONVENTION_OPTIONS).join("', '");
    if (options === undefined) {
      throw bad(`options.conventions.${key}`, key, `Unknown convention ${describeValue(key)}.`, `The conventions are '${names}'.`);
    }
    const choice = given[key];
    if (choice === undefined) continue;
    if (typeof choice !== 'string' || !options.includes(choice)) {
      throw bad(`options.conventions.${key}`, choice, `${describeValue(choice)} is not a choice of the ${key} convention.`, `Use ${options.map((o) => `'${o}'`).join(' or ')}.`);
    }
    applied[key as ConventionName] = choice;
  }
  return applied as unknown as AppliedConventions;
}

/**
 * Reads and checks the shared options.
 *
 * @internal
 */
export function readSettings(options: unknown, extraKeys: readonly string[] = []): AssessmentSettings {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw bad('options', options, `Expected an options object with asOf but got ${describeValue(options)}.`, "Pass { asOf: 'YYYY-MM-DD' }: the day to assess the complaint on (the library never reads the clock).");
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN_OPTIONS.has(key) && !extraKeys.includes(key)) {
      const names = [...KNOWN_OPTIONS, ...extraKeys].join(', ');
      throw bad(`options.${key}`, key, `Unknown option ${describeValue(key)}.`, `The options are ${names}.`);
    }
  }
  const calendar = calendarOf(given as { calendar?: WorkingDayCalendar }, englandAndWalesImpl);
  if (given['asOf'] === undefined) {
    throw new InvalidInputError('INVALID_DATE', 'options.asOf is missing.', {
      field: 'options.asOf',
      value: undefined,
      fix: "Pass the day to assess on, e.g. { asOf: '2024-05-01' }; the library never reads the clock.",
    });
  }
  const asOfDay = dayNumberIn(calendar, given['asOf'], 'options.asOf');
  const procedure = procedureOf(given['procedure']);
  return { asOfDay, calendar, procedure, conventions: conventionsOf(given['conventions'], procedure) };
}
