import { defineTaxonomy, normaliseLabel, type TaxonomyValue } from './labels';

const OPEN_STATE_LABELS: readonly string[] = /* @__PURE__ */ Object.freeze([
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

let openKeys: Set<string> | undefined;

/**
 * The canonical outcomes of a Stage 1 response, a Stage 2 adjudication or
 * the council's response to a review panel, with their heading labels and
 * the wording exports and reports use ("Partially upheld", "With drawn",
 * "Unsubstantiated", …). "Open" is a state of a complaint, not an outcome:
 * `parse` refuses it with an explanation, and `openStateLabels` lists the
 * wordings the record readers read as "no outcome yet".
 *
 * @example
 * ```ts
 * import { stageOutcomes } from 'children-act-complaints';
 *
 * stageOutcomes.values.includes('partly-upheld'); // true
 * stageOutcomes.labels['partly-upheld'];          // 'Partly upheld'
 * stageOutcomes.parse('Partially Upheld');        // 'partly-upheld'
 * stageOutcomes.parse('With drawn');              // 'withdrawn'
 * stageOutcomes.safeParse('Open').success;        // false: a state, not an outcome
 * stageOutcomes.isOpenState('In-progress');       // true
 * ```
 */
export const stageOutcomes = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'outcome',
    noun: 'outcome',
    field: 'outcome',
    values: [
  'upheld',
  'partly-upheld',
  'not-upheld',
  'no-finding',
  'resolved-informally',
  'explanation-given',
  'withdrawn',
],
    labels: {
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  'no-finding': 'No finding',
  'resolved-informally': 'Resolved informally',
  'explanation-given': 'Explanation given',
  withdrawn: 'Withdrawn',
},
    aliases: () => ({
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
  }),
    refused: [{ labels: OPEN_STATE_LABELS, reason: 'open-state' }],
  },
  {
    /** Labels that mean a stage is still open: "Open", "Ongoing", "In progress", … */
    openStateLabels: OPEN_STATE_LABELS,
    /**
     * Tells whether a label means "still open" (see `openStateLabels`), matched like every label.
     *
     * @param label - the label
     * @returns `true` for "Open", "Ongoing", "In progress" and the like; `false` for anything else, a non-string included
     */
    isOpenState(label: string): boolean {
      openKeys ??= new Set(OPEN_STATE_LABELS.map(normaliseLabel));
      return typeof label === 'string' && openKeys.has(normaliseLabel(label));
    },
  },
);

/**
 * One of the values of {@link stageOutcomes}.
 *
 * @example
 * ```ts
 * import type { StageOutcome } from 'children-act-complaints';
 *
 * const outcome: StageOutcome = 'not-upheld';
 * ```
 */
export type StageOutcome = TaxonomyValue<typeof stageOutcomes>;
