/**
 * Case-level records that reproduce the counts of the London Borough of
 * Camden's Children's Statutory Services Complaints Report 2020/2021
 * (../shared/reference/published-tables/camden-2020-21.json), and of the
 * years its tables look back to: 2019/20 in full (the brackets), 2018/19 and
 * 2017/18 for the summary rows.
 *
 * The records are synthetic: the published counts say how many complaints
 * fell in each band, outcome, type and source, not which ones, so each case
 * is made up to land where the counts put it. Working days taken are chosen
 * inside their band so that each service area's average is the published one
 * (LAC 18, CIN 34, CYPD 9 working days).
 */
import { addWorkingDays, defineServiceAreas, parseComplaintRecords, type ComplainantSource, type ComplaintRecord, type ComplaintType, type OmbudsmanDecision, type StageOutcome } from '../../src/index';
import { daysFromCivil, formatDayNumber } from '../../src/internal/days';

/** Camden's four service areas, with the names its tables use. */
export const camdenAreas = defineServiceAreas([
  { id: 'lac', label: 'LAC & Care Leavers', aliases: ['Looked After Children'] },
  { id: 'cin', label: 'Children in Need' },
  { id: 'cypd', label: 'Children & Young People Disability', aliases: ['CYPDS'] },
  { id: 'qa', label: "Children's Quality Assurance", aliases: ['Quality Assurance'] },
]);

type Area = 'lac' | 'cin' | 'cypd' | 'qa';

/** How Stage 1 ended: the working days the response took, or still open, or withdrawn before a response. */
type Result = number | 'open' | 'withdrawn';

interface Stage2Spec {
  /** Working days from the request to the adjudication, or open. */
  readonly taken: number | 'open';
  readonly outcome?: StageOutcome;
}

interface OmbudsmanSpec {
  readonly decision: OmbudsmanDecision;
  /** The decision as the annual review letter worded it. */
  readonly label: string;
  readonly decidedOn: string;
}

interface CaseSpec {
  readonly area: Area;
  readonly result: Result;
  outcome?: StageOutcome;
  type?: ComplaintType;
  source?: ComplainantSource;
  received?: string;
  stage2?: Stage2Spec;
  advocateOn?: string;
  ombudsman?: OmbudsmanSpec;
}

/** `[value, count]` pairs written out: `expand([['a', 2], ['b', 1]])` is `['a', 'a', 'b']`. */
function expand<T>(pairs: readonly (readonly [T, number])[]): T[] {
  return pairs.flatMap(([value, count]) => Array.from({ length: count }, () => value));
}

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};
const iso = (n: number): string => formatDayNumber(n);

/**
 * One service area's Stage 1 complaints for a year: the results in order,
 * the outcomes of the answered ones in order, and the types.
 */
function area(
  name: Area,
  results: readonly Result[],
  outcomes: readonly (readonly [StageOutcome, number])[],
  types: readonly (readonly [ComplaintType, number])[],
): CaseSpec[] {
  const answered = expand(outcomes);
  const typeList = expand(types);
  const cases: CaseSpec[] = results.map((result) => ({ area: name, result }));
  const answeredCases = cases.filter((c) => typeof c.result === 'number');
  if (answered.length !== answeredCases.length) throw new Error(`${name}: ${answered.length} outcomes for ${answeredCases.length} answers`);
  if (typeList.length !== cases.length) throw new Error(`${name}: ${typeList.length} types for ${cases.length} complaints`);
  answeredCases.forEach((c, i) => (c.outcome = answered[i] as StageOutcome));
  cases.forEach((c, i) => (c.type = typeList[i] as ComplaintType));
  return cases;
}

/**
 * Gives a year's cases their receipt dates and sources: answered and
 * withdrawn complaints are spread from early April to mid January, so the
 * longest answer still comes before the report's day; open ones arrive in
 * February and March (the report notes some were received near the end of
 * the year).
 */
