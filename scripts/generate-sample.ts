/**
 * Generates the bundled synthetic sample in examples/data/: three financial
 * years (2022/23 to 2024/25) of invented children's social care complaints,
 * in the proportions published reports show (most Stage 1 complaints not
 * upheld, about a third answered within 10 working days, some open at year
 * end, 10-20% escalating to Stage 2, a rare Stage 3, a few Ombudsman
 * decisions).
 *
 * The output describes no real person: ids are "C-2023-014" style and there
 * are no names, addresses or free-text accounts. It is deterministic (a
 * seeded generator), computes every deadline-related date with the
 * library's own working-day calendar, and checks itself before writing: the
 * CSV (read with its column mapping) and the JSON must give the same records,
 * all valid against an asOf of 2025-05-31.
 *
 * Usage: npx tsx scripts/generate-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { addWorkingDays, parseComplaintRecords, readComplaintsCsv, type AgeBand, type Channel, type ComplainantSource, type ComplaintRecord, type ComplaintType, type CsvField, type DisabilityStatus, type EthnicGroup, type Gender, type OmbudsmanDecision, type PlainDate, type SexualOrientation, type StageOutcome } from '../src/index';
import { dayNumberOfIso, formatDayNumber } from '../src/internal/days';

const AS_OF = '2025-05-31' as PlainDate;
const SEED = 20250531;
const YEARS = [
  { start: 2022, count: 63 },
  { start: 2023, count: 58 },
  { start: 2024, count: 66 },
] as const;

// ------------------------------------------------------------------ randomness

/** mulberry32: a small, well-known seeded generator. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = createRandom(SEED);
const chance = (p: number): boolean => random() < p;
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
function pick<T>(weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of weights) {
    r -= weight;
    if (r < 0) return value;
  }
  return (weights[weights.length - 1] as readonly [T, number])[0];
}

// ------------------------------------------------------------------ dates

const day = (date: string): number => dayNumberOfIso(date);
const date = (n: number): PlainDate => formatDayNumber(n) as PlainDate;
const plusDays = (d: PlainDate, n: number): PlainDate => date(day(d) + n);
const plusWorkingDays = (d: PlainDate, n: number): PlainDate => addWorkingDays(d, n);
const onOrBeforeAsOf = (d: PlainDate | undefined): d is PlainDate => d !== undefined && d <= AS_OF;

// ------------------------------------------------------------------ the domain's proportions

const SERVICE_AREAS = [
  ['children-in-need', 45],
  ['looked-after-children', 30],
  ['disabled-children', 10],
  ['early-help', 10],
  ['quality-assurance', 5],
] as const;
const SOURCES: readonly (readonly [ComplainantSource, number])[] = [
  ['parent-guardian', 60],
  ['advocate', 16],
  ['child-young-person', 13],
  ['family-member', 5],
  ['friend', 2],
  ['foster-carer', 2],
  ['professional', 1],
  ['councillor-mp', 1],
];
const TYPES: readonly (readonly [ComplaintType, number])[] = [
  ['staff-behaviour', 38],
  ['quality-of-service', 22],
  ['disagree-with-decision', 14],
  ['delay-in-service', 6],
  ['lack-of-information', 6],
  ['lack-of-communication', 7],
  ['safeguarding-and-wellbeing', 3],
  ['not-recorded', 4],
];
const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['email', 45],
  ['online-form', 20],
  ['telephone', 15],
  ['letter', 8],
  ['app', 7],
  ['in-person', 5],
];
const STAGE1_OUTCOMES: readonly (readonly [StageOutcome, number])[] = [
  ['not-upheld', 60],
  ['partly-upheld', 14],
  ['upheld', 7],
  ['no-finding', 3],
  ['resolved-informally', 6],
  ['explanation-given', 6],
  ['withdrawn', 4],
];
/** Working days to the Stage 1 response: about a third within 10, and a long tail. */
const STAGE1_DAYS: readonly (readonly [readonly [number, number], number])[] = [
  [[2, 10], 31],
  [[11, 20], 30],
  [[21, 40], 25],
  [[41, 70], 12],
];
const OMBUDSMAN: readonly (readonly [OmbudsmanDecision, string, number])[] = [
  ['referred-back-for-local-resolution', 'Premature (referred back for local resolution)', 4],
  ['closed-after-initial-enquiries', 'Closed after initial enquiries', 3],
  ['upheld-maladministration-and-injustice', 'Upheld – maladministration & injustice', 2],
  ['not-upheld', 'Not upheld', 2],
  ['incomplete-or-invalid', 'Incomplete/Invalid', 1],
  ['closed-court-proceedings', 'Closed (Sch 5.1 Court proceedings)', 1],
];
const FINDING_POINTS = [
  'Communication with the family',
  'Accuracy of the assessment',
  'Contact arrangements',
  'Timeliness of the response',
  'Placement planning',
  'Recording of meetings',
  'Support for the young person',
] as const;

