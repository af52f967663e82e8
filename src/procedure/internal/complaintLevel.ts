import type { PlainDate } from '../../calendar/plainDate';
import { dayNumberOfIso, weekdayOf } from '../../internal/days';
import type {
  AssessmentWarning,
  ComplaintStatus,
  NextDeadline,
  OmbudsmanReferralAssessment,
  StageAssessment,
  TimeLimitAssessment,
} from '../assessment';
import type { ProcedureRule } from '../definition';
import { nameEvent, timelineError, type TimelineFacts } from './collect';
import type { AssessmentSettings } from './options';
import type { StageResult } from './assessStage';
import { addYears } from './years';

/** The Ombudsman referrals, paired with their decisions. @internal */
export function ombudsmanOf(facts: TimelineFacts, format: (day: number) => PlainDate, warnings: AssessmentWarning[]): OmbudsmanReferralAssessment[] {
  const referrals: { -readonly [K in keyof OmbudsmanReferralAssessment]: OmbudsmanReferralAssessment[K] }[] = [];
  for (const entry of facts.ombudsmanEvents) {
    const last = referrals[referrals.length - 1];
    const event = entry.event;
    if (event.type === 'ombudsman-referred') {
      if (last !== undefined && last.decidedOn === null) {
        throw timelineError(entry, 'duplicate-ombudsman-referral', `${nameEvent(entry)} refers the complaint again while the referral of ${last.referredOn} awaits a decision.`, "Add the 'ombudsman-decision' event for the first referral, or remove the second.");
      }
      const openStage = facts.stages.find(
        (stage) => stage.startDay !== null && stage.startDay <= entry.day && (stage.response === null || stage.response.day > entry.day) && (facts.closedDay === null || facts.closedDay > entry.day),
      );
      if (openStage !== undefined) {
        warnings.push({
          code: 'ombudsman-referral-premature',
          message: `The complaint went to the Ombudsman on ${event.date} while Stage ${openStage.stage} was under way; the Ombudsman usually treats such a complaint as premature until the council has had a reasonable chance to respond (Local Government Act 1974 s.26(5)).`,
          eventIndex: entry.index,
        });
      }
      referrals.push({ referredOn: event.date as PlainDate, decidedOn: null, decision: null, label: null });
    } else {
      if (last === undefined || last.decidedOn !== null) {
        throw timelineError(entry, 'ombudsman-decision-without-referral', `${nameEvent(entry)} is a decision with no referral awaiting one.`, "Add the 'ombudsman-referred' event, dated on or before the decision.");
      }
      last.decidedOn = format(entry.day);
      last.decision = event.decision;
      last.label = event.label ?? null;
    }
  }
  return referrals;
}

/** The time limit for making the complaint. @internal */
export function timeLimitOf(facts: TimelineFacts, settings: AssessmentSettings, format: (day: number) => PlainDate, warnings: AssessmentWarning[]): TimeLimitAssessment | null {
  const rule = settings.procedure.timeLimit;
  if (rule === null || facts.groundsDay === null) return null;
  const expires = addYears(facts.groundsDay, rule.years);
  const within = facts.receivedDay <= expires;
  if (!within) {
    warnings.push({
      code: 'complaint-out-of-time',
      message: `The complaint was received on ${format(facts.receivedDay)}, more than ${rule.years} year${rule.years === 1 ? '' : 's'} after its grounds arose (${format(facts.groundsDay)}); the council may still consider it where it was not reasonable to complain sooner and it can be considered fairly.`,
    });
  }
  return { groundsAroseOn: format(facts.groundsDay), expiresOn: format(expires), withinTimeLimit: within };
}

/** The complaint's overall state. @internal */
export function complaintStatusOf(facts: TimelineFacts, results: readonly StageResult[], ombudsman: readonly OmbudsmanReferralAssessment[], asOfDay: number): ComplaintStatus {
  if (facts.closedDay !== null) return 'withdrawn';
  const open = results.find((result) => result.open);
  if (open !== undefined) {
    const status = open.assessment.status;
    return status === 'overdue' || status === 'on-hold' ? status : 'open';
  }
  if (ombudsman.length > 0 && (ombudsman[ombudsman.length - 1] as OmbudsmanReferralAssessment).decidedOn === null) return 'with-ombudsman';
  const answered = [...results].reverse().find((result) => result.assessment.respondedOn !== null);
  if (answered !== undefined && answered.windowClosesDay !== null && asOfDay <= answered.windowClosesDay) return 'awaiting-request';
  return 'closed';
}

