// Hand-written scenarios for each rule of SPEC §1.4 and §2.4–§2.11 that the golden cases do not
// exercise on their own.
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/shared/caseFacts';
import {
  assess,
  defaultConfig,
  resolveConfig,
  type RulesetConfig,
} from '../../../src/main/domain/assessment';
import { action, baseFacts, parties, risk } from '../../support/caseBuilder';
import { loadGoldenCases, sha256 } from '../../support/golden';

const run = (
  facts: CaseFacts,
  opts: { config?: RulesetConfig; mode?: 'TREATY_BODY' | 'RESTRICTIVE' } = {},
) => assess(facts, { sha256, ...opts });
const gc = (id: string): CaseFacts => {
  const g = loadGoldenCases().find((x) => x.id === id);
  if (g === undefined) throw new Error(id);
  return structuredClone(g.facts);
};

describe('Step J (§2.4)', () => {
  it('J-1: not on the premises', () => {
    const r = run(
      baseFacts({ control: { physically_on_premises: 'N', request_to_remain_expressed: 'Y' } }),
    );
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-1' });
    expect(r.reason_codes).toContain('J_NOT_ON_PREMISES');
  });

  it('J-3a: brought in by staff establishes authority and control', () => {
    const r = run(
      baseFacts({
        arrival: { mode: 'BROUGHT_BY_STAFF', arrived_at: '2026-03-01T00:00:00Z' },
        control: { physically_on_premises: 'Y' },
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3a' });
    expect(r.reason_codes).toContain('J_AUTHORITY_AND_CONTROL');
  });

  it('J-3b: established in TREATY_BODY, not in RESTRICTIVE; flag always; alternative mode reported', () => {
    const facts = baseFacts({
      control: { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' },
      legal_context: parties(['CAT']),
      risks: [risk()],
    });
    const tb = run(facts);
    expect(tb.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3b' });
    expect(tb.flags).toContain('CONTESTED_JURISDICTION_BASIS');
    expect(tb.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(tb.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    const rs = run(facts, { mode: 'RESTRICTIVE' });
    expect(rs.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-3b' });
    expect(rs.flags).toContain('CONTESTED_JURISDICTION_BASIS');
    expect(rs.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    // P-1 reads both modes (F3a): the RESTRICTIVE run still carries the interim measure.
    expect(rs.interim_measure?.basis).toEqual(['P-1']);
  });

  it('J-2: on the premises, free to leave, no request', () => {
    const r = run(baseFacts({ control: { physically_on_premises: 'Y' } }));
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-2' });
    expect(r.outcome_alt_mode).toBeNull();
  });

  it('RESTRICTIVE: a contested instrument does not apply; CONTESTED_EXTRATERRITORIALITY when J holds', () => {
    const facts = baseFacts({
      legal_context: {
        sending_state_parties: ['ICCPR'],
        sending_state_positions: { contests_extraterritoriality: ['ICCPR'] },
      },
      risks: [risk({ harm_type: 'CIDT' })],
    });
    const tb = run(facts);
    expect(tb.outcome_sub_basis).toBe('ABSOLUTE');
    expect(tb.flags).toContain('CONTESTED_EXTRATERRITORIALITY');
    const rs = run(facts, { mode: 'RESTRICTIVE' });
    expect(rs.steps.A).toBe(false);
    expect(rs.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });
});

describe('Step R (§2.5) and validation (§1.4)', () => {
  it('R-1: SGBV amounting to torture is torture (V-7)', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        risks: [risk({ harm_type: 'SERIOUS_SGBV', amounts_to_torture: 'Y' })],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('TORTURE');
    expect(r.reason_codes).toContain('ABS_TORTURE');
  });

  it('R-1b: a vulnerable adult also gets the relative threshold', () => {
    const r = run(
      baseFacts({
        principal: { person_ref: 'P1', vulnerabilities: ['DISABILITY'] },
        legal_context: parties(['ECHR']),
        risks: [
          risk({
            harm_type: 'PERSONAL_INTEGRITY',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('CIDT');
    expect(r.reason_codes).toEqual(expect.arrayContaining(['R1B_RELATIVE_THRESHOLD', 'ABS_CIDT']));
  });

  it('R-2: GC-01c without the Othman factors is PROTECTION_OBLIGATORY / ABSOLUTE (F5)', () => {
    const f = gc('GC-01c');
    const a = f.risks![0]!.assurances!;
    delete a.specific;
    delete a.given_by_competent_authority;
    delete a.verifiable_monitoring;
    const r = run(f);
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
  });

  it('V-5: RELIABLE without LEGAL_ADVISER approval is U, and the cure is listed', () => {
    const f = gc('GC-01c');
    f.risks![0]!.assurances!.reliability_approved_by_role = 'DUTY_OFFICER';
    const r = run(f);
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.missing_fields).toEqual(
      expect.arrayContaining([
        'risks[R1].assurances.reliability',
        'risks[R1].assurances.reliability_approved_by_role',
      ]),
    );
    expect(r.warnings.some((w) => w.startsWith('V-5:'))).toBe(true);
  });

  it('R-2: never relied on against torture with a pattern of gross violations', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['ICCPR', 'CAT']),
        evidence: [{ evidence_id: 'E1', kind: 'MEDICAL_REPORT', grade: 'A' }],
        risks: [
          risk({
            pattern_of_gross_violations: 'Y',
            assurances: {
              reliability: 'RELIABLE',
              reliability_approved_by_role: 'LEGAL_ADVISER',
              specific: 'Y',
              given_by_competent_authority: 'Y',
              verifiable_monitoring: 'Y',
            },
          }),
        ],
      }),
    );
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('R-2: CAT-only sending state — assurances are not relied on for torture (CAT GC 4 ¶20)', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        risks: [
          risk({
            assurances: {
              reliability: 'RELIABLE',
              reliability_approved_by_role: 'LEGAL_ADVISER',
              specific: 'Y',
              given_by_competent_authority: 'Y',
              verifiable_monitoring: 'Y',
            },
          }),
        ],
      }),
    );
    expect(r.flags).toContain('ASSURANCES_NOT_RELIED_ON_CAT');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['ASSURANCES_NOT_RELIED_ON', 'ABS_TORTURE']),
    );
  });

  it('V-3: a Y limb without rationale is U; the rationale is listed as the cure', () => {
    const r = run(
      baseFacts({ legal_context: parties(['CAT']), risks: [risk({ adviser_rationale: ' ' })] }),
    );
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.missing_fields).toEqual(
      expect.arrayContaining(['risks[R1].adviser_rationale', 'risks[R1].foreseeable']),
    );
  });

  it('V-4: personal = Y resting only on country information is U when a pattern is recorded', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        evidence: [{ evidence_id: 'E1', kind: 'COUNTRY_INFO_UN', grade: 'A' }],
        risks: [risk({ pattern_of_gross_violations: 'Y' })],
      }),
    );
    expect(r.risks[0]?.limbs.personal).toBe('U');
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
  });

  it('V-6: D testimony counts as C with prior harm (F16), not otherwise', () => {
    const d = baseFacts({
      legal_context: parties(['CAT']),
      evidence: [{ evidence_id: 'E1', kind: 'INTERVIEW_TESTIMONY', grade: 'D' }],
      risks: [risk()],
    });
    const without = run(d);
    expect(without.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(without.missing_fields).toEqual(
      expect.arrayContaining(['risks[R1].evidence', 'risks[R1].real']),
    );
    const withPrior = run({ ...d, risks: [risk({ prior_harm_suffered: 'Y' })] });
    expect(withPrior.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('V-6: evidence linked only through supports[].risk_id counts', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        evidence: [
          {
            evidence_id: 'E9',
            kind: 'COURT_RECORD',
            grade: 'B',
            supports: [{ risk_id: 'R1', field: 'real' }],
          },
        ],
        risks: [risk({ evidence_refs: [] })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('R-5: a risk located elsewhere is not engaged by a handover', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        risks: [risk({ destination: 'THIRD_STATE_DIRECT' })],
      }),
    );
    expect(r.reason_codes).toContain('RISK_NOT_LINKED_TO_HANDOVER');
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('V-10: a dependant on the premises without a claim gets a synthetic risk and P-0', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        dependants: [
          { person_ref: 'D1', relationship: 'CHILD', on_premises: true },
          { person_ref: 'D2', relationship: 'SPOUSE', on_premises: false },
        ],
        risks: [risk()],
      }),
    );
    expect(r.subjects.map((s) => s.subject_ref)).toEqual(['P1', 'D1']);
    const d1 = r.subjects[1]!;
    expect(d1.risks.map((x) => x.risk_id)).toEqual(['V10-D1']);
    expect(d1.interim_measure?.basis).toEqual(['P-0', 'P-1']);
    expect(d1.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.subjects[0]?.interim_measure?.basis).toEqual(['P-1']);
  });

  it('V-14: a possible death penalty adds a synthetic onward risk for the principal', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['ECHR']),
        control: { physically_on_premises: 'Y', staff_custody_or_restriction: 'Y' },
        host_actions: [
          action({
            type: 'EXTRADITION_OR_SURRENDER_REQUEST',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            death_penalty_possible: 'U',
          }),
        ],
      }),
    );
    const v14 = r.risks.find((x) => x.risk_id === 'V14-A1');
    expect(v14?.synthetic).toBe('V-14');
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.bounds.optimistic.reason_codes).toContain('ABS_DEATH_PENALTY');
    expect(r.handover_guard.engaged_destinations).toEqual(['THIRD_STATE_ONWARD']);
  });

  it('V-11 / V-13: ordinary classes follow the maximum penalty; a non-criminal measure must name the offence', () => {
    const r = run(
      baseFacts({
        host_actions: [
          action({ offence_class_mission_view: 'ORDINARY_MINOR', max_penalty_years: 5 }),
          action({
            action_id: 'A2',
            type: 'ADMINISTRATIVE_DETENTION_ORDER',
            offence_description: '',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
          }),
        ],
      }),
    );
    expect(r.warnings.some((w) => w.startsWith('V-11:'))).toBe(true);
    expect(r.warnings.some((w) => w.startsWith('V-13:'))).toBe(true);
    // A2's class is UNKNOWN: pessimistically EXCLUDABLE_1F (5 points).
    expect(r.I.process).toBe(5);
  });

  it('V-15: an unsubstantiated pretext is UNKNOWN', () => {
    const r = run(
      baseFacts({
        host_actions: [
          action({
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            process_integrity: 'PRETEXTUAL',
          }),
        ],
      }),
    );
    expect(r.warnings.some((w) => w.startsWith('V-15:'))).toBe(true);
    expect(r.I.process).toBe(3); // pessimistic INDEPENDENT_FAIR
    expect(r.bounds.optimistic.I_total).toBe(1); // optimistic PRETEXTUAL cap
  });

  it('V-2: a stateless person formerly resident in the host cannot be a refugee there', () => {
    const r = run(
      baseFacts({
        principal: {
          person_ref: 'P1',
          nationalities: [],
          stateless: 'Y',
          former_habitual_residence: 'HHX',
          refugee_definition_met: 'Y',
        },
        legal_context: parties(['REFUGEE_1951']),
        risks: [risk({ harm_type: 'PERSECUTION_CONVENTION_GROUND', convention_ground: 'RACE' })],
      }),
    );
    expect(r.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
    expect(r.steps.Q).toBe(false);
  });
});

