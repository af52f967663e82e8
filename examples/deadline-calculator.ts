/**
 * Example 1: the deadline calculator of a council's case-management app.
 *
 * When a complaint is logged, the app shows the Stage 1 response deadline
 * and the latest date an extension could reach; when the investigating
 * manager notifies an extension, it shows the new deadline; and the team's
 * dashboard lists what falls due soon.
 *
 *   npx tsx examples/deadline-calculator.ts
 *
 * Every figure printed is also asserted, so this file fails in CI (npm run
 * examples) the day it stops being true.
 */
import assert from 'node:assert/strict';
import { assessComplaint, createWorkingDayCalendar, upcomingDeadlines, type ComplaintTimeline, type PlainDate } from 'children-act-complaints';

// The app passes "today" in: the library never reads the clock, so the same
// case always gives the same answer, in any time zone.
const today: PlainDate = '2024-12-20' as PlainDate;

// 1. A new complaint, received today (the Friday before Christmas).
const newComplaint: ComplaintTimeline = { id: 'C-2024-101', receivedOn: today, events: [] };
const fresh = assessComplaint(newComplaint, { asOf: today });
const stage1 = fresh.stages[0];
console.log(`${newComplaint.id}: received ${fresh.receivedOn}`);
console.log(`  Stage 1 response due:              ${stage1?.dueOn}`); // 2025-01-08: Christmas, Boxing Day and New Year's Day skipped
console.log(`  latest date with a full extension: ${stage1?.latestPossibleDueOn}`); // 2025-01-22
assert.equal(stage1?.dueOn, '2025-01-08');
assert.equal(stage1?.latestPossibleDueOn, '2025-01-22');
assert.deepEqual(fresh.nextDeadline, { stage: 1, step: 'response', dueOn: '2025-01-08', soft: false, overdue: false });

// 2. An extended complaint: received 25 November; on 4 December the manager
//    told the complainant the response would take 20 working days in all.
const extendedComplaint: ComplaintTimeline = {
  id: 'C-2024-087',
  receivedOn: '2024-11-25',
  events: [{ type: 'extension-notified', stage: 1, date: '2024-12-04', workingDays: 20, reason: 'Waiting for information from health partners' }],
};
const extended = assessComplaint(extendedComplaint, { asOf: today });
console.log(`${extendedComplaint.id}: received ${extended.receivedOn}, extension notified 2024-12-04`);
console.log(`  original deadline: ${extended.stages[0]?.dueOn}`); // 2024-12-09
console.log(`  extended deadline: ${extended.stages[0]?.extendedDueOn}`); // 2024-12-23
console.log(`  status today:      ${extended.stages[0]?.status}`); // open: the extension keeps it in time
assert.equal(extended.stages[0]?.dueOn, '2024-12-09');
assert.equal(extended.stages[0]?.extendedDueOn, '2024-12-23');
assert.equal(extended.stages[0]?.status, 'open');
assert.deepEqual(extended.warnings, []);

// An extension beyond the 20-day cap is capped, with a warning the app can show.
const tooLong = assessComplaint(
  { receivedOn: '2024-11-25', events: [{ type: 'extension-notified', stage: 1, date: '2024-12-04', workingDays: 30 }] },
  { asOf: today },
);
console.log(`  asked for 30 working days: ${tooLong.stages[0]?.extendedDueOn} (${tooLong.warnings.map((w) => w.code).join(', ')})`);
assert.equal(tooLong.stages[0]?.extendedDueOn, '2024-12-23');
assert.deepEqual(tooLong.warnings.map((w) => w.code), ['extension-beyond-cap']);

// 3. The council closes its offices between Christmas and New Year. The
//    regulations still count those days as working days, so the statutory
//    deadline does not move; a local calendar shows the local practice, and
//    the engine warns that it is not the statutory answer.
const closures = createWorkingDayCalendar({
  extraClosedDays: [
    { date: '2024-12-27', name: 'Council closure' },
    { date: '2024-12-30', name: 'Council closure' },
    { date: '2024-12-31', name: 'Council closure' },
  ],
});
const local = assessComplaint(newComplaint, { asOf: today, calendar: closures });
console.log(`  with the council's closure days: ${local.stages[0]?.dueOn} (${local.warnings.map((w) => w.code).join(', ')})`); // 2025-01-13
assert.equal(local.stages[0]?.dueOn, '2025-01-13');
assert.ok(local.warnings.some((w) => w.code === 'local-calendar'));

// 4. The team dashboard: what is overdue or falls due within 5 working days.
const caseload: ComplaintTimeline[] = [
  newComplaint,
  extendedComplaint,
  { id: 'C-2024-079', receivedOn: '2024-11-18', events: [] },
  { id: 'C-2024-090', receivedOn: '2024-12-02', events: [{ type: 'response', stage: 1, date: '2024-12-13', outcome: 'not-upheld' }] },
];
console.log('Due within 5 working days, or overdue:');
const dashboard = upcomingDeadlines(caseload, { asOf: today, withinWorkingDays: 5 });
for (const item of dashboard) console.log(`  ${item.id}  Stage ${item.stage} ${item.step}  due ${item.dueOn}${item.overdue ? '  OVERDUE' : ''}`);
assert.deepEqual(
  dashboard.map((item) => [item.id, item.dueOn, item.overdue]),
  [
    ['C-2024-079', '2024-12-02', true],
    ['C-2024-087', '2024-12-23', false],
  ],
);
