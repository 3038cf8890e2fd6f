// One completion of the unknowns for one subject in one interpretation mode: the pipeline
// 0 → J → R → A → Q → T → B → O of SPEC §2.2 on determinate values.
import type { ExtraterritorialityMode } from '../../../shared/caseFacts/enums';
import type { Flag, ReasonCode } from './codes';
import type { RulesetConfig } from './config';
import { emit, enter, newCtx, noteUnknown, type Side } from './context';
import type { NCase, NSubject } from './model';
import { evaluateAbsolute, type AResult } from './rules/absolute';
import { evaluateJurisdiction } from './rules/jurisdiction';
import { precedence, RANK, type OResult } from './rules/precedence';
import { evaluateQualified, type QResult } from './rules/qualified';
import { evaluateRisk, type RiskEval } from './rules/risk';
import { evaluateSlidingScale, type BResult } from './rules/slidingScale';
import { evaluateTreaty } from './rules/treaty';
import type { Jurisdiction, TraceStep, TreatyStep } from './types';

export type Completion = {
  side: Side;
  jurisdiction: Jurisdiction;
  risks: RiskEval[];
  a: AResult;
  q: QResult;
  t: TreatyStep;
  b: BResult;
  o: OResult;
  rank: number;
  codes: ReasonCode[];
  flags: Flag[];
  trace: TraceStep[] | null;
  /** Unknown fields read, per compared rule group (§2.3.5). */
  reads: Map<string, Set<string>>;
  /** Each compared rule group's result, as a comparable string (§2.3.5). */
  results: Map<string, string>;
};

export const runCompletion = (
  nc: NCase,
  subj: NSubject,
  side: Side,
  mode: ExtraterritorialityMode,
  config: RulesetConfig,
  traced: boolean,
): Completion => {
  const ctx = newCtx(nc, subj, side, mode, config, traced);

  // V-2 (E13): art. 1A(2) requires the person to be outside the country of nationality.
  enter(ctx, 'Q-1');
  let v2 = subj.v2 === 'Y';
  if (subj.v2 === 'U') {
    noteUnknown(ctx, `${subj.path}.stateless`);
    v2 = !side.optimistic;
  }
  if (v2) {
    emit(
      ctx,
      'V-2',
      { subject: subj.ref, receiving_state: nc.receiving },
      true,
      ['Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL'],
      ['REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE'],
    );
  }
  // Informational (seed fn 10): only an explicit N raises it (Appendix A item 13).
  if (nc.recognisesDA === 'N') {
    emit(
      ctx,
      '0',
      { recognises_diplomatic_asylum: 'N' },
      true,
      [],
      ['SENDING_STATE_DOES_NOT_RECOGNISE_DA'],
    );
  }

  const jurisdiction = evaluateJurisdiction(ctx);
  const risks = subj.risks.map((r) => evaluateRisk(ctx, r));
  const a = evaluateAbsolute(ctx, risks);
  const q = evaluateQualified(ctx, risks);
  const t = evaluateTreaty(ctx);
  const b = evaluateSlidingScale(ctx, risks, t);
  const o = precedence(a, q, t, b.holds);
  const codes: ReasonCode[] = [];
  // NO_GENERAL_LEGAL_BASIS as a reason code: outcome NOT_JUSTIFIED and no Caracas/Havana regime.
  if (o.outcome === 'NOT_JUSTIFIED' && t.regime === 'NONE') codes.push('NO_GENERAL_LEGAL_BASIS');
  emit(ctx, 'O', { A: a.holds, Q: q.holds, T: t.result, B: b.holds }, o, codes);

  const results = new Map<string, string>();
  results.set('J', `${jurisdiction.rule}/${jurisdiction.status}`);
  for (const e of risks) {
    results.set(`R:${e.risk.risk_id}`, `${e.engaged}/${e.engaged ? e.eff : ''}/${e.a3Limb ?? ''}`);
  }
  results.set('A', a.rules.join(','));
  results.set('Q-1', String(q.q1));
  results.set('Q-1b', String(q.q1b));
  results.set('Q-3', String(q.q3));
  results.set('T', t.result);
  results.set('B', b.barred ? 'BARRED' : String(b.holds));

  return {
    side,
    jurisdiction,
    risks,
    a,
    q,
    t,
    b,
    o,
    rank: RANK[o.outcome],
    codes: ctx.codes,
    flags: ctx.flags,
    trace: ctx.trace,
    reads: ctx.reads,
    results,
  };
};
