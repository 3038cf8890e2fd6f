// Step O — precedence (SPEC §2.10): the first of A, Q, T, B that holds wins; every basis found is
// reported, even below the winner.
import type { Outcome, SubBasis, TreatyStep } from '../types';
import type { AResult } from './absolute';
import type { QResult } from './qualified';

export type OResult = { outcome: Outcome; sub_basis: SubBasis | null; basis: string[] };

export const RANK: Readonly<Record<Outcome, number>> = {
  PROTECTION_OBLIGATORY: 4,
  PERMISSIBLE_TREATY_BASIS: 3,
  PERMISSIBLE_ON_BALANCE: 2,
  NOT_JUSTIFIED: 1,
};

export const precedence = (a: AResult, q: QResult, t: TreatyStep, b: boolean): OResult => {
  const basis: string[] = [...a.rules, ...q.rules];
  if (t.result === 'HOLDS') basis.push(t.regime === 'CARACAS' ? 'T-C' : 'T-H');
  if (b) basis.push('B');
  if (a.holds) return { outcome: 'PROTECTION_OBLIGATORY', sub_basis: 'ABSOLUTE', basis };
  if (q.holds) {
    // F17: QUALIFIED when the refugee-law exceptions were checked (Q-1 / Q-1b), else Q-3 only.
    return {
      outcome: 'PROTECTION_OBLIGATORY',
      sub_basis: q.q1 || q.q1b ? 'QUALIFIED' : 'TREATY_NO_EXCEPTION',
      basis,
    };
  }
  if (t.result === 'HOLDS') {
    return {
      outcome: 'PERMISSIBLE_TREATY_BASIS',
      sub_basis: t.regime === 'CARACAS' ? 'CARACAS' : 'HAVANA',
      basis,
    };
  }
  if (b) return { outcome: 'PERMISSIBLE_ON_BALANCE', sub_basis: null, basis };
  return { outcome: 'NOT_JUSTIFIED', sub_basis: null, basis };
};
