import { defineTaxonomy, type TaxonomyValue } from './labels';

const DECISION_VALUES = [
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

type DecisionValue = (typeof DECISION_VALUES)[number];

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
 * import { ombudsmanDecisions, type OmbudsmanEraLabel } from 'children-act-complaints';
 *
 * const first: OmbudsmanEraLabel | undefined = ombudsmanDecisions.eras[0];
 * first?.label; // 'Maladministration and injustice'
 * ```
 */
export interface OmbudsmanEraLabel {
  /** The label as the Ombudsman wrote it. */
  readonly label: string;
  /** The canonical decision it maps to. */
  readonly decision: DecisionValue;
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
  decision: DecisionValue,
  eras: readonly OmbudsmanEra[],
  verification: OmbudsmanEraLabel['verification'],
  note: string,
): OmbudsmanEraLabel {
  return Object.freeze({ label, decision, eras: Object.freeze(eras), verification, note });
}

let eraList: readonly OmbudsmanEraLabel[] | undefined;

function eraLabels(): readonly OmbudsmanEraLabel[] {
  return (eraList ??= buildEraLabels());
}

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

function eraAliases(): Partial<Record<DecisionValue, string[]>> {
  const aliases: Partial<Record<DecisionValue, string[]>> = {
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
  for (const entry of eraLabels()) (aliases[entry.decision] ??= []).push(entry.label);
  return aliases;
}

/**
 * The canonical decisions of the Local Government and Social Care Ombudsman,
 * onto which every era's labels are mapped.
 *
 * Every era's wording is read (see `eras`, with how each lands and why):
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
 *
 * @example
 * ```ts
 * import { ombudsmanDecisions } from 'children-act-complaints';
 *
 * ombudsmanDecisions.values.includes('closed-court-proceedings'); // true
 * ombudsmanDecisions.parse('Local settlement');                   // 'upheld'
 * ombudsmanDecisions.upheld.includes('satisfactory-remedy-provided'); // true
 * ombudsmanDecisions.eras.find((l) => l.label === 'Not for us')?.verification; // 'U'
 * ```
 */
export const ombudsmanDecisions = /* @__PURE__ */ defineTaxonomy<
  DecisionValue,
  {
    /** The decisions in which the Ombudsman found fault. */
    readonly upheld: readonly DecisionValue[];
    /** Every era's decision labels, with the decision each maps to and why. */
    readonly eras: readonly OmbudsmanEraLabel[];
  }
>(
  {
    name: 'ombudsmanDecision',
    noun: 'Ombudsman decision',
    field: 'ombudsman.decision',
    values: DECISION_VALUES,
    labels: {
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
},
    aliases: eraAliases,
    refused: [{ labels: ['Investigated', 'Detailed investigation', 'Complaints dealt with', 'Decided'], reason: 'not-a-decision' }],
  },
  {
    /** The decisions in which the Ombudsman found fault: the three "upheld" categories and "satisfactory remedy provided by the council" (an upheld complaint the council had already put right). */
    upheld: /* @__PURE__ */ Object.freeze([
      'upheld-maladministration-and-injustice',
      'upheld-maladministration-no-injustice',
      'upheld',
      'satisfactory-remedy-provided',
    ] as const) as readonly DecisionValue[],
    /** Every era's decision labels, with the canonical decision each maps to and why. */
    get eras(): readonly OmbudsmanEraLabel[] {
      return eraLabels();
    },
  },
);

/**
 * One of the values of {@link ombudsmanDecisions}.
 *
 * @example
 * ```ts
 * import type { OmbudsmanDecision } from 'children-act-complaints';
 *
 * const decision: OmbudsmanDecision = 'referred-back-for-local-resolution';
 * ```
 *
 * @useDeclaredType
 */
export type OmbudsmanDecision = DecisionValue;
