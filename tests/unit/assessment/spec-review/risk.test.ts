// SPEC §2.5 Step R (R-1 … R-6) and the R rows of the §2.3.2 resolution table. Expected values
// derived by hand from the SPEC text.
import { describe, expect, it } from 'vitest';
import type { RiskClaim } from '../../../../src/shared/caseFacts';
import { facts, J3A, lc, risk, run } from './helpers';

describe('§2.5 R-1 effective harm', () => {
  it('§2.5 R-1 / §2.3.2: amounts_to_torture U under CAT alone → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ harm_type: 'CIDT', amounts_to_torture: 'U' })],
      }),
    );
    // Optimistic TORTURE → A-1. Pessimistic CIDT: CAT alone gives no A-2; B: H 4 − I 0.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.H).toBe(4);
    expect(r.bounds.optimistic.H).toBe(5);
    expect(r.missing_fields).toEqual(['risks[R1].amounts_to_torture']);
  });
});

describe('§2.5 R-1b threshold relative to the subject (F15)', () => {
  const detention = (over: Partial<RiskClaim> = {}) =>
    risk({ harm_type: 'ARBITRARY_DETENTION', ...over });

  it('§2.5 R-1b: a child, detention reaching the threshold → CIDT → A-2 (ICCPR)', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'CHILD' },
        risks: [detention({ reaches_ill_treatment_threshold_for_subject: 'Y' })],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('CIDT');
    expect(r.H).toBe(4);
    expect(r.reason_codes).toEqual(expect.arrayContaining(['R1B_RELATIVE_THRESHOLD', 'ABS_CIDT']));
  });

  it('§2.5 R-1b: an adult without vulnerabilities is not re-characterised (threshold Y ignored)', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [detention({ reaches_ill_treatment_threshold_for_subject: 'Y' })],
      }),
    );
    // ARBITRARY_DETENTION: no A outside the ACHR (seed departure 1); B: H 3 − 0 → on balance.
    expect(r.risks[0]?.eff_harm).toBe('ARBITRARY_DETENTION');
    expect(r.reason_codes).not.toContain('R1B_RELATIVE_THRESHOLD');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.5 R-1b: a vulnerable adult (TRAUMA), PERSONAL_INTEGRITY reaching the threshold → CIDT', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], vulnerabilities: ['TRAUMA'] },
        risks: [
          risk({
            harm_type: 'PERSONAL_INTEGRITY',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('CIDT');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });

  it('§1.1 / §2.5 R-1b: omitted threshold for a child is U → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'CHILD' },
        risks: [detention()],
      }),
    );
    // Optimistic Y → CIDT → A-2. Pessimistic N → detention (3) → B 3 − 0.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.H).toBe(3);
    expect(r.missing_fields).toEqual(['risks[R1].reaches_ill_treatment_threshold_for_subject']);
  });

  it('§2.3.2: age_band U → optimistic CHILD, pessimistic ADULT; SERIOUS_INJURY_OTHER without imminence', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'U' },
        risks: [
          risk({
            harm_type: 'SERIOUS_INJURY_OTHER',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
      }),
    );
    // Optimistic: child → CIDT → A-2. Pessimistic: adult → SERIOUS_INJURY_OTHER (2) < 3 and
    // imminent_threat N → B_LESSER_HARM_NOT_IMMEDIATE → NOT_JUSTIFIED.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.reason_codes).not.toContain('B_LESSER_HARM_NOT_IMMEDIATE');
    expect(r.bounds.pessimistic.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
    expect(r.missing_fields).toContain('principal.age_band');
  });

  it('§2.5 R-1b: only SERIOUS_INJURY_OTHER / PERSONAL_INTEGRITY / ARBITRARY_DETENTION are re-characterised', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'CHILD' },
        risks: [
          risk({ harm_type: 'LESSER_HARM', reaches_ill_treatment_threshold_for_subject: 'Y' }),
        ],
      }),
    );
    expect(r.risks[0]?.eff_harm).toBe('LESSER_HARM');
    expect(r.reason_codes).toContain('B_BELOW_H_MIN');
  });
});

