import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/main/domain/assessment';
import {
  diffVersions,
  movementOf,
  type OutcomeSide,
} from '../../../src/main/domain/review/versionDiff';
import { baseFacts, risk } from '../../support/caseBuilder';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const side = (
  outcome: OutcomeSide['outcome'],
  range: OutcomeSide['range'] = null,
): OutcomeSide => ({
  outcome,
  subBasis: null,
  range,
  altMode: null,
  H: 0,
  I: 0,
});

describe('movementOf', () => {
  it('compares ranks, and ranges endpoint by endpoint', () => {
    expect(movementOf(side('NOT_JUSTIFIED'), side('PROTECTION_OBLIGATORY'))).toBe('UP');
    expect(movementOf(side('PERMISSIBLE_ON_BALANCE'), side('NOT_JUSTIFIED'))).toBe('DOWN');
    expect(movementOf(side('NOT_JUSTIFIED'), side('NOT_JUSTIFIED'))).toBe('SAME');
    const open = side('INSUFFICIENT_INFORMATION', ['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(movementOf(open, side('PROTECTION_OBLIGATORY'))).toBe('UP');
    expect(movementOf(open, side('NOT_JUSTIFIED'))).toBe('DOWN');
    expect(movementOf(open, side('PERMISSIBLE_ON_BALANCE'))).toBe('CHANGED');
    expect(movementOf(null, side('NOT_JUSTIFIED'))).toBe('ADDED');
    expect(movementOf(side('NOT_JUSTIFIED'), null)).toBe('REMOVED');
    expect(
      movementOf(
        { ...side('PROTECTION_OBLIGATORY'), subBasis: 'ABSOLUTE' },
        {
          ...side('PROTECTION_OBLIGATORY'),
          subBasis: 'QUALIFIED',
        },
      ),
    ).toBe('CHANGED');
  });
});

describe('diffVersions', () => {
  it('follows a limb from unknown to yes through the rules it decides', () => {
    const before = baseFacts({ risks: [risk({ real: 'U' })] });
    const after = baseFacts({ risks: [risk({ real: 'Y' })] });
    const diff = diffVersions(
      { facts: before, result: assess(before, { sha256 }) },
      { facts: after, result: assess(after, { sha256 }) },
    );
    expect(diff.facts).toEqual([{ path: 'risks[R1].real', before: 'U', after: 'Y' }]);
    expect(diff.outcomes[0]).toMatchObject({
      subjectRef: 'P1',
      movement: 'UP',
      before: { outcome: 'INSUFFICIENT_INFORMATION' },
      after: { outcome: 'PROTECTION_OBLIGATORY' },
    });
    const r3 = diff.rules.find((r) => r.rule === 'R-3' && r.completion === 'PESSIMISTIC');
    expect(r3).toMatchObject({
      about: 'R1',
      before: { established: false },
      after: { established: true },
    });
    // The optimistic side was already established: it is not reported as changed.
    expect(
      diff.rules.some(
        (r) =>
          r.rule === 'R-3' &&
          r.completion === 'OPTIMISTIC' &&
          r.after !== null &&
          r.before !== null,
      ),
    ).toBe(false);
  });

  it('reports nothing at all between two runs of the same facts', () => {
    const f = baseFacts({ risks: [risk()] });
    const r = assess(f, { sha256 });
    expect(diffVersions({ facts: f, result: r }, { facts: f, result: r })).toEqual({
      facts: [],
      rules: [],
      outcomes: [expect.objectContaining({ movement: 'SAME' })],
    });
  });
});
