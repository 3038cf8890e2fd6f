// SPEC §1.4 validation rules V-1 … V-15, each on a small hand-built case. Expected values are
// derived from the SPEC text (see helpers.ts for the neutral case); the comment above each
// expectation shows the derivation.
import { describe, expect, it } from 'vitest';
import { act, facts, J3A, lc, risk, run, runInput } from './helpers';

const paths = (r: ReturnType<typeof runInput>): string[] =>
  r.ok ? [] : r.issues.map((i) => i.path);

describe('§1.4 V-1 required mission fields (hard error)', () => {
  it('§1.4 V-1: premises_type, sending_state and receiving_state missing are each reported', () => {
    const r = runInput({ mission: {}, legal_context: { sending_state_parties: [] } });
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(
      expect.arrayContaining([
        '$.mission.premises_type',
        '$.mission.sending_state',
        '$.mission.receiving_state',
      ]),
    );
  });
});

describe('§1.4 V-2 refugee definition forced to N (E13, F6)', () => {
  const persecution = risk({
    harm_type: 'PERSECUTION_CONVENTION_GROUND',
    convention_ground: 'RACE',
  });

  it('§1.4 V-2: a host national cannot meet art. 1A(2) → Q-1 fails; flag and code; B decides', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['HHX'], refugee_definition_met: 'Y' },
        risks: [persecution],
      }),
    );
    // Q-1 needs refugee_definition_met = Y, forced N. No ACHR → no A-5. B: H 3 (persecution),
    // I 0, 3 − 0 ≥ 1 → PERMISSIBLE_ON_BALANCE.
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
    expect(r.flags).toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
    expect(r.warnings.some((w) => w.startsWith('V-2'))).toBe(true);
  });

  it('§1.4 V-2: a national of a third state meeting the definition → Q-1 holds (QUALIFIED)', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [persecution],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.reason_codes).toContain('Q_REFUGEE_33_1');
    expect(r.flags).not.toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
  });

  it('§1.4 V-2: stateless (Y) with former habitual residence in the host is treated like a host national', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: {
          person_ref: 'P1',
          nationalities: [],
          stateless: 'Y',
          former_habitual_residence: 'HHX',
          refugee_definition_met: 'Y',
        },
        risks: [persecution],
      }),
    );
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.flags).toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
  });

  it('§1.4 V-2: a non-stateless person whose former residence is the host is not caught by the second limb', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: {
          person_ref: 'P1',
          nationalities: ['NNX'],
          stateless: 'N',
          former_habitual_residence: 'HHX',
          refugee_definition_met: 'Y',
        },
        risks: [persecution],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
  });

  it('§1.4 V-2: the OAU definition is forced to N as well → Q-1b fails for a host national', () => {
    const base = {
      legal_context: lc(['OAU_1969']),
      // CIDT without an HR instrument: no A; Q-1b needs no ground.
      risks: [risk({ harm_type: 'CIDT' })],
    };
    const host = run(
      facts({
        ...base,
        principal: { person_ref: 'P1', nationalities: ['HHX'], oau_refugee_definition_met: 'Y' },
      }),
    );
    // B: H 4, I 0 → PERMISSIBLE_ON_BALANCE.
    expect(host.steps.Q).toBe(false);
    expect(host.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    const other = run(
      facts({
        ...base,
        principal: { person_ref: 'P1', nationalities: ['NNX'], oau_refugee_definition_met: 'Y' },
      }),
    );
    expect(other.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(other.outcome_sub_basis).toBe('QUALIFIED');
    expect(other.reason_codes).toContain('Q_OAU_II_3');
  });

  it('§1.4 V-2 / §2.2: V-2 is read from each subject (dependant host national, principal not)', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        dependants: [
          {
            person_ref: 'D1',
            relationship: 'SPOUSE',
            on_premises: true,
            nationalities: ['HHX'],
            refugee_definition_met: 'Y',
          },
        ],
        risks: [persecution, { ...persecution, risk_id: 'R2', subject_ref: 'D1' }],
      }),
    );
    expect(r.subjects[0]?.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.subjects[1]?.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.subjects[1]?.flags).toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
    expect(r.subjects[0]?.flags).not.toContain(
      'REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE',
    );
  });
});

