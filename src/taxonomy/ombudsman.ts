import { defineTaxonomy, type LabelParseOptions, type LabelParseResult, type EnumSchema, lazyEnumSchema } from './labels';

/**
 * The canonical decisions of the Local Government and Social Care Ombudsman,
 * onto which every era's labels are mapped.
 *
 * @example
 * ```ts
 * import { OMBUDSMAN_DECISIONS } from 'children-act-complaints';
 *
 * OMBUDSMAN_DECISIONS.includes('closed-court-proceedings'); // true
 * ```
 */
export const OMBUDSMAN_DECISIONS = [
  'upheld-maladministration-and-injustice',
  'upheld-maladministration-no-injustice',
  'upheld',
  'satisfactory-remedy-provided',
  'not-upheld',
  'closed-after-initial-enquiries',
  'referred-back-for-local-resolution',
  'incomplete-or-invalid',
  'advice-given',
  'closed-court-proceedings',
  'out-of-jurisdiction',
] as const;

/**
 * One of {@link OMBUDSMAN_DECISIONS}.
 *
 * @example
 * ```ts
 * import type { OmbudsmanDecision } from 'children-act-complaints';
 *
 * const decision: OmbudsmanDecision = 'referred-back-for-local-resolution';
 * ```
 */
export type OmbudsmanDecision = (typeof OMBUDSMAN_DECISIONS)[number];

/**
 * The heading label of each {@link OmbudsmanDecision}, for report tables.
 *
 * @example
 * ```ts
 * import { OMBUDSMAN_DECISION_LABELS } from 'children-act-complaints';
 *
 * OMBUDSMAN_DECISION_LABELS['incomplete-or-invalid']; // 'Incomplete / invalid'
 * ```
 */
export const OMBUDSMAN_DECISION_LABELS: Readonly<Record<OmbudsmanDecision, string>> = /* @__PURE__ */ Object.freeze({
  'upheld-maladministration-and-injustice': 'Upheld: maladministration and injustice',
  'upheld-maladministration-no-injustice': 'Upheld: maladministration, no injustice',
  upheld: 'Upheld',
  'satisfactory-remedy-provided': 'Upheld: satisfactory remedy provided by the council',
  'not-upheld': 'Not upheld',
  'closed-after-initial-enquiries': 'Closed after initial enquiries',
  'referred-back-for-local-resolution': 'Referred back for local resolution',
  'incomplete-or-invalid': 'Incomplete / invalid',
  'advice-given': 'Advice given',
  'closed-court-proceedings': 'Closed: court proceedings (Sch 5 para 1)',
  'out-of-jurisdiction': 'Out of jurisdiction',
});

/**
 * The decisions in which the Ombudsman found fault: the three "upheld"
 * categories and "satisfactory remedy provided by the council" (an upheld
 * complaint the council had already put right).
 *
 * @example
 * ```ts
 * import { UPHELD_OMBUDSMAN_DECISIONS } from 'children-act-complaints';
 *
 * UPHELD_OMBUDSMAN_DECISIONS.includes('satisfactory-remedy-provided'); // true
 * ```
 */
export const UPHELD_OMBUDSMAN_DECISIONS: readonly OmbudsmanDecision[] = /* @__PURE__ */ Object.freeze([
  'upheld-maladministration-and-injustice',
  'upheld-maladministration-no-injustice',
  'upheld',
  'satisfactory-remedy-provided',
] as const);

/**
 * The periods whose decision labels differ:
 * - `'up-to-2012'`: the Local Government Ombudsman's findings before the 2013 change [S];
 * - `'2013-2024'`: the categories of the annual review letters from about 2013 [S];
 * - `'current'`: the wording of the current annual review letters [P].
 *
 * @example
 * ```ts
 * import type { OmbudsmanEra } from 'children-act-complaints';
 *
 * const era: OmbudsmanEra = 'up-to-2012';
 * ```
 */
export type OmbudsmanEra = 'up-to-2012' | '2013-2024' | 'current';

