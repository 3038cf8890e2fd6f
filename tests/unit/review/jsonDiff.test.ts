import { describe, expect, it } from 'vitest';
import { diffJson } from '../../../src/main/domain/review/jsonDiff';

describe('diffJson', () => {
  it('reports nothing for equal documents, whatever the key order', () => {
    expect(
      diffJson({ a: 1, b: [1, 2], c: { d: null } }, { c: { d: null }, b: [1, 2], a: 1 }),
    ).toEqual([]);
  });

  it('names changed, added and removed leaves by path', () => {
    expect(
      diffJson(
        { conduct: 'NONE', urgency: { imminent_threat: 'N' }, gone: 1 },
        { conduct: 'EXPRESSIVE', urgency: { imminent_threat: 'Y' }, added: true },
      ),
    ).toEqual([
      { path: 'added', before: undefined, after: true },
      { path: 'conduct', before: 'NONE', after: 'EXPRESSIVE' },
      { path: 'gone', before: 1, after: undefined },
      { path: 'urgency.imminent_threat', before: 'N', after: 'Y' },
    ]);
  });

  it('matches records by id, as SPEC §2.3.5 paths do, so an insertion changes nothing else', () => {
    const r1 = { risk_id: 'R1', real: 'U' };
    const r2 = { risk_id: 'R2', real: 'Y' };
    expect(
      diffJson(
        { risks: [r1, r2] },
        { risks: [{ risk_id: 'R0', real: 'N' }, { ...r1, real: 'Y' }, r2] },
      ),
    ).toEqual([
      { path: 'risks[R1].real', before: 'U', after: 'Y' },
      { path: 'risks[R0]', before: undefined, after: { risk_id: 'R0', real: 'N' } },
    ]);
    expect(
      diffJson(
        { host_actions: [{ action_id: 'A1', conviction_final: 'N' }] },
        { host_actions: [{ action_id: 'A1', conviction_final: 'Y' }] },
      ),
    ).toEqual([{ path: 'host_actions[A1].conviction_final', before: 'N', after: 'Y' }]);
  });

  it('uses indexes for records without ids and reports scalar lists whole', () => {
    expect(
      diffJson(
        { requests: [{ answer: 'PENDING' }], nationalities: ['ECX'] },
        { requests: [{ answer: 'REFUSED' }], nationalities: ['ECX', 'GBX'] },
      ),
    ).toEqual([
      { path: 'nationalities', before: ['ECX'], after: ['ECX', 'GBX'] },
      { path: 'requests[0].answer', before: 'PENDING', after: 'REFUSED' },
    ]);
  });

  it('quotes keys that are not identifiers and stops at the limit', () => {
    expect(diffJson({ 'a b': 1 }, { 'a b': 2 })).toEqual([{ path: '"a b"', before: 1, after: 2 }]);
    expect(diffJson(1, 2)).toEqual([{ path: '$', before: 1, after: 2 }]);
    const many = (v: number) =>
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, v]));
    expect(diffJson(many(1), many(2), 5)).toHaveLength(5);
  });
});
