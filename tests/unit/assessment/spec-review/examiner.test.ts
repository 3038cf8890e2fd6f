// Second, independent review of the engine against SPEC §1.4 and §2 (da-core/0.2.0), written the
// way an outside examiner would: each case is a small CaseFacts built from the SPEC text, and the
// expected outcome and key fields were worked out by hand from the paragraph cited in the test
// name, never by running the engine. Neutral base case: see helpers.ts (J-3a, embassy, adult
// non-host national, 2 days on premises, grade-B court record E1).
import { describe, expect, it } from 'vitest';
import type { CaseFacts, RiskClaim } from '../../../../src/shared/caseFacts';
import { act, AS_OF, facts, J3A, J3B, lc, ms, plusDays, risk, run } from './helpers';

const child = { person_ref: 'P1', nationalities: ['NNX'], age_band: 'CHILD' as const };
const notEstablished: RiskClaim = risk({ present: 'N' });
const caracas = lc(['CARACAS_1954', 'ICCPR'], ['CARACAS_1954']);
const havana = lc(['HAVANA_1928', 'ICCPR'], ['HAVANA_1928']);
const urgent: CaseFacts['urgency'] = { urgency_found_by_granting_state: 'Y' };
const politicalCharge = act({ offence_class_mission_view: 'POLITICAL_EXPRESSIVE' });
const detention = risk({ harm_type: 'ARBITRARY_DETENTION' });

describe('examiner §2.4 Step J', () => {
  it('J-1: not on the premises → NOT_ESTABLISHED; no A, no B; H still computed for the record', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { ...J3A, physically_on_premises: 'N' },
        risks: [risk()],
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-1' });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.steps.A).toBe(false);
    expect(r.H).toBe(5);
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['J_NOT_ON_PREMISES', 'NO_GENERAL_LEGAL_BASIS']),
    );
    expect(r.reason_codes).not.toContain('ABS_TORTURE');
    expect(r.reason_codes.filter((c) => c.startsWith('B_'))).toEqual([]);
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
    expect(r.interim_measure).toBeNull();
    expect(r.outcome_alt_mode).toBeNull();
  });

  it('J-3a: arrival BROUGHT_BY_STAFF alone establishes control; no alt mode without J-3b or a contest', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'N' },
        arrival: { arrived_at: '2026-03-08T12:00:00Z', mode: 'BROUGHT_BY_STAFF' },
        risks: [risk()],
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3a' });
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.basis).toEqual(['A-1']);
    expect(r.steps.B).toBe(false); // precondition (2): no request to remain
    expect(r.outcome_alt_mode).toBeNull();
    expect(r.reason_codes).toContain('J_AUTHORITY_AND_CONTROL');
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'COMPLETE_ASSESSMENT_BEFORE_DEADLINE',
        'NO_EJECTION_OR_HANDOVER_INTO_RISK',
        'PURSUE_SAFE_EXIT_OR_RELIABLE_ASSURANCES',
        'REASSESS_ON_RISK_CHANGED',
      ]),
    );
  });

  it('J-3a: a host request for entry or surrender alone establishes control', () => {
    const r = run(
      facts({
        control: { physically_on_premises: 'Y', host_requested_entry_or_surrender: 'Y' },
        risks: [notEstablished],
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3a' });
  });

  it('J-2: on the premises, free to leave, no request → NOT_JUSTIFIED with the visa/humanitarian referral (P-5)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'N' },
        risks: [risk()],
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-2' });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('J_NO_DE_FACTO_CONTROL');
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'INFORM_PERSON_OF_CONSEQUENCES',
        'NO_FACILITATION_OF_EVASION',
        'REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL',
      ]),
    );
    expect(r.guidance).toBe('NO_BASIS_TO_SHELTER');
  });

  it('J-3b (§2.3.4): TREATY_BODY gives A-1; the RESTRICTIVE alt mode has no jurisdiction and falls to B', () => {
    const r = run(facts({ legal_context: lc(['CAT']), control: J3B, risks: [risk()] }));
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3b' });
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_sub_basis_alt_mode).toBeNull();
    expect(r.flags).toContain('CONTESTED_JURISDICTION_BASIS');
    expect(r.reason_codes).toContain('J_REQUEST_TO_REMAIN_ONLY');
    expect(r.interim_measure?.basis).toEqual(['P-1']);
  });

  it('§2.3.4 / F3a: configured RESTRICTIVE mode with J-3b → B; the TREATY_BODY alt is OBLIGATORY, so P-1 still applies', () => {
    const r = run(facts({ legal_context: lc(['CAT']), control: J3B, risks: [risk()] }), {
      config: { extraterritoriality_mode: 'RESTRICTIVE' },
    });
    expect(r.mode).toBe('RESTRICTIVE');
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-3b' });
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis_alt_mode).toBe('ABSOLUTE');
    expect(r.interim_measure?.basis).toEqual(['P-1']);
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
    expect(r.flags).toEqual(
      expect.arrayContaining([
        'CONTESTED_JURISDICTION_BASIS',
        'HOST_DISCLOSURE_CAUTION',
        'SEED_PROPOSAL_NOT_SETTLED_LAW',
      ]),
    );
  });

  it('§2.4 / §2.3.4: a contested ICCPR is inapplicable only in the RESTRICTIVE alt mode (CIDT: A-2 vs B)', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR'], [], {
          sending_state_positions: { contests_extraterritoriality: ['ICCPR'] },
        }),
        risks: [risk({ harm_type: 'CIDT' })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.basis).toEqual(['A-2', 'B']);
    expect(r.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.flags).toContain('CONTESTED_EXTRATERRITORIALITY');
  });

  it('§2.3.2: physically_on_premises U → range [NOT_JUSTIFIED, PROTECTION_OBLIGATORY], the field missing and decisive', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { physically_on_premises: 'U', request_to_remain_expressed: 'Y' },
        risks: [risk()],
      }),
    );
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.outcome_sub_basis).toBeNull();
    expect(r.missing_fields).toEqual(['control.physically_on_premises']);
    expect(r.decisive_missing_fields).toEqual(['control.physically_on_premises']);
    expect(r.required_actions).toContain('SCREENING_INTERVIEW');
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
  });
});