describe('§1.4 V-3 a Y limb needs an adviser_rationale', () => {
  it('§1.4 V-3: every Y limb without rationale becomes U → INSUFFICIENT; the rationale is listed', () => {
    const r = run(
      facts({ legal_context: lc(['CAT']), risks: [risk({ adviser_rationale: undefined })] }),
    );
    // Optimistic: limbs Y → A-1 (CAT). Pessimistic: limbs N → no engaged risk → NOT_JUSTIFIED.
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    // §2.3.5: the four limbs, plus the V-3 cure; E1 (grade B) is linked, so no `evidence`.
    expect(r.missing_fields).toEqual([
      'risks[R1].adviser_rationale',
      'risks[R1].foreseeable',
      'risks[R1].personal',
      'risks[R1].present',
      'risks[R1].real',
    ]);
  });

  it('§1.4 V-3: an empty string is no rationale', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ adviser_rationale: '' })] }));
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
  });

  it('§1.4 V-3: only Y limbs are downgraded — an N limb keeps the risk unestablished in both completions', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ adviser_rationale: undefined, personal: 'N' })],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.missing_fields).toEqual([]);
    expect(r.reason_codes).toContain('RISK_NOT_ESTABLISHED_PERSONAL');
  });
});

describe('§1.4 V-4 the pattern alone cannot support `personal`', () => {
  const countryOnly = {
    evidence: [{ evidence_id: 'EUN', kind: 'COUNTRY_INFO_UN' as const, grade: 'B' as const }],
  };

  it('§1.4 V-4: pattern Y and only country information linked → personal U', () => {
    const r = run(
      facts({
        ...countryOnly,
        legal_context: lc(['CAT']),
        risks: [risk({ pattern_of_gross_violations: 'Y', evidence_refs: ['EUN'] })],
      }),
    );
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].personal']);
  });

  it('§1.4 V-4: pattern U counts as Y for the check', () => {
    const r = run(
      facts({
        ...countryOnly,
        legal_context: lc(['CAT']),
        risks: [risk({ pattern_of_gross_violations: 'U', evidence_refs: ['EUN'] })],
      }),
    );
    expect(r.missing_fields).toContain('risks[R1].personal');
  });

  it('§1.4 V-4: pattern N — country information may support the limbs', () => {
    const r = run(
      facts({
        ...countryOnly,
        legal_context: lc(['CAT']),
        risks: [risk({ pattern_of_gross_violations: 'N', evidence_refs: ['EUN'] })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('§1.4 V-4: any linked item of another kind (even grade D testimony) keeps personal = Y', () => {
    const r = run(
      facts({
        evidence: [
          ...countryOnly.evidence,
          { evidence_id: 'EI', kind: 'INTERVIEW_TESTIMONY', grade: 'D' },
        ],
        legal_context: lc(['CAT']),
        risks: [risk({ pattern_of_gross_violations: 'Y', evidence_refs: ['EUN', 'EI'] })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });
});

describe('§1.4 V-5 RELIABLE needs the LEGAL_ADVISER', () => {
  const assured = (role?: 'LEGAL_ADVISER' | 'HEAD_OF_MISSION') =>
    facts({
      legal_context: lc(['ICCPR']),
      risks: [
        risk({
          harm_type: 'CIDT',
          assurances: {
            reliability: 'RELIABLE',
            specific: 'Y',
            given_by_competent_authority: 'Y',
            verifiable_monitoring: 'Y',
            ...(role === undefined ? {} : { reliability_approved_by_role: role }),
          },
        }),
      ],
    });

  it('§1.4 V-5: unapproved RELIABLE is U → [NOT_JUSTIFIED, PROTECTION_OBLIGATORY]; approver listed', () => {
    const r = run(assured());
    // Optimistic UNRELIABLE → R1 established → A-2 (ICCPR). Pessimistic RELIABLE with the Othman
    // factors → real := N → no engaged risk → NOT_JUSTIFIED.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(
      expect.arrayContaining([
        'risks[R1].assurances.reliability',
        'risks[R1].assurances.reliability_approved_by_role',
      ]),
    );
  });

  it('§1.4 V-5: approval by another role does not count', () => {
    expect(run(assured('HEAD_OF_MISSION')).outcome).toBe('INSUFFICIENT_INFORMATION');
  });

  it('§1.4 V-5 / §2.5 R-2: approved by the LEGAL_ADVISER → relied on, real := N', () => {
    const r = run(assured('LEGAL_ADVISER'));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('ASSURANCES_RELIED_ON');
    expect(r.flags).toContain('ASSURANCES_RELIED_ON');
    expect(r.risks[0]?.limbs.real).toBe('N');
  });
});

describe('§1.4 V-6 `real` needs linked evidence of the configured grade', () => {
  it('§1.4 V-6: only a D-graded media item → real U; `evidence` listed with `real`', () => {
    const r = run(
      facts({
        evidence: [{ evidence_id: 'EM', kind: 'OPEN_SOURCE_MEDIA', grade: 'D' }],
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: ['EM'] })],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].evidence', 'risks[R1].real']);
  });

  it('§1.4 V-6 (F16): D testimony counts as C when a MEDICAL_REPORT is linked', () => {
    const r = run(
      facts({
        evidence: [
          { evidence_id: 'ET', kind: 'INTERVIEW_TESTIMONY', grade: 'D' },
          { evidence_id: 'EMED', kind: 'MEDICAL_REPORT', grade: 'D' },
        ],
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: ['ET', 'EMED'] })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('§1.4 V-6 (F16): D testimony counts as C with prior_harm_suffered = Y, not without', () => {
    const ev = {
      evidence: [{ evidence_id: 'EW', kind: 'WITNESS_STATEMENT' as const, grade: 'D' as const }],
    };
    const withHarm = run(
      facts({
        ...ev,
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: ['EW'], prior_harm_suffered: 'Y' })],
      }),
    );
    expect(withHarm.outcome).toBe('PROTECTION_OBLIGATORY');
    const without = run(
      facts({ ...ev, legal_context: lc(['CAT']), risks: [risk({ evidence_refs: ['EW'] })] }),
    );
    expect(without.outcome).toBe('INSUFFICIENT_INFORMATION');
  });

  it('§1.4 V-6: D-graded media with prior harm is not upgraded (testimony only)', () => {
    const r = run(
      facts({
        evidence: [{ evidence_id: 'EM', kind: 'OPEN_SOURCE_MEDIA', grade: 'D' }],
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: ['EM'], prior_harm_suffered: 'Y' })],
      }),
    );
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
  });

  it('§1.4 V-6 / §2.12: min_grade_for_real = B rejects a grade-C item', () => {
    const f = facts({
      evidence: [{ evidence_id: 'EC', kind: 'INTERVIEW_TESTIMONY', grade: 'C' }],
      legal_context: lc(['CAT']),
      risks: [risk({ evidence_refs: ['EC'] })],
    });
    expect(run(f).outcome).toBe('PROTECTION_OBLIGATORY');
    expect(run(f, { config: { min_grade_for_real: 'B' } }).outcome).toBe(
      'INSUFFICIENT_INFORMATION',
    );
  });

  it('§1.4 V-6: an item is linked through supports[].risk_id as well as through evidence_refs', () => {
    const r = run(
      facts({
        evidence: [
          {
            evidence_id: 'ES',
            kind: 'OFFICIAL_DOCUMENT',
            grade: 'A',
            supports: [{ risk_id: 'R1', field: 'real' }],
          },
        ],
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: [] })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
  });

  it('§1.4 V-6: evidence of another risk is not linked to this one', () => {
    const r = run(
      facts({
        evidence: [
          {
            evidence_id: 'ES',
            kind: 'OFFICIAL_DOCUMENT',
            grade: 'A',
            supports: [{ risk_id: 'R2', field: 'real' }],
          },
        ],
        legal_context: lc(['CAT']),
        risks: [risk({ evidence_refs: [] })],
      }),
    );
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.missing_fields).toContain('risks[R1].evidence');
  });
});

describe('§1.4 V-7 SGBV / CIDT amounting to torture is torture', () => {
  it.each(['SERIOUS_SGBV', 'CIDT'] as const)(
    '§1.4 V-7 / §2.5 R-1: %s with amounts_to_torture = Y is A-1 under CAT alone',
    (harm_type) => {
      const r = run(
        facts({
          legal_context: lc(['CAT']),
          risks: [risk({ harm_type, amounts_to_torture: 'Y' })],
        }),
      );
      expect(r.risks[0]?.eff_harm).toBe('TORTURE');
      expect(r.H).toBe(5);
      expect(r.outcome_sub_basis).toBe('ABSOLUTE');
      expect(r.reason_codes).toContain('ABS_TORTURE');
    },
  );

  it('§1.4 V-7: without the CAT art. 1 elements CIDT under CAT alone gives no A (balance instead)', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ harm_type: 'CIDT' })] }));
    // H 4 (CIDT), I 0 → B holds.
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.H).toBe(4);
  });
});

