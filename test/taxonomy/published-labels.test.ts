/**
 * Every label in the published Camden tables and in the four council reports
 * in ../shared/reference must parse to the canonical value a reader would
 * expect.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonServiceAreas, defineServiceAreas, stageOutcomes, ageBands, channels, complaintTypes, disabilityStatuses, ethnicGroups, ombudsmanDecisions, complainantSources } from '../../src/index';

const tablesPath = fileURLToPath(new URL('../../../shared/reference/published-tables/camden-2020-21.json', import.meta.url));

interface PublishedTables {
  responseTimesByService: { rows: unknown[][]; previousRows: unknown[][] };
  outcomesByService: { columns: string[]; rows: unknown[][]; previousRows: unknown[][] };
  sources: { rows: [string, number][] };
  typesByService: { columns: string[]; rows: unknown[][] };
  stage2: { columns: string[]; rows: unknown[][] };
  ombudsman: { rows: [string, number][] };
}

const tables = JSON.parse(readFileSync(tablesPath, 'utf8')) as PublishedTables;
const NOT_LABELS = new Set(['service', 'total', 'previousTotal']);

function serviceLabels(): string[] {
  const rows = [
    ...tables.responseTimesByService.rows,
    ...tables.responseTimesByService.previousRows,
    ...tables.outcomesByService.rows,
    ...tables.outcomesByService.previousRows,
    ...tables.typesByService.rows,
    ...tables.stage2.rows,
  ];
  return [...new Set(rows.map((row) => String(row[0])))];
}

describe('labels of the published Camden 2020/21 tables', () => {
  it.each(serviceLabels())('service area %j parses with the common list', (label) => {
    expect(commonServiceAreas.values).toContain(commonServiceAreas.parse(label));
  });

  it('maps the service areas to the areas a reader would expect', () => {
    expect(serviceLabels().map((label) => commonServiceAreas.parse(label))).toEqual([
      'looked-after-children',
      'children-in-need',
      'disabled-children',
      'quality-assurance',
      'looked-after-children',
      'children-in-need',
      'disabled-children',
      'quality-assurance',
    ]);
  });

  it('reads every outcome column, with "open" as a state', () => {
    const columns = [...tables.outcomesByService.columns, ...tables.stage2.columns].filter((c) => !NOT_LABELS.has(c));
    const read = columns.map((column) => (stageOutcomes.isOpenState(column) ? 'open' : stageOutcomes.parse(column)));
    expect(read).toEqual([
      'upheld',
      'partly-upheld',
      'not-upheld',
      'no-finding',
      'withdrawn',
      'open',
      'upheld',
      'partly-upheld',
      'not-upheld',
      'withdrawn',
      'open',
    ]);
  });

  it('reads every source', () => {
    expect(tables.sources.rows.map(([label]) => complainantSources.parse(label))).toEqual([
      'parent-guardian',
      'advocate',
      'child-young-person',
      'family-member',
      'friend',
    ]);
  });

  it('reads every complaint type column', () => {
    const columns = tables.typesByService.columns.filter((c) => !NOT_LABELS.has(c));
    expect(columns.map((c) => complaintTypes.parse(c))).toEqual([
      'staff-behaviour',
      'quality-of-service',
      'disagree-with-decision',
      'delay-in-service',
      'lack-of-information',
      'lack-of-communication',
      'not-recorded',
    ]);
  });

  it('reads every Ombudsman decision row', () => {
    expect(tables.ombudsman.rows.map(([label]) => ombudsmanDecisions.parse(label))).toEqual([
      'upheld-maladministration-and-injustice',
      'upheld-maladministration-no-injustice',
      'incomplete-or-invalid',
      'closed-court-proceedings',
      'referred-back-for-local-resolution',
    ]);
  });
});

describe('labels used in the council reports', () => {
  it.each([
    ['Upheld', 'upheld'],
    ['Partly Upheld', 'partly-upheld'],
    ['partially upheld', 'partly-upheld'],
    ['Not Upheld', 'not-upheld'],
    ['No Finding', 'no-finding'],
    ['With drawn', 'withdrawn'],
    ['Explanation and information provided', 'explanation-given'],
    ['explanation or information given', 'explanation-given'],
    ['resolved informally', 'resolved-informally'],
  ] as const)('outcome %j', (label, expected) => {
    expect(stageOutcomes.parse(label)).toBe(expected);
  });

  it.each([
    ['Staff behaviour / poor customer service', 'staff-behaviour'],
    ['Staff behaviour/ poor customer service', 'staff-behaviour'],
    ['behaviour of staff', 'staff-behaviour'],
    ['Quality of Service', 'quality-of-service'],
    ['level of service', 'quality-of-service'],
    ['standards of service', 'quality-of-service'],
    ['Disagree with a decision/ action', 'disagree-with-decision'],
    ['Disagree with a decision/action', 'disagree-with-decision'],
    ['Delay in providing a service', 'delay-in-service'],
    ['Lack of info/ access to service', 'lack-of-information'],
    ['lack of information / advice / access to service', 'lack-of-information'],
    ['Lack of Communication', 'lack-of-communication'],
    ['poor communication', 'lack-of-communication'],
    ['safeguarding and child wellbeing', 'safeguarding-and-wellbeing'],
    ['Not recorded', 'not-recorded'],
  ] as const)('complaint type %j', (label, expected) => {
    expect(complaintTypes.parse(label)).toBe(expected);
  });

  it.each([
    ['Parent/Guardian', 'parent-guardian'],
    ['parents/carers', 'parent-guardian'],
    ['Advocate', 'advocate'],
    ['an advocate', undefined],
    ['Child/Young Person', 'child-young-person'],
    ['children and young people', 'child-young-person'],
    ['young people', 'child-young-person'],
    ['Family Member', 'family-member'],
    ['Friend', 'friend'],
    ['foster carer', 'foster-carer'],
    ['professional', 'professional'],
    ['councillor or MP', 'councillor-mp'],
  ] as const)('source %j', (label, expected) => {
    if (expected === undefined) expect(() => complainantSources.parse(label)).toThrow(/not a known complainant source/);
    else expect(complainantSources.parse(label)).toBe(expected);
  });

  it.each([
    ['email', 'email'],
    ['telephone', 'telephone'],
    ['phone', 'telephone'],
    ['Online', 'online-form'],
    ['online form', 'online-form'],
    ['e-forms', 'online-form'],
    ['letter', 'letter'],
    ['in person', 'in-person'],
    ['MOMO app', 'app'],
    ['Mind Of My Own', 'app'],
  ] as const)('channel %j', (label, expected) => {
    expect(channels.parse(label)).toBe(expected);
  });

  it.each([
    ['Upheld – maladministration & injustice', 'upheld-maladministration-and-injustice'],
    ['maladministration injustice', 'upheld-maladministration-and-injustice'],
    ['Upheld – maladministration no injustice', 'upheld-maladministration-no-injustice'],
    ['Incomplete/Invalid', 'incomplete-or-invalid'],
    ['Closed (Sch 5.1 Court proceedings)', 'closed-court-proceedings'],
    ['closed – court proceedings (Sch 5 para 1)', 'closed-court-proceedings'],
    ['Premature (referred back for local resolution)', 'referred-back-for-local-resolution'],
    ['Premature referral', 'referred-back-for-local-resolution'],
    ['Outside jurisdiction', 'out-of-jurisdiction'],
  ] as const)('Ombudsman decision %j', (label, expected) => {
    expect(ombudsmanDecisions.parse(label)).toBe(expected);
  });

  it.each([
    ['0-5 years', ageBands.parse, '0-5'],
    ['18-24 years', ageBands.parse, '18-24'],
    ['White British', ethnicGroups.parse, 'white'],
    ['Mixed White & Asian', ethnicGroups.parse, 'mixed'],
    ['Mixed White & Black', ethnicGroups.parse, 'mixed'],
    ['unknown', disabilityStatuses.parse, 'not-recorded'],
  ] as const)('characteristic %j', (label, parse, expected) => {
    expect(parse(label)).toBe(expected);
  });

  it('reads the service areas of the Camden report with Camden’s declared list', () => {
    const camden = defineServiceAreas([
      { id: 'lac', label: 'LAC & Care Leavers', aliases: ['Looked After Children', 'Looked After Children & Care Leavers (LAC)', 'LAC'] },
      { id: 'cin', label: 'Children in Need', aliases: ['Children In Need (Early Help)', 'Children In Need (CIN)', 'CIN'] },
      { id: 'cypd', label: 'Children & Young People Disability', aliases: ['CYPDS', 'CYPD', 'Children & Young People with Disability (CYPD)'] },
      { id: 'qa', label: "Children's Quality Assurance", aliases: ['Quality Assurance'] },
      { id: 'sen', label: 'Special Education Needs (not statutory)' },
    ]);
    const labels = [
      ...serviceLabels(),
      'Children In Need (Early Help)',
      'Looked After Children',
      'Special Education Needs (not statutory)',
      'Looked After Children & Care Leavers (LAC)',
      'Children In Need (CIN)',
      'Children & Young People with Disability (CYPD)',
    ];
    expect(labels.map((label) => camden.parse(label))).toEqual(['lac', 'cin', 'cypd', 'qa', 'lac', 'cin', 'cypd', 'qa', 'cin', 'lac', 'sen', 'lac', 'cin', 'cypd']);
  });

  it('reads the service areas of the Havering report with Havering’s declared list', () => {
    const havering = defineServiceAreas([
      { id: 'early-help', label: 'Early Help', aliases: ['Early Help (including Edge of Care)'] },
      { id: 'intervention-and-support', label: 'Intervention & Support Service' },
      { id: 'child-in-need', label: 'Child in Need' },
      { id: 'child-protection', label: 'Child Protection' },
      { id: 'looked-after', label: 'Looked After Children' },
      { id: 'disabilities', label: 'Children & Adults Disabilities Team' },
    ]);
    expect(
      ['Early Help (including Edge of Care)', 'Intervention and Support Service', 'Child in Need', 'Child Protection', 'Looked After Children', 'Children and Adults Disabilities Team'].map(
        (label) => havering.parse(label),
      ),
    ).toEqual(['early-help', 'intervention-and-support', 'child-in-need', 'child-protection', 'looked-after', 'disabilities']);
  });
});
