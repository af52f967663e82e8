/**
 * A timeline into the engine: its shape checked against the contract, its
 * dates read against the calendar, its events written as entries, then
 * checked and evaluated. Every problem of a phase is collected as an
 * {@link Issue} on the timeline's own field (`events[2].date`).
 *
 * @internal
 * @module
 */
import { dateHint } from '../../calendar/plainDate';
import { dayNumberOfIso, RANGE_END, RANGE_START } from '../../internal/days';
import { checkShape, describeShape, pathText, type ShapeIssue } from '../../internal/shape';
import { issueOf, type AnyIssue, type At, type RejectionDetails, type RejectionRule } from '../../rules';
import { TIMELINE_EVENT_TYPES, TIMELINE_SHAPE, type ComplaintTimeline, type TimelineEvent } from '../timeline';
import { Checked, checkInput, refOf, type IssueSink } from './check';
import { Evaluation, evaluate } from './evaluate';
import { ComplaintInput, type Entry } from './input';
import { NO_DAY, type Plan } from './plan';

const KIND_OF: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(TIMELINE_EVENT_TYPES.map((type, index) => [type, index]));

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const DATE_KEYS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['receivedOn', 'groundsAroseOn', 'date']);

/** One problem of shape, as the catalogue's issue on the timeline's field. */
function shapeIssue(found: ShapeIssue, input: unknown): AnyIssue {
  const { path } = found;
  const last = path[path.length - 1];
  const eventIndex = path[0] === 'events' && typeof path[1] === 'number' ? path[1] : null;
  const type = eventIndex === null ? undefined : valueAt(input, ['events', eventIndex, 'type']);
  const event =
    eventIndex === null ? undefined : { index: eventIndex, type: typeof type === 'string' ? type : 'event', date: ((date) => (typeof date === 'string' ? date : '?'))(valueAt(input, ['events', eventIndex, 'date'])) };
  const field = pathText(path, 'timeline');
  const at: At = { field, value: found.value, event };
  const as = <R extends RejectionRule>(rule: R, details: RejectionDetails[R], where: At = at): AnyIssue => issueOf(rule, details, where) as AnyIssue;
  if (found.problem === 'unknown-key') return as('unknown-key', { keys: [String(found.value)] }, { field, value: [found.value], event });
  if (eventIndex !== null && path.length === 3 && last === 'type') return as('unknown-event-type', { types: TIMELINE_EVENT_TYPES });
  if (eventIndex !== null && last === 'stage' && found.shape.kind === 'enum') {
    return as('unknown-stage', { stage: typeof found.value === 'number' ? found.value : null, allowed: found.shape.values as readonly number[], procedure: null });
  }
  if (DATE_KEYS.has(last) && found.value !== undefined && (found.problem === 'type' || found.problem === 'not-a-date')) {
    return as('invalid-date', { hint: typeof found.value === 'string' ? dateHint(found.value) : 'not-text' });
  }
  if (last === 'workingDays' && found.problem !== 'missing') {
    return as('invalid-amount', { min: 1, example: '20 for Stage 1: the new total limit from the stage start (or leave it out to use the maximum)' });
  }
  return as('invalid-value', { expected: describeShape(found.shape) });
}

/** The shape's problems, with an object's unknown keys given as one issue. */
function shapeIssues(input: unknown): AnyIssue[] {
  const found = checkShape(TIMELINE_SHAPE, input);
  const issues: AnyIssue[] = [];
  for (let i = 0; i < found.length; i += 1) {
    const issue = found[i] as ShapeIssue;
    if (issue.problem !== 'unknown-key') {
      issues.push(shapeIssue(issue, input));
      continue;
    }
    const keys = [String(issue.value)];
    while (found[i + 1]?.problem === 'unknown-key' && pathText((found[i + 1] as ShapeIssue).path) === pathText(issue.path)) {
      i += 1;
      keys.push(String((found[i] as ShapeIssue).value));
    }
    const first = shapeIssue(issue, input);
    issues.push(issueOf('unknown-key', { keys }, { field: first.field, value: keys }) as AnyIssue);
  }
  return issues;
}

