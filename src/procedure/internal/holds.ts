import type { AssessmentWarning, HoldAssessment } from '../assessment';
import type { HoldSpan } from './clock';
import { nameEvent, timelineError, type DatedEvent, type StageFacts, type TimelineFacts } from './collect';

type HoldEntry = DatedEvent<Extract<DatedEvent['event'], { readonly type: 'on-hold' }>>;

/** One hold, as found. @internal */
export interface HoldFacts {
  readonly entry: HoldEntry;
  readonly stage: StageFacts;
  /** Last day taken off the clock (`Infinity` while the hold lasts). */
  readonly to: number;
  readonly endedBy: HoldAssessment['endedBy'];
  readonly endedOn: string | null;
}

/** The holds of a timeline, by stage. @internal */
export interface HoldsFound {
  readonly byStage: ReadonlyMap<StageFacts, readonly HoldFacts[]>;
  readonly warnings: readonly AssessmentWarning[];
}

/** The stage under way on a day: the latest one started by then and not yet closed. */
function stageOpenOn(day: number, facts: TimelineFacts): StageFacts | undefined {
  return [...facts.stages]
    .reverse()
    .find((stage) => stage.startDay !== null && stage.startDay <= day && (stage.response === null || stage.response.day >= day));
}

/**
 * Pairs `on-hold` with `resumed` events and assigns each hold to the stage
 * under way when it began (the later stage, on the day one stage is answered
 * and the next asked for). Within one day, a hold already running is
 * resumed before a new one begins, so back-to-back holds and one-day holds
 * both read as meant. A hold still running when its stage is answered ends
 * the working day before the response (with a warning), and one running at
 * a withdrawal ends on the withdrawal.
 *
 * @internal
 */
export function findHolds(facts: TimelineFacts, onOrAfter: (day: number) => number): HoldsFound {
  const byStage = new Map<StageFacts, HoldFacts[]>(facts.stages.map((stage) => [stage, []]));
  const warnings: AssessmentWarning[] = [];
  let open: { entry: HoldEntry; stage: StageFacts } | null = null;
  let lastClosedByResponse: DatedEvent | null = null;

  const close = (to: number, endedBy: HoldFacts['endedBy'], endedOn: string | null): void => {
    if (open === null) return;
    (byStage.get(open.stage) as HoldFacts[]).push({ entry: open.entry, stage: open.stage, to: Math.max(to, open.entry.day), endedBy, endedOn });
    open = null;
  };
  const closeByResponse = (): void => {
    const response = open?.stage.response;
    if (open === null || response == null) return;
    warnings.push({
      code: 'response-while-on-hold',
      message: `The Stage ${open.stage.stage} response (${response.event.date}) was given while the stage was on hold from ${open.entry.event.date}; the hold is taken to end the working day before the response.`,
      stage: open.stage.stage,
      eventIndex: response.index,
    });
    lastClosedByResponse = response;
    close(onOrAfter(response.day) - 1, 'response', response.event.date);
  };

  const events = facts.holdEvents;
  for (let i = 0; i < events.length; ) {
    const day = (events[i] as DatedEvent).day;
    if (open !== null && open.stage.response !== null && open.stage.response.day < day) closeByResponse();
    const holds: HoldEntry[] = [];
    const resumes: DatedEvent[] = [];
    for (; i < events.length && (events[i] as DatedEvent).day === day; i += 1) {
      const entry = events[i] as DatedEvent;
      if (entry.event.type === 'on-hold') holds.push(entry as HoldEntry);
      else resumes.push(entry);
    }
    while (holds.length > 0 || resumes.length > 0) {
      if (open !== null && resumes.length > 0) {
        const resumed = resumes.shift() as DatedEvent;
        close(resumed.day, 'resumed', resumed.event.date);
      } else if (open !== null && holds.length > 0 && open.stage.response !== null && open.stage.response.day <= day) {
        // A new hold on the day the held stage was answered belongs to the next stage: the response ended this one.
        closeByResponse();
      } else if (open === null && holds.length > 0) {
        const entry = holds.shift() as HoldEntry;
        const stage = stageOpenOn(day, facts);
        if (stage === undefined) {
          throw timelineError(entry, 'hold-outside-open-stage', `${nameEvent(entry)} puts the complaint on hold when no stage is under way.`, 'A hold stops the clock of a stage: date it between the stage starting and its response.');
        }
        open = { entry, stage };
      } else if (open !== null) {
        const entry = holds.shift() as HoldEntry;
        throw timelineError(entry, 'hold-while-on-hold', `${nameEvent(entry)} puts the complaint on hold while it is already on hold (since ${open.entry.event.date}).`, "Add the 'resumed' event that ended the first hold, or remove the second.");
      } else {
        const entry = resumes.shift() as DatedEvent;
        const why = lastClosedByResponse === null ? '' : ` The last hold ended with ${nameEvent(lastClosedByResponse)}.`;
        throw timelineError(entry, 'resumed-without-hold', `${nameEvent(entry)} resumes a complaint that is not on hold.${why}`, "Add the 'on-hold' event it ends, or remove it.");
      }
    }
  }
  if (open !== null) {
    const current: { entry: HoldEntry; stage: StageFacts } = open;
    if (current.stage.response !== null) closeByResponse();
    else if (facts.closedDay !== null) close(facts.closedDay, 'withdrawal', facts.withdrawal?.event.date ?? null);
    else close(Infinity, null, null);
  }
  return { byStage, warnings };
}

/** The hold spans of a stage, for its clock. @internal */
export function spansOf(holds: readonly HoldFacts[]): HoldSpan[] {
  return holds.map((hold) => ({ from: hold.entry.day, to: hold.to }));
}