/**
 * One label the Ombudsman has used, with the canonical decision it maps to.
 *
 * @example
 * ```ts
 * import { OMBUDSMAN_ERA_LABELS, type OmbudsmanEraLabel } from 'children-act-complaints';
 *
 * const first: OmbudsmanEraLabel | undefined = OMBUDSMAN_ERA_LABELS[0];
 * first?.label; // 'Maladministration and injustice'
 * ```
 */
export interface OmbudsmanEraLabel {
  /** The label as the Ombudsman wrote it. */
  readonly label: string;
  /** The canonical decision it maps to. */
  readonly decision: OmbudsmanDecision;
  /** The periods in which the label was used. */
  readonly eras: readonly OmbudsmanEra[];
  /**
   * How sure the mapping is: `'P'` the label's meaning is checked against the
   * Ombudsman's own text, `'S'` against secondary sources, `'U'` a judgement
   * by this library that you may override with the parser's `aliases` option.
   */
  readonly verification: 'P' | 'S' | 'U';
  /** Why the label lands where it does. */
  readonly note: string;
}

function eraLabel(
  label: string,
  decision: OmbudsmanDecision,
  eras: readonly OmbudsmanEra[],
  verification: OmbudsmanEraLabel['verification'],
  note: string,
): OmbudsmanEraLabel {
  return Object.freeze({ label, decision, eras: Object.freeze(eras), verification, note });
}

/**
 * Every era's decision labels and where each lands in the canonical set.
 * Records keep the era's own wording verbatim beside the canonical decision,
 * so a report can show both. The mapping decisions:
 * - "Local settlement" (up to 2012) becomes `'upheld'`: the council agreed
 *   a remedy before a finding was made, which later letters count as upheld;
 *   it is not split into injustice / no injustice because no finding said which.
 * - "Ombudsman's discretion" (up to 2012) and "Assessed and closed"
 *   (current) become `'closed-after-initial-enquiries'`: the Ombudsman looked
 *   at the complaint and chose not to investigate.
 * - "Premature" becomes `'referred-back-for-local-resolution'`.
 * - "Not for us" (current) becomes `'referred-back-for-local-resolution'`
 *   (verification `'U'`): it gathers the complaints the Ombudsman will not
 *   consider yet or at all, and premature ones are the usual bulk. Map it
 *   elsewhere with `parseOmbudsmanDecision(label, { aliases: { 'Not for us': 'out-of-jurisdiction' } })`.
 * - "Closed (Sch 5.1 Court proceedings)" stays `'closed-court-proceedings'`,
 *   apart from `'out-of-jurisdiction'`, because reports list it apart.
 * - "Investigated" alone is refused: it says the Ombudsman investigated, not
 *   what it decided.
 *
 * @example
 * ```ts
 * import { OMBUDSMAN_ERA_LABELS } from 'children-act-complaints';
 *
 * OMBUDSMAN_ERA_LABELS.find((l) => l.label === 'Local settlement')?.decision; // 'upheld'
 * ```
 */
export const OMBUDSMAN_ERA_LABELS: readonly OmbudsmanEraLabel[] = /* @__PURE__ */ buildEraLabels();

