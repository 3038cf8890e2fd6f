// Step R — risk establishment per RiskClaim (SPEC §2.5). Authorities: R-1 TREATY_CAT_ART1,
// VIEWS_NJAMBA (¶9.5); R-1b CASE_IRELAND_UK (¶162), GC6_CRC; R-2 CASE_OTHMAN (¶¶188–189), GC4_CAT
// (¶20); R-3 TREATY_CAT_ART3, GC4_CAT (¶11), GC31_HRC (¶12); R-5 GC31_HRC, GC4_CAT (¶12),
// CASE_MN_BELGIUM; R-6 CASE_AL_SAADOON, AO_OC25_18, CASE_B_FCO (limiting).
import type { HarmType, KnownHarmType } from '../../../../shared/caseFacts/enums';
import { down, emit, enter, noteUnknown, party, up, type Ctx } from '../context';
import type { Flag, ReasonCode } from '../codes';
import type { NRisk } from '../model';

export type RiskEval = {
  risk: NRisk;
  /** Effective harm (never UNKNOWN: §2.3.2 resolves it to TORTURE / PROSECUTION_ONLY). */
  eff: KnownHarmType;
  /** Severity from the configuration (B: H, immediacy). */
  severity: number;
  established: boolean;
  relevant: boolean;
  engaged: boolean;
  /** A-3 death-penalty limb (imposition unlawful under ICCPR art. 6(2)); null if not read. */
  a3Limb: boolean | null;
  /** R-2 set `real` to N. */
  assurancesRelied: boolean;
  /** Resolved limbs, after R-2. */
  limbs: { foreseeable: boolean; personal: boolean; present: boolean; real: boolean };
};

/** §1.2.1 / R-1b: harm types whose threshold is relative to the subject (F15). */
const RELATIVE_THRESHOLD_HARMS = new Set<HarmType>([
  'SERIOUS_INJURY_OTHER',
  'PERSONAL_INTEGRITY',
  'ARBITRARY_DETENTION',
]);

const LIMB_CODES = {
  foreseeable: 'RISK_NOT_ESTABLISHED_FORESEEABLE',
  personal: 'RISK_NOT_ESTABLISHED_PERSONAL',
  present: 'RISK_NOT_ESTABLISHED_PRESENT',
  real: 'RISK_NOT_ESTABLISHED_REAL',
} as const;

/** age_band U: optimistic CHILD, pessimistic ADULT (§2.3.2; read by R-1b and A-8). */
export const isChild = (ctx: Ctx): boolean => {
  const band = ctx.subj.ageBand;
  if (band === 'U') {
    noteUnknown(ctx, `${ctx.subj.path}.age_band`);
    return ctx.side.optimistic;
  }
  return band === 'CHILD';
};