// ------------------------------------------------------------------ building one complaint

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function characteristics(source: ComplainantSource): NonNullable<ComplaintRecord['complainant']> {
  const young = source === 'child-young-person' || source === 'advocate';
  const ageBand: AgeBand | undefined = chance(0.15)
    ? undefined
    : chance(0.3)
    ? 'not-recorded'
    : young
      ? pick<AgeBand>([['11-15', 3], ['16-17', 4], ['18-24', 3]])
      : pick<AgeBand>([['25-34', 3], ['35-44', 4], ['45-54', 2], ['55-64', 1]]);
  const gender: Gender = pick<Gender>([['female', 45], ['male', 27], ['non-binary', 1], ['not-recorded', 25], ['prefers-not-to-say', 2]]);
  const ethnicity: EthnicGroup = pick<EthnicGroup>([['not-recorded', 52], ['white', 24], ['black', 9], ['asian', 6], ['mixed', 6], ['other-ethnic-group', 2], ['prefers-not-to-say', 1]]);
  const disability: DisabilityStatus = pick<DisabilityStatus>([['not-recorded', 60], ['not-disabled', 28], ['disabled', 10], ['prefers-not-to-say', 2]]);
  const sexualOrientation: SexualOrientation = pick<SexualOrientation>([['not-recorded', 84], ['heterosexual', 9], ['prefers-not-to-say', 5], ['bisexual', 1], ['gay-or-lesbian', 1]]);
  return ageBand === undefined ? { gender, ethnicity, disability, sexualOrientation } : { ageBand, gender, ethnicity, disability, sexualOrientation };
}

function stage1Of(receivedOn: PlainDate, longRunning: boolean): { stage1: Mutable<ComplaintRecord['stage1']>; withdrawnOn?: PlainDate; hold?: ComplaintRecord['deferrals'][number] } {
  const stage1: Mutable<ComplaintRecord['stage1']> = {};
  if (!longRunning && chance(0.035)) {
    // Withdrawn before any response.
    const withdrawnOn = plusWorkingDays(receivedOn, int(2, 8));
    return withdrawnOn <= AS_OF ? { stage1, withdrawnOn } : { stage1 };
  }
  const [min, max] = longRunning ? [45, 70] : pick(STAGE1_DAYS);
  const taken = int(min, max);
  let hold: ComplaintRecord['deferrals'][number] | undefined;
  let holdDays = 0;
  if (chance(0.025)) {
    // A reg 8 deferral early in Stage 1: the clock stops while proceedings run.
    const from = plusWorkingDays(receivedOn, int(1, 3));
    holdDays = int(5, 15);
    hold = { from, to: plusWorkingDays(from, holdDays), reason: pick([['police investigation', 1], ['care proceedings', 1]]) };
  }
  if (taken > 10 && chance(0.55)) {
    stage1.extensionNotifiedOn = plusWorkingDays(receivedOn, int(6, 10));
    stage1.extendedLimitWorkingDays = 20;
    stage1.extensionReason = pick([['complex complaint', 3], ['several teams involved', 2], ['awaiting information', 1]]);
  }
  const respondedOn = plusWorkingDays(receivedOn, taken + holdDays);
  if (respondedOn <= AS_OF) {
    stage1.respondedOn = respondedOn;
    stage1.outcome = pick(STAGE1_OUTCOMES);
  }
  if (stage1.extensionNotifiedOn !== undefined && stage1.extensionNotifiedOn > AS_OF) {
    delete stage1.extensionNotifiedOn;
    delete stage1.extendedLimitWorkingDays;
    delete stage1.extensionReason;
  }
  if (hold !== undefined && (hold.to as PlainDate) > AS_OF) hold = { from: hold.from, ...(hold.reason === undefined ? {} : { reason: hold.reason }) };
  if (hold !== undefined && hold.from > AS_OF) hold = undefined;
  return hold === undefined ? { stage1 } : { stage1, hold };
}