describe('examiner §2.5 Step R', () => {
  it('R-3: one limb N → not established, RISK_NOT_ESTABLISHED_<LIMB>, H = 0', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ personal: 'N' })] }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('RISK_NOT_ESTABLISHED_PERSONAL');
    expect(r.reason_codes).not.toContain('RISK_NOT_ESTABLISHED_REAL');
    expect(r.risks[0]).toMatchObject({ established: false, relevant: true });
    expect(r.H).toBe(0);
  });

  it('R-5: a THIRD_STATE_DIRECT risk is not engaged by a handover (RISK_NOT_LINKED_TO_HANDOVER)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ destination: 'THIRD_STATE_DIRECT' })],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.risks[0]).toMatchObject({ established: true, relevant: false });
    expect(r.reason_codes).toContain('RISK_NOT_LINKED_TO_HANDOVER');
    expect(r.H).toBe(0);
  });

  it('R-5 / R-6: a THIRD_STATE_ONWARD risk is engaged but does not raise the in-territory flag', () => {
    const r = run(
      facts({ legal_context: lc(['CAT']), risks: [risk({ destination: 'THIRD_STATE_ONWARD' })] }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('R-6: an engaged HOST_TERRITORY risk with J established raises CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk()] }));
    expect(r.flags).toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('R-1 / V-7: serious SGBV amounting to torture is TORTURE, so CAT alone suffices (A-1)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ harm_type: 'SERIOUS_SGBV', amounts_to_torture: 'Y' })],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('TORTURE');
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.reason_codes).toContain('ABS_TORTURE');
    expect(r.H).toBe(5);
  });

  it('A-2: serious SGBV short of torture needs an HR instrument — CAT alone falls to B; ICCPR gives ABS_CIDT', () => {
    const sgbv = risk({ harm_type: 'SERIOUS_SGBV', amounts_to_torture: 'N' });
    const catOnly = run(facts({ legal_context: lc(['CAT']), risks: [sgbv] }));
    expect(catOnly.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(catOnly.H).toBe(4);
    expect(catOnly.reason_codes).toContain('B_MARGIN_MET');
    expect(catOnly.reason_codes).not.toContain('ABS_CIDT');
    const iccpr = run(facts({ legal_context: lc(['ICCPR']), risks: [sgbv] }));
    expect(iccpr.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(iccpr.reason_codes).toContain('ABS_CIDT');
  });

  it('R-1b: an adult with no vulnerabilities keeps the adult threshold even if the field says Y', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [
          risk({
            harm_type: 'PERSONAL_INTEGRITY',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('PERSONAL_INTEGRITY');
    expect(r.reason_codes).not.toContain('R1B_RELATIVE_THRESHOLD');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE'); // no A-5 without ACHR; B 3 − 0 ≥ 1
    expect(r.H).toBe(3);
  });

  it('R-1b: a vulnerable adult whose threshold is reached → CIDT → A-2', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], vulnerabilities: ['MEDICAL'] },
        risks: [
          risk({
            harm_type: 'ARBITRARY_DETENTION',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('CIDT');
    expect(r.reason_codes).toEqual(expect.arrayContaining(['R1B_RELATIVE_THRESHOLD', 'ABS_CIDT']));
    expect(r.H).toBe(4);
  });

  it('R-1b / §1.1: a vulnerable subject with the threshold omitted → U → range [ON_BALANCE, OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], vulnerabilities: ['TRAUMA'] },
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION' })],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].reaches_ill_treatment_threshold_for_subject']);
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });
});

describe('examiner §2.5 R-2 assurances (Othman factors, F5)', () => {
  const assured = (over: Record<string, unknown> = {}) => ({
    offered_by: 'HHX Ministry of Justice',
    reliability: 'RELIABLE' as const,
    reliability_approved_by_role: 'LEGAL_ADVISER' as const,
    specific: 'Y' as const,
    given_by_competent_authority: 'Y' as const,
    verifiable_monitoring: 'N' as const,
    track_record_of_compliance: 'Y' as const,
    ...over,
  });

  it('R-2: reliable, specific, competent, track record → real := N → NOT_JUSTIFIED, ASSURANCES_RELIED_ON code and flag', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [risk({ harm_type: 'CIDT', assurances: assured() })],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.risks[0]?.limbs.real).toBe('N');
    expect(r.risks[0]?.established).toBe(false);
    expect(r.reason_codes).toContain('ASSURANCES_RELIED_ON');
    expect(r.flags).toContain('ASSURANCES_RELIED_ON');
  });

  it('R-2: neither monitoring nor a track record → not relied on (ASSURANCES_NOT_RELIED_ON) → A-2', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [
          risk({ harm_type: 'CIDT', assurances: assured({ track_record_of_compliance: 'N' }) }),
        ],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
    expect(r.flags).not.toContain('ASSURANCES_RELIED_ON');
  });

  it('R-2: never for torture against a pattern of gross violations', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [risk({ pattern_of_gross_violations: 'Y', assurances: assured() })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['ASSURANCES_NOT_RELIED_ON', 'ABS_TORTURE']),
    );
  });

  it('R-2: torture where only CAT binds → R-2 does not apply (flag ASSURANCES_NOT_RELIED_ON_CAT)', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ assurances: assured() })] }));
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.flags).toContain('ASSURANCES_NOT_RELIED_ON_CAT');
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
    expect(r.reason_codes).not.toContain('ASSURANCES_RELIED_ON');
  });

  it('V-5: RELIABLE without LEGAL_ADVISER approval is U → range, with the approver role listed as the cure', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [
          risk({
            harm_type: 'CIDT',
            assurances: assured({ reliability_approved_by_role: undefined }),
          }),
        ],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual([
      'risks[R1].assurances.reliability',
      'risks[R1].assurances.reliability_approved_by_role',
    ]);
    expect(r.warnings.some((w) => w.startsWith('V-5'))).toBe(true);
  });
});