/** A date of the timeline as a day number, with its range (and a strict calendar's coverage) checked; `NaN` after an issue. */
function dayOf(plan: Plan, text: string, field: string, issues: AnyIssue[]): number {
  const day = dayNumberOfIso(text);
  if (day < RANGE_START || day > RANGE_END) {
    issues.push(issueOf('out-of-range', { what: 'date' }, { field, value: text }) as AnyIssue);
    return Number.NaN;
  }
  const calendar = plan.calendar;
  if (calendar.strict && !(day >= calendar.officialFrom && day <= calendar.officialThrough)) {
    issues.push(
      issueOf(
        'outside-official-data',
        { subject: JSON.stringify(text), region: calendar.region, officialFrom: calendar.officialDataFrom, officialThrough: calendar.officialDataThrough },
        { field, value: text },
      ) as AnyIssue,
    );
    return Number.NaN;
  }
  return day;
}

const STAGE_KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['stage-requested', 'acknowledged', 'extension-notified', 'response']);

/** Writes a checked timeline's events as entries. */
function fill(plan: Plan, timeline: ComplaintTimeline, input: ComplaintInput, issues: AnyIssue[]): void {
  const received = dayOf(plan, timeline.receivedOn, 'receivedOn', issues);
  const grounds = timeline.groundsAroseOn === undefined ? NO_DAY : dayOf(plan, timeline.groundsAroseOn, 'groundsAroseOn', issues);
  input.reset(timeline.id ?? null, received, grounds);
  timeline.events.forEach((event: TimelineEvent, index) => {
    const day = dayOf(plan, event.date, `events[${index}].date`, issues);
    const stage = STAGE_KINDS.has(event.type) && 'stage' in event ? event.stage : 0;
    const entry = input.add(KIND_OF.get(event.type) as number, stage, day, index);
    entry.source = event;
    switch (event.type) {
      case 'extension-notified':
        if (event.workingDays !== undefined) entry.workingDays = event.workingDays;
        entry.reason = event.reason ?? null;
        break;
      case 'response':
        entry.outcome = event.outcome ?? null;
        break;
      case 'deferred':
        entry.reason = event.reason ?? null;
        break;
      case 'ombudsman-decision':
        entry.decision = event.decision;
        entry.label = event.label ?? null;
        break;
      default:
        break;
    }
  });
}

/** Collects the engine's problems as issues on the timeline's fields. */
class TimelineSink implements IssueSink {
  readonly issues: AnyIssue[] = [];
  timeline: ComplaintTimeline | null = null;

  issue<R extends RejectionRule>(rule: R, details: RejectionDetails[R], entry: Entry | null, key: string): void {
    const timeline = this.timeline as ComplaintTimeline;
    if (entry === null) {
      this.issues.push(issueOf(rule, details, { field: key, value: (timeline as Record<string, unknown>)[key] }) as AnyIssue);
      return;
    }
    const event = timeline.events[entry.ref] as Record<string, unknown>;
    this.issues.push(issueOf(rule, details, { field: `events[${entry.ref}].${key}`, value: event[key], event: refOf(entry) }) as AnyIssue);
  }
}

/** The buffers one assessment uses, reused by the next. */
export interface Workspace {
  readonly input: ComplaintInput;
  readonly checked: Checked;
  readonly evaluation: Evaluation;
}

/** A fresh set of buffers, for a caller that holds one result while making another. */
export function newWorkspace(): Workspace {
  return { input: new ComplaintInput(), checked: new Checked(), evaluation: new Evaluation() };
}

/**
 * Runs a timeline through the plan into a workspace. Returns the problems found, in order; none means the workspace
 * holds the checked and evaluated complaint.
 */
export function runTimeline(value: unknown, plan: Plan, asOfDay: number, workspace: Workspace): readonly AnyIssue[] {
  const found = shapeIssues(value);
  if (found.length > 0) return found;
  const timeline = value as ComplaintTimeline;
  const issues: AnyIssue[] = [];
  fill(plan, timeline, workspace.input, issues);
  if (issues.length > 0) return issues;
  const sink = new TimelineSink();
  sink.timeline = timeline;
  if (!checkInput(workspace.input, plan, asOfDay, workspace.checked, sink)) return sink.issues;
  evaluate(plan, workspace.input, workspace.checked, asOfDay, workspace.evaluation, true);
  return issues;
}