function year(startYear: number, cases: CaseSpec[], sources: readonly (readonly [ComplainantSource, number])[]): CaseSpec[] {
  const sourceList = expand(sources);
  if (sourceList.length !== cases.length) throw new Error(`${startYear}: ${sourceList.length} sources for ${cases.length} complaints`);
  const first = daysFromCivil(startYear, 4, 6);
  const early = cases.filter((c) => c.result !== 'open');
  const late = cases.filter((c) => c.result === 'open');
  early.forEach((c, i) => (c.received = iso(first + Math.floor((i * 280) / early.length))));
  const lateFirst = daysFromCivil(startYear + 1, 2, 1);
  late.forEach((c, i) => (c.received = iso(lateFirst + Math.floor((i * 55) / Math.max(late.length, 1)))));
  cases.forEach((c, i) => (c.source = sourceList[i] as ComplainantSource));
  return cases;
}

/** Gives the first answered cases of an area (by receipt) a Stage 2 investigation each. */
function stage2(cases: readonly CaseSpec[], name: Area, specs: readonly Stage2Spec[]): void {
  const answered = cases
    .filter((c) => c.area === name && typeof c.result === 'number')
    .sort((a, b) => ((a.received as string) < (b.received as string) ? -1 : 1));
  specs.forEach((spec, i) => {
    const target = answered[i];
    if (target === undefined) throw new Error(`${name}: not enough answered cases for Stage 2`);
    target.stage2 = spec;
  });
}

/** Allocates advocates on the given days to the cases in turn, starting at `from`. */
function advocates(cases: readonly CaseSpec[], days: readonly string[], from = 0): void {
  days.forEach((date, i) => {
    const target = cases[from + i];
    if (target === undefined) throw new Error('not enough cases for the advocates');
    target.advocateOn = date;
  });
}

function toRecord(spec: CaseSpec, id: string): Record<string, unknown> {
  const received = spec.received as string;
  const record: Record<string, unknown> = {
    id,
    receivedOn: received,
    serviceArea: spec.area,
    complaintType: spec.type,
    source: spec.source,
    stage1: {},
  };
  if (typeof spec.result === 'number') {
    const respondedOn = addWorkingDays(received, spec.result);
    record['stage1'] = { respondedOn, outcome: spec.outcome };
    if (spec.stage2 !== undefined) {
      const requestedOn = addWorkingDays(respondedOn, 5);
      const stage: Record<string, unknown> = { requestedOn };
      if (spec.stage2.taken !== 'open') {
        stage['respondedOn'] = addWorkingDays(requestedOn, spec.stage2.taken);
        stage['outcome'] = spec.stage2.outcome;
      }
      record['stage2'] = stage;
    }
    if (spec.ombudsman !== undefined) {
      const referredOn = iso(day(spec.ombudsman.decidedOn) - 90);
      record['ombudsman'] = { referredOn, decidedOn: spec.ombudsman.decidedOn, decision: spec.ombudsman.decision, label: spec.ombudsman.label };
    }
  } else if (spec.result === 'withdrawn') {
    record['withdrawnOn'] = iso(day(received) + 7);
  }
  if (spec.advocateOn !== undefined) record['advocacy'] = { provided: true, allocatedOn: spec.advocateOn };
  return record;
}