describe('examiner §2.6 Step A', () => {
  it('A-3 through IACPPT alone → ABS_LIFE and IACPPT_APPLIED', () => {
    const r = run(
      facts({
        legal_context: lc(['IACPPT']),
        risks: [risk({ harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE' })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.basis).toEqual(['A-3', 'B']);
    expect(r.reason_codes).toEqual(expect.arrayContaining(['ABS_LIFE', 'IACPPT_APPLIED']));
  });

  it('A-4: ICCPR + abolitionist Y → ABS_DEATH_PENALTY; abolitionist N → no A (B only)', () => {
    const dp = risk({ harm_type: 'DEATH_PENALTY' });
    const abol = run(
      facts({ legal_context: lc(['ICCPR'], [], { sending_state_abolitionist: 'Y' }), risks: [dp] }),
    );
    expect(abol.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(abol.reason_codes).toContain('ABS_DEATH_PENALTY');
    const retentionist = run(
      facts({ legal_context: lc(['ICCPR'], [], { sending_state_abolitionist: 'N' }), risks: [dp] }),
    );
    expect(retentionist.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(retentionist.reason_codes).not.toContain('ABS_DEATH_PENALTY');
  });

  it('A-4: abolitionist U → range [ON_BALANCE, OBLIGATORY], P-1 interim, SEED flag on the range endpoint', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR'], [], { sending_state_abolitionist: 'U' }),
        risks: [risk({ harm_type: 'DEATH_PENALTY' })],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['legal_context.sending_state_abolitionist']);
    expect(r.decisive_missing_fields).toEqual(['legal_context.sending_state_abolitionist']);
    expect(r.interim_measure?.basis).toEqual(['P-1']);
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
  });

  it('A-4: ECHR_P13 or ICCPR_OP2 alone suffices; no treaty → no rule (no custom for the death penalty)', () => {
    const dp = risk({ harm_type: 'DEATH_PENALTY' });
    expect(run(facts({ legal_context: lc(['ECHR_P13']), risks: [dp] })).basis).toEqual([
      'A-4',
      'B',
    ]);
    expect(run(facts({ legal_context: lc(['ICCPR_OP2']), risks: [dp] })).basis).toEqual([
      'A-4',
      'B',
    ]);
    const none = run(facts({ risks: [dp] }));
    expect(none.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(none.steps.A).toBe(false);
  });

  it('A-3 (F13): a death penalty whose imposition breaches art. 6(2) engages ABS_LIFE under ICCPR', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR'], [], { sending_state_abolitionist: 'N' }),
        risks: [risk({ harm_type: 'DEATH_PENALTY', imposition_unlawful_under_art6_2: 'Y' })],
      }),
    );
    expect(r.basis).toEqual(['A-3', 'B']);
    expect(r.reason_codes).toContain('ABS_LIFE');
    expect(r.reason_codes).not.toContain('ABS_DEATH_PENALTY');
  });

  it('A-5: ACHR, arbitrary detention, no ground → ABS_ACHR_22_8 with the textual-ground flag; a ground removes the flag', () => {
    const noGround = run(facts({ legal_context: lc(['ACHR']), risks: [detention] }));
    expect(noGround.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(noGround.reason_codes).toContain('ABS_ACHR_22_8');
    expect(noGround.flags).toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
    const withGround = run(
      facts({
        legal_context: lc(['ACHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION', convention_ground: 'POLITICAL_OPINION' })],
      }),
    );
    expect(withGround.reason_codes).toContain('ABS_ACHR_22_8');
    expect(withGround.flags).not.toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
  });

  it('A-5 is ACHR only: ICCPR art. 9 risks give no absolute duty (seed departure 1)', () => {
    const r = run(facts({ legal_context: lc(['ICCPR', 'ECHR', 'CAT']), risks: [detention] }));
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('A-6: enforced disappearance under CED alone; CAT alone does not carry it', () => {
    const ed = risk({ harm_type: 'ENFORCED_DISAPPEARANCE' });
    const ced = run(facts({ legal_context: lc(['CED']), risks: [ed] }));
    expect(ced.reason_codes).toContain('ABS_ENFORCED_DISAPPEARANCE');
    const cat = run(facts({ legal_context: lc(['CAT']), risks: [ed] }));
    expect(cat.steps.A).toBe(false);
    expect(cat.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('A-8: a child facing under-age recruitment where the CRC applies; not for an adult', () => {
    const rec = risk({ harm_type: 'UNDERAGE_RECRUITMENT' });
    const kid = run(facts({ legal_context: lc(['CRC']), principal: child, risks: [rec] }));
    expect(kid.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(kid.reason_codes).toContain('ABS_CRC_CHILD');
    const adult = run(facts({ legal_context: lc(['CRC']), risks: [rec] }));
    expect(adult.steps.A).toBe(false);
    expect(adult.H).toBe(4);
  });

  it('A-1 with customary_torture_nonrefoulement off and no treaty → no A; the balance decides (§2.12 override)', () => {
    const f = facts({ risks: [risk()] });
    expect(run(f).outcome).toBe('PROTECTION_OBLIGATORY');
    const off = run(f, { config: { customary_torture_nonrefoulement: false } });
    expect(off.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(off.steps.A).toBe(false);
  });

  it('CAT_NON_STATE_ACTOR: only when no HR instrument applies and the perpetrator is NON_STATE_HOST_UNABLE', () => {
    const nonState = risk({ perpetrator: 'NON_STATE_HOST_UNABLE' });
    expect(run(facts({ legal_context: lc(['CAT']), risks: [nonState] })).flags).toContain(
      'CAT_NON_STATE_ACTOR',
    );
    expect(
      run(facts({ legal_context: lc(['CAT', 'ICCPR']), risks: [nonState] })).flags,
    ).not.toContain('CAT_NON_STATE_ACTOR');
  });

  it('P2 / P3: exclusions and interference never touch A; Q-1 exclusions are still reported next to ABS_TORTURE', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [risk({ convention_ground: 'POLITICAL_OPINION' })],
        host_actions: [
          act({
            type: 'ARREST_WARRANT',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            exclusion_1F: { b: 'Y' },
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
        ],
        conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT',
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.basis).toEqual(['A-1']);
    expect(r.I).toEqual({ total: 7, process: 3, natsec: 2, conduct: 2, duration: 0, premises: 0 });
    expect(r.reason_codes).toEqual(
      expect.arrayContaining([
        'ABS_TORTURE',
        'Q_EXCLUDED_33_2_NATSEC',
        'Q_EXCLUDED_1F',
        'B_MARGIN_NOT_MET',
        'OPERATION_OF_JUSTICE',
        'CONDUCT_DESTABILISING',
      ]),
    );
    expect(r.flags).toContain('INTERPRETATION_33_2_COUNTRY');
  });
});

describe('examiner §2.7 Step Q', () => {
  const refugee = {
    person_ref: 'P1',
    nationalities: ['NNX'],
    refugee_definition_met: 'Y' as const,
  };
  const persecutedCidt = risk({ harm_type: 'CIDT', convention_ground: 'RACE' });

  it('Q-1: CIDT on a Convention ground, CAT + Refugee Convention, refugee → OBLIGATORY / QUALIFIED', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: refugee,
        risks: [persecutedCidt],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toEqual(['Q-1', 'B']);
    expect(r.reason_codes).toContain('Q_REFUGEE_33_1');
  });

  it('Q-1 (E19, F4): art. 33(2) limb 2 is cumulative — without a danger finding the conviction does not exclude', () => {
    const conviction = (danger: 'Y' | 'N') =>
      act({
        type: 'CONVICTION',
        offence_class_mission_view: 'PARTICULARLY_SERIOUS_FINAL',
        conviction_final: 'Y',
        danger_to_community_found_by_mission: danger,
      });
    const base = { legal_context: lc(['CAT', 'PROTOCOL_1967']), principal: refugee };
    const noDanger = run(
      facts({ ...base, risks: [persecutedCidt], host_actions: [conviction('N')] }),
    );
    expect(noDanger.outcome_sub_basis).toBe('QUALIFIED');
    const danger = run(
      facts({ ...base, risks: [persecutedCidt], host_actions: [conviction('Y')] }),
    );
    // Q-1 excluded; B: H 4 − I_process 4 (PARTICULARLY_SERIOUS_FINAL, fair) = 0 < 1.
    expect(danger.outcome).toBe('NOT_JUSTIFIED');
    expect(danger.reason_codes).toEqual(
      expect.arrayContaining(['Q_EXCLUDED_33_2_PSC', 'B_MARGIN_NOT_MET', 'OPERATION_OF_JUSTICE']),
    );
    expect(danger.flags).toContain('INTERPRETATION_33_2_COUNTRY');
    expect(danger.I.process).toBe(4);
  });

  it('V-2: a host national is no refugee — Q-1 never holds, code and flag raised', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['HHX'], refugee_definition_met: 'Y' },
        risks: [persecutedCidt],
      }),
    );
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
    expect(r.flags).toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
  });

  it('V-2 (F6): a stateless person whose former habitual residence is the host is covered too', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: {
          person_ref: 'P1',
          nationalities: [],
          stateless: 'Y',
          former_habitual_residence: 'HHX',
          refugee_definition_met: 'Y',
        },
        risks: [persecutedCidt],
      }),
    );
    expect(r.steps.Q).toBe(false);
    expect(r.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
  });

  it('Q-1b: OAU definition alone, no ground needed, no 33(2) check; 1F still excludes', () => {
    const oau = {
      person_ref: 'P1',
      nationalities: ['NNX'],
      oau_refugee_definition_met: 'Y' as const,
    };
    const natsec = act({
      offence_class_mission_view: 'POLITICAL_RELATIVE',
      national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
    });
    const held = run(
      facts({
        legal_context: lc(['OAU_1969']),
        principal: oau,
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [natsec],
      }),
    );
    expect(held.outcome_sub_basis).toBe('QUALIFIED');
    expect(held.basis).toEqual(['Q-1b']);
    expect(held.reason_codes).toContain('Q_OAU_II_3');
    expect(held.reason_codes).not.toContain('Q_EXCLUDED_33_2_NATSEC');
    const excluded = run(
      facts({
        legal_context: lc(['OAU_1969']),
        principal: oau,
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [{ ...natsec, exclusion_1F: { a: 'Y' } }],
      }),
    );
    expect(excluded.steps.Q).toBe(false);
    expect(excluded.reason_codes).toContain('Q_EXCLUDED_1F');
  });

  it('Q-3a: flagrant denial of justice with a recorded category under ECHR → TREATY_NO_EXCEPTION', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            flagrant_denial_category: 'CONVICTION_IN_ABSENTIA_NO_RETRIAL',
          }),
        ],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(r.basis).toEqual(['Q-3a', 'B']);
    expect(r.reason_codes).toContain('Q_FLAGRANT_DENIAL');
  });

  it('Q-3a: under IACPPT only the special/ad hoc court category counts; no category recorded → no Q-3a', () => {
    const fdj = (over: Partial<RiskClaim>) =>
      run(
        facts({
          legal_context: lc(['IACPPT']),
          risks: [risk({ harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE', ...over })],
        }),
      );
    expect(fdj({ flagrant_denial_category: 'SPECIAL_OR_AD_HOC_COURT' }).outcome_sub_basis).toBe(
      'TREATY_NO_EXCEPTION',
    );
    expect(fdj({ flagrant_denial_category: 'SYSTEMATIC_DENIAL_OF_LAWYER' }).outcome).toBe(
      'PERMISSIBLE_ON_BALANCE',
    );
    expect(fdj({}).outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('Q-3b: arbitrary detention amounting to a flagrant breach of art. 5 under ECHR → TREATY_NO_EXCEPTION', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION', flagrant_breach_of_liberty: 'Y' })],
      }),
    );
    expect(r.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(r.reason_codes).toContain('Q_FLAGRANT_DETENTION');
  });

  it('§2.7 effect: Q-1 and Q-3 together → QUALIFIED, both in basis', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR', 'REFUGEE_1951']),
        principal: refugee,
        risks: [
          risk({
            harm_type: 'ARBITRARY_DETENTION',
            flagrant_breach_of_liberty: 'Y',
            convention_ground: 'POLITICAL_OPINION',
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toEqual(['Q-1', 'Q-3b', 'B']);
  });

  it('V-12: persecution without a recorded ground → nexus U → range [ON_BALANCE, OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: refugee,
        risks: [risk({ harm_type: 'PERSECUTION_CONVENTION_GROUND' })],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.bounds.optimistic.sub_basis).toBe('QUALIFIED');
    expect(r.missing_fields).toEqual(['risks[R1].convention_ground']);
  });
});

describe('examiner §2.8 Step T', () => {
  it('T-C: political charge, urgency found, embassy, both parties → CARACAS with the P-4 duties', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.outcome).toBe('PERMISSIBLE_TREATY_BASIS');
    expect(r.outcome_sub_basis).toBe('CARACAS');
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'HOLDS' });
    expect(r.basis).toEqual(['T-C']);
    expect(r.reason_codes).toContain('T_CARACAS_GRANTED');
    expect(r.flags).not.toContain('NO_GENERAL_LEGAL_BASIS');
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'NOTIFY_TERRITORIAL_MFA',
        'REQUEST_SAFE_CONDUCT',
        'CONDUCT_RULES',
        'CONSIDER_HOST_INFORMATION',
      ]),
    );
    expect(r.guidance).toBe('MAY_SHELTER');
  });

  it('T-C1: no charge and sought for political reasons suffices', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'Y' },
        risks: [notEstablished],
      }),
    );
    expect(r.outcome_sub_basis).toBe('CARACAS');
  });

  it('E18 / P5: a consulate is no legation → T_CARACAS_NOT_LEGATION, no regime, NO_GENERAL_LEGAL_BASIS', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'CONSULATE_CAREER',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
        legal_context: caracas,
        urgency: urgent,
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.t).toEqual({ regime: 'NONE', result: 'NOT_APPLICABLE' });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_CARACAS_NOT_LEGATION', 'NO_GENERAL_LEGAL_BASIS']),
    );
    expect(r.flags).toContain('NO_GENERAL_LEGAL_BASIS');
  });

  it('T-C-bar: a fair arrest warrant for an ordinary offence bars B between parties (lex specialis)', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({ type: 'ARREST_WARRANT', offence_class_mission_view: 'ORDINARY_SERIOUS' }),
        ],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'BARS_B' });
    expect(r.steps.B).toBe('BARRED');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining([
        'T_CARACAS_NOT_POLITICAL',
        'T_CARACAS_ART_III_BAR',
        'TREATY_PROHIBITS_GRANT',
      ]),
    );
    // A regime applies, so no NO_GENERAL_LEGAL_BASIS (flag or code).
    expect(r.reason_codes).not.toContain('NO_GENERAL_LEGAL_BASIS');
    expect(r.flags).not.toContain('NO_GENERAL_LEGAL_BASIS');
  });

  it('T-C2: a substantiated pretextual process never bars; T-C1 still fails, so B decides (I_process capped at 1)', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({
            type: 'ARREST_WARRANT',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            process_integrity: 'PRETEXTUAL',
            pretext_indicators: ['VAGUE_CHARGE'],
            evidence_refs: ['E1'],
          }),
        ],
      }),
    );
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'FAILS' });
    expect(r.I.process).toBe(1);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('T-C2 proviso: clearly political acts lift the art. III bar (Caracas only)', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({
            type: 'ARREST_WARRANT',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            clearly_political_acts: 'Y',
          }),
        ],
      }),
    );
    expect(r.t.result).toBe('FAILS');
    expect(r.steps.B).toBe(false); // evaluated, not barred: 3 − 3 < 1
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['B_MARGIN_NOT_MET', 'OPERATION_OF_JUSTICE']),
    );
  });

  it('T-C2 (F18): a served sentence and a mere investigation do not bar', () => {
    const served = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({
            type: 'CONVICTION',
            offence_class_mission_view: 'ORDINARY_MINOR',
            sentence_served: 'Y',
          }),
        ],
      }),
    );
    expect(served.t.result).toBe('FAILS');
    const investigation = run(
      facts({
        legal_context: caracas,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({ type: 'INVESTIGATION', offence_class_mission_view: 'ORDINARY_SERIOUS' }),
        ],
      }),
    );
    expect(investigation.t.result).toBe('FAILS');
  });

  it('T-C3 (F19): urgency appraised as not urgent (N) bars B; omitted means N (§1.1)', () => {
    for (const u of [{ urgency_found_by_granting_state: 'N' as const }, {}]) {
      const r = run(
        facts({
          legal_context: caracas,
          urgency: u,
          risks: [detention],
          host_actions: [politicalCharge],
        }),
      );
      expect(r.t).toEqual({ regime: 'CARACAS', result: 'BARS_B' });
      expect(r.reason_codes).toEqual(
        expect.arrayContaining(['T_CARACAS_NO_URGENCY', 'TREATY_PROHIBITS_GRANT']),
      );
      expect(r.outcome).toBe('NOT_JUSTIFIED');
    }
  });

  it('T-C3: urgency not yet appraised (U) → range [NOT_JUSTIFIED, TREATY_BASIS]', () => {
    const r = run(
      facts({
        legal_context: caracas,
        urgency: { urgency_found_by_granting_state: 'U' },
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['urgency.urgency_found_by_granting_state']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
  });

  it('F18: a host reservation to art. VII makes T-C3 unknown and raises RESERVATION_REVIEW', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954'], {
          caracas_reservations: [{ state: 'HHX', articles: ['VII'] }],
        }),
        urgency: urgent,
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.flags).toContain('RESERVATION_REVIEW');
    expect(r.missing_fields).toEqual(['legal_context.caracas_reservations']);
  });

  it('F18: reservations to unread articles, or by a third state, change nothing', () => {
    const withRes = (state: string, articles: string[]) =>
      run(
        facts({
          legal_context: lc(['CARACAS_1954'], ['CARACAS_1954'], {
            caracas_reservations: [{ state, articles }],
          }),
          urgency: urgent,
          risks: [notEstablished],
          host_actions: [politicalCharge],
        }),
      );
    const xx = withRes('HHX', ['XX']);
    expect(xx.outcome_sub_basis).toBe('CARACAS');
    expect(xx.flags).not.toContain('RESERVATION_REVIEW');
    const third = withRes('ZZX', ['GENERAL']);
    expect(third.outcome_sub_basis).toBe('CARACAS');
    expect(third.flags).not.toContain('RESERVATION_REVIEW');
  });

  it('T-H: Havana between parties → HAVANA with QUALIFICATION_NOT_BINDING_ON_HOST, unless both are Montevideo parties', () => {
    const base = { urgency: urgent, risks: [notEstablished], host_actions: [politicalCharge] };
    const h = run(facts({ ...base, legal_context: havana }));
    expect(h.outcome_sub_basis).toBe('HAVANA');
    expect(h.reason_codes).toContain('T_HAVANA_GRANTED');
    expect(h.flags).toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
    expect(h.required_actions).toEqual(
      expect.arrayContaining(['REQUEST_SAFE_CONDUCT', 'CONDUCT_RULES']),
    );
    expect(h.required_actions).not.toContain('NOTIFY_TERRITORIAL_MFA');
    const m = run(
      facts({
        ...base,
        legal_context: lc(['HAVANA_1928', 'MONTEVIDEO_1933'], ['HAVANA_1928', 'MONTEVIDEO_1933']),
      }),
    );
    expect(m.outcome_sub_basis).toBe('HAVANA');
    expect(m.flags).not.toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
  });

  it('T-H art. 1: a common offence bars B, with no "clearly political" proviso', () => {
    const r = run(
      facts({
        legal_context: havana,
        urgency: urgent,
        risks: [detention],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_MINOR', clearly_political_acts: 'Y' }),
        ],
      }),
    );
    expect(r.t).toEqual({ regime: 'HAVANA', result: 'BARS_B' });
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_HAVANA_ART_1_BAR', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('T-H: not political → T_HAVANA_NOT_POLITICAL, no treaty basis, B not barred', () => {
    const r = run(facts({ legal_context: havana, urgency: urgent, risks: [detention] }));
    expect(r.t).toEqual({ regime: 'HAVANA', result: 'FAILS' });
    expect(r.reason_codes).toContain('T_HAVANA_NOT_POLITICAL');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('T-H applies only if Caracas does not: parties to both are assessed under Caracas', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954', 'HAVANA_1928'], ['CARACAS_1954', 'HAVANA_1928']),
        urgency: urgent,
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'HOLDS' });
  });
});