export const evaluateRisk = (ctx: Ctx, r: NRisk): RiskEval => {
  enter(ctx, `R:${r.risk_id}`);
  const p = r.path;

  // UNKNOWN harm type (F1): optimistic TORTURE, pessimistic PROSECUTION_ONLY.
  let harm: KnownHarmType;
  if (r.harm_type === 'UNKNOWN') {
    noteUnknown(ctx, `${p}.harm_type`);
    harm = ctx.side.optimistic ? 'TORTURE' : 'PROSECUTION_ONLY';
  } else harm = r.harm_type;

  // R-1 / V-7: CIDT or serious SGBV meeting the CAT art. 1 elements is torture (Njamba ¶9.5).
  let eff: KnownHarmType = harm;
  const codes: ReasonCode[] = [];
  if (harm === 'CIDT' || harm === 'SERIOUS_SGBV') {
    if (up(ctx, r.amounts_to_torture, `${p}.amounts_to_torture`)) eff = 'TORTURE';
    emit(
      ctx,
      'R-1',
      { risk_id: r.risk_id, harm_type: harm, amounts_to_torture: r.amounts_to_torture },
      { eff_harm: eff },
    );
  } else if (RELATIVE_THRESHOLD_HARMS.has(harm)) {
    // R-1b: the ill-treatment threshold is relative to age and vulnerability (Ireland v UK ¶162;
    // CRC GC 6). Reading: the age band is read only when the subject has no vulnerabilities,
    // since either qualifies the subject.
    const qualifies = ctx.subj.vulnerable || isChild(ctx);
    if (qualifies && up(ctx, r.threshold, `${p}.reaches_ill_treatment_threshold_for_subject`)) {
      eff = 'CIDT';
      codes.push('R1B_RELATIVE_THRESHOLD');
    }
    emit(
      ctx,
      'R-1b',
      {
        risk_id: r.risk_id,
        harm_type: harm,
        age_band: ctx.subj.ageBand,
        vulnerable: ctx.subj.vulnerable,
        threshold: r.threshold,
      },
      { eff_harm: eff },
      codes,
    );
  }

  // reliable assurances negate `real` only on the Othman factors, never for torture against a
  // pattern of gross violations, and not at all for torture where the sending state is bound by no
  // human-rights treaty beyond CAT (CAT GC 4 ¶20; F5). Party status, not mode, so that P8 holds.
  let realOverride = false;
  if (r.assurances !== null) {
    const a = r.assurances;
    const ap = `${p}.assurances`;
    const r2codes: ReasonCode[] = [];
    const r2flags: Flag[] = [];
    const catOnly =
      eff === 'TORTURE' &&
      !party(ctx, 'ICCPR') &&
      !party(ctx, 'ECHR') &&
      !party(ctx, 'ACHR') &&
      !party(ctx, 'IACPPT');
    if (catOnly) {
      // §2.5 R-2 "does not apply" at all, whatever the reliability found (CAT GC 4 ¶20: no
      // loophole), so the reliability is not read. Appendix B F5 pairs the flag with the code
      // ("flag ASSURANCES_NOT_RELIED_ON_CAT; code ASSURANCES_NOT_RELIED_ON"), and §0.5 says the
      // assurances "are not relied on": both are emitted for any assurance, also UNRELIABLE or U.
      r2flags.push('ASSURANCES_NOT_RELIED_ON_CAT');
      r2codes.push('ASSURANCES_NOT_RELIED_ON');
    } else {
      let reliable = false;
      if (a.reliability === 'U') {
        noteUnknown(ctx, `${ap}.reliability`);
        reliable = !ctx.side.optimistic;
      } else reliable = a.reliability === 'RELIABLE';
      if (reliable) {
        const specific = down(ctx, a.specific, `${ap}.specific`);
        const competent = down(ctx, a.competent, `${ap}.given_by_competent_authority`);
        const monitoring = down(ctx, a.monitoring, `${ap}.verifiable_monitoring`);
        const track = down(ctx, a.track, `${ap}.track_record_of_compliance`);
        const patternBlocks =
          eff === 'TORTURE' && up(ctx, r.pattern, `${p}.pattern_of_gross_violations`);
        if (specific && competent && (monitoring || track) && !patternBlocks) {
          realOverride = true;
          r2codes.push('ASSURANCES_RELIED_ON');
          r2flags.push('ASSURANCES_RELIED_ON');
        } else r2codes.push('ASSURANCES_NOT_RELIED_ON');
      }
    }
    emit(
      ctx,
      'R-2',
      {
        risk_id: r.risk_id,
        reliability: a.reliability,
        specific: a.specific,
        given_by_competent_authority: a.competent,
        verifiable_monitoring: a.monitoring,
        track_record_of_compliance: a.track,
        pattern_of_gross_violations: r.pattern,
        eff_harm: eff,
      },
      { relied_on: realOverride },
      r2codes,
      r2flags,
    );
  }

  // all four CAT GC 4 ¶11 limbs (E2: "foreseeable, personal, present and real").
  const limbs = {
    foreseeable: up(ctx, r.foreseeable, `${p}.foreseeable`),
    personal: up(ctx, r.personal, `${p}.personal`),
    present: up(ctx, r.present, `${p}.present`),
    real: realOverride ? false : up(ctx, r.real, `${p}.real`),
  };
  const established = limbs.foreseeable && limbs.personal && limbs.present && limbs.real;
  const r3codes: ReasonCode[] = [];
  for (const limb of ['foreseeable', 'personal', 'present', 'real'] as const) {
    if (!limbs[limb]) r3codes.push(LIMB_CODES[limb]);
  }
  emit(
    ctx,
    'R-3',
    {
      risk_id: r.risk_id,
      foreseeable: r.foreseeable,
      personal: r.personal,
      present: r.present,
      real: realOverride ? 'N' : r.real,
      pattern_of_gross_violations: r.pattern,
    },
    { established },
    r3codes,
  );

  // only risks reached by a handover (to the host, or onward through it) are engaged.
  let relevant: boolean;
  if (r.destination === 'UNKNOWN') {
    noteUnknown(ctx, `${p}.destination`);
    relevant = ctx.side.optimistic;
  } else relevant = r.destination !== 'THIRD_STATE_DIRECT';
  emit(
    ctx,
    'R-5',
    { risk_id: r.risk_id, destination: r.destination },
    { relevant },
    relevant ? [] : ['RISK_NOT_LINKED_TO_HANDOVER'],
  );

  const engaged = established && relevant;
  // R-6 (E14): handing a person to the territorial state is refoulement only by analogy
  // (Al-Saadoon; OC-25/18; B & Others limiting). Reading: the destination after resolution.
  const toHost = r.destination === 'HOST_TERRITORY' || (r.destination === 'UNKNOWN' && relevant);
  if (ctx.jEstablished && engaged && toHost) {
    emit(
      ctx,
      'R-6',
      { risk_id: r.risk_id },
      true,
      [],
      ['CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY'],
    );
  }

  // The A-3 death-penalty limb is part of R's compared result (§2.3.5).
  const a3Limb =
    eff === 'DEATH_PENALTY'
      ? up(ctx, r.imposition_unlawful, `${p}.imposition_unlawful_under_art6_2`)
      : null;

  return {
    risk: r,
    eff,
    severity: ctx.config.severity[eff],
    established,
    relevant,
    engaged,
    a3Limb,
    assurancesRelied: realOverride,
    limbs,
  };
};