// ---------------------------------------------------------------- 2020/21
// 4.1.6 response times, 4.1.7 outcomes and 4.1.9 types, area by area.
// LAC: 3 answered in 1–10 working days, 5 in 11–20, 5 in 21–40; 4 open. 234 working days over 13 answers: average 18.
const lac2021 = area(
  'lac',
  [6, 8, 10, 14, 15, 16, 17, 18, 22, 24, 26, 28, 30, 'open', 'open', 'open', 'open'],
  [['not-upheld', 13]],
  [
    ['staff-behaviour', 4],
    ['quality-of-service', 6],
    ['disagree-with-decision', 2],
    ['delay-in-service', 2],
    ['lack-of-information', 2],
    ['lack-of-communication', 1],
  ],
);
// CIN: 5 in 1–10, 1 in 11–20, 6 in 21–40, 5 in 41+ (none of 100 or more); 1 withdrawn; 9 open. 578 over 17: average 34.
const cin2021 = area(
  'cin',
  [5, 7, 8, 9, 10, 15, 22, 25, 28, 30, 35, 40, 60, 65, 70, 72, 77, 'withdrawn', ...expand<Result>([['open', 9]])],
  [
    ['upheld', 1],
    ['partly-upheld', 2],
    ['not-upheld', 14],
  ],
  [
    ['staff-behaviour', 16],
    ['quality-of-service', 6],
    ['disagree-with-decision', 4],
    ['not-recorded', 1],
  ],
);
// CYPD: 2 in 1–10 (9 working days each: average 9), 1 withdrawn.
const cypd2021 = area('cypd', [9, 9, 'withdrawn'], [['not-upheld', 2]], [['staff-behaviour', 3]]);
// Quality Assurance: 2 open.
const qa2021 = area('qa', ['open', 'open'], [], [
  ['staff-behaviour', 1],
  ['not-recorded', 1],
]);
// 4.1.8 sources.
const cases2021 = year(2020, [...lac2021, ...cin2021, ...cypd2021, ...qa2021], [
  ['parent-guardian', 31],
  ['advocate', 9],
  ['child-young-person', 7],
  ['family-member', 1],
  ['friend', 1],
]);
// 5.3.1 Stage 2: LAC 5 (2 partly upheld, 1 not upheld, 2 open), CIN 4 (1 partly upheld, 2 not upheld, 1 open).
stage2(cases2021, 'lac', [
  { taken: 24, outcome: 'partly-upheld' },
  { taken: 40, outcome: 'partly-upheld' },
  { taken: 60, outcome: 'not-upheld' },
  { taken: 'open' },
  { taken: 'open' },
]);
stage2(cases2021, 'cin', [{ taken: 25, outcome: 'partly-upheld' }, { taken: 30, outcome: 'not-upheld' }, { taken: 66, outcome: 'not-upheld' }, { taken: 'open' }]);
// 9.1 advocacy, by quarter: 0, 4, 1, 3.
advocates(cases2021, ['2020-07-15', '2020-08-10', '2020-08-20', '2020-09-10', '2020-11-05', '2021-01-11', '2021-02-10', '2021-03-10']);