function stage2Of(after: PlainDate): Mutable<NonNullable<ComplaintRecord['stage2']>> | undefined {
  const requestedOn = plusWorkingDays(after, int(3, 18));
  if (requestedOn > AS_OF) return undefined;
  const stage2: Mutable<NonNullable<ComplaintRecord['stage2']>> = { requestedOn };
  const statement = plusWorkingDays(requestedOn, int(3, 10));
  if (statement <= AS_OF) stage2.statementAgreedOn = statement;
  const taken = pick<number>([[int(18, 25), 5], [int(26, 45), 3], [int(46, 65), 2]]);
  if (taken > 25) {
    const notified = plusWorkingDays(requestedOn, int(18, 24));
    if (notified <= AS_OF) {
      stage2.extensionNotifiedOn = notified;
      stage2.extendedLimitWorkingDays = taken > 45 ? 65 : 45;
      stage2.extensionReason = 'independent investigation needs more time';
    }
  }
  const respondedOn = plusWorkingDays(requestedOn, taken);
  if (respondedOn <= AS_OF) {
    const points = FINDING_POINTS.slice(0, 7).filter(() => chance(0.45)).slice(0, 4);
    const findings = (points.length === 0 ? [FINDING_POINTS[0]] : points).map((point) => ({
      point,
      outcome: pick<StageOutcome>([['upheld', 3], ['not-upheld', 5], ['partly-upheld', 1], ['no-finding', 1]]),
    }));
    const found = new Set(findings.map((f) => f.outcome));
    stage2.respondedOn = respondedOn;
    stage2.outcome = found.size === 1 ? (findings[0] as { outcome: StageOutcome }).outcome : found.has('upheld') || found.has('partly-upheld') ? 'partly-upheld' : 'not-upheld';
    stage2.findings = findings;
  }
  return stage2;
}

function stage3Of(after: PlainDate): Mutable<NonNullable<ComplaintRecord['stage3']>> {
  const requestedOn = plusWorkingDays(after, int(5, 15));
  const panelHeldOn = plusWorkingDays(requestedOn, int(20, 29));
  const panelReportReceivedOn = plusWorkingDays(panelHeldOn, int(3, 5));
  const respondedOn = plusWorkingDays(panelReportReceivedOn, int(10, 15));
  return { requestedOn, panelHeldOn, panelReportReceivedOn, respondedOn, outcome: 'not-upheld' };
}

