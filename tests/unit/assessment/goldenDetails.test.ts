// The details SPEC §2.16 states in prose for individual golden cases, beyond the pinned JSON
// `expected` block (missing fields, interim measure, required actions, subjects, bounds).
import { describe, expect, it } from 'vitest';
import { assess, type AssessmentResult } from '../../../src/main/domain/assessment';
import { loadGoldenCases, sha256 } from '../../support/golden';

const golden = new Map(loadGoldenCases().map((g) => [g.id, g]));
const result = (id: string): AssessmentResult => {
  const g = golden.get(id);
  if (g === undefined) throw new Error(`no golden case ${id}`);
  return assess(g.facts, { sha256 });
};

describe('golden case details (SPEC §2.16 prose)', () => {
  it('GC-01: determinate despite U limbs; REASSESS_ON_RISK_CHANGED; J-3b alternative computed', () => {
    const r = result('GC-01');
    expect(r.missing_fields).toEqual([]);
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3b' });
    expect(r.required_actions).toContain('REASSESS_ON_RISK_CHANGED');
    expect(r.I).toEqual({ total: 3, process: 3, natsec: 0, conduct: 0, duration: 0, premises: 0 });
    expect(r.steps.B).toBe(false);
  });

  it('GC-01b: A-2, interim P-1, B borderline (b_slack 0); alternative mode on balance', () => {
    const r = result('GC-01b');
    expect(r.basis).toEqual(['A-2', 'B']);
    expect(r.b_slack).toBe(0);
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
    expect(r.interim_measure?.basis).toEqual(['P-1']);
    expect(r.handover_guard.bars_handover).toBe(true);
    expect(r.handover_guard.override_is_of_absolute_bar).toBe(true);
  });

  it('GC-01c: R-2 relies on the assurances, real := N', () => {
    const r = result('GC-01c');
    const r1 = r.risks.find((x) => x.risk_id === 'R1');
    expect(r1?.limbs.real).toBe('N');
    expect(r1?.established).toBe(false);
  });

  it('GC-02: J-3a; RESTRICTIVE removes ICCPR and falls to the balance', () => {
    const r = result('GC-02');
    expect(r.jurisdiction.rule).toBe('J-3a');
    expect(r.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    const rs = assess(golden.get('GC-02')!.facts, { sha256, mode: 'RESTRICTIVE' });
    expect(rs.basis).toEqual(['B']);
    expect(rs.H).toBe(4);
    expect(rs.I.total).toBe(0);
  });

  it('GC-03: J-2; every family member is a subject; referral to the visa channel', () => {
    const r = result('GC-03');
    expect(r.subjects.map((s) => s.subject_ref)).toEqual(['P1', 'D1', 'D2', 'D3']);
    expect(r.subjects.map((s) => s.role)).toEqual([
      'principal',
      'dependant',
      'dependant',
      'dependant',
    ]);
    for (const s of r.subjects) {
      expect(s.outcome).toBe('NOT_JUSTIFIED');
      expect(s.jurisdiction.rule).toBe('J-2');
      expect(s.required_actions).toContain('REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL');
    }
  });

  it('GC-04: P-8 actions; without the recorded threshold it would be INSUFFICIENT with an interim measure', () => {
    const r = result('GC-04');
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'BEST_INTERESTS_ASSESSMENT',
        'APPOINT_GUARDIAN',
        'CHILD_APPROPRIATE_INTERVIEW',
      ]),
    );
    expect(r.flags).not.toContain('NO_INVIOLABILITY_PROTECTION');
    const facts = structuredClone(golden.get('GC-04')!.facts);
    delete facts.risks![0]!.reaches_ill_treatment_threshold_for_subject;
    const v = assess(facts, { sha256 });
    expect(v.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(v.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(v.interim_measure).not.toBeNull();
    expect(v.missing_fields).toContain('risks[R1].reaches_ill_treatment_threshold_for_subject');
  });

  it('GC-05: Caracas duties (P-4)', () => {
    const r = result('GC-05');
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'HOLDS' });
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

  it('GC-05b: the Caracas bar bars B', () => {
    const r = result('GC-05b');
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'BARS_B' });
    expect(r.steps.B).toBe('BARRED');
  });

  it('GC-07: both subjects are protected absolutely', () => {
    const r = result('GC-07');
    expect(r.subjects.map((s) => [s.subject_ref, s.outcome, s.outcome_sub_basis])).toEqual([
      ['P1', 'PROTECTION_OBLIGATORY', 'ABSOLUTE'],
      ['D1', 'PROTECTION_OBLIGATORY', 'ABSOLUTE'],
    ]);
    for (const s of r.subjects) expect(s.interim_measure?.basis).toEqual(['P-1']);
  });

  it('GC-08: 1F(b) = U cannot change the outcome; it stays in the pessimistic bound only', () => {
    const r = result('GC-08');
    expect(r.reason_codes).not.toContain('Q_EXCLUDED_1F');
    expect(r.bounds.pessimistic.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(r.missing_fields).toEqual([]);
  });

  it('GC-09: I is computed for the record and not read by A', () => {
    const r = result('GC-09');
    expect(r.I.process).toBe(2);
    expect(r.I.natsec).toBe(2);
    expect(r.basis[0]).toBe('A-1');
  });

  it('GC-10: bounds, missing and decisive fields, interim measure and screening interview', () => {
    const r = result('GC-10');
    expect(r.range_alt_mode).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual([
      'arrival.arrived_at',
      'conduct',
      'host_actions[A1].offence_class_mission_view',
      'host_actions[A1].process_integrity',
      'risks[R1].evidence',
      'risks[R1].foreseeable',
      'risks[R1].personal',
      'risks[R1].present',
      'risks[R1].real',
    ]);
    expect(r.decisive_missing_fields).toEqual([
      'risks[R1].evidence',
      'risks[R1].foreseeable',
      'risks[R1].personal',
      'risks[R1].present',
      'risks[R1].real',
    ]);
    expect(r.bounds.optimistic.reason_codes).toContain('ABS_LIFE');
    expect(r.bounds.optimistic.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.bounds.pessimistic.outcome).toBe('NOT_JUSTIFIED');
    expect(r.I).toEqual({ total: 8, process: 5, natsec: 0, conduct: 2, duration: 1, premises: 0 });
    expect(r.interim_measure).toEqual({
      type: 'NO_EJECTION_OR_HANDOVER_PENDING_ASSESSMENT',
      basis: ['P-1'],
      set_at: '2026-03-02T12:00:00Z',
      review_by: '2026-03-05T12:00:00Z',
      deadline_hours: 72,
      lapses: false,
    });
    expect(r.required_actions).toContain('SCREENING_INTERVIEW');
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
  });

  it('GC-11: b_slack 1, no B_BORDERLINE; conduct rules and exit planning', () => {
    const r = result('GC-11');
    expect(r.b_slack).toBe(1);
    expect(r.flags).not.toContain('B_BORDERLINE');
    expect(r.required_actions).toEqual(expect.arrayContaining(['CONDUCT_RULES', 'EXIT_PLANNING']));
    expect(r.guidance).toBe('MAY_SHELTER');
  });

  it('GC-12: V-10 synthetic risk, interim P-0 and P-1, guidance must not eject', () => {
    const r = result('GC-12');
    expect(r.risks.map((x) => [x.risk_id, x.synthetic])).toEqual([['V10-P1', 'V-10']]);
    expect(r.interim_measure?.basis).toEqual(['P-0', 'P-1']);
    expect(r.interim_measure?.lapses).toBe(false);
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
    expect(r.range_alt_mode).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(
      expect.arrayContaining([
        'risks[V10-P1].foreseeable',
        'risks[V10-P1].harm_type',
        'risks[V10-P1].destination',
      ]),
    );
  });

  it('GC-14: Q-1 on a CIDT risk (QUALIFIED); no alternative mode (J-3a, nothing contested)', () => {
    const r = result('GC-14');
    expect(r.basis).toEqual(['Q-1', 'B']);
    expect(r.jurisdiction.rule).toBe('J-3a');
  });

  it('GC-17: A-4 but not A-3 (imposition not unlawful under art. 6(2))', () => {
    const r = result('GC-17');
    expect(r.basis).toContain('A-4');
    expect(r.basis).not.toContain('A-3');
  });

  it('GC-18: R-1b turns detention into CIDT for the child; A-2 and A-8; P-8 actions', () => {
    const r = result('GC-18');
    expect(r.risks[0]?.eff_harm).toBe('CIDT');
    expect(r.basis).toEqual(expect.arrayContaining(['A-2', 'A-8']));
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'BEST_INTERESTS_ASSESSMENT',
        'APPOINT_GUARDIAN',
        'CHILD_APPROPRIATE_INTERVIEW',
      ]),
    );
  });

  it('every golden case carries its versioning and hashes', () => {
    for (const id of golden.keys()) {
      const r = result(id);
      expect(r.ruleset_version).toBe('da-core/0.2.0');
      expect(r.config_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.inputs_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.mode).toBe('TREATY_BODY');
      expect(r.case_id).toBe(id);
    }
  });
});