describe('§1.4 V-8 offence_class_mission_view must be set', () => {
  it('§1.4 V-8: a host action without the mission class is a schema violation at its path', () => {
    const r = runInput({
      ...facts(),
      host_actions: [{ action_id: 'A1', type: 'CRIMINAL_CHARGE' }],
    });
    expect(paths(r)).toContain('$.host_actions[0].offence_class_mission_view');
  });
});

describe('§1.4 V-10 synthetic risk for a request to remain with nothing recorded (F1)', () => {
  it('§1.4 V-10 / §2.11 P-0: request Y, no risk → V10-P1, INSUFFICIENT, interim P-0 and P-1', () => {
    const r = run(facts({ legal_context: lc(['CAT']) }));
    expect(r.risks.map((x) => [x.risk_id, x.synthetic])).toEqual([['V10-P1', 'V-10']]);
    // Optimistic: UNKNOWN harm → TORTURE to HOST_TERRITORY, limbs Y → A-1. Pessimistic:
    // PROSECUTION_ONLY to THIRD_STATE_DIRECT, limbs N → NOT_JUSTIFIED.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.interim_measure?.basis).toEqual(['P-0', 'P-1']);
    expect(r.reason_codes).toContain('INTERIM_NO_HANDOVER');
    expect(r.missing_fields).toEqual(
      expect.arrayContaining([
        'risks[V10-P1].harm_type',
        'risks[V10-P1].destination',
        'risks[V10-P1].foreseeable',
        'risks[V10-P1].real',
      ]),
    );
  });

  it('§1.4 V-10: a request U also adds the synthetic risk', () => {
    const r = run(facts({ control: { ...J3A, request_to_remain_expressed: 'U' } }));
    expect(r.risks[0]?.synthetic).toBe('V-10');
    expect(r.interim_measure?.basis).toContain('P-0');
  });

  it('§1.4 V-10: no request (N) → no synthetic risk, determinate NOT_JUSTIFIED, no interim', () => {
    const r = run(facts({ control: { ...J3A, request_to_remain_expressed: 'N' } }));
    expect(r.risks).toEqual([]);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.interim_measure).toBeNull();
  });

  it('§1.4 V-10: a person not on the premises (REMOTE_ONLY) is not "a subject on the premises"', () => {
    const r = run(
      facts({
        arrival: { arrived_at: null, mode: 'REMOTE_ONLY' },
        control: { physically_on_premises: 'N', request_to_remain_expressed: 'Y' },
      }),
    );
    expect(r.risks).toEqual([]);
    expect(r.jurisdiction.rule).toBe('J-1');
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.interim_measure).toBeNull();
  });

  it('§1.4 V-10 / §2.2: a dependant on the premises without a claim gets V10-<ref>; one off the premises is no subject', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        dependants: [
          { person_ref: 'D1', relationship: 'CHILD', on_premises: true, age_band: 'CHILD' },
          { person_ref: 'D2', relationship: 'SPOUSE', on_premises: false },
        ],
        risks: [risk()],
      }),
    );
    expect(r.subjects.map((s) => s.subject_ref)).toEqual(['P1', 'D1']);
    expect(r.subjects[0]?.risks.map((x) => x.synthetic)).toEqual([null]);
    expect(r.subjects[1]?.risks.map((x) => x.risk_id)).toEqual(['V10-D1']);
    expect(r.subjects[1]?.interim_measure?.basis).toContain('P-0');
  });
});