function complaint(id: string, receivedOn: PlainDate, wantStage3: boolean, longRunning: boolean): ComplaintRecord {
  const source = pick(SOURCES);
  const record: Mutable<ComplaintRecord> = {
    id,
    receivedOn,
    serviceArea: pick(SERVICE_AREAS),
    complaintType: pick(TYPES),
    source,
    channel: source === 'child-young-person' && chance(0.5) ? 'app' : pick(CHANNEL_WEIGHTS),
    stage1: {},
    deferrals: [],
  };
  if (chance(0.5)) record.groundsAroseOn = plusDays(receivedOn, -int(1, 120));
  const first = stage1Of(receivedOn, longRunning);
  record.stage1 = first.stage1;
  if (first.withdrawnOn !== undefined) record.withdrawnOn = first.withdrawnOn;
  if (first.hold !== undefined) record.deferrals = [first.hold];
  const s1 = record.stage1;
  const unresolved = s1.outcome === 'not-upheld' || s1.outcome === 'partly-upheld' || s1.outcome === 'no-finding';
  let last = s1.respondedOn;
  if (s1.respondedOn !== undefined && unresolved && (wantStage3 || chance(0.17))) {
    const stage2 = stage2Of(s1.respondedOn);
    if (stage2 !== undefined) {
      record.stage2 = stage2;
      last = stage2.respondedOn;
      if (wantStage3 && stage2.respondedOn !== undefined) {
        const stage3 = stage3Of(stage2.respondedOn);
        if (stage3.respondedOn !== undefined && stage3.respondedOn <= AS_OF) {
          record.stage3 = stage3;
          last = stage3.respondedOn;
        }
      }
    }
  }
  if (last !== undefined && s1.outcome !== 'withdrawn' && chance(record.stage2 === undefined ? 0.04 : 0.3)) {
    const referredOn = plusDays(last, int(20, 90));
    const [decision, label] = pick(OMBUDSMAN.map(([d, l, w]) => [[d, l] as const, w] as const));
    const decidedOn = plusDays(referredOn, int(30, 120));
    if (referredOn <= AS_OF) record.ombudsman = onOrBeforeAsOf(decidedOn) ? { referredOn, decidedOn, decision, label } : { referredOn };
  }
  if (source === 'advocate') {
    record.advocacy = { offered: true, provided: true, allocatedOn: plusDays(receivedOn, -int(0, 14)) };
  } else if (source === 'child-young-person') {
    record.advocacy = chance(0.5) ? { offered: true, provided: true, allocatedOn: plusWorkingDays(receivedOn, int(1, 4)) } : { offered: true, provided: false };
  } else if (chance(0.3)) {
    record.advocacy = { offered: false };
  }
  record.complainant = characteristics(source);
  return record;
}

/** Receipt dates across a financial year, a few falling at weekends (online forms). */
function receiptDates(startYear: number, count: number): PlainDate[] {
  const first = day(`${startYear}-04-01`);
  const last = Math.min(day(`${startYear + 1}-03-31`), day(AS_OF));
  const dates = Array.from({ length: count }, () => int(first, last)).sort((a, b) => a - b);
  return dates.map((n) => {
    const weekday = (((n + 4) % 7) + 7) % 7;
    return date(weekday === 0 || weekday === 6 ? (chance(0.3) ? n : n + (weekday === 6 ? 2 : 1)) : n);
  });
}

function generate(): ComplaintRecord[] {
  const records: ComplaintRecord[] = [];
  for (const { start, count } of YEARS) {
    const dates = receiptDates(start, count);
    const stage3Index = start === 2023 ? 6 : -1;
    // The last few complaints of the latest year are complex ones still open on the asOf day.
    const stillOpen = start === 2024 ? dates.length - 4 : dates.length;
    dates.forEach((receivedOn, index) => {
      records.push(complaint(`C-${start}-${String(index + 1).padStart(3, '0')}`, receivedOn, index === stage3Index, index >= stillOpen));
    });
  }
  return records;
}

// ------------------------------------------------------------------ writing the export