function buildEraLabels(): readonly OmbudsmanEraLabel[] {
  return Object.freeze([
    eraLabel('Maladministration and injustice', 'upheld-maladministration-and-injustice', ['up-to-2012'], 'S', 'A finding of fault causing injustice.'),
    eraLabel('Local settlement', 'upheld', ['up-to-2012'], 'S', 'The council agreed a remedy before a finding; later letters count such cases as upheld.'),
    eraLabel('Maladministration without injustice', 'upheld-maladministration-no-injustice', ['up-to-2012'], 'S', 'Fault found, but it caused no injustice.'),
    eraLabel('No maladministration', 'not-upheld', ['up-to-2012'], 'S', 'No fault found.'),
    eraLabel("Ombudsman's discretion", 'closed-after-initial-enquiries', ['up-to-2012'], 'S', 'The Ombudsman used its discretion not to pursue the complaint.'),
    eraLabel('Outside jurisdiction', 'out-of-jurisdiction', ['up-to-2012'], 'S', 'The Ombudsman had no power to investigate.'),
    eraLabel('Premature', 'referred-back-for-local-resolution', ['up-to-2012'], 'S', 'The council had not yet had the chance to respond (LGA 1974 s.26(5)).'),
    eraLabel('Advice given', 'advice-given', ['up-to-2012', '2013-2024'], 'S', 'The Ombudsman gave advice without taking the complaint on.'),
    eraLabel('Upheld', 'upheld', ['2013-2024', 'current'], 'S', 'Fault found; reports of 2013-2024 often split this into the two kinds below.'),
    eraLabel('Upheld: maladministration and injustice', 'upheld-maladministration-and-injustice', ['2013-2024'], 'S', 'Fault causing injustice.'),
    eraLabel('Upheld: maladministration no injustice', 'upheld-maladministration-no-injustice', ['2013-2024'], 'S', 'Fault without injustice.'),
    eraLabel('Not upheld', 'not-upheld', ['2013-2024', 'current'], 'S', 'Investigated; no fault found.'),
    eraLabel('Closed after initial enquiries', 'closed-after-initial-enquiries', ['2013-2024'], 'S', 'Assessed and not investigated.'),
    eraLabel('Referred back for local resolution', 'referred-back-for-local-resolution', ['2013-2024'], 'S', 'Premature: sent back to the council’s own procedure.'),
    eraLabel('Incomplete/invalid', 'incomplete-or-invalid', ['2013-2024'], 'S', 'Not enough information, or not a valid complaint.'),
    eraLabel('Closed: court proceedings (Sch 5 para 1)', 'closed-court-proceedings', ['2013-2024'], 'S', 'Court proceedings are outside the Ombudsman’s remit (LGA 1974 Sch 5 para 1); reports list these apart.'),
    eraLabel('Not for us', 'referred-back-for-local-resolution', ['current'], 'U', 'Complaints the Ombudsman will not consider yet or at all; premature ones are the usual bulk.'),
    eraLabel('Assessed and closed', 'closed-after-initial-enquiries', ['current'], 'S', 'Assessed and not investigated.'),
    eraLabel('Satisfactory remedy provided by the council', 'satisfactory-remedy-provided', ['current'], 'P', 'Upheld, but the council had already put things right.'),
  ]);
}

function eraAliases(): Partial<Record<OmbudsmanDecision, string[]>> {
  const aliases: Partial<Record<OmbudsmanDecision, string[]>> = {
    'upheld-maladministration-and-injustice': [
      'Maladministration injustice',
      'Maladministration with injustice',
      'Maladministration and injustice',
      'Upheld: maladministration & injustice',
      'Upheld - maladministration and injustice',
      'Fault and injustice',
      'Fault causing injustice',
      'Upheld: fault and injustice',
    ],
    'upheld-maladministration-no-injustice': [
      'Maladministration no injustice',
      'Maladministration, no injustice',
      'Upheld: maladministration, no injustice',
      'Fault no injustice',
      'Fault, no injustice',
      'Fault but no injustice',
      'Upheld: fault, no injustice',
    ],
    upheld: ['Fault', 'Fault found'],
    'satisfactory-remedy-provided': ['Satisfactory remedy', 'Remedy provided by the council', 'Upheld - satisfactory remedy provided by the council'],
    'not-upheld': ['No fault', 'No fault found', 'Not upheld: no maladministration'],
    'closed-after-initial-enquiries': ['Closed after initial enquiry', 'Discretion', 'Ombudsman discretion', 'Closed - initial enquiries', 'Not investigated'],
    'referred-back-for-local-resolution': [
      'Premature referral',
      'Premature (referred back for local resolution)',
      'Referred back',
      'Referred back to council',
      'Local resolution',
    ],
    'incomplete-or-invalid': ['Incomplete', 'Invalid', 'Incomplete or invalid', 'Insufficient information to proceed'],
    'advice-given': ['Advice'],
    'closed-court-proceedings': [
      'Closed (Sch 5.1 Court proceedings)',
      'Closed - court proceedings',
      'Court proceedings',
      'Closed: court proceedings',
      'Sch 5 para 1',
      'Schedule 5',
    ],
    'out-of-jurisdiction': ['Out of jurisdiction', 'Outside jurisdiction', 'Not in jurisdiction', 'Outside remit', 'Closed after initial enquiries - out of jurisdiction'],
  };
  for (const entry of OMBUDSMAN_ERA_LABELS) (aliases[entry.decision] ??= []).push(entry.label);
  return aliases;
}

