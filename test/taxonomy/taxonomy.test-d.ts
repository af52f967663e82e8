import { describe, expectTypeOf, it } from 'vitest';
import {
  defineServiceAreas,
  parseOmbudsmanDecision,
  parseOutcome,
  safeParseOutcome,
  stageOutcomeSchema,
  type AgeBand,
  type Channel,
  type ComplainantSource,
  type ComplaintType,
  type LabelParseResult,
  type OmbudsmanDecision,
  type StageOutcome,
  STAGE_OUTCOME_LABELS,
} from '../../src/index';
import type { z } from 'zod';

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
    expectTypeOf(parseOutcome('x')).toEqualTypeOf<StageOutcome>();
    expectTypeOf(parseOmbudsmanDecision('x')).toEqualTypeOf<OmbudsmanDecision>();
    const result = safeParseOutcome('x');
    expectTypeOf(result).toEqualTypeOf<LabelParseResult<StageOutcome>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<StageOutcome>();
    expectTypeOf<z.output<ReturnType<typeof stageOutcomeSchema>>>().toEqualTypeOf<StageOutcome>();
    expectTypeOf(STAGE_OUTCOME_LABELS).toEqualTypeOf<Readonly<Record<StageOutcome, string>>>();
  });

  it('checks alias targets', () => {
    parseOutcome('x', { aliases: { Sorted: 'resolved-informally' } });
    // @ts-expect-error: not an outcome
    parseOutcome('x', { aliases: { Sorted: 'sorted' } });
  });

  it('infers a council’s service-area ids', () => {
    const areas = defineServiceAreas([
      { id: 'cin', label: 'Children in Need' },
      { id: 'lac', label: 'Looked After Children' },
    ]);
    expectTypeOf(areas.parse('x')).toEqualTypeOf<'cin' | 'lac'>();
    expectTypeOf(areas.ids).toEqualTypeOf<readonly ('cin' | 'lac')[]>();
  });
});