describe('§2.5 R-2 assurances (F5; Othman; CAT GC 4 ¶20)', () => {
  type A = NonNullable<RiskClaim['assurances']>;
  const approved: A = {
    reliability: 'RELIABLE',
    reliability_approved_by_role: 'LEGAL_ADVISER',
    specific: 'Y',
    given_by_competent_authority: 'Y',
    verifiable_monitoring: 'Y',
  };
  const cidt = (assurances: A) =>
    facts({ legal_context: lc(['ICCPR']), risks: [risk({ harm_type: 'CIDT', assurances })] });

  it('§2.5 R-2: specific ∧ competent ∧ track record (no monitoring) suffices → real := N', () => {
    const r = run(
      cidt({ ...approved, verifiable_monitoring: 'N', track_record_of_compliance: 'Y' }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('ASSURANCES_RELIED_ON');
    expect(r.risks[0]?.established).toBe(false);
  });

  it.each([
    ['not specific', { specific: 'N' }],
    ['not from a competent authority', { given_by_competent_authority: 'N' }],
    ['neither monitoring nor track record', { verifiable_monitoring: 'N' }],
  ] as const)('§2.5 R-2: RELIABLE but %s → ASSURANCES_NOT_RELIED_ON; A-2 holds', (_n, over) => {
    const r = run(cidt({ ...approved, ...over }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
    expect(r.flags).not.toContain('ASSURANCES_RELIED_ON');
  });

  it('§2.5 R-2 / §2.3.2: an Othman factor U → optimistic N (not relied on), pessimistic Y', () => {
    const r = run(cidt({ ...approved, specific: 'U' }));
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].assurances.specific']);
  });

  it('§2.5 R-2: UNRELIABLE → no override, no assurance code', () => {
    const r = run(cidt({ ...approved, reliability: 'UNRELIABLE' }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).not.toContain('ASSURANCES_RELIED_ON');
    expect(r.reason_codes).not.toContain('ASSURANCES_NOT_RELIED_ON');
  });

  it('§2.5 R-2: never relied on against torture with a pattern of gross violations', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'ICCPR']),
        risks: [risk({ pattern_of_gross_violations: 'Y', assurances: approved })],
      }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['ABS_TORTURE', 'ASSURANCES_NOT_RELIED_ON']),
    );
  });

  it('§2.5 R-2: torture without a pattern, ICCPR party → relied on', () => {
    const r = run(
      facts({ legal_context: lc(['CAT', 'ICCPR']), risks: [risk({ assurances: approved })] }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.flags).toContain('ASSURANCES_RELIED_ON');
  });

  it('§2.5 R-2: torture for a CAT-only sending state → R-2 does not apply; flag ASSURANCES_NOT_RELIED_ON_CAT', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ assurances: approved })] }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.flags).toContain('ASSURANCES_NOT_RELIED_ON_CAT');
    expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
  });

  it('§2.5 R-2: the CAT-only carve-out reads eff_harm (CIDT amounting to torture)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ harm_type: 'CIDT', amounts_to_torture: 'Y', assurances: approved })],
      }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.flags).toContain('ASSURANCES_NOT_RELIED_ON_CAT');
  });

  it('§2.5 R-2: IACPPT is an HR treaty beyond CAT → the carve-out does not apply', () => {
    const r = run(
      facts({ legal_context: lc(['CAT', 'IACPPT']), risks: [risk({ assurances: approved })] }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.flags).not.toContain('ASSURANCES_NOT_RELIED_ON_CAT');
  });

  it('§2.15 P10: assurances affect only their own risk', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [
          risk({ harm_type: 'CIDT', assurances: approved }),
          risk({ risk_id: 'R2', harm_type: 'CIDT' }),
        ],
      }),
    );
    expect(r.risks.map((x) => x.established)).toEqual([false, true]);
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });
});

describe('§2.5 R-3 / R-4 the four GC 4 ¶11 limbs', () => {
  it.each(['foreseeable', 'personal', 'present', 'real'] as const)(
    '§2.5 R-3: %s = N → not established, RISK_NOT_ESTABLISHED_<LIMB>',
    (limb) => {
      const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ [limb]: 'N' })] }));
      expect(r.risks[0]?.established).toBe(false);
      expect(r.reason_codes).toContain(`RISK_NOT_ESTABLISHED_${limb.toUpperCase()}`);
      expect(r.outcome).toBe('NOT_JUSTIFIED');
    },
  );

  it('§2.5 R-4: a pattern of gross violations never sets a limb (personal N stays N)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk({ personal: 'N', pattern_of_gross_violations: 'Y' })],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.5 R-3: omitted limbs are N (§1.1)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [{ risk_id: 'R1', harm_type: 'TORTURE', destination: 'HOST_TERRITORY' }],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.missing_fields).toEqual([]);
  });
});

describe('§2.5 R-5 relevance and R-6 handover in territory', () => {
  it('§2.5 R-5: THIRD_STATE_DIRECT → not relevant, RISK_NOT_LINKED_TO_HANDOVER, H 0', () => {
    const r = run(
      facts({ legal_context: lc(['CAT']), risks: [risk({ destination: 'THIRD_STATE_DIRECT' })] }),
    );
    expect(r.risks[0]).toMatchObject({ established: true, relevant: false });
    expect(r.reason_codes).toContain('RISK_NOT_LINKED_TO_HANDOVER');
    expect(r.H).toBe(0);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.5 R-5 / R-6: THIRD_STATE_ONWARD is relevant; no handover-in-territory flag', () => {
    const r = run(
      facts({ legal_context: lc(['CAT']), risks: [risk({ destination: 'THIRD_STATE_ONWARD' })] }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('§2.5 R-6: an engaged risk to HOST_TERRITORY with J established → flag', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk()] }));
    expect(r.flags).toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('§2.5 R-6: no flag without J (J-3b in RESTRICTIVE mode)', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' },
        risks: [risk()],
      }),
      { config: { extraterritoriality_mode: 'RESTRICTIVE' } },
    );
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });

  it('§2.5 R-6: no flag for a risk that is not established', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ real: 'N' })] }));
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
  });
});

describe('§2.3.2 UNKNOWN harm type and destination (F1)', () => {
  it('§2.3.2: harm_type UNKNOWN → optimistic TORTURE, pessimistic PROSECUTION_ONLY', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ harm_type: 'UNKNOWN' })] }));
    // Pessimistic: PROSECUTION_ONLY (0) engaged → H 0 < H_min → B_BELOW_H_MIN → NOT_JUSTIFIED.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.H).toBe(0);
    expect(r.risks[0]?.eff_harm).toBe('PROSECUTION_ONLY');
    expect(r.missing_fields).toEqual(['risks[R1].harm_type']);
  });

  it('§2.3.2: destination UNKNOWN → optimistic HOST_TERRITORY, pessimistic THIRD_STATE_DIRECT', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ destination: 'UNKNOWN' })] }));
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].destination']);
  });

  it('§2.3.2: perpetrator UNKNOWN is read only for a flag — it never makes a result unknown', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: J3A,
        risks: [risk({ perpetrator: 'UNKNOWN', real: 'U' })],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].real']);
    expect(r.decisive_missing_fields).toEqual(['risks[R1].real']);
  });
});
