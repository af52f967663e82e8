import { defineTaxonomy, normaliseLabel, type LabelParseOptions, type LabelParseResult, type EnumSchema, lazyEnumSchema } from './labels';

/**
 * The canonical outcomes of a Stage 1 response or a Stage 2 adjudication.
 * "Open" is a state of a complaint, not an outcome, so it is not here.
 *
 * @example
 * ```ts
 * import { STAGE_OUTCOMES } from 'children-act-complaints';
 *
 * STAGE_OUTCOMES.includes('partly-upheld'); // true
 * ```
 */
export const STAGE_OUTCOMES = [
  'upheld',
  'partly-upheld',
  'not-upheld',
  'no-finding',
  'resolved-informally',
  'explanation-given',
  'withdrawn',
] as const;

/**
 * One of {@link STAGE_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { StageOutcome } from 'children-act-complaints';
 *
 * const outcome: StageOutcome = 'not-upheld';
 * ```
 */
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/**
 * The heading label of each {@link StageOutcome}, for report tables.
 *
 * @example
 * ```ts
 * import { STAGE_OUTCOME_LABELS } from 'children-act-complaints';
 *
 * STAGE_OUTCOME_LABELS['partly-upheld']; // 'Partly upheld'
 * ```
 */
export const STAGE_OUTCOME_LABELS: Readonly<Record<StageOutcome, string>> = /* @__PURE__ */ Object.freeze({
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  'no-finding': 'No finding',
  'resolved-informally': 'Resolved informally',
  'explanation-given': 'Explanation given',
  withdrawn: 'Withdrawn',
});

/**
 * Labels that mean a stage is still open. "Open" is a state, not an outcome:
 * {@link parseOutcome} refuses these labels with an explanation, and the
 * record readers treat them as "no outcome yet".
 *
 * @example
 * ```ts
 * import { OPEN_STATE_LABELS } from 'children-act-complaints';
 *
 * OPEN_STATE_LABELS.includes('Open'); // true
 * ```
 */
export const OPEN_STATE_LABELS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Open',
  'Ongoing',
  'On going',
  'In progress',
  'Pending',
  'Awaiting response',
  'Not yet responded',
  'Under investigation',
  'Live',
]);

/** @internal The outcome taxonomy's parsers, shared with the record readers. */
export const outcomeTaxonomy = /* @__PURE__ */ defineTaxonomy<StageOutcome>({
  name: 'outcome',
  field: 'outcome',
  values: STAGE_OUTCOMES,
  labels: STAGE_OUTCOME_LABELS,
  aliases: {
    upheld: ['Fully upheld', 'Upheld in full', 'Substantiated', 'Justified'],
    'partly-upheld': ['Part upheld', 'Upheld in part', 'Partly substantiated', 'Partly justified', 'Partial'],
    'not-upheld': ['No upheld', 'Unfounded', 'Unsubstantiated', 'Not substantiated', 'Not justified', 'Rejected'],
    'no-finding': ['No findings', 'No finding made', 'Unable to determine', 'Inconclusive'],
    'resolved-informally': ['Resolved', 'Informal resolution', 'Locally resolved', 'Early resolution', 'Resolved at first contact'],
    'explanation-given': [
      'Explanation provided',
      'Explanation or information given',
      'Explanation and information provided',
      'Explanation/information provided',
      'Information given',
      'Information provided',
    ],
    withdrawn: ['Withdrew', 'Complaint withdrawn', 'Closed - withdrawn'],
  },
  refused: [
    {
      labels: OPEN_STATE_LABELS,
      problem: '"Open" (or "in progress") is a state of a stage, not an outcome.',
      fix: 'Leave the outcome blank until the stage has a response; readComplaintsCsv and parseComplaintRecords do this for you.',
    },
  ],
});

const stageOutcomeSchemaLazy = /* @__PURE__ */ lazyEnumSchema(STAGE_OUTCOMES);

/**
 * The zod enum of {@link STAGE_OUTCOMES}, built on first use.
 *
 * @returns the schema, the same object on every call
 * @throws never: the schema is built on the first call and reused
 *
 * @example
 * ```ts
 * import { stageOutcomeSchema } from 'children-act-complaints';
 *
 * stageOutcomeSchema().safeParse('upheld').success;       // true
 * stageOutcomeSchema().safeParse('Partly upheld').success; // false: labels need parseOutcome
 * ```
 */
export function stageOutcomeSchema(): EnumSchema<StageOutcome> {
  return stageOutcomeSchemaLazy();
}

/**
 * Maps an outcome label, as written in an export or a published report, to
 * its {@link StageOutcome}. Matching ignores case, punctuation, spaces and
 * dashes, reads "&" as "and" and "partially" as "partly" (see
 * {@link normaliseLabel}), and knows the common wordings ("With drawn",
 * "Explanation and information provided", "Unsubstantiated", …).
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns the canonical outcome
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels; also for "Open", "Ongoing" and the like, which are states, not outcomes (see {@link OPEN_STATE_LABELS})
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseOutcome } from 'children-act-complaints';
 *
 * parseOutcome('Partially Upheld'); // 'partly-upheld'
 * parseOutcome('With drawn');       // 'withdrawn'
 * parseOutcome('Uphold-ish');       // throws UNKNOWN_LABEL; suggestions[0] is 'Upheld'
 * ```
 */
export function parseOutcome(label: string, options?: LabelParseOptions<StageOutcome>): StageOutcome {
  return outcomeTaxonomy.parse(label, options);
}

/**
 * Like {@link parseOutcome}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns `{ success: true, data }` or `{ success: false, error }`, where `error` is an `UnknownLabelError` (`UNKNOWN_LABEL`) or, for a non-string label, an `InvalidInputError` (`INVALID_ARGUMENT`)
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseOutcome } from 'children-act-complaints';
 *
 * safeParseOutcome('Not Upheld'); // { success: true, data: 'not-upheld' }
 * safeParseOutcome('Open').success; // false: "Open" is a state, not an outcome
 * ```
 */
export function safeParseOutcome(label: string, options?: LabelParseOptions<StageOutcome>): LabelParseResult<StageOutcome> {
  return outcomeTaxonomy.safeParse(label, options);
}

/**
 * Tells whether a label means "still open" (see {@link OPEN_STATE_LABELS}),
 * matched with the same normalisation as {@link parseOutcome}.
 *
 * @param label - the label
 * @returns `true` for "Open", "Ongoing", "In progress" and the like
 * @throws never: a value that is not a string is not an open-state label, so the answer is `false`
 *
 * @example
 * ```ts
 * import { isOpenStateLabel } from 'children-act-complaints';
 *
 * isOpenStateLabel('open');        // true
 * isOpenStateLabel('In-progress'); // true
 * isOpenStateLabel('Upheld');      // false
 * ```
 */
export function isOpenStateLabel(label: string): boolean {
  return isOpenKey(typeof label === 'string' ? label : '');
}

let openKeys: Set<string> | undefined;
function isOpenKey(label: string): boolean {
  openKeys ??= new Set(OPEN_STATE_LABELS.map(normaliseLabel));
  return openKeys.has(normaliseLabel(label));
}