describe('§1.4 V-11 ordinary classes follow the maximum penalty (F11)', () => {
  const iProcess = (over: Parameters<typeof act>[0]) =>
    run(facts({ host_actions: [act(over)] })).I.process;

  it('§1.4 V-11: ORDINARY_MINOR with max 4 years (= threshold) is ORDINARY_SERIOUS (3 points)', () => {
    expect(iProcess({ offence_class_mission_view: 'ORDINARY_MINOR', max_penalty_years: 4 })).toBe(
      3,
    );
  });

  it('§1.4 V-11: ORDINARY_SERIOUS with max 3.5 years is ORDINARY_MINOR (2 points)', () => {
    expect(
      iProcess({ offence_class_mission_view: 'ORDINARY_SERIOUS', max_penalty_years: 3.5 }),
    ).toBe(2);
  });

  it('§1.4 V-11: null years or a non-ordinary class leaves the class alone', () => {
    expect(
      iProcess({ offence_class_mission_view: 'ORDINARY_MINOR', max_penalty_years: null }),
    ).toBe(2);
    expect(
      iProcess({ offence_class_mission_view: 'POLITICAL_RELATIVE', max_penalty_years: 20 }),
    ).toBe(2);
  });

  it('§1.4 V-11: the host view is corrected too (it is the I_process base, F9)', () => {
    expect(
      iProcess({
        offence_class_mission_view: 'POLITICAL_EXPRESSIVE',
        offence_class_host_view: 'ORDINARY_MINOR',
        max_penalty_years: 10,
      }),
    ).toBe(3);
  });

  it('§1.4 V-11 / §2.12: serious_offence_years is configurable', () => {
    const r = run(
      facts({
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', max_penalty_years: 5 }),
        ],
      }),
      { config: { serious_offence_years: 6 } },
    );
    expect(r.I.process).toBe(2);
  });
});