describe('examiner §2.9 Step B', () => {
  it('precondition 5: severity 2 needs an imminent threat; with it, B holds (H 2 − 0 ≥ 1)', () => {
    const injury = risk({ harm_type: 'SERIOUS_INJURY_OTHER' });
    const calm = run(facts({ risks: [injury] }));
    expect(calm.outcome).toBe('NOT_JUSTIFIED');
    expect(calm.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
    const imminent = run(facts({ risks: [injury], urgency: { imminent_threat: 'Y' } }));
    expect(imminent.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(imminent.H).toBe(2);
    expect(imminent.reason_codes).toContain('B_MARGIN_MET');
  });

  it('H < H_min → B_BELOW_H_MIN comes before the immediacy check', () => {
    const r = run(
      facts({ risks: [risk({ harm_type: 'LESSER_HARM' })], urgency: { imminent_threat: 'Y' } }),
    );
    expect(r.H).toBe(1);
    expect(r.reason_codes).toContain('B_BELOW_H_MIN');
    expect(r.reason_codes).not.toContain('B_LESSER_HARM_NOT_IMMEDIATE');
  });

  it('H − I = margin exactly → B holds with b_slack 0 and B_BORDERLINE; one point more → not met', () => {
    const relative = run(
      facts({
        risks: [detention],
        host_actions: [act({ offence_class_mission_view: 'POLITICAL_RELATIVE' })],
      }),
    );
    expect(relative.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(relative.b_slack).toBe(0);
    expect(relative.flags).toContain('B_BORDERLINE');
    const serious = run(
      facts({
        risks: [detention],
        host_actions: [act({ offence_class_mission_view: 'ORDINARY_SERIOUS' })],
      }),
    );
    expect(serious.outcome).toBe('NOT_JUSTIFIED');
    expect(serious.b_slack).toBe(-1);
    expect(serious.reason_codes).toEqual(
      expect.arrayContaining(['B_MARGIN_NOT_MET', 'OPERATION_OF_JUSTICE']),
    );
    expect(serious.flags).not.toContain('B_BORDERLINE');
  });

  it('I_process integrity adjustments: DEFICIENT −1 with floor 1, PRETEXTUAL capped at 1', () => {
    const process = (over: Parameters<typeof act>[0]) =>
      run(facts({ risks: [detention], host_actions: [act(over)] })).I.process;
    expect(
      process({ offence_class_mission_view: 'ORDINARY_SERIOUS', process_integrity: 'DEFICIENT' }),
    ).toBe(2);
    expect(
      process({
        type: 'ADMINISTRATIVE_DETENTION_ORDER',
        offence_class_mission_view: 'ADMINISTRATIVE_NON_CRIMINAL',
        process_integrity: 'DEFICIENT',
      }),
    ).toBe(1);
    expect(
      process({
        offence_class_mission_view: 'EXCLUDABLE_1F',
        process_integrity: 'PRETEXTUAL',
        pretext_indicators: ['PATTERN_AGAINST_CRITICS'],
        evidence_refs: ['E1'],
      }),
    ).toBe(1);
  });

  it('F9: the host view is the base class for I_process when recorded', () => {
    const r = run(
      facts({
        risks: [detention],
        host_actions: [
          act({
            offence_class_mission_view: 'POLITICAL_EXPRESSIVE',
            offence_class_host_view: 'ORDINARY_SERIOUS',
          }),
        ],
      }),
    );
    expect(r.I.process).toBe(3);
    expect(r.reason_codes).toContain('OPERATION_OF_JUSTICE');
  });

  it('V-11: max_penalty_years ≥ 4 makes an ordinary offence serious (3 points), below it minor (2 points)', () => {
    const at = (years: number, cls: 'ORDINARY_MINOR' | 'ORDINARY_SERIOUS') =>
      run(
        facts({
          risks: [detention],
          host_actions: [act({ offence_class_mission_view: cls, max_penalty_years: years })],
        }),
      );
    const four = at(4, 'ORDINARY_MINOR');
    expect(four.I.process).toBe(3);
    expect(four.warnings.some((w) => w.startsWith('V-11'))).toBe(true);
    expect(at(3.5, 'ORDINARY_SERIOUS').I.process).toBe(2);
  });

  it('I_conduct is a max, not a sum: organising + destabilising before entry = 2', () => {
    const both = run(
      facts({
        risks: [detention],
        conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT',
        destabilising_activity_before_entry: 'Y',
      }),
    );
    expect(both.I.conduct).toBe(2);
    expect(both.reason_codes).toContain('CONDUCT_DESTABILISING');
    const expressive = run(facts({ risks: [detention], conduct: 'EXPRESSIVE' }));
    expect(expressive.I.conduct).toBe(0);
    expect(expressive.reason_codes).not.toContain('CONDUCT_DESTABILISING');
  });

  it('I_natsec = 2 on reasonable grounds found by the mission', () => {
    const r = run(
      facts({
        risks: [detention],
        host_actions: [
          act({
            offence_class_mission_view: 'NONE',
            type: 'EXTRA_LEGAL_MEASURE',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
        ],
      }),
    );
    expect(r.I).toMatchObject({ natsec: 2, process: 0, total: 2 });
  });

  it('I_duration (F14, Appendix A 17): exactly 180 days scores 0, one hour more scores 1', () => {
    const arrivedAt = '2025-09-01T00:00:00Z';
    const at = (days: number) =>
      run(
        facts({
          risks: [detention],
          arrival: { arrived_at: arrivedAt, mode: 'WALK_IN' },
          as_of: plusDays(arrivedAt, days),
        }),
      ).I.duration;
    expect(at(180)).toBe(0);
    expect(at(180 + 1 / 24)).toBe(1);
  });

  it('I_duration (F14): periods after a refusal, or after the overdue date of an unanswered request, are not counted', () => {
    const arrivedAt = '2025-09-01T00:00:00Z';
    const asOf = plusDays(arrivedAt, 200);
    const withRequests = (requests: CaseFacts['safe_conduct_requests']) =>
      run(
        facts({
          risks: [detention],
          arrival: { arrived_at: arrivedAt, mode: 'WALK_IN' },
          as_of: asOf,
          safe_conduct_requests: requests,
        }),
      ).I.duration;
    const requested = plusDays(arrivedAt, 5);
    expect(withRequests([])).toBe(1);
    // Refused on day 8: excluded from day 8 → 8 days counted.
    expect(
      withRequests([
        { requested_at: requested, answer: 'REFUSED', answered_at: plusDays(arrivedAt, 8) },
      ]),
    ).toBe(0);
    // Never answered: excluded from day 5 + 10 → 15 days counted.
    expect(withRequests([{ requested_at: requested, answer: 'PENDING' }])).toBe(0);
    // Granted on time: nothing excluded.
    expect(
      withRequests([
        { requested_at: requested, answer: 'GRANTED', answered_at: plusDays(arrivedAt, 7) },
      ]),
    ).toBe(1);
  });

  it('V-9: no as_of → days unknown (0 / > 180) → range [NOT_JUSTIFIED, ON_BALANCE], I from the pessimistic side', () => {
    const r = run(
      facts({
        as_of: undefined,
        risks: [detention],
        host_actions: [act({ offence_class_mission_view: 'POLITICAL_RELATIVE' })],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.I).toMatchObject({ duration: 1, total: 3 });
    expect(r.bounds.optimistic.I_total).toBe(2);
    expect(r.missing_fields).toEqual(['as_of']);
    expect(r.decisive_missing_fields).toEqual(['as_of']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
    expect(r.interim_measure).toBeNull();
  });

  it('§2.12 overrides: margin 0, H_min 3, a re-weighted severity and the immediacy threshold', () => {
    const balanced = facts({
      risks: [detention],
      host_actions: [act({ offence_class_mission_view: 'ORDINARY_SERIOUS' })],
    });
    const m0 = run(balanced, { config: { margin: 0 } });
    expect(m0.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(m0.b_slack).toBe(0);
    expect(m0.flags).toContain('B_BORDERLINE');

    const injury = facts({
      risks: [risk({ harm_type: 'SERIOUS_INJURY_OTHER' })],
      urgency: { imminent_threat: 'Y' },
    });
    expect(run(injury, { config: { H_min: 3 } }).reason_codes).toContain('B_BELOW_H_MIN');

    const calmInjury = facts({ risks: [risk({ harm_type: 'SERIOUS_INJURY_OTHER' })] });
    const reweighted = run(calmInjury, { config: { severity: { SERIOUS_INJURY_OTHER: 3 } } });
    expect(reweighted.H).toBe(3);
    expect(reweighted.outcome).toBe('PERMISSIBLE_ON_BALANCE');

    const stricter = run(facts({ risks: [detention] }), {
      config: { immediacy_required_below_severity: 4 },
    });
    expect(stricter.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
  });

  it('§2.9: several engaged risks — H is the maximum, and immediacy is needed only if every one is below 3', () => {
    const r = run(
      facts({
        risks: [
          risk({ risk_id: 'R1', harm_type: 'SERIOUS_INJURY_OTHER' }),
          risk({ risk_id: 'R2', harm_type: 'ARBITRARY_DETENTION' }),
          risk({ risk_id: 'R3', harm_type: 'TORTURE', destination: 'THIRD_STATE_DIRECT' }),
        ],
      }),
      { config: { customary_torture_nonrefoulement: false } },
    );
    expect(r.H).toBe(3);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.reason_codes).not.toContain('B_LESSER_HARM_NOT_IMMEDIATE');
  });
});

describe('examiner §2.11 procedural layer and guidance', () => {
  it('P-1: the deadline is missed when as_of ≥ set_at + 72 h (equality counts); the measure never lapses', () => {
    const setAt = (hoursBefore: number) =>
      run(
        facts({
          legal_context: lc(['CAT']),
          risks: [risk()],
          interim_measure_set_at: plusDays(AS_OF, -hoursBefore / 24),
        }),
      );
    const missed = setAt(72);
    expect(ms(missed.interim_measure?.review_by)).toBe(ms(AS_OF));
    expect(missed.interim_measure?.lapses).toBe(false);
    expect(missed.interim_measure?.deadline_hours).toBe(72);
    expect(missed.reason_codes).toEqual(
      expect.arrayContaining(['INTERIM_NO_HANDOVER', 'INTERIM_DEADLINE_MISSED']),
    );
    expect(missed.required_actions).toContain('REQUEST_CAPITAL_INSTRUCTION');
    const inTime = setAt(71);
    expect(inTime.reason_codes).not.toContain('INTERIM_DEADLINE_MISSED');
    expect(inTime.required_actions).not.toContain('REQUEST_CAPITAL_INSTRUCTION');
  });

  it('P-1: without interim_measure_set_at the measure is set at as_of', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk()] }), {
      config: { interim: { assessment_deadline_hours: 24 } },
    });
    expect(ms(r.interim_measure?.set_at)).toBe(ms(AS_OF));
    expect(ms(r.interim_measure?.review_by)).toBe(ms(plusDays(AS_OF, 1)));
  });

  it('V-10 / P-0 (GC-12 pattern): a request to remain with nothing recorded → synthetic risk, interim P-0 + P-1', () => {
    const r = run(facts({ control: J3B, evidence: [] }));
    expect(r.risks).toHaveLength(1);
    expect(r.risks[0]).toMatchObject({ risk_id: 'V10-P1', synthetic: 'V-10' });
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.interim_measure?.basis).toEqual(['P-0', 'P-1']);
    expect(r.flags).toContain('HOST_DISCLOSURE_CAUTION');
    expect(r.required_actions).toEqual(
      expect.arrayContaining(['SCREENING_INTERVIEW', 'COMPLETE_ASSESSMENT_BEFORE_DEADLINE']),
    );
    expect(r.missing_fields).toEqual(
      expect.arrayContaining([
        'risks[V10-P1].harm_type',
        'risks[V10-P1].destination',
        'risks[V10-P1].real',
        'risks[V10-P1].evidence',
      ]),
    );
  });

  it('P-8, P-9, P-10: unaccompanied child, severed relations, honorary consulate', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'CONSULATE_HONORARY',
          sending_state: 'SSX',
          receiving_state: 'HHX',
          relations_status: 'SEVERED',
        },
        principal: { ...child, vulnerabilities: ['UNACCOMPANIED_CHILD'] },
        risks: [notEstablished],
      }),
    );
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'BEST_INTERESTS_ASSESSMENT',
        'APPOINT_GUARDIAN',
        'CHILD_APPROPRIATE_INTERVIEW',
        'ARRANGE_PROTECTING_POWER_CUSTODY',
        'RELOCATE_WITHIN_PROTECTED_AREA',
      ]),
    );
    expect(r.flags).toContain('NO_INVIOLABILITY_PROTECTION');
    expect(r.I.premises).toBe(2);
  });

  it('P-10 / F21: a career consulate is protected only in the exclusive consular work area', () => {
    const consulate = (area?: 'CONSULAR_WORK_AREA_EXCLUSIVE' | 'OTHER_PART') =>
      run(
        facts({
          mission: {
            premises_type: 'CONSULATE_CAREER',
            sending_state: 'SSX',
            receiving_state: 'HHX',
            ...(area === undefined ? {} : { premises_area: area }),
          },
          risks: [notEstablished],
        }),
      );
    const exclusive = consulate('CONSULAR_WORK_AREA_EXCLUSIVE');
    expect(exclusive.flags).not.toContain('NO_INVIOLABILITY_PROTECTION');
    expect(exclusive.I.premises).toBe(1);
    expect(consulate('OTHER_PART').flags).toContain('NO_INVIOLABILITY_PROTECTION');
    expect(consulate('OTHER_PART').required_actions).toContain('RELOCATE_WITHIN_PROTECTED_AREA');
  });

  it('F12g: a determinate PERMISSIBLE_ON_BALANCE → MAY_SHELTER, with CONDUCT_RULES and EXIT_PLANNING', () => {
    const r = run(facts({ risks: [detention] }));
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.guidance).toBe('MAY_SHELTER');
    expect(r.required_actions).toEqual(expect.arrayContaining(['CONDUCT_RULES', 'EXIT_PLANNING']));
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
    expect(r.interim_measure).toBeNull();
  });
});

