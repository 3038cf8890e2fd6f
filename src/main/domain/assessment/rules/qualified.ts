// Step Q — treaty non-refoulement with its own conditions (SPEC §2.7). Authorities: Q-1
// TREATY_REFCONV_ART33 (33(1), 33(2)), TREATY_REFCONV_ART1F, TREATY_REFCONV_ART1A2,
// UNDOC_UNHCR_AO_2007, SCH_LAUTERPACHT_BETHLEHEM; Q-1b TREATY_OAU_1969; Q-3a CASE_SOERING (¶113),
// CASE_OTHMAN (¶¶259–260), TREATY_IACPPT_ART13; Q-3b CASE_OTHMAN (¶233).
import type { KnownHarmType } from '../../../../shared/caseFacts/enums';
import { applies, down, emit, enter, noteUnknown, up, type Ctx } from '../context';
import type { Flag, ReasonCode } from '../codes';
import { missionClass } from './offence';
import type { RiskEval } from './risk';

export type QResult = { holds: boolean; q1: boolean; q1b: boolean; q3: boolean; rules: string[] };

/**
 * Q-1 / Q-1b read "severity ≥ 2": every harm but LESSER_HARM and PROSECUTION_ONLY (persecution
 * includes torture, CIDT, SGBV, the death penalty and discriminatory prosecution). Reading: the
 * legal categories, not the configurable weights (§2.12: Step Q uses no weights).
 */
const PERSECUTORY = (h: KnownHarmType): boolean => h !== 'LESSER_HARM' && h !== 'PROSECUTION_ONLY';

/** V-2 unknown (stateless = U, former residence in the host): optimistic not applied. */
const v2Applies = (ctx: Ctx): boolean => {
  const v2 = ctx.subj.v2;
  if (v2 === 'U') {
    noteUnknown(ctx, `${ctx.subj.path}.stateless`);
    return !ctx.side.optimistic;
  }
  return v2 === 'Y';
};

/** Art. 1F, or the class EXCLUDABLE_1F (Appendix A item 5: keeps the bounds monotone). */
const excluded1F = (ctx: Ctx): boolean => {
  let any = false;
  for (const a of ctx.nc.actions) {
    const p = `${a.path}.exclusion_1F`;
    const fa = down(ctx, a.f1a, `${p}.a`);
    const fb = down(ctx, a.f1b, `${p}.b`);
    const fc = down(ctx, a.f1c, `${p}.c`);
    if (fa || fb || fc || missionClass(ctx, a) === 'EXCLUDABLE_1F') any = true;
  }
  return any;
};

const evaluateQ1 = (ctx: Ctx, engaged: readonly RiskEval[]): boolean => {
  enter(ctx, 'Q-1');
  const instrument = applies(ctx, 'REFUGEE_1951') || applies(ctx, 'PROTOCOL_1967');
  let base = false;
  const on: string[] = [];
  if (instrument && engaged.length > 0) {
    const refugee =
      !v2Applies(ctx) && up(ctx, ctx.subj.refugee, `${ctx.subj.path}.refugee_definition_met`);
    if (refugee) {
      for (const e of engaged) {
        if (!PERSECUTORY(e.eff)) continue;
        // V-12: a persecution claim without a ground has an unknown nexus.
        const ground =
          e.risk.convention_ground !== null ||
          (e.risk.groundUnknown &&
            (noteUnknown(ctx, `${e.risk.path}.convention_ground`), ctx.side.optimistic));
        if (ground) {
          base = true;
          on.push(e.risk.risk_id);
        }
      }
    }
  }
  if (!base) {
    emit(ctx, 'Q-1', { instrument, engaged: engaged.map((e) => e.risk.risk_id) }, false);
    return false;
  }
  // Exceptions, cumulative reading of art. 33(2) (E19, F4) and art. 1F; all are checked so that
  // every ground that defeats Q-1 is reported.
  const codes: ReasonCode[] = [];
  const flags: Flag[] = [];
  let natsec = false;
  let psc = false;
  for (const a of ctx.nc.actions) {
    if (
      down(
        ctx,
        a.natsec,
        `${a.path}.national_security_allegation.reasonable_grounds_found_by_mission`,
      )
    ) {
      natsec = true;
    }
    const final = down(ctx, a.convictionFinal, `${a.path}.conviction_final`);
    const danger = down(ctx, a.danger, `${a.path}.danger_to_community_found_by_mission`);
    if (final && danger && missionClass(ctx, a) === 'PARTICULARLY_SERIOUS_FINAL') psc = true;
  }
  const f1 = excluded1F(ctx);
  if (natsec) codes.push('Q_EXCLUDED_33_2_NATSEC');
  if (psc) codes.push('Q_EXCLUDED_33_2_PSC');
  if (f1) codes.push('Q_EXCLUDED_1F');
  // 0.2 reads "the country in which he is" as the host; the other reading is flagged (F4).
  if (natsec || psc) flags.push('INTERPRETATION_33_2_COUNTRY');
  const holds = !natsec && !psc && !f1;
  if (holds) codes.push('Q_REFUGEE_33_1');
  emit(ctx, 'Q-1', { risks: on, refugee_definition_met: ctx.subj.refugee }, holds, codes, flags);
  return holds;
};