// ---------------------------------------------------------------- 2019/20
// The brackets of 4.1.6 and 4.1.7. LAC: 4.1.7 counts 26 answered (4 upheld, 3 partly, 17 not upheld,
// 2 no finding), 1 withdrawn and 2 open; 4.1.6 counts only 24 answered (9, 6, 5, 4) and 3 withdrawn.
// The records follow 4.1.7 (its 2019/20 percentages agree with it): the two "no finding" cases are
// answers, in 21–40 working days here, so LAC's 2019/20 bands are 9, 6, 7, 4 with 1 withdrawn.
const lac1920 = area(
  'lac',
  [...expand<Result>([[7, 9], [15, 6], [30, 7], [50, 4]]), 'withdrawn', 'open', 'open'],
  [
    ['upheld', 4],
    ['partly-upheld', 3],
    ['not-upheld', 17],
    ['no-finding', 2],
  ],
  [
    ['staff-behaviour', 12],
    ['quality-of-service', 9],
    ['disagree-with-decision', 4],
    ['lack-of-information', 4],
  ],
);
const cin1920 = area(
  'cin',
  [...expand<Result>([[8, 5], [16, 6], [30, 12], [55, 9]]), 'withdrawn', 'open', 'open', 'open'],
  [
    ['upheld', 2],
    ['partly-upheld', 7],
    ['not-upheld', 23],
  ],
  [
    ['staff-behaviour', 16],
    ['quality-of-service', 10],
    ['disagree-with-decision', 4],
    ['delay-in-service', 1],
    ['lack-of-information', 5],
  ],
);
const cypd1920 = area('cypd', [8, 8, 30, 30], [
  ['partly-upheld', 1],
  ['not-upheld', 3],
], [
  ['staff-behaviour', 2],
  ['quality-of-service', 1],
  ['disagree-with-decision', 1],
]);
const qa1920 = area('qa', [5, 6], [
  ['partly-upheld', 1],
  ['not-upheld', 1],
], [
  ['staff-behaviour', 1],
  ['quality-of-service', 1],
]);
// 2019/20 sources are not published; these are made up.
const cases1920 = year(2019, [...lac1920, ...cin1920, ...cypd1920, ...qa1920], [
  ['parent-guardian', 45],
  ['advocate', 12],
  ['child-young-person', 10],
  ['family-member', 4],
]);
// 5.3: five Stage 2 investigations in 2019/20, LAC 4 and CIN 1.
stage2(cases1920, 'lac', [{ taken: 20, outcome: 'not-upheld' }, { taken: 30, outcome: 'partly-upheld' }, { taken: 25, outcome: 'not-upheld' }, { taken: 40, outcome: 'upheld' }]);
stage2(cases1920, 'cin', [{ taken: 22, outcome: 'not-upheld' }]);
// 9.1 advocacy 2019/20, by quarter: 5, 2, 6, 5.
advocates(
  cases1920,
  [
    ...['2019-04-10', '2019-05-02', '2019-05-20', '2019-06-03', '2019-06-24'],
    ...['2019-08-12', '2019-09-16'],
    ...['2019-10-01', '2019-10-22', '2019-11-05', '2019-11-26', '2019-12-02', '2019-12-16'],
    ...['2020-01-13', '2020-02-03', '2020-02-24', '2020-03-02', '2020-03-16'],
  ],
  20,
);
// 6.2.1: the Ombudsman's 13 decisions of 2020/21, on earlier complaints, with the letter's own wording.
const ombudsmanDecisions: OmbudsmanSpec[] = [
  ...expand<readonly [OmbudsmanDecision, string]>([
    [['upheld-maladministration-and-injustice', 'Upheld – maladministration & injustice'], 4],
    [['upheld-maladministration-no-injustice', 'Upheld – maladministration no injustice'], 1],
    [['incomplete-or-invalid', 'Incomplete/Invalid'], 2],
    [['closed-court-proceedings', 'Closed (Sch 5.1 Court proceedings)'], 2],
    [['referred-back-for-local-resolution', 'Premature (referred back for local resolution)'], 4],
  ]).map(([decision, label], i) => ({ decision, label, decidedOn: iso(daysFromCivil(2020, 6, 1) + i * 20) })),
];
cases1920
  .filter((c) => typeof c.result === 'number' && c.stage2 === undefined)
  .slice(0, ombudsmanDecisions.length)
  .forEach((c, i) => (c.ombudsman = ombudsmanDecisions[i] as OmbudsmanSpec));

// ---------------------------------------------------------------- 2018/19 and 2017/18
// Only the summary row of 4.1.5 is published: 68 complaints, 7 upheld, 16 (24%) answered within
// 10 working days and 44 (65%) within 20; and 45 complaints, 5 upheld, 34 (76%) within 10.
const cases1819 = year(
  2018,
  area('cin', expand<Result>([[8, 16], [15, 28], [30, 20], ['open', 4]]), [
    ['upheld', 7],
    ['not-upheld', 57],
  ], [['quality-of-service', 68]]),
  [['parent-guardian', 68]],
);
// 2017/18's within-20 figure is printed "N/K"; these records answer 6 more in 11–20 working days.
const cases1718 = year(
  2017,
  area('cin', expand<Result>([[8, 34], [15, 6], [30, 5]]), [
    ['upheld', 5],
    ['not-upheld', 40],
  ], [['quality-of-service', 45]]),
  [['parent-guardian', 45]],
);

/** Every year's records, as a council's case system would hold them, read and checked by parseComplaintRecords. */
export function camdenRecords(): readonly ComplaintRecord[] {
  const rows = [
    ...cases1718.map((c, i) => toRecord(c, `C17-${i + 1}`)),
    ...cases1819.map((c, i) => toRecord(c, `C18-${i + 1}`)),
    ...cases1920.map((c, i) => toRecord(c, `C19-${i + 1}`)),
    ...cases2021.map((c, i) => toRecord(c, `C20-${i + 1}`)),
  ];
  const { records, rejected } = parseComplaintRecords(rows, { serviceAreas: camdenAreas });
  if (rejected.length > 0) throw new Error(`the Camden fixture has rejected rows: ${JSON.stringify(rejected[0])}`);
  return records;
}
