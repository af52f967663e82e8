import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complainantSources, complaintTypes, normaliseLabel, ombudsmanDecisions, stageOutcomes, UnknownLabelError } from '../../src/index';

/** Rewrites a label the way exports vary it: case, spacing, dashes, punctuation, "&" for "and", "partially" for "partly". */
function variant(label: string): fc.Arbitrary<string> {
  const separators = fc.constantFrom(' ', '  ', '-', ' – ', '—', '/', ' / ', '_', '. ', ', ');
  return fc
    .record({
      upper: fc.array(fc.boolean(), { minLength: label.length, maxLength: label.length }),
      separator: separators,
      ampersand: fc.boolean(),
      partially: fc.boolean(),
      wrap: fc.constantFrom(['', ''], [' ', ' '], ['"', '"'], ['', '.'], ['(', ')']),
    })
    .map(({ upper, separator, ampersand, partially, wrap }) => {
      let text = label
        .split('')
        .map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()))
        .join('')
        .split(/\s+/)
        .join(separator);
      if (ampersand) text = text.replace(/\band\b/gi, '&');
      if (partially) text = text.replace(/partly/gi, 'partially');
      return `${wrap[0]}${text}${wrap[1]}`;
    });
}

describe('label matching laws', () => {
  it('any variant of an outcome label parses to that outcome', () => {
    const cases = fc.constantFrom(...stageOutcomes.values).chain((value) => variant(stageOutcomes.labels[value]).map((label) => [value, label] as const));
    fc.assert(
      fc.property(cases, ([value, label]) => {
        expect(stageOutcomes.parse(label)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('any variant of a complaint type or source label parses to its value', () => {
    const types = fc.constantFrom(...complaintTypes.values).chain((value) => variant(complaintTypes.labels[value]).map((label) => [value, label] as const));
    const sources = fc.constantFrom(...complainantSources.values).chain((value) => variant(complainantSources.labels[value]).map((label) => [value, label] as const));
    fc.assert(
      fc.property(types, sources, ([type, typeLabel], [source, sourceLabel]) => {
        expect(complaintTypes.parse(typeLabel)).toBe(type);
        expect(complainantSources.parse(sourceLabel)).toBe(source);
      }),
      { numRuns: 300 },
    );
  });

  it('any variant of an era’s Ombudsman label parses to its decision', () => {
    const cases = fc.constantFrom(...ombudsmanDecisions.eras).chain((entry) => variant(entry.label).map((label) => [entry.decision, label] as const));
    fc.assert(
      fc.property(cases, ([decision, label]) => {
        expect(ombudsmanDecisions.parse(label)).toBe(decision);
      }),
      { numRuns: 300 },
    );
  });

  it('normalisation is idempotent and yields only lower-case letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const key = normaliseLabel(text);
        expect(normaliseLabel(key)).toBe(key);
        expect(key).toBe(key.toLowerCase());
        expect(/[\s\p{P}\p{S}]/u.test(key)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a safe parser never throws, and a failure is a typed error with at most three known suggestions', () => {
    const known = new Set(Object.values(stageOutcomes.labels));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.anything()), (label) => {
        const result = stageOutcomes.safeParse(label as string);
        if (result.success) {
          expect(stageOutcomes.values).toContain(result.data);
          return;
        }
        expect(['UNKNOWN_LABEL', 'INVALID_ARGUMENT']).toContain(result.error.code);
        if (result.error instanceof UnknownLabelError) {
          expect(result.error.suggestions.length).toBeLessThanOrEqual(3);
          for (const suggestion of result.error.suggestions) expect(known.has(suggestion)).toBe(true);
        }
        expect(complaintTypes.safeParse(label as string).success).toBe(typeof label === 'string' && complaintTypes.safeParse(label).success);
      }),
      { numRuns: 500 },
    );
  });
});
