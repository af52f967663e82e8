/**
 * The shape checker's fast path (compiled conformance tests) and its slow
 * path (the walk that says where and why) must agree: checkShape returns no
 * issue exactly when the walk finds none, and otherwise exactly the walk's
 * issues.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape, findIssues, type Shape } from '../../src/internal/shape';
import { TIMELINE_SHAPE } from '../../src/procedure/timeline';
import { RECORD_SHAPE } from '../../src/records/fields';
import { PROCEDURE_SHAPE } from '../../src/procedure/engine/options';
import { childrenAct1989England, complaintHandlingCode } from '../../src/index';
import { complaintRecordArbitrary, complaintTimelineArbitrary } from '../../src/testing/index';
import { clonePlain, hostileValue, spoiled } from '../support/hostile';

function agree(shape: Shape, value: unknown): void {
  expect(checkShape(shape, value)).toEqual(findIssues(shape, value));
}

describe('checkShape', () => {
  it('agrees with the full walk on timelines, valid and spoiled', () => {
    fc.assert(fc.property(fc.oneof(complaintTimelineArbitrary(), spoiled(complaintTimelineArbitrary())), (value) => agree(TIMELINE_SHAPE, value)), { numRuns: 400 });
  });

  it('agrees with the full walk on records, valid and spoiled', () => {
    fc.assert(fc.property(fc.oneof(complaintRecordArbitrary(), spoiled(complaintRecordArbitrary())), (value) => agree(RECORD_SHAPE, value)), { numRuns: 400 });
  });

  it('agrees with the full walk on procedures, shipped and spoiled', () => {
    const shipped = fc.constantFrom(clonePlain(childrenAct1989England), clonePlain(complaintHandlingCode));
    fc.assert(fc.property(fc.oneof(shipped, spoiled(shipped)), (value) => agree(PROCEDURE_SHAPE, value)), { numRuns: 200 });
  });

  it('agrees with the full walk on anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue(), fc.anything()), (value) => {
        agree(TIMELINE_SHAPE, value);
        agree(RECORD_SHAPE, value);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in a valid value, and something in each kind of fault (hand-made cases)', () => {
    const timeline = { receivedOn: '2024-03-25', events: [{ type: 'response', stage: 1, date: '2024-04-10' }] };
    expect(checkShape(TIMELINE_SHAPE, timeline)).toEqual([]);
    expect(checkShape(TIMELINE_SHAPE, { ...timeline, extra: 1 }).map((issue) => issue.problem)).toEqual(['unknown-key']);
    expect(checkShape(TIMELINE_SHAPE, { events: [] }).map((issue) => issue.problem)).toEqual(['missing']);
    expect(checkShape(TIMELINE_SHAPE, { ...timeline, receivedOn: '2023-02-29' }).map((issue) => issue.problem)).toEqual(['not-a-date']);
    expect(checkShape(TIMELINE_SHAPE, { ...timeline, events: [{ type: 'response', stage: 4, date: '2024-04-10' }] }).map((issue) => issue.problem)).toEqual(['not-listed']);
    const inherited = Object.create({ receivedOn: '2024-03-25' }) as Record<string, unknown>;
    inherited['events'] = [];
    expect(checkShape(TIMELINE_SHAPE, inherited).map((issue) => issue.problem)).toEqual(['missing']);
    const hidden = { receivedOn: '2024-03-25', events: [] };
    Object.defineProperty(hidden, 'groundsAroseOn', { value: 'not a date', enumerable: false });
    expect(checkShape(TIMELINE_SHAPE, hidden).map((issue) => issue.problem)).toEqual(['not-a-date']);
    expect(checkShape(TIMELINE_SHAPE, { receivedOn: '2024-03-25', events: [], id: undefined })).toEqual([]);
  });
});