/** The council case system's own column headings, mapped to record fields. */
const COLUMNS: readonly (readonly [string, CsvField])[] = [
  ['Case Ref', 'id'],
  ['Date Received', 'receivedOn'],
  ['Date Issue Arose', 'groundsAroseOn'],
  ['Service Area', 'serviceArea'],
  ['Complaint Category', 'complaintType'],
  ['Complainant Type', 'source'],
  ['How Received', 'channel'],
  ['S1 Extension Notified', 'stage1.extensionNotifiedOn'],
  ['S1 Extended Timescale (WD)', 'stage1.extendedLimitWorkingDays'],
  ['S1 Extension Reason', 'stage1.extensionReason'],
  ['S1 Response Sent', 'stage1.respondedOn'],
  ['S1 Outcome', 'stage1.outcome'],
  ['S2 Requested', 'stage2.requestedOn'],
  ['S2 Statement Agreed', 'stage2.statementAgreedOn'],
  ['S2 Extension Notified', 'stage2.extensionNotifiedOn'],
  ['S2 Extended Timescale (WD)', 'stage2.extendedLimitWorkingDays'],
  ['S2 Extension Reason', 'stage2.extensionReason'],
  ['S2 Adjudication Sent', 'stage2.respondedOn'],
  ['S2 Outcome', 'stage2.outcome'],
  ['S2 Findings By Point', 'stage2.findings'],
  ['S3 Requested', 'stage3.requestedOn'],
  ['Review Panel Date', 'stage3.panelHeldOn'],
  ['Panel Report Received', 'stage3.panelReportReceivedOn'],
  ['S3 Response Sent', 'stage3.respondedOn'],
  ['S3 Outcome', 'stage3.outcome'],
  ['On Hold From', 'deferral.from'],
  ['Hold Lifted', 'deferral.to'],
  ['Hold Reason', 'deferral.reason'],
  ['Date Withdrawn', 'withdrawnOn'],
  ['Advocacy Offered', 'advocacy.offered'],
  ['Advocate Allocated', 'advocacy.provided'],
  ['Advocate Allocated Date', 'advocacy.allocatedOn'],
  ['Age Band', 'complainant.ageBand'],
  ['Gender', 'complainant.gender'],
  ['Ethnicity', 'complainant.ethnicity'],
  ['Disability', 'complainant.disability'],
  ['Sexual Orientation', 'complainant.sexualOrientation'],
  ['LGSCO Referral Date', 'ombudsman.referredOn'],
  ['LGSCO Decision Date', 'ombudsman.decidedOn'],
  ['LGSCO Decision', 'ombudsman.decision'],
];

/** The wording the case system uses; a few values have more than one, as real exports do. */
const WORDING: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  serviceArea: {
    'children-in-need': ['Children in Need', 'Children In Need'],
    'looked-after-children': ['LAC & Care Leavers'],
    'disabled-children': ['Children with Disabilities'],
    'early-help': ['Early Help'],
    'quality-assurance': ['Quality Assurance'],
  },
  complaintType: {
    'staff-behaviour': ['Staff behaviour / poor customer service'],
    'quality-of-service': ['Quality of Service'],
    'disagree-with-decision': ['Disagree with a decision/ action'],
    'delay-in-service': ['Delay in providing a service'],
    'lack-of-information': ['Lack of info/ access to service'],
    'lack-of-communication': ['Lack of Communication'],
    'safeguarding-and-wellbeing': ['Safeguarding'],
    'not-recorded': ['Not recorded'],
  },
  source: {
    'parent-guardian': ['Parent/Guardian'],
    advocate: ['Advocate'],
    'child-young-person': ['Child/Young Person'],
    'family-member': ['Family Member'],
    friend: ['Friend'],
    'foster-carer': ['Foster Carer'],
    professional: ['Professional'],
    'councillor-mp': ['Councillor/MP'],
  },
  channel: {
    email: ['E-mail', 'Email'],
    'online-form': ['Online Form'],
    telephone: ['Telephone'],
    letter: ['Letter'],
    app: ['MOMO app'],
    'in-person': ['Face to face'],
  },
  outcome: {
    upheld: ['Upheld'],
    'partly-upheld': ['Partly Upheld', 'Partially Upheld'],
    'not-upheld': ['Not Upheld'],
    'no-finding': ['No Finding'],
    'resolved-informally': ['Resolved Informally'],
    'explanation-given': ['Explanation Given'],
    withdrawn: ['With drawn', 'Withdrawn'],
  },
  ageBand: {
    '11-15': ['11-15 years'],
    '16-17': ['16-17 years'],
    '18-24': ['18-24 years'],
    '25-34': ['25-34'],
    '35-44': ['35-44'],
    '45-54': ['45-54'],
    '55-64': ['55-64'],
    'not-recorded': ['Not known'],
  },
  gender: { female: ['Female'], male: ['Male'], 'non-binary': ['Non-binary'], 'not-recorded': ['Not known'], 'prefers-not-to-say': ['Prefer not to say'] },
  ethnicity: {
    white: ['White - British', 'White British', 'White Irish', 'Any other White background'],
    black: ['Black Caribbean', 'Black African'],
    asian: ['Indian', 'Bangladeshi', 'Pakistani'],
    mixed: ['Mixed White & Asian', 'Mixed White and Black Caribbean'],
    'other-ethnic-group': ['Any other ethnic group'],
    'not-recorded': ['Not known', 'Not recorded'],
    'prefers-not-to-say': ['Declined'],
  },
  disability: { disabled: ['Yes'], 'not-disabled': ['No'], 'not-recorded': ['Not known'], 'prefers-not-to-say': ['Prefer not to say'] },
  sexualOrientation: {
    heterosexual: ['Heterosexual'],
    bisexual: ['Bisexual'],
    'gay-or-lesbian': ['Gay/lesbian'],
    'not-recorded': ['Not known'],
    'prefers-not-to-say': ['Prefer not to say'],
  },
};