describe('examiner §2.2 subjects, V-14 and the output container (§2.14)', () => {
  it('§2.2: each dependant on the premises is a subject with its own risks; off-premises dependants are not', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk(), risk({ risk_id: 'R9', subject_ref: 'D2', harm_type: 'CIDT' })],
        dependants: [
          { person_ref: 'D1', relationship: 'CHILD', on_premises: true, age_band: 'CHILD' },
          { person_ref: 'D2', relationship: 'SPOUSE', on_premises: false },
        ],
      }),
    );
    expect(r.subjects.map((s) => [s.subject_ref, s.role])).toEqual([
      ['P1', 'principal'],
      ['D1', 'dependant'],
    ]);
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    const d1 = r.subjects[1];
    // V-10 applies to every subject on the premises without a RiskClaim.
    expect(d1?.risks.map((x) => x.risk_id)).toEqual(['V10-D1']);
    expect(d1?.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(d1?.interim_measure?.basis).toContain('P-0');
    expect(r.warnings.some((w) => w.includes('R9'))).toBe(true);
    // P13: the top level mirrors subjects[0].
    const { subjects, as_of, mode, warnings, ...top } = r;
    expect(top).toEqual(subjects[0]);
    expect([as_of, mode, warnings.length > 0]).toEqual([AS_OF, 'TREATY_BODY', true]);
  });

  it('§2.2: V-2 and refugee status are read per subject', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['HHX'], refugee_definition_met: 'Y' },
        risks: [
          risk({ harm_type: 'CIDT', convention_ground: 'RELIGION' }),
          risk({
            risk_id: 'R2',
            subject_ref: 'D1',
            harm_type: 'CIDT',
            convention_ground: 'RELIGION',
          }),
        ],
        dependants: [
          {
            person_ref: 'D1',
            relationship: 'SPOUSE',
            on_premises: true,
            nationalities: ['NNX'],
            refugee_definition_met: 'Y',
          },
        ],
      }),
    );
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
    expect(r.subjects[1]?.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.subjects[1]?.reason_codes).not.toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
  });

  it('V-14: a possible death penalty on an extradition request adds V14-<action> (onward) to the principal only', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [notEstablished],
        host_actions: [
          act({
            type: 'EXTRADITION_OR_SURRENDER_REQUEST',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            death_penalty_possible: 'Y',
          }),
        ],
        dependants: [{ person_ref: 'D1', relationship: 'SPOUSE', on_premises: true }],
      }),
    );
    const synthetic = r.risks.find((x) => x.risk_id === 'V14-A1');
    expect(synthetic).toMatchObject({ synthetic: 'V-14', eff_harm: 'DEATH_PENALTY' });
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.bounds.optimistic.basis).toContain('A-4');
    expect(r.subjects[1]?.risks.some((x) => x.synthetic === 'V-14')).toBe(false);
  });

  it('P6: same input and config → byte-identical result, trace included', () => {
    const f = facts({
      legal_context: lc(['CAT'], [], { sending_state_abolitionist: 'U' }),
      risks: [risk({ harm_type: 'DEATH_PENALTY' }), risk({ risk_id: 'R2', real: 'U' })],
    });
    expect(JSON.stringify(run(f))).toBe(JSON.stringify(run(f)));
  });
});