describe('§1.4 V-12 persecution without a Convention ground: nexus U', () => {
  it('§1.4 V-12: refugee, Refugee Convention → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [risk({ harm_type: 'PERSECUTION_CONVENTION_GROUND' })],
      }),
    );
    // Optimistic: ground set → Q-1. Pessimistic: none → no Q; B: H 3, I 0 → on balance.
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].convention_ground']);
    expect(r.warnings.some((w) => w.startsWith('V-12'))).toBe(true);
    // A code that only one completion emits stays in bounds (§2.3.5).
    expect(r.reason_codes).not.toContain('Q_REFUGEE_33_1');
    expect(r.bounds.optimistic.reason_codes).toContain('Q_REFUGEE_33_1');
  });

  it('§1.4 V-12 / §2.6 A-5: the ACHR needs no ground, so the result is determinate', () => {
    const r = run(
      facts({
        legal_context: lc(['ACHR']),
        risks: [risk({ harm_type: 'PERSECUTION_CONVENTION_GROUND' })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ABS_ACHR_22_8');
  });
});

describe('§1.4 V-13 an ordinary class on a non-criminal measure must name the offence (F11)', () => {
  it.each([
    'ADMINISTRATIVE_DETENTION_ORDER',
    'EXTRA_LEGAL_MEASURE',
    'SURRENDER_DEMAND_TO_MISSION',
  ] as const)(
    '§1.4 V-13: %s coded ORDINARY_SERIOUS without offence_description → UNKNOWN (pessimistic EXCLUDABLE_1F, 5)',
    (type) => {
      const r = run(
        facts({
          host_actions: [
            act({
              type,
              offence_class_mission_view: 'ORDINARY_SERIOUS',
              offence_description: undefined,
            }),
          ],
        }),
      );
      expect(r.I.process).toBe(5);
      expect(r.warnings.some((w) => w.startsWith('V-13'))).toBe(true);
    },
  );

  it('§1.4 V-13: with a description naming the offence the class stands (3 points)', () => {
    const r = run(
      facts({
        host_actions: [
          act({
            type: 'ADMINISTRATIVE_DETENTION_ORDER',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            offence_description: 'Theft',
          }),
        ],
      }),
    );
    expect(r.I.process).toBe(3);
  });

  it('§1.4 V-13: a criminal charge needs no description', () => {
    const r = run(
      facts({
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', offence_description: undefined }),
        ],
      }),
    );
    expect(r.I.process).toBe(3);
  });
});

describe('§1.4 V-14 synthetic DEATH_PENALTY risk (F13)', () => {
  // A recorded minor risk (onward, so it raises no handover-in-territory flag of its own).
  const lesser = risk({ harm_type: 'LESSER_HARM', destination: 'THIRD_STATE_ONWARD' });

  it('§1.4 V-14: extradition request with death penalty possible → V14-A1 to THIRD_STATE_ONWARD', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [lesser],
        host_actions: [
          act({
            type: 'EXTRADITION_OR_SURRENDER_REQUEST',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            death_penalty_possible: 'Y',
          }),
        ],
      }),
    );
    const v14 = r.risks.find((x) => x.risk_id === 'V14-A1');
    expect(v14?.synthetic).toBe('V-14');
    expect(v14?.eff_harm).toBe('DEATH_PENALTY');
    // Optimistic: limbs Y → A-4 (ECHR). Pessimistic: not established; R1 LESSER_HARM (1) →
    // B_BELOW_H_MIN → NOT_JUSTIFIED.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.bounds.optimistic.reason_codes).toContain('ABS_DEATH_PENALTY');
    // Onward destination: no handover-in-territory flag even in the optimistic completion.
    expect(r.bounds.optimistic.flags).not.toContain(
      'CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY',
    );
  });

  it('§1.4 V-14: any other action type (U possible) → destination HOST_TERRITORY', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [lesser],
        host_actions: [
          act({
            type: 'ARREST_WARRANT',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            death_penalty_possible: 'U',
          }),
        ],
      }),
    );
    expect(r.risks.map((x) => x.risk_id)).toEqual(['R1', 'V14-A1']);
    expect(r.bounds.optimistic.flags).toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('§1.4 V-14: no synthetic risk when the principal already has a DEATH_PENALTY claim', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [risk({ harm_type: 'DEATH_PENALTY' })],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', death_penalty_possible: 'Y' }),
        ],
      }),
    );
    expect(r.risks.map((x) => x.risk_id)).toEqual(['R1']);
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });

  it('§1.4 V-14 / §2.2: the synthetic risk is added to the principal only', () => {
    const r = run(
      facts({
        dependants: [{ person_ref: 'D1', relationship: 'SPOUSE', on_premises: true }],
        risks: [lesser, { ...lesser, risk_id: 'R2', subject_ref: 'D1' }],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', death_penalty_possible: 'Y' }),
        ],
      }),
    );
    expect(r.subjects[1]?.risks.map((x) => x.risk_id)).toEqual(['R2']);
  });
});

