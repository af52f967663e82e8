import { describe, expectTypeOf, it } from 'vitest';
import { defineServiceAreas, ombudsmanDecisions, stageOutcomes, type AgeBand, type Channel, type ComplainantSource, type ComplaintType, type LabelParseResult, type OmbudsmanDecision, type StageOutcome } from '../../src/index';

describe('taxonomy types', () => {
  it('derives the unions from the arrays', () => {
    expectTypeOf<StageOutcome>().toEqualTypeOf<
      'upheld' | 'partly-upheld' | 'not-upheld' | 'no-finding' | 'resolved-informally' | 'explanation-given' | 'withdrawn'
    >();
    expectTypeOf<Channel>().toEqualTypeOf<'email' | 'telephone' | 'online-form' | 'letter' | 'in-person' | 'app' | 'other'>();
    expectTypeOf<'not-recorded'>().toMatchTypeOf<ComplaintType>();
    expectTypeOf<'not-recorded'>().toMatchTypeOf<ComplainantSource>();
    expectTypeOf<'prefers-not-to-say'>().toMatchTypeOf<AgeBand>();
  });

  it('types the parsers, the safe results and the schemas', () => {
    expectTypeOf(stageOutcomes.parse('x')).toEqualTypeOf<StageOutcome>();
    expectTypeOf(ombudsmanDecisions.parse('x')).toEqualTypeOf<OmbudsmanDecision>();
    const result = stageOutcomes.safeParse('x');
    expectTypeOf(result).toEqualTypeOf<LabelParseResult<StageOutcome>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<StageOutcome>();
    expectTypeOf(stageOutcomes.values).toEqualTypeOf<readonly StageOutcome[]>();
    expectTypeOf(stageOutcomes.labels).toEqualTypeOf<Readonly<Record<StageOutcome, string>>>();
  });

  it('checks alias targets', () => {
    stageOutcomes.parse('x', { aliases: { Sorted: 'resolved-informally' } });
    // @ts-expect-error: not an outcome
    stageOutcomes.parse('x', { aliases: { Sorted: 'sorted' } });
  });

  it('infers a council’s service-area ids', () => {
    const areas = defineServiceAreas([
      { id: 'cin', label: 'Children in Need' },
      { id: 'lac', label: 'Looked After Children' },
    ]);
    expectTypeOf(areas.parse('x')).toEqualTypeOf<'cin' | 'lac'>();
    expectTypeOf(areas.values).toEqualTypeOf<readonly ('cin' | 'lac')[]>();
  });
});
