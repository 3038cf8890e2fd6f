// Step A — absolute non-refoulement, no balancing and no exclusions (SPEC §2.6). Step A must not
// read natsec, exclusion_1F, offence class, the I components, conduct or duration (P2): nothing
// below touches host actions. Authorities: A-1 TREATY_CAT_ART3, GC4_CAT (¶¶8–9), TREATY_CAT_ART2,
// TREATY_ICCPR_ART6_7, GC31_HRC (¶12), GC20_HRC (¶9), TREATY_ECHR_ART1_3_6, CASE_CHAHAL,
// TREATY_IACPPT_ART13; A-2 the same HR set; A-3 GC36_HRC; A-4 CASE_AL_SAADOON, VIEWS_JUDGE_CANADA;
// A-5 TREATY_ACHR_ART22_8, CASE_PACHECO_TINEO, AO_OC25_18; A-6 TREATY_CED_ART16; A-8 GC6_CRC;
// no exceptions: CASE_CHAHAL, CASE_SAADI.
import type { KnownHarmType } from '../../../../shared/caseFacts/enums';
import { applies, emit, enter, up, type Ctx } from '../context';
import type { Flag, ReasonCode } from '../codes';
import { isChild, type RiskEval } from './risk';

export type ARule = 'A-1' | 'A-2' | 'A-3' | 'A-4' | 'A-5' | 'A-6' | 'A-8';
export type AResult = { holds: boolean; rules: ARule[] };

/**
 * A-8 reads "any harm with severity ≥ 4". Reading: the §2.12 severity ordering of the legal
 * categories, not the configurable weights — §2.12 says Steps A, Q and T use no weights.
 */
const GRAVE_HARMS = new Set<KnownHarmType>([
  'TORTURE',
  'ARBITRARY_DEPRIVATION_OF_LIFE',
  'DEATH_PENALTY',
  'ENFORCED_DISAPPEARANCE',
  'CIDT',
  'SERIOUS_SGBV',
  'UNDERAGE_RECRUITMENT',
]);

/** The A-rules whose instrument condition "HR applies" satisfies (§2.6; IACPPT counts, F7). */
const HR_RULES: ReadonlySet<ARule> = new Set<ARule>(['A-1', 'A-2', 'A-3']);

/** ACHR art. 22(8) harms to "life, integrity and/or freedom" (Pacheco Tineo; F2). */
const ACHR_HARMS = new Set<KnownHarmType>([
  'PERSONAL_INTEGRITY',
  'ARBITRARY_DETENTION',
  'ARBITRARY_DEPRIVATION_OF_LIFE',
  'PERSECUTION_CONVENTION_GROUND',
]);

type Instruments = {
  cat: boolean;
  hr: boolean;
  iccpr: boolean;
  echr: boolean;
  achr: boolean;
  iacppt: boolean;
};

const CODES: Readonly<Record<ARule, ReasonCode>> = {
  'A-1': 'ABS_TORTURE',
  'A-2': 'ABS_CIDT',
  'A-3': 'ABS_LIFE',
  'A-4': 'ABS_DEATH_PENALTY',
  'A-5': 'ABS_ACHR_22_8',
  'A-6': 'ABS_ENFORCED_DISAPPEARANCE',
  'A-8': 'ABS_CRC_CHILD',
};