/** The earliest unmet deadline of the stage under way. @internal */
export function nextDeadlineOf(results: readonly StageResult[]): NextDeadline | null {
  const open = results.find((result) => result.open);
  if (open === undefined) return null;
  let next: NextDeadline | null = null;
  for (const step of open.assessment.steps) {
    const dueOn = step.extendedDueOn ?? step.dueOn;
    if (step.doneOn !== null || dueOn === null) continue;
    if (next === null || dueOn < next.dueOn) {
      next = { stage: open.assessment.stage, step: step.step, dueOn, soft: step.soft, overdue: step.status === 'overdue' };
    }
  }
  return next;
}

function datesOf(stages: readonly StageAssessment[]): string[] {
  const dates: string[] = [];
  for (const stage of stages) {
    if (stage.requestWindowClosesOn !== null) dates.push(stage.requestWindowClosesOn);
    for (const step of stage.steps) {
      for (const date of [step.dueOn, step.extendedDueOn, step.latestPossibleDueOn, step.doneOn]) if (date !== null) dates.push(date);
    }
  }
  return dates;
}

/**
 * Warnings about the calendar: one that differs from the procedure's
 * working days, and dates that rest on projected holidays.
 *
 * @internal
 */
export function calendarWarnings(facts: TimelineFacts, settings: AssessmentSettings, stages: readonly StageAssessment[], asOf: PlainDate): AssessmentWarning[] {
  const { calendar, procedure } = settings;
  const warnings: AssessmentWarning[] = [];
  const horizon = [asOf, ...datesOf(stages)].reduce((a, b) => (b > a ? b : a));
  const horizonDay = dayNumberOfIso(horizon);
  const rule = procedure.workingDays;
  const cite = `${rule.citation.instrument} ${rule.citation.provision}`;
  if (calendar.region !== rule.region) {
    warnings.push({
      code: 'local-calendar',
      message: `The calendar follows ${calendar.region} bank holidays, but working days under ${cite} follow ${rule.region}; the deadlines reflect that calendar, not the procedure.`,
    });
  } else if (rule.closureDays === 'not-excluded') {
    const inSpan = (date: string): boolean => {
      const day = dayNumberOfIso(date);
      const weekday = weekdayOf(day);
      return day > facts.receivedDay && day <= horizonDay && weekday !== 0 && weekday !== 6;
    };
    const closed = calendar.extraClosedDays.filter((holiday) => inSpan(holiday.date)).map((holiday) => holiday.date);
    const working = calendar.extraWorkingDays.filter(inSpan);
    if (closed.length > 0 || working.length > 0) {
      const parts = [
        closed.length === 0 ? '' : `closes ${closed.join(', ')}`,
        working.length === 0 ? '' : `opens ${working.join(', ')}`,
      ].filter((part) => part !== '');
      warnings.push({
        code: 'local-calendar',
        message: `The calendar ${parts.join(' and ')}, but ${cite} counts only weekends, Christmas Day, Boxing Day, Good Friday and bank holidays as non-working; these deadlines reflect local practice, not the statutory minimum.`,
      });
    }
  }
  const through = calendar.officialDataThrough;
  if (through !== null && horizon > through) {
    warnings.push({
      code: 'projected-holidays',
      message: `Some dates fall after ${through}, where the calendar's bank holidays are projected from the usual rules; a newly proclaimed holiday would move them.`,
    });
  }
  return warnings;
}

/**
 * Collects the rules applied outside the period they are in force, and
 * reports them as one warning.
 *
 * @internal
 */
export function createInForceCheck(format: (day: number) => PlainDate) {
  const outside = new Map<string, string>();
  return {
    applied(rule: ProcedureRule, day: number): void {
      if (outside.has(rule.id)) return;
      const date = format(day);
      if (date < rule.inForceFrom || (rule.inForceTo !== undefined && date > rule.inForceTo)) {
        const period = rule.inForceTo === undefined ? `from ${rule.inForceFrom}` : `${rule.inForceFrom} to ${rule.inForceTo}`;
        outside.set(rule.id, `${rule.id} (in force ${period}) on ${date}`);
      }
    },
    warnings(): AssessmentWarning[] {
      if (outside.size === 0) return [];
      const list = [...outside.values()];
      const shown = list.length > 4 ? `${list.slice(0, 4).join('; ')}; and ${list.length - 4} more` : list.join('; ');
      return [{ code: 'rule-not-in-force', message: `Rules were applied to dates outside the period they are in force: ${shown}.` }];
    },
  };
}