describe('Step A (§2.6)', () => {
  it('A-1 rests on custom alone when no treaty binds (config customary_torture_nonrefoulement)', () => {
    const facts = baseFacts({ risks: [risk()] });
    expect(run(facts).reason_codes).toContain('ABS_TORTURE');
    const off = resolveConfig({ customary_torture_nonrefoulement: false });
    if (!off.ok) throw off.error;
    expect(run(facts, { config: off.config }).steps.A).toBe(false);
  });

  it('A-1 on CAT alone with a non-state perpetrator raises CAT_NON_STATE_ACTOR', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['CAT']),
        risks: [risk({ perpetrator: 'NON_STATE_HOST_UNABLE' })],
      }),
    );
    expect(r.flags).toContain('CAT_NON_STATE_ACTOR');
  });

  it('A-2 needs an HR instrument (CAT alone is not enough)', () => {
    const r = run(
      baseFacts({ legal_context: parties(['CAT']), risks: [risk({ harm_type: 'CIDT' })] }),
    );
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });

  it('IACPPT as the only HR instrument: IACPPT_APPLIED', () => {
    const r = run(
      baseFacts({ legal_context: parties(['IACPPT']), risks: [risk({ harm_type: 'CIDT' })] }),
    );
    expect(r.reason_codes).toEqual(expect.arrayContaining(['ABS_CIDT', 'IACPPT_APPLIED']));
  });

  it('A-3 covers a death penalty imposed in breach of art. 6(2); A-4 needs abolition by treaty or ICCPR/ACHR + abolitionist', () => {
    const dp = risk({ harm_type: 'DEATH_PENALTY', imposition_unlawful_under_art6_2: 'Y' });
    const a3 = run(baseFacts({ legal_context: parties(['ICCPR']), risks: [dp] }));
    expect(a3.basis).toEqual(expect.arrayContaining(['A-3']));
    expect(a3.basis).not.toContain('A-4');
    const a4 = run(
      baseFacts({
        legal_context: parties(['ECHR']),
        risks: [risk({ harm_type: 'DEATH_PENALTY' })],
      }),
    );
    expect(a4.basis).toContain('A-4');
    const none = run(
      baseFacts({ legal_context: parties(['CAT']), risks: [risk({ harm_type: 'DEATH_PENALTY' })] }),
    );
    expect(none.steps.A).toBe(false);
  });

  it('A-5: ACHR covers liberty risks without a ground (flagged)', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['ACHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION' })],
      }),
    );
    expect(r.reason_codes).toContain('ABS_ACHR_22_8');
    expect(r.flags).toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
    const withGround = run(
      baseFacts({
        legal_context: parties(['ACHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION', convention_ground: 'POLITICAL_OPINION' })],
      }),
    );
    expect(withGround.flags).not.toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
  });

  it('ICCPR art. 9 alone gives no absolute duty (seed departure 1)', () => {
    const r = run(
      baseFacts({
        legal_context: parties(['ICCPR', 'ECHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION' })],
      }),
    );
    expect(r.steps.A).toBe(false);
  });

  it('A-8: a child facing a grave harm where the CRC binds', () => {
    const r = run(
      baseFacts({
        principal: { person_ref: 'P1', age_band: 'CHILD' },
        legal_context: parties(['CRC']),
        risks: [risk({ harm_type: 'UNDERAGE_RECRUITMENT' })],
      }),
    );
    expect(r.basis).toEqual(['A-8', 'B']);
  });
});

