// SPEC §2.14 output shape (CaseAssessment container, subjects[], top-level mirror of the
// principal), §2.15 P6 byte-determinism, and the CLI-facing boundary: assessInput reports every
// schema violation with its JSON path instead of throwing.
import { describe, expect, it } from 'vitest';
import { canonicalJson, RULESET_VERSION } from '../../../../src/main/domain/assessment';
import { topLevelSubjectFields } from '../../../support/golden';
import { facts, lc, risk, run, runInput } from './helpers';

const family = () =>
  facts({
    legal_context: lc(['CAT']),
    dependants: [
      { person_ref: 'D1', relationship: 'CHILD', on_premises: true, age_band: 'CHILD' },
      { person_ref: 'D2', relationship: 'SPOUSE', on_premises: false },
      { person_ref: 'D3', relationship: 'PARENT', on_premises: true },
    ],
    risks: [
      risk(),
      risk({ risk_id: 'R2', subject_ref: 'D3', harm_type: 'LESSER_HARM' }),
      risk({ risk_id: 'R3', subject_ref: 'D2', harm_type: 'TORTURE' }),
    ],
  });

describe('§2.14 CaseAssessment container (F12a)', () => {
  it('§2.14: subjects are the principal first, then each dependant on the premises, in order', () => {
    const r = run(family());
    expect(r.subjects.map((s) => [s.subject_ref, s.role])).toEqual([
      ['P1', 'principal'],
      ['D1', 'dependant'],
      ['D3', 'dependant'],
    ]);
    // A subject's risks are the claims naming it (§2.2); D2 is off the premises → not assessed.
    expect(r.subjects[0]?.risks.map((x) => x.risk_id)).toEqual(['R1']);
    expect(r.subjects[1]?.risks.map((x) => x.risk_id)).toEqual(['V10-D1']);
    expect(r.subjects[2]?.risks.map((x) => x.risk_id)).toEqual(['R2']);
    expect(r.warnings.some((w) => w.includes('R3'))).toBe(true);
  });

  it('§2.14 / §2.15 P13: the top-level principal fields equal subjects[0]', () => {
    const r = run(family());
    expect(topLevelSubjectFields(r)).toEqual(r.subjects[0]);
  });

  it('§2.14: container and per-subject fields', () => {
    const r = run(family());
    expect(r.mode).toBe('TREATY_BODY');
    expect(r.as_of).toBe('2026-03-10T12:00:00Z');
    expect(r.ruleset_version).toBe(RULESET_VERSION);
    expect(RULESET_VERSION).toBe('da-core/0.2.0');
    expect(r.case_id).toBe('SR-1');
    expect(r.extraterritoriality_mode).toBe('TREATY_BODY');
    expect(r.config_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.inputs_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.status).toBe('DRAFT');
    expect(r.version).toBe(1);
    expect(r.I).toEqual({ total: 0, process: 0, natsec: 0, conduct: 0, duration: 0, premises: 0 });
    expect(r.steps).toEqual({ A: true, Q: false, T: 'NOT_APPLICABLE', B: true });
    expect(r.t).toEqual({ regime: 'NONE', result: 'NOT_APPLICABLE' });
    expect(Object.keys(r.bounds.optimistic)).toEqual(
      expect.arrayContaining(['outcome', 'sub_basis', 'basis', 'H', 'I_total', 'reason_codes']),
    );
    expect(r.risks[0]).toMatchObject({
      risk_id: 'R1',
      eff_harm: 'TORTURE',
      limbs: { foreseeable: 'Y', personal: 'Y', present: 'Y', real: 'Y' },
      synthetic: null,
      established: true,
      relevant: true,
      severity: 5,
    });
    expect(r.authority_ids.length).toBeGreaterThan(0);
    expect(r.trace.length).toBeGreaterThan(0);
  });

  it('§2.14: reason codes and flags are separate lists; ASSURANCES_RELIED_ON is both (§2.13)', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [
          risk({
            harm_type: 'CIDT',
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
    expect(r.reason_codes).toContain('ASSURANCES_RELIED_ON');
    expect(r.flags).toContain('ASSURANCES_RELIED_ON');
    expect(r.flags).not.toContain('J_AUTHORITY_AND_CONTROL');
  });
});

describe('§2.15 P6 determinism', () => {
  it('§2.15 P6: the same input (keys in any order, at any depth) gives byte-identical canonical output', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const f = family();
    const a = canonicalJson(run(f));
    expect(canonicalJson(run(reverseKeys(f) as typeof f))).toBe(a);
    expect(canonicalJson(run(f))).toBe(a);
  });
});

describe('CLI boundary: assessInput returns every schema violation with its JSON path', () => {
  it('reports each violation, nested and at array indices, and does not throw', () => {
    const r = runInput({
      mission: { premises_type: 'EMBASSY', sending_state: 'ssx', receiving_state: 'HHX', extra: 1 },
      legal_context: { sending_state_parties: ['CAT', 'NOT_A_TREATY'] },
      principal: { nationalities: ['NNX', 'NNX'], age_band: 'TEEN' },
      control: { physically_on_premises: 'maybe' },
      risks: [
        { risk_id: 'R1', harm_type: 'TORTURE', destination: 'HOST_TERRITORY', real: 'YES' },
        { harm_type: 'CIDT' },
      ],
      host_actions: [{ type: 'CRIMINAL_CHARGE' }],
      as_of: '10 March 2026',
      unknown_top_level: true,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.mission.premises_type',
        '$.mission.sending_state',
        '$.mission.extra',
        '$.legal_context.sending_state_parties[1]',
        '$.principal.nationalities',
        '$.principal.age_band',
        '$.control.physically_on_premises',
        '$.risks[0].real',
        '$.risks[1].risk_id',
        '$.risks[1].destination',
        '$.host_actions[0].offence_class_mission_view',
        '$.as_of',
        '$.unknown_top_level',
      ]),
    );
    for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0);
  });

  it('a non-object document is one issue at the root', () => {
    for (const input of [null, 42, 'facts', []]) {
      const r = runInput(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['$']);
    }
  });

  it('a valid document is assessed exactly as assess() would', () => {
    const f = family();
    const r = runInput(JSON.parse(JSON.stringify(f)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(canonicalJson(r.result)).toBe(canonicalJson(run(f)));
  });
});