const holdingRules = (
  ctx: Ctx,
  engaged: readonly RiskEval[],
  ins: Instruments,
  flags: Flag[] | null,
): ARule[] => {
  const rules = new Set<ARule>();
  const customary = ctx.config.customary_torture_nonrefoulement && ctx.jEstablished;
  for (const e of engaged) {
    const r = e.risk;
    switch (e.eff) {
      case 'TORTURE':
        // CAT art. 3; ICCPR art. 7 / ECHR art. 3 (Chahal); IACPPT art. 13(4); custom (F20).
        if (ins.cat || ins.hr || customary) {
          rules.add('A-1');
          if (flags !== null && !ins.hr) {
            // CAT art. 1 "public official" vs the broader GC 4 view (F20). §2.3.2: perpetrator is
            // read "for the flag CAT_NON_STATE_ACTOR only", so an UNKNOWN perpetrator is resolved
            // without being logged: it can change no compared result (§2.3.5), and listing it in
            // missing_fields / decisive_missing_fields would send the adviser after a fact that
            // cannot change the outcome.
            const perpetrator =
              r.perpetrator === 'UNKNOWN'
                ? ctx.side.optimistic
                  ? 'HOST_STATE_AGENTS'
                  : 'NON_STATE_HOST_UNABLE'
                : r.perpetrator;
            if (perpetrator === 'NON_STATE_HOST_UNABLE' && !flags.includes('CAT_NON_STATE_ACTOR')) {
              flags.push('CAT_NON_STATE_ACTOR');
            }
          }
        }
        break;
      case 'CIDT':
      case 'SERIOUS_SGBV':
        // CAT art. 3 covers torture only, so CAT alone is not enough.
        if (ins.hr) rules.add('A-2');
        break;
      case 'ARBITRARY_DEPRIVATION_OF_LIFE':
        if (ins.hr) rules.add('A-3');
        break;
      case 'DEATH_PENALTY':
        // A-3 via imposition unlawful under art. 6(2) (F13); A-4 needs a treaty (no custom).
        if (ins.hr && e.a3Limb === true) rules.add('A-3');
        if (
          applies(ctx, 'ECHR') ||
          applies(ctx, 'ECHR_P13') ||
          applies(ctx, 'ICCPR_OP2') ||
          ((ins.iccpr || ins.achr) &&
            up(ctx, ctx.nc.abolitionist, 'legal_context.sending_state_abolitionist'))
        ) {
          rules.add('A-4');
        }
        break;
      case 'ENFORCED_DISAPPEARANCE':
        // ICPPED art. 16(1); ICCPR arts 6, 7, 9, 16; ECHR arts 2, 3, 5 (F7).
        if (applies(ctx, 'CED') || ins.iccpr || ins.echr || ins.achr) rules.add('A-6');
        break;
      case 'UNDERAGE_RECRUITMENT':
      case 'PERSONAL_INTEGRITY':
      case 'ARBITRARY_DETENTION':
      case 'PERSECUTION_CONVENTION_GROUND':
      case 'FLAGRANT_DENIAL_OF_JUSTICE':
      case 'SERIOUS_INJURY_OTHER':
      case 'LESSER_HARM':
      case 'PROSECUTION_ONLY':
        // Seed departure (1): ICCPR art. 9 risks give no absolute duty outside the ACHR.
        break;
      default: {
        const never: never = e.eff;
        throw new Error(`unhandled harm ${String(never)}`);
      }
    }
    if (ACHR_HARMS.has(e.eff) && ins.achr) {
      rules.add('A-5');
      // The textual ground of art. 22(8) is flagged, not computed (F2). A V-12 nexus is unknown;
      // as for the perpetrator above, a read that feeds only a flag is not logged (§2.3.5): A-5
      // holds with or without a ground. Q-1, whose result does depend on it, logs it.
      const groundSet = r.convention_ground !== null || (r.groundUnknown && ctx.side.optimistic);
      if (flags !== null && !groundSet && !flags.includes('ACHR_22_8_TEXTUAL_GROUND_ABSENT')) {
        flags.push('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
      }
    }
    // CRC GC 6 ¶¶27–28, irreparable harm to a child.
    if (GRAVE_HARMS.has(e.eff) && applies(ctx, 'CRC') && isChild(ctx)) rules.add('A-8');
  }
  return (['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6', 'A-8'] as const).filter((x) => rules.has(x));
};

export const evaluateAbsolute = (ctx: Ctx, risks: readonly RiskEval[]): AResult => {
  enter(ctx, 'A');
  const engaged = ctx.jEstablished ? risks.filter((e) => e.engaged) : [];
  const ins: Instruments = {
    cat: applies(ctx, 'CAT'),
    iccpr: applies(ctx, 'ICCPR'),
    echr: applies(ctx, 'ECHR'),
    achr: applies(ctx, 'ACHR'),
    iacppt: applies(ctx, 'IACPPT'),
    hr: false,
  };
  ins.hr = ins.iccpr || ins.echr || ins.achr || ins.iacppt;
  const flags: Flag[] = [];
  const rules = holdingRules(ctx, engaged, ins, flags);
  const codes: ReasonCode[] = rules.map((r) => CODES[r]);
  // §2.6 "When A holds only through IACPPT among HR instruments, the code IACPPT_APPLIED is
  // added"; §2.13: "A (IACPPT the only HR instrument)". Reading: IACPPT is the only HR instrument
  // that applies and A holds through a rule whose condition HR satisfies — even
  // when CAT or custom would also carry A-1 ("only … among HR instruments" limits the comparison
  // to ICCPR / ECHR / ACHR). The previous test ("A would not hold without IACPPT") never fired for
  // torture while customary_torture_nonrefoulement is on, so the IACPPT art. 13(4) basis of an
  // A-1 result went unreported.
  if (ins.iacppt && !ins.iccpr && !ins.echr && !ins.achr && rules.some((r) => HR_RULES.has(r))) {
    codes.push('IACPPT_APPLIED');
  }
  for (const rule of rules) {
    const on =
      ctx.trace === null
        ? []
        : engaged.filter((e) => holdingRules(ctx, [e], ins, null).includes(rule));
    emit(
      ctx,
      rule,
      { risks: on.map((e) => e.risk.risk_id), eff_harm: on.map((e) => e.eff) },
      true,
      [CODES[rule]],
    );
  }
  emit(
    ctx,
    'A',
    {
      jurisdiction: ctx.jEstablished,
      engaged: engaged.map((e) => e.risk.risk_id),
      instruments: ins,
    },
    { holds: rules.length > 0, rules },
    codes.includes('IACPPT_APPLIED') ? ['IACPPT_APPLIED'] : [],
    flags,
  );
  return { holds: rules.length > 0, rules };
};