function word(taxonomy: string, value: string): string {
  const choices = WORDING[taxonomy]?.[value];
  if (choices === undefined) throw new Error(`No wording for ${taxonomy} ${value}`);
  return choices[int(0, choices.length - 1)] as string;
}

const uk = (iso: string | undefined): string => (iso === undefined ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
const yesNo = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'Yes' : 'No');

function cellsOf(record: ComplaintRecord): Record<CsvField, string> {
  const { stage1, stage2, stage3, advocacy, complainant, ombudsman } = record;
  const hold = record.deferrals[0];
  const open = (started: boolean, responded: string | undefined): string => (started && responded === undefined ? 'Open' : '');
  const outcome = (value: StageOutcome | undefined, started: boolean, responded: string | undefined) => (value === undefined ? open(started, responded) : word('outcome', value));
  const ageBand = complainant?.ageBand === undefined ? '' : word('ageBand', complainant.ageBand);
  const cells: Partial<Record<CsvField, string>> = {
    id: record.id,
    receivedOn: uk(record.receivedOn),
    groundsAroseOn: uk(record.groundsAroseOn),
    serviceArea: word('serviceArea', record.serviceArea),
    complaintType: word('complaintType', record.complaintType),
    source: word('source', record.source),
    channel: record.channel === undefined ? '' : word('channel', record.channel),
    'stage1.extensionNotifiedOn': uk(stage1.extensionNotifiedOn),
    'stage1.extendedLimitWorkingDays': stage1.extendedLimitWorkingDays?.toString() ?? '',
    'stage1.extensionReason': stage1.extensionReason ?? '',
    'stage1.respondedOn': uk(stage1.respondedOn),
    'stage1.outcome': outcome(stage1.outcome, record.withdrawnOn === undefined, stage1.respondedOn),
    'stage2.requestedOn': uk(stage2?.requestedOn),
    'stage2.statementAgreedOn': uk(stage2?.statementAgreedOn),
    'stage2.extensionNotifiedOn': uk(stage2?.extensionNotifiedOn),
    'stage2.extendedLimitWorkingDays': stage2?.extendedLimitWorkingDays?.toString() ?? '',
    'stage2.extensionReason': stage2?.extensionReason ?? '',
    'stage2.respondedOn': uk(stage2?.respondedOn),
    'stage2.outcome': outcome(stage2?.outcome, stage2 !== undefined, stage2?.respondedOn),
    'stage2.findings': stage2?.findings?.map((f) => `${f.point}: ${word('outcome', f.outcome)}`).join('; ') ?? '',
    'stage3.requestedOn': uk(stage3?.requestedOn),
    'stage3.panelHeldOn': uk(stage3?.panelHeldOn),
    'stage3.panelReportReceivedOn': uk(stage3?.panelReportReceivedOn),
    'stage3.respondedOn': uk(stage3?.respondedOn),
    'stage3.outcome': outcome(stage3?.outcome, stage3 !== undefined, stage3?.respondedOn),
    'deferral.from': uk(hold?.from),
    'deferral.to': uk(hold?.to),
    'deferral.reason': hold?.reason ?? '',
    withdrawnOn: uk(record.withdrawnOn),
    'advocacy.offered': yesNo(advocacy?.offered),
    'advocacy.provided': yesNo(advocacy?.provided),
    'advocacy.allocatedOn': uk(advocacy?.allocatedOn),
    'complainant.ageBand': ageBand,
    'complainant.gender': complainant?.gender === undefined ? '' : word('gender', complainant.gender),
    'complainant.ethnicity': complainant?.ethnicity === undefined ? '' : word('ethnicity', complainant.ethnicity),
    'complainant.disability': complainant?.disability === undefined ? '' : word('disability', complainant.disability),
    'complainant.sexualOrientation': complainant?.sexualOrientation === undefined ? '' : word('sexualOrientation', complainant.sexualOrientation),
    'ombudsman.referredOn': uk(ombudsman?.referredOn),
    'ombudsman.decidedOn': uk(ombudsman?.decidedOn),
    'ombudsman.decision': ombudsman?.label ?? '',
  };
  return cells as Record<CsvField, string>;
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function toCsv(records: readonly ComplaintRecord[]): string {
  const lines = [COLUMNS.map(([heading]) => quote(heading)).join(',')];
  for (const record of records) {
    const cells = cellsOf(record);
    lines.push(COLUMNS.map(([, field]) => quote(cells[field] ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ------------------------------------------------------------------ main

/**
 * Builds the sample and checks it: the JSON reads back as itself, the CSV
 * with its column mapping gives the same records, and nothing is rejected
 * against an asOf of 2025-05-31. Deterministic: the same seed gives the same
 * files.
 */
export function buildSample(): { readonly csv: string; readonly columns: Readonly<Record<string, CsvField>>; readonly records: readonly ComplaintRecord[] } {
  random = createRandom(SEED);
  const generated = generate();
  const csv = toCsv(generated);
  const columns = Object.fromEntries(COLUMNS);

  // Canonical order and form: the JSON is what the reader makes of the generated records.
  const fromJson = parseComplaintRecords(JSON.parse(JSON.stringify(generated)) as unknown[], { asOf: AS_OF });
  const fromCsv = readComplaintsCsv(csv, { columns, asOf: AS_OF });
  const problems = [...fromJson.rejected, ...fromCsv.rejected];
  if (problems.length > 0) throw new Error(`The sample has invalid rows:\n${JSON.stringify(problems, null, 2)}`);
  if (!isDeepStrictEqual(fromJson.records, generated.map((r) => JSON.parse(JSON.stringify(r)) as unknown))) throw new Error('The JSON does not read back as itself.');
  if (!isDeepStrictEqual(fromCsv.records, fromJson.records)) throw new Error('The CSV and the JSON do not give the same records.');
  return { csv, columns, records: fromJson.records };
}

function main(): void {
  const { csv, columns, records } = buildSample();
  const out = (name: string) => fileURLToPath(new URL(`../examples/data/${name}`, import.meta.url));
  writeFileSync(out('complaints.csv'), csv);
  writeFileSync(out('complaints.columns.json'), `${JSON.stringify(columns, null, 2)}\n`);
  writeFileSync(out('complaints.json'), `${JSON.stringify(records, null, 2)}\n`);
  console.log(`Wrote ${records.length} synthetic complaints (${YEARS.map((y) => `${y.start}/${String(y.start + 1).slice(2)}: ${y.count}`).join(', ')}) to examples/data/.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