/** @internal The Ombudsman taxonomy's parsers, shared with the record readers. */
export const ombudsmanTaxonomy = /* @__PURE__ */ defineTaxonomy<OmbudsmanDecision>({
  name: 'Ombudsman decision',
  field: 'ombudsman.decision',
  values: OMBUDSMAN_DECISIONS,
  labels: OMBUDSMAN_DECISION_LABELS,
  get aliases() {
    return eraAliases();
  },
  refused: [
    {
      labels: ['Investigated', 'Detailed investigation', 'Complaints dealt with', 'Decided'],
      problem: 'That label says the Ombudsman dealt with or investigated the complaint, not what it decided.',
      fix: 'Record the decision itself, e.g. "Upheld", "Not upheld" or "Satisfactory remedy provided by the council".',
    },
  ],
});

const ombudsmanDecisionSchemaLazy = /* @__PURE__ */ lazyEnumSchema(OMBUDSMAN_DECISIONS);

/**
 * The zod enum of {@link OMBUDSMAN_DECISIONS}, built on first use.
 *
 * @returns the schema, the same object on every call
 * @throws never: the schema is built on the first call and reused
 *
 * @example
 * ```ts
 * import { ombudsmanDecisionSchema } from 'children-act-complaints';
 *
 * ombudsmanDecisionSchema().safeParse('advice-given').success; // true
 * ```
 */
export function ombudsmanDecisionSchema(): EnumSchema<OmbudsmanDecision> {
  return ombudsmanDecisionSchemaLazy();
}

/**
 * Maps an Ombudsman decision label of any era to its canonical
 * {@link OmbudsmanDecision}. Keep the label itself too: records store it
 * verbatim beside the canonical value. See {@link OMBUDSMAN_ERA_LABELS} for
 * where each era's labels land and why.
 *
 * @param label - the label, e.g. "Premature (referred back for local resolution)"
 * @param options - `aliases` for your own wording (or to move "Not for us"); `field` for error messages
 * @returns the canonical decision
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known (listing the nearest known labels), or is "Investigated" alone, which names no decision
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseOmbudsmanDecision } from 'children-act-complaints';
 *
 * parseOmbudsmanDecision('Upheld – maladministration & injustice'); // 'upheld-maladministration-and-injustice'
 * parseOmbudsmanDecision('Closed (Sch 5.1 Court proceedings)');     // 'closed-court-proceedings'
 * parseOmbudsmanDecision('Local settlement');                       // 'upheld'
 * parseOmbudsmanDecision('Not for us');                             // 'referred-back-for-local-resolution'
 * ```
 */
export function parseOmbudsmanDecision(label: string, options?: LabelParseOptions<OmbudsmanDecision>): OmbudsmanDecision {
  return ombudsmanTaxonomy.parse(label, options);
}

/**
 * Like {@link parseOmbudsmanDecision}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseOmbudsmanDecision } from 'children-act-complaints';
 *
 * safeParseOmbudsmanDecision('Incomplete/Invalid'); // { success: true, data: 'incomplete-or-invalid' }
 * safeParseOmbudsmanDecision('Investigated').success; // false
 * ```
 */
export function safeParseOmbudsmanDecision(label: string, options?: LabelParseOptions<OmbudsmanDecision>): LabelParseResult<OmbudsmanDecision> {
  return ombudsmanTaxonomy.safeParse(label, options);
}
