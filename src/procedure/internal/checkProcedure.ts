import * as z from 'zod';
import { InvalidInputError } from '../../errors';
import { isPlainDate } from '../../calendar/plainDate';
import { childrenAct1989England } from '../childrenAct1989England';
import { complaintHandlingCode } from '../complaintHandlingCode';
import { CONVENTION_OPTIONS, STAGE_STEPS, VERIFICATION_STATUSES, type ProcedureDefinition } from '../definition';

let schema: z.ZodType | undefined;

/** The shape of a {@link ProcedureDefinition}, built on first use. */
function procedureSchema(): z.ZodType {
  if (schema !== undefined) return schema;
  const day = z.string().refine(isPlainDate, 'Expected a YYYY-MM-DD date.');
  const days = z.number().int().positive();
  const rule = {
    id: z.string().min(1),
    summary: z.string(),
    citation: z.object({
      instrument: z.string().min(1),
      provision: z.string().min(1),
      paragraph: z.string().exactOptional(),
      source: z.string().exactOptional(),
    }),
    verification: z.enum(VERIFICATION_STATUSES),
    inForceFrom: day,
    inForceTo: day.exactOptional(),
  };
  const convention = <K extends keyof typeof CONVENTION_OPTIONS>(name: K) =>
    z.object({ ...rule, convention: z.literal(name), default: z.enum(CONVENTION_OPTIONS[name]) });
  const deadline = z.object({
    ...rule,
    step: z.enum(STAGE_STEPS),
    workingDays: days,
    from: z.enum(['stage-start', 'clock-start', 'acknowledgement', 'panel', 'panel-report']),
    soft: z.boolean(),
    extension: z.object({ ...rule, maxWorkingDays: days }).nullable(),
  });
  const stage = z.object({
    stage: z.literal([1, 2, 3]),
    name: z.string().min(1),
    start: z.object({ ...rule, on: z.enum(['receipt', 'request']) }),
    clockStart: convention('stage2ClockStartsOn').nullable(),
    deadlines: z.array(deadline).min(1),
    requestWindow: z.object({ ...rule, workingDays: days }).nullable(),
  });
  schema = z.object({
    id: z.string().min(1),
    title: z.string(),
    inForceFrom: day,
    inForceTo: day.exactOptional(),
    workingDays: z.object({
      ...rule,
      region: z.enum(['england-and-wales', 'scotland', 'northern-ireland']),
      closureDays: z.enum(['not-excluded', 'unspecified']),
    }),
    receipt: convention('receipt'),
    timeLimit: z.object({ ...rule, years: days }).nullable(),
    hold: z.object(rule).nullable(),
    stages: z.array(stage).min(1).max(3),
  });
  return schema;
}

function bad(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field: `options.procedure${field}`, value, fix });
}

/** The relations between parts that the shape alone cannot say. */
function checkRelations(procedure: ProcedureDefinition): void {
  procedure.stages.forEach((stage, s) => {
    const at = `.stages[${s}]`;
    if (stage.stage !== s + 1) {
      throw bad(`${at}.stage`, stage.stage, `Stage ${s + 1} is numbered ${stage.stage}.`, 'Number the stages 1, 2, 3 in order.');
    }
    if (stage.start.on !== (s === 0 ? 'receipt' : 'request')) {
      throw bad(`${at}.start.on`, stage.start.on, `Stage ${s + 1} starts on '${stage.start.on}'.`, "The first stage starts on 'receipt', later stages on 'request'.");
    }
    const seen = new Set<string>();
    stage.deadlines.forEach((deadline, d) => {
      const here = `${at}.deadlines[${d}]`;
      const isLast = d === stage.deadlines.length - 1;
      if ((deadline.step === 'response') !== isLast) {
        throw bad(`${here}.step`, deadline.step, `Stage ${s + 1} must end with its 'response' deadline, and have only one.`, "Put the 'response' deadline last.");
      }
      if (seen.has(deadline.step)) {
        throw bad(`${here}.step`, deadline.step, `Stage ${s + 1} has two '${deadline.step}' deadlines.`, 'Give each step one deadline.');
      }
      if (deadline.from !== 'stage-start' && deadline.from !== 'clock-start' && !seen.has(deadline.from)) {
        throw bad(`${here}.from`, deadline.from, `The '${deadline.step}' deadline counts from '${deadline.from}', which is not an earlier step of stage ${s + 1}.`, 'Count from the stage start, the clock start, or an earlier step.');
      }
      if (deadline.extension !== null && (isLast ? deadline.extension.maxWorkingDays <= deadline.workingDays : true)) {
        throw bad(`${here}.extension`, deadline.extension, `The '${deadline.step}' extension must be on the response and allow more than ${deadline.workingDays} working days.`, 'Set maxWorkingDays above workingDays, on the response deadline only.');
      }
      seen.add(deadline.step);
    });
  });
}

const checked = /* @__PURE__ */ new WeakSet<object>();

/**
 * Reads the `procedure` option: the default, one of the shipped procedures,
 * or a caller's own definition, checked once and remembered.
 *
 * @internal
 */
export function procedureOf(value: unknown): ProcedureDefinition {
  if (value === undefined) return childrenAct1989England;
  if (value === childrenAct1989England || value === complaintHandlingCode) return value as ProcedureDefinition;
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as ProcedureDefinition;
  const result = procedureSchema().safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []).map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
    throw bad(path, value, `The procedure is not a valid ProcedureDefinition: ${issue?.message ?? 'invalid'} at ${path === '' ? 'the top level' : path}.`, 'Pass childrenAct1989England, complaintHandlingCode, or an object of the ProcedureDefinition shape.');
  }
  checkRelations(value as ProcedureDefinition);
  checked.add(value as object);
  return value as ProcedureDefinition;
}