describe('§1.4 V-15 a pretext finding must be substantiated (F9)', () => {
  const charge = (over: Partial<Parameters<typeof act>[0]> = {}) =>
    act({
      offence_class_mission_view: 'POLITICAL_RELATIVE',
      process_integrity: 'PRETEXTUAL',
      pretext_indicators: ['VAGUE_CHARGE'],
      ...over,
    });

  it('§1.4 V-15: indicator + grade-C item linked via supports[].action_id → PRETEXTUAL stands (min(2, 1) = 1)', () => {
    const r = run(
      facts({
        evidence: [
          {
            evidence_id: 'EP',
            kind: 'WITNESS_STATEMENT',
            grade: 'C',
            supports: [{ action_id: 'A1', field: 'process_integrity' }],
          },
        ],
        host_actions: [charge()],
      }),
    );
    expect(r.I.process).toBe(1);
    // Determinate integrity: both completions score 1 (the V-10 risk of this case is irrelevant).
    expect(r.bounds.optimistic.I_total).toBe(1);
  });

  it('§1.4 V-15: no linked evidence → UNKNOWN (pessimistic INDEPENDENT_FAIR: 2 points)', () => {
    const r = run(facts({ host_actions: [charge()] }));
    expect(r.I.process).toBe(2);
    expect(r.bounds.optimistic.I_total).toBe(1);
  });

  it('§1.4 V-15: no indicator → UNKNOWN even with evidence', () => {
    const r = run(
      facts({ host_actions: [charge({ pretext_indicators: [], evidence_refs: ['E1'] })] }),
    );
    expect(r.I.process).toBe(2);
  });

  it('§1.4 V-15: a D-graded item is below min_grade_for_real → UNKNOWN', () => {
    const r = run(
      facts({
        evidence: [{ evidence_id: 'ED', kind: 'OPEN_SOURCE_MEDIA', grade: 'D' }],
        host_actions: [charge({ evidence_refs: ['ED'] })],
      }),
    );
    expect(r.I.process).toBe(2);
  });
});
