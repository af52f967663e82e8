/**
 * `children-act-complaints/schemas`: zod schemas of the library's data
 * contracts, for composing your own validation or generating JSON Schema.
 *
 * Each schema is derived from the same shape the library checks its input
 * against (the timeline contract, the record's field table, the procedure
 * definition), so the schema and the library never disagree. This subpath
 * loads zod; the package root does not.
 *
 * ```ts
 * import * as z from 'zod';
 * import { complaintRecordSchema } from 'children-act-complaints/schemas';
 *
 * const jsonSchema = z.toJSONSchema(complaintRecordSchema);
 * ```
 *
 * @module children-act-complaints/schemas
 */
import * as z from 'zod';
import { isPlainDate } from '../calendar/plainDate';
import type { Shape } from '../internal/shape';
import { PROCEDURE_SHAPE } from '../procedure/engine/options';
import type { ComplaintTimeline } from '../procedure/timeline';
import { TIMELINE_SHAPE } from '../procedure/timeline';
import type { ComplaintRecord } from '../records/fields';
import { RECORD_SHAPE } from '../records/fields';
import type { ProcedureDefinition } from '../procedure/definition';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The zod schema of a shape. */
function toZod(shape: Shape): z.ZodType {
  switch (shape.kind) {
    case 'date':
      return z.string().regex(DATE_PATTERN).refine(isPlainDate, 'Expected a real calendar date written YYYY-MM-DD.');
    case 'text':
      return shape.nonEmpty ? z.string().min(1) : z.string();
    case 'int':
      return shape.max === Number.MAX_SAFE_INTEGER ? z.number().int().min(shape.min) : z.number().int().min(shape.min).max(shape.max);
    case 'number':
      return shape.min === Number.NEGATIVE_INFINITY ? z.number() : z.number().min(shape.min);
    case 'boolean':
      return z.boolean();
    case 'enum': {
      const values = shape.values;
      if (values.every((value) => typeof value === 'string')) return z.enum(values as [string, ...string[]]);
      return z.union(values.map((value) => z.literal(value)) as unknown as [z.ZodLiteral, z.ZodLiteral, ...z.ZodLiteral[]]);
    }
    case 'array':
      return z.array(toZod(shape.item));
    case 'nullable':
      return toZod(shape.inner).nullable();
    case 'object': {
      const fields: Record<string, z.ZodType> = {};
      for (const [key, prop] of Object.entries(shape.fields)) {
        let schema = toZod(prop.shape);
        if (prop.doc !== '') schema = schema.describe(prop.doc);
        fields[key] = prop.optional ? schema.exactOptional() : schema;
      }
      return shape.loose === true ? z.looseObject(fields) : z.strictObject(fields);
    }
    case 'union':
      return z.discriminatedUnion(
        shape.key,
        shape.options.map((option) => toZod(option)) as unknown as [z.ZodObject, ...z.ZodObject[]],
      );
  }
}

/**
 * The zod schema of a {@link "children-act-complaints"!ComplaintTimeline}:
 * the same contract {@link "children-act-complaints"!assessComplaint} checks
 * before it reads a timeline (unknown keys refused, dates `YYYY-MM-DD`).
 * Whether the events make sense together is the engine's check, not the
 * schema's.
 *
 * @example
 * ```ts
 * import { complaintTimelineSchema } from 'children-act-complaints/schemas';
 *
 * complaintTimelineSchema.safeParse({ receivedOn: '2024-05-01', events: [] }).success; // true
 * complaintTimelineSchema.safeParse({ receivedOn: '01/05/2024', events: [] }).success; // false
 * ```
 */
export const complaintTimelineSchema: z.ZodType<ComplaintTimeline> = /* @__PURE__ */ toZod(TIMELINE_SHAPE) as z.ZodType<ComplaintTimeline>;

/**
 * The zod schema of a {@link "children-act-complaints"!ComplaintRecord} in
 * canonical form, derived from the record's field table: ISO dates,
 * canonical values, unknown keys refused. The record readers
 * (`parseComplaintRecords`, `readComplaintsCsv`) read exports' own labels
 * and UK dates, and check the rules between fields as well.
 *
 * @example
 * ```ts
 * import { complaintRecordSchema } from 'children-act-complaints/schemas';
 *
 * complaintRecordSchema.safeParse({
 *   id: 'C-2024-001', receivedOn: '2024-04-02', serviceArea: 'children-in-need',
 *   complaintType: 'quality-of-service', source: 'parent-guardian', stage1: {}, deferrals: [],
 * }).success; // true
 * ```
 */
export const complaintRecordSchema: z.ZodType<ComplaintRecord> = /* @__PURE__ */ toZod(RECORD_SHAPE) as z.ZodType<ComplaintRecord>;

/**
 * The zod schema of a {@link "children-act-complaints"!ProcedureDefinition}:
 * the shape `assessComplaint` checks a procedure of your own against (the
 * relations between its parts, such as the response being the last step,
 * are checked there too).
 *
 * @example
 * ```ts
 * import { childrenAct1989England } from 'children-act-complaints';
 * import { procedureDefinitionSchema } from 'children-act-complaints/schemas';
 *
 * procedureDefinitionSchema.safeParse(childrenAct1989England).success; // true
 * ```
 */
export const procedureDefinitionSchema: z.ZodType<ProcedureDefinition> = /* @__PURE__ */ toZod(PROCEDURE_SHAPE) as unknown as z.ZodType<ProcedureDefinition>;
