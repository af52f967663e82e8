/**
 * fast-check generators of valid complaint records, and of the ways exports
 * write them (labels, UK dates), for the records property tests.
 */
import fc from 'fast-check';
import { ageBands, channels, complainantSources, complaintTypes, commonServiceAreas, ethnicGroups, genders, ombudsmanDecisions, stageOutcomes, type ComplaintRecord, type PlainDate, type StageOutcome } from '../../src/index';
import { dayNumberOfIso, formatDayNumber } from '../../src/internal/days';

const FIRST_DAY = dayNumberOfIso('2022-04-01');

function date(day: number): PlainDate {
  return formatDayNumber(day) as PlainDate;
}

/** `YYYY-MM-DD` as `DD/MM/YYYY`. */
export function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const gap = (max: number) => fc.integer({ min: 0, max });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const outcomeBut = (excluded: StageOutcome | null) => fc.constantFrom(...stageOutcomes.values.filter((o) => o !== excluded));

/** Drops the keys whose value is undefined. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

interface StagePlan {
  ack: number | undefined;
  extension: number | undefined;
  limit: number | undefined;
  response: number | undefined;
  outcome: StageOutcome | undefined;
}

const stagePlan = (base: number, maxLimit: number) =>
  fc
    .record({
      ack: maybe(gap(5)),
      extension: maybe(gap(15)),
      limit: maybe(fc.integer({ min: base + 1, max: maxLimit })),
      responseAfter: maybe(gap(70)),
      outcome: outcomeBut(null),
    })
    .map(({ ack, extension, limit, responseAfter, outcome }): StagePlan => {
      const response = responseAfter === undefined ? undefined : Math.max(responseAfter, ack ?? 0, extension ?? 0);
      return {
        ack,
        extension,
        limit: extension === undefined ? undefined : limit,
        response,
        outcome: response === undefined ? undefined : outcome,
      };
    });

function stageFacts(start: number, plan: StagePlan) {
  return compact({
    acknowledgedOn: plan.ack === undefined ? undefined : date(start + plan.ack),
    extensionNotifiedOn: plan.extension === undefined ? undefined : date(start + plan.extension),
    extendedLimitWorkingDays: plan.limit,
    respondedOn: plan.response === undefined ? undefined : date(start + plan.response),
    outcome: plan.outcome,
  });
}

/** A complaint record that every rule accepts, including the deadline engine's. */
export const validRecord: fc.Arbitrary<ComplaintRecord> = fc
  .record({
    id: fc.stringMatching(/^C-\d{4}-\d{3}$/),
    received: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 1000 }),
    groundsBefore: maybe(gap(400)),
    serviceArea: fc.constantFrom(...commonServiceAreas.values),
    complaintType: fc.constantFrom(...complaintTypes.values),
    source: fc.constantFrom(...complainantSources.values),
    channel: maybe(fc.constantFrom(...channels.values)),
    stage1: stagePlan(10, 20),
    hold: maybe(fc.record({ from: gap(5), length: maybe(gap(10)), reason: maybe(fc.constantFrom('police investigation', 'court proceedings')) })),
    stage2: maybe(fc.record({ after: gap(20), statement: maybe(gap(10)), plan: stagePlan(25, 65) })),
    stage3: maybe(fc.record({ after: gap(20), panel: maybe(gap(30)), report: maybe(gap(5)), response: maybe(gap(15)), outcome: outcomeBut(null) })),
    withdrawAfter: maybe(gap(10)),
    ombudsman: maybe(fc.record({ after: gap(200), decision: maybe(fc.record({ after: gap(120), decision: fc.constantFrom(...ombudsmanDecisions.values), label: maybe(fc.constant('Premature')) })) })),
    advocacy: maybe(fc.record({ offered: maybe(fc.boolean()), provided: maybe(fc.boolean()), allocated: maybe(gap(20)) })),
    complainant: maybe(fc.record({ ageBand: maybe(fc.constantFrom(...ageBands.values)), gender: maybe(fc.constantFrom(...genders.values)), ethnicity: maybe(fc.constantFrom(...ethnicGroups.values)) })),
    findings: maybe(fc.array(fc.record({ point: fc.constantFrom('Contact', 'Records', 'Delay'), outcome: fc.constantFrom(...stageOutcomes.values) }), { minLength: 1, maxLength: 3 })),
  })
  .map((plan): ComplaintRecord => {
    const received = plan.received;
    const stage1Plan = plan.stage1;
    const record: Record<string, unknown> = {
      id: plan.id,
      receivedOn: date(received),
      groundsAroseOn: plan.groundsBefore === undefined ? undefined : date(received - plan.groundsBefore),
      serviceArea: plan.serviceArea,
      complaintType: plan.complaintType,
      source: plan.source,
      channel: plan.channel,
      stage1: stageFacts(received, stage1Plan),
      deferrals: [],
    };
    let last = received + Math.max(stage1Plan.ack ?? 0, stage1Plan.extension ?? 0, stage1Plan.response ?? 0);
    let closedBy: StageOutcome | undefined = stage1Plan.outcome;
    let open = stage1Plan.response === undefined;
    // A hold inside Stage 1, ended by the response day at the latest.
    if (plan.hold !== undefined) {
      const responseDay = stage1Plan.response === undefined ? Infinity : received + stage1Plan.response;
      const from = received + plan.hold.from;
      if (from <= responseDay) {
        const to = plan.hold.length === undefined ? undefined : Math.min(from + plan.hold.length, responseDay);
        const openEnded = to === undefined && responseDay === Infinity;
        if (to !== undefined || openEnded) {
          record.deferrals = [compact({ from: date(from), to: to === undefined ? undefined : date(to), reason: plan.hold.reason })];
          last = Math.max(last, to ?? from);
        }
      }
    }
    if (plan.stage2 !== undefined && stage1Plan.response !== undefined && closedBy !== 'withdrawn' && record.deferrals !== undefined) {
      const holds = record.deferrals as { to?: string }[];
      if (holds.every((hold) => hold.to !== undefined)) {
        const start = last + plan.stage2.after;
        const stage2Plan = plan.stage2.plan;
        const statement = plan.stage2.statement === undefined ? undefined : start + Math.min(plan.stage2.statement, stage2Plan.response ?? Infinity);
        record.stage2 = compact({
          requestedOn: date(start),
          statementAgreedOn: statement === undefined ? undefined : date(statement),
          ...stageFacts(start, stage2Plan),
          findings: stage2Plan.response === undefined ? undefined : plan.findings,
        });
        last = Math.max(start + Math.max(stage2Plan.ack ?? 0, stage2Plan.extension ?? 0, stage2Plan.response ?? 0), statement ?? 0);
        closedBy = stage2Plan.outcome;
        open = stage2Plan.response === undefined;
        if (plan.stage3 !== undefined && stage2Plan.response !== undefined && closedBy !== 'withdrawn') {
          const s3 = plan.stage3;
          const requested = last + s3.after;
          const panel = s3.panel === undefined ? undefined : requested + s3.panel;
          const report = panel === undefined || s3.report === undefined ? undefined : panel + s3.report;
          const response = report === undefined || s3.response === undefined ? undefined : report + s3.response;
          record.stage3 = compact({
            requestedOn: date(requested),
            panelHeldOn: panel === undefined ? undefined : date(panel),
            panelReportReceivedOn: report === undefined ? undefined : date(report),
            respondedOn: response === undefined ? undefined : date(response),
            outcome: response === undefined ? undefined : s3.outcome,
          });
          last = response ?? report ?? panel ?? requested;
          closedBy = response === undefined ? undefined : s3.outcome;
          open = response === undefined;
        }
      }
    }
    if (plan.withdrawAfter !== undefined && open && closedBy !== 'withdrawn') record.withdrawnOn = date(last + plan.withdrawAfter);
    if (plan.ombudsman !== undefined) {
      const referred = received + plan.ombudsman.after;
      const decision = plan.ombudsman.decision;
      record.ombudsman = compact({
        referredOn: date(referred),
        decidedOn: decision === undefined ? undefined : date(referred + decision.after),
        decision: decision?.decision,
        label: decision?.label,
      });
    }
    if (plan.advocacy !== undefined) {
      const { offered, provided, allocated } = plan.advocacy;
      const advocacy = compact({
        offered,
        provided: allocated === undefined ? provided : true,
        allocatedOn: allocated === undefined ? undefined : date(received - 5 + allocated),
      });
      if (Object.keys(advocacy).length > 0) record.advocacy = advocacy;
    }
    if (plan.complainant !== undefined) {
      const complainant = compact(plan.complainant);
      if (Object.keys(complainant).length > 0) record.complainant = complainant;
    }
    return compact(record) as unknown as ComplaintRecord;
  });

/** The latest date in a record, for an `asOf` that accepts it. */
export function latestDateOf(record: ComplaintRecord): string {
  const dates = JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  return dates.reduce((max, d) => (d > max ? d : max), record.receivedOn);
}

/** A record written the way an export writes it: heading labels and UK dates. */
export function asExportRow(record: ComplaintRecord): unknown {
  const text = JSON.stringify(record, (key, value: unknown) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ukDate(value);
    if (key === 'outcome' && typeof value === 'string') return stageOutcomes.labels[value as StageOutcome];
    if (key === 'source' && typeof value === 'string') return complainantSources.labels[value as keyof typeof complainantSources.labels];
    if (key === 'serviceArea' && typeof value === 'string') return commonServiceAreas.labels[value] ?? value;
    return value;
  });
  return JSON.parse(text) as unknown;
}