const evaluateQ1b = (ctx: Ctx, engaged: readonly RiskEval[]): boolean => {
  enter(ctx, 'Q-1b');
  const instrument = applies(ctx, 'OAU_1969');
  let base = false;
  if (instrument && engaged.some((e) => PERSECUTORY(e.eff))) {
    const v2 = v2Applies(ctx);
    base =
      !v2 &&
      (up(ctx, ctx.subj.refugee, `${ctx.subj.path}.refugee_definition_met`) ||
        up(ctx, ctx.subj.oau, `${ctx.subj.path}.oau_refugee_definition_met`));
  }
  if (!base) {
    emit(ctx, 'Q-1b', { instrument }, false);
    return false;
  }
  // OAU art. I(5): 1F-type exclusions only; art. II(3) has no 33(2)-type exception.
  const f1 = excluded1F(ctx);
  emit(ctx, 'Q-1b', { instrument }, !f1, [f1 ? 'Q_EXCLUDED_1F' : 'Q_OAU_II_3']);
  return !f1;
};

const evaluateQ3 = (ctx: Ctx, engaged: readonly RiskEval[]): { a: boolean; b: boolean } => {
  enter(ctx, 'Q-3');
  const echr = applies(ctx, 'ECHR');
  const iacppt = applies(ctx, 'IACPPT');
  let a = false;
  let b = false;
  for (const e of engaged) {
    const r = e.risk;
    if (
      e.eff === 'FLAGRANT_DENIAL_OF_JUSTICE' &&
      r.flagrant_category !== null &&
      (echr || iacppt)
    ) {
      // Category U: optimistic "recorded (any category, incl. SPECIAL_OR_AD_HOC_COURT)".
      let recorded = true;
      let special = r.flagrant_category === 'SPECIAL_OR_AD_HOC_COURT';
      if (r.flagrant_category === 'U') {
        noteUnknown(ctx, `${r.path}.flagrant_denial_category`);
        recorded = ctx.side.optimistic;
        special = ctx.side.optimistic;
      }
      if (recorded && (echr || (iacppt && special))) a = true;
    }
    if (
      e.eff === 'ARBITRARY_DETENTION' &&
      echr &&
      up(ctx, r.flagrant_breach, `${r.path}.flagrant_breach_of_liberty`)
    ) {
      b = true;
    }
  }
  emit(ctx, 'Q-3a', { ECHR: echr, IACPPT: iacppt }, a, a ? ['Q_FLAGRANT_DENIAL'] : []);
  emit(ctx, 'Q-3b', { ECHR: echr }, b, b ? ['Q_FLAGRANT_DETENTION'] : []);
  return { a, b };
};

export const evaluateQualified = (ctx: Ctx, risks: readonly RiskEval[]): QResult => {
  const engaged = ctx.jEstablished ? risks.filter((e) => e.engaged) : [];
  const q1 = evaluateQ1(ctx, engaged);
  const q1b = evaluateQ1b(ctx, engaged);
  const q3 = evaluateQ3(ctx, engaged);
  const rules: string[] = [];
  if (q1) rules.push('Q-1');
  if (q1b) rules.push('Q-1b');
  if (q3.a) rules.push('Q-3a');
  if (q3.b) rules.push('Q-3b');
  return { holds: rules.length > 0, q1, q1b, q3: q3.a || q3.b, rules };
};