describe('Step Q (§2.7)', () => {
  const refugeeFacts = (over: Partial<CaseFacts> = {}) =>
    baseFacts({
      principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
      legal_context: parties(['REFUGEE_1951']),
      risks: [
        risk({
          harm_type: 'PERSECUTION_CONVENTION_GROUND',
          convention_ground: 'POLITICAL_OPINION',
        }),
      ],
      ...over,
    });

  it('Q-1 holds (QUALIFIED) and is defeated by the cumulative art. 33(2) limb 2', () => {
    expect(run(refugeeFacts()).outcome_sub_basis).toBe('QUALIFIED');
    const psc = run(
      refugeeFacts({
        host_actions: [
          action({
            type: 'CONVICTION',
            offence_class_mission_view: 'PARTICULARLY_SERIOUS_FINAL',
            conviction_final: 'Y',
            danger_to_community_found_by_mission: 'Y',
          }),
        ],
      }),
    );
    expect(psc.reason_codes).toContain('Q_EXCLUDED_33_2_PSC');
    expect(psc.flags).toContain('INTERPRETATION_33_2_COUNTRY');
    const noDanger = run(
      refugeeFacts({
        host_actions: [
          action({
            type: 'CONVICTION',
            offence_class_mission_view: 'PARTICULARLY_SERIOUS_FINAL',
            conviction_final: 'Y',
          }),
        ],
      }),
    );
    expect(noDanger.basis).toContain('Q-1');
  });

  it('V-12: persecution without a ground has an unknown nexus', () => {
    const r = run(refugeeFacts({ risks: [risk({ harm_type: 'PERSECUTION_CONVENTION_GROUND' })] }));
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.missing_fields).toContain('risks[R1].convention_ground');
  });

  it('Q-1b: the OAU definition, no 33(2) check, but 1F-type exclusions', () => {
    const oau = baseFacts({
      principal: { person_ref: 'P1', oau_refugee_definition_met: 'Y' },
      legal_context: parties(['OAU_1969']),
      risks: [risk({ harm_type: 'SERIOUS_INJURY_OTHER' })],
      host_actions: [
        action({ national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' } }),
      ],
    });
    const r = run(oau);
    expect(r.reason_codes).toContain('Q_OAU_II_3');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    const excluded = run({ ...oau, host_actions: [action({ exclusion_1F: { c: 'Y' } })] });
    expect(excluded.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(excluded.steps.Q).toBe(false);
  });

  it('Q-3a / Q-3b: TREATY_NO_EXCEPTION', () => {
    const denial = run(
      baseFacts({
        legal_context: parties(['ECHR']),
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            flagrant_denial_category: 'EVIDENCE_OBTAINED_BY_TORTURE',
          }),
        ],
      }),
    );
    expect(denial.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(denial.reason_codes).toContain('Q_FLAGRANT_DENIAL');
    const iacpptOther = run(
      baseFacts({
        legal_context: parties(['IACPPT']),
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            flagrant_denial_category: 'SYSTEMATIC_DENIAL_OF_LAWYER',
          }),
        ],
      }),
    );
    expect(iacpptOther.steps.Q).toBe(false);
    const iacpptSpecial = run(
      baseFacts({
        legal_context: parties(['IACPPT']),
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            flagrant_denial_category: 'SPECIAL_OR_AD_HOC_COURT',
          }),
        ],
      }),
    );
    expect(iacpptSpecial.basis).toContain('Q-3a');
    const detention = run(
      baseFacts({
        legal_context: parties(['ECHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION', flagrant_breach_of_liberty: 'Y' })],
      }),
    );
    expect(detention.reason_codes).toContain('Q_FLAGRANT_DETENTION');
  });
});

