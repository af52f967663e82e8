import { describe, expect, it } from 'vitest';
import { ombudsmanDecisions } from '../../src/index';

describe('Ombudsman decision labels of every era', () => {
  it.each(ombudsmanDecisions.eras.map((entry) => [entry.label, entry.decision, entry.eras.join(', ')] as const))(
    '%j maps to %s (%s)',
    (label, decision) => {
      expect(ombudsmanDecisions.parse(label)).toBe(decision);
    },
  );

  it('covers the three eras and every canonical decision', () => {
    const eras = new Set(ombudsmanDecisions.eras.flatMap((entry) => entry.eras));
    expect([...eras].sort()).toEqual(['2013-2024', 'current', 'up-to-2012']);
    const reached = new Set(ombudsmanDecisions.eras.map((entry) => entry.decision));
    expect(ombudsmanDecisions.values.filter((decision) => !reached.has(decision))).toEqual([]);
  });

  it('is frozen data with a note for every mapping', () => {
    expect(Object.isFrozen(ombudsmanDecisions.eras)).toBe(true);
    for (const entry of ombudsmanDecisions.eras) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(entry.note.length).toBeGreaterThan(10);
      expect(['P', 'S', 'U']).toContain(entry.verification);
    }
  });

  it.each([
    ['Local settlement', 'upheld'],
    ["Ombudsman's discretion", 'closed-after-initial-enquiries'],
    ['Assessed and closed', 'closed-after-initial-enquiries'],
    ['Not for us', 'referred-back-for-local-resolution'],
    ['Premature', 'referred-back-for-local-resolution'],
    ['No maladministration', 'not-upheld'],
    ['Maladministration without injustice', 'upheld-maladministration-no-injustice'],
    ['Satisfactory remedy provided by the council', 'satisfactory-remedy-provided'],
    ['Fault causing injustice', 'upheld-maladministration-and-injustice'],
    ['Advice given', 'advice-given'],
  ] as const)('the documented decision: %j lands on %s', (label, decision) => {
    expect(ombudsmanDecisions.parse(label)).toBe(decision);
  });

  it('marks the upheld decisions', () => {
    expect(ombudsmanDecisions.upheld).toEqual([
      'upheld-maladministration-and-injustice',
      'upheld-maladministration-no-injustice',
      'upheld',
      'satisfactory-remedy-provided',
    ]);
  });

  it('refuses "Investigated" with a fix', () => {
    const result = ombudsmanDecisions.safeParse('Investigated');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('UNKNOWN_LABEL');
      expect(result.error.fix).toContain('Record the decision itself');
    }
  });
});