describe('Step T (§2.8)', () => {
  const caracas = (over: Partial<CaseFacts> = {}) =>
    baseFacts({
      legal_context: parties(['CARACAS_1954'], ['CARACAS_1954']),
      // No request to remain and no claim: nothing but the treaty is in play (no V-10).
      control: { physically_on_premises: 'Y', staff_custody_or_restriction: 'Y' },
      host_actions: [action({ offence_class_mission_view: 'POLITICAL_RELATIVE' })],
      urgency: { urgency_found_by_granting_state: 'Y' },
      ...over,
    });

  it('T-C1 with no charge needs "sought for political reasons"', () => {
    const r = run(
      caracas({
        host_actions: [],
        arrival: { arrived_at: '2026-03-01T00:00:00Z', sought_for_political_reasons: 'Y' },
      }),
    );
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'HOLDS' });
    const no = run(caracas({ host_actions: [] }));
    expect(no.t.result).toBe('FAILS');
    expect(no.reason_codes).toContain('T_CARACAS_NOT_POLITICAL');
  });

  it('T-C2: art. III bars deserters and unserved common-crime convictions, but not a pretext or clearly political acts', () => {
    const deserter = run(
      caracas({
        host_actions: [
          action({ type: 'ARREST_WARRANT', offence_class_mission_view: 'MILITARY_DESERTION' }),
        ],
      }),
    );
    expect(deserter.t.result).toBe('BARS_B');
    const served = run(
      caracas({
        host_actions: [
          action({ offence_class_mission_view: 'POLITICAL_EXPRESSIVE' }),
          action({
            action_id: 'A2',
            type: 'CONVICTION',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            sentence_served: 'Y',
          }),
        ],
      }),
    );
    expect(served.t.result).toBe('HOLDS');
    const political = run(
      caracas({
        host_actions: [
          action({ offence_class_mission_view: 'ORDINARY_SERIOUS', clearly_political_acts: 'Y' }),
          action({ action_id: 'A2', offence_class_mission_view: 'POLITICAL_RELATIVE' }),
        ],
      }),
    );
    expect(political.t.result).toBe('HOLDS');
    const investigation = run(
      caracas({
        host_actions: [
          action({ type: 'INVESTIGATION', offence_class_mission_view: 'ORDINARY_SERIOUS' }),
          action({ action_id: 'A2', offence_class_mission_view: 'POLITICAL_RELATIVE' }),
        ],
      }),
    );
    expect(investigation.t.result).toBe('HOLDS');
  });

  it('a reservation makes only the rule reading the reserved article unknown (F18)', () => {
    const r = run(
      caracas({
        legal_context: {
          ...parties(['CARACAS_1954'], ['CARACAS_1954']),
          caracas_reservations: [{ state: 'HHX', articles: ['VII'] }],
        },
      }),
    );
    expect(r.flags).toContain('RESERVATION_REVIEW');
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['legal_context.caracas_reservations']);
    const other = run(
      caracas({
        legal_context: {
          ...parties(['CARACAS_1954'], ['CARACAS_1954']),
          caracas_reservations: [{ state: 'HHX', articles: ['XX'] }],
        },
      }),
    );
    expect(other.outcome).toBe('PERMISSIBLE_TREATY_BASIS');
    const third = run(
      caracas({
        legal_context: {
          ...parties(['CARACAS_1954'], ['CARACAS_1954']),
          caracas_reservations: [{ state: 'ZZX', articles: ['GENERAL'] }],
        },
      }),
    );
    expect(third.outcome).toBe('PERMISSIBLE_TREATY_BASIS');
  });

  const havana = (over: Partial<CaseFacts> = {}) =>
    caracas({ legal_context: parties(['HAVANA_1928'], ['HAVANA_1928']), ...over });

  it('Havana: granted, with QUALIFICATION_NOT_BINDING_ON_HOST unless both are Montevideo parties', () => {
    const r = run(havana());
    expect(r.outcome_sub_basis).toBe('HAVANA');
    expect(r.reason_codes).toContain('T_HAVANA_GRANTED');
    expect(r.flags).toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
    expect(r.required_actions).toEqual(
      expect.arrayContaining(['REQUEST_SAFE_CONDUCT', 'CONDUCT_RULES']),
    );
    expect(r.required_actions).not.toContain('NOTIFY_TERRITORIAL_MFA');
    const mv = run(
      havana({
        legal_context: parties(
          ['HAVANA_1928', 'MONTEVIDEO_1933'],
          ['HAVANA_1928', 'MONTEVIDEO_1933'],
        ),
      }),
    );
    expect(mv.flags).not.toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
  });

  it('Havana art. 1 and art. 2 urgency bar B; "not political" does not', () => {
    const withRisk: Partial<CaseFacts> = {
      risks: [risk({ harm_type: 'CIDT' })],
      control: { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' },
    };
    const art1 = run(
      havana({
        ...withRisk,
        host_actions: [
          action({ offence_class_mission_view: 'ORDINARY_SERIOUS', clearly_political_acts: 'Y' }),
        ],
      }),
    );
    expect(art1.reason_codes).toEqual(
      expect.arrayContaining(['T_HAVANA_ART_1_BAR', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(art1.steps.B).toBe('BARRED');
    const noUrgency = run(
      havana({ ...withRisk, urgency: { urgency_found_by_granting_state: 'N' } }),
    );
    expect(noUrgency.reason_codes).toContain('T_HAVANA_NO_URGENCY');
    expect(noUrgency.steps.B).toBe('BARRED');
    const notPolitical = run(
      havana({
        ...withRisk,
        host_actions: [
          action({ type: 'INVESTIGATION', offence_class_mission_view: 'ORDINARY_MINOR' }),
        ],
      }),
    );
    expect(notPolitical.reason_codes).toContain('T_HAVANA_NOT_POLITICAL');
    expect(notPolitical.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('Caracas takes precedence over Havana between states party to both', () => {
    const r = run(
      caracas({
        legal_context: parties(['CARACAS_1954', 'HAVANA_1928'], ['CARACAS_1954', 'HAVANA_1928']),
      }),
    );
    expect(r.t.regime).toBe('CARACAS');
  });
});

describe('Step B (§2.9)', () => {
  it('B_BELOW_H_MIN and B_LESSER_HARM_NOT_IMMEDIATE; imminence opens the floor (B & Others)', () => {
    const lesser = run(baseFacts({ risks: [risk({ harm_type: 'LESSER_HARM' })] }));
    expect(lesser.reason_codes).toContain('B_BELOW_H_MIN');
    const injury = baseFacts({ risks: [risk({ harm_type: 'SERIOUS_INJURY_OTHER' })] });
    expect(run(injury).reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
    const imminent = run({ ...injury, urgency: { imminent_threat: 'Y' } });
    expect(imminent.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(imminent.b_slack).toBe(1); // 2 − 0 − 1
    const borderline = run(
      baseFacts({
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [action({ offence_class_mission_view: 'ORDINARY_SERIOUS' })],
      }),
    );
    expect(borderline.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(borderline.b_slack).toBe(0); // 4 − 3 − 1
    expect(borderline.flags).toContain('B_BORDERLINE');
    expect(borderline.reason_codes).toContain('OPERATION_OF_JUSTICE');
  });

  it('I_process uses the host view when recorded; the mission view enters only through integrity', () => {
    const r = run(
      baseFacts({
        host_actions: [
          action({
            offence_class_mission_view: 'POLITICAL_EXPRESSIVE',
            offence_class_host_view: 'ORDINARY_SERIOUS',
            process_integrity: 'DEFICIENT',
          }),
        ],
      }),
    );
    expect(r.I.process).toBe(2);
  });

  it('I_duration counts elapsed days and skips the periods the host is responsible for (F14)', () => {
    const long = baseFacts({
      arrival: { arrived_at: '2025-06-01T08:30:00Z' },
      as_of: '2026-03-02T12:00:00Z',
    });
    expect(run(long).I.duration).toBe(1);
    const refused = run({
      ...long,
      safe_conduct_requests: [
        {
          requested_at: '2025-07-01T00:00:00Z',
          answer: 'REFUSED',
          answered_at: '2025-07-05T00:00:00Z',
        },
      ],
    });
    expect(refused.I.duration).toBe(0);
    const pending = run({
      ...long,
      safe_conduct_requests: [{ requested_at: '2025-07-01T00:00:00Z' }],
    });
    expect(pending.I.duration).toBe(0);
    const grantedLate = run({
      ...long,
      safe_conduct_requests: [
        {
          requested_at: '2025-06-02T00:00:00Z',
          answer: 'GRANTED',
          answered_at: '2025-07-01T00:00:00Z',
        },
      ],
    });
    expect(grantedLate.I.duration).toBe(1); // only 19 days excluded
  });

  it('I_premises and the inviolability flag (P-10)', () => {
    const honorary = run(
      baseFacts({
        mission: {
          premises_type: 'CONSULATE_HONORARY',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
      }),
    );
    expect(honorary.I.premises).toBe(2);
    expect(honorary.flags).toContain('NO_INVIOLABILITY_PROTECTION');
    expect(honorary.required_actions).toContain('RELOCATE_WITHIN_PROTECTED_AREA');
    const career = run(
      baseFacts({
        mission: {
          premises_type: 'CONSULATE_CAREER',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
      }),
    );
    expect(career.flags).toContain('NO_INVIOLABILITY_PROTECTION');
  });

  it('a configured margin changes the balance (GC-11 with margin 3)', () => {
    const cfg = resolveConfig({ margin: 3 });
    if (!cfg.ok) throw cfg.error;
    const r = run(gc('GC-11'), { config: cfg.config });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.b_slack).toBe(-1);
    expect(r.config_sha256).not.toBe(run(gc('GC-11')).config_sha256);
  });
});

describe('Procedural layer (§2.11)', () => {
  it('the interim measure never lapses; a missed deadline asks for capital instructions (F3b)', () => {
    const r = run(baseFacts({ risks: [risk()], interim_measure_set_at: '2026-02-27T12:00:00Z' }));
    expect(r.interim_measure).toMatchObject({
      set_at: '2026-02-27T12:00:00Z',
      review_by: '2026-03-02T12:00:00Z',
      lapses: false,
    });
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['INTERIM_NO_HANDOVER', 'INTERIM_DEADLINE_MISSED']),
    );
    expect(r.required_actions).toContain('REQUEST_CAPITAL_INSTRUCTION');
  });

  it('no as_of: the days are unknown and the interim measure has no dates', () => {
    const f = baseFacts({ risks: [risk()] });
    delete f.as_of;
    const r = run(f);
    expect(r.interim_measure).toMatchObject({ set_at: null, review_by: null });
    expect(r.as_of).toBeNull();
  });

  it('P-9: severed relations call for a protecting power', () => {
    const r = run(
      baseFacts({
        mission: {
          premises_type: 'EMBASSY_CHANCERY',
          sending_state: 'SSX',
          receiving_state: 'HHX',
          relations_status: 'SEVERED',
        },
      }),
    );
    expect(r.required_actions).toContain('ARRANGE_PROTECTING_POWER_CUSTODY');
  });

  it('guidance MAY_SHELTER_PENDING_ASSESSMENT when only the optimistic end permits shelter', () => {
    const r = run(
      baseFacts({
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' },
        risks: [
          risk({ harm_type: 'LESSER_HARM' }),
          risk({ risk_id: 'R2', harm_type: 'SERIOUS_INJURY_OTHER', present: 'U' }),
        ],
        urgency: { imminent_threat: 'Y' },
      }),
      { mode: 'RESTRICTIVE' },
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
    expect(r.decisive_missing_fields).toEqual(['risks[R2].present']);
  });

  it('NOT_JUSTIFIED is no instruction to surrender (P-5)', () => {
    const r = run(
      baseFacts({ control: { physically_on_premises: 'Y', staff_custody_or_restriction: 'Y' } }),
    );
    expect(r.required_actions).toEqual([
      'INFORM_PERSON_OF_CONSEQUENCES',
      'NO_FACILITATION_OF_EVASION',
      'REASSESS_ON_RISK_CHANGED',
    ]);
    expect(r.guidance).toBe('NO_BASIS_TO_SHELTER');
    expect(r.handover_guard.bars_handover).toBe(false);
  });
});

describe('configuration (§2.12)', () => {
  it('resolveConfig({}) is the default configuration', () => {
    const r = resolveConfig({});
    expect(r.ok && r.config).toEqual(defaultConfig);
  });

  it('rejects unknown keys, another ruleset version and malformed duration brackets', () => {
    expect(resolveConfig({ H_minimum: 3 }).ok).toBe(false);
    expect(resolveConfig({ ruleset_version: 'da-core/0.1.0' }).ok).toBe(false);
    expect(resolveConfig({ severity: { TORTURE: -1 } }).ok).toBe(false);
    expect(
      resolveConfig({
        interference: {
          duration_days: [
            { upto: null, points: 1 },
            { upto: 10, points: 0 },
          ],
        },
      }).ok,
    ).toBe(false);
  });
});
