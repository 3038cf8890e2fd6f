// SPEC §2.15: every invariant of the engine as a fast-check property over generated CaseFacts
// (≥ 1,000 runs each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_IDS } from '../../../src/shared/authorityIds';
import { caseFactsSchema, type CaseFacts } from '../../../src/shared/caseFacts';
import {
  assess,
  CODE_AUTHORITIES,
  defaultConfig,
  DESIGN,
  RULE_IDS,
  type AssessmentResult,
  type FinalOutcome,
  type SubjectResult,
} from '../../../src/main/domain/assessment';
import {
  balanceCaseFactsArbitrary,
  caseFactsArbitrary,
  DATES,
  fillUnknowns,
  hostActionsArbitrary,
  reverseKeys,
} from '../../support/arbitraries';
import { sha256, topLevelSubjectFields } from '../../support/golden';

const RUNS = { numRuns: 1000 };
const TIMEOUT = 120_000;
const MODES = ['TREATY_BODY', 'RESTRICTIVE'] as const;

const run = (facts: CaseFacts, mode: (typeof MODES)[number] = 'TREATY_BODY'): AssessmentResult =>
  assess(facts, { sha256, mode });

const RANK: Record<FinalOutcome, number> = {
  PROTECTION_OBLIGATORY: 4,
  PERMISSIBLE_TREATY_BASIS: 3,
  PERMISSIBLE_ON_BALANCE: 2,
  NOT_JUSTIFIED: 1,
  INSUFFICIENT_INFORMATION: Number.NaN,
};
const pessRank = (s: SubjectResult) => RANK[s.bounds.pessimistic.outcome];
const optRank = (s: SubjectResult) => RANK[s.bounds.optimistic.outcome];
const aRules = (basis: readonly string[]) => basis.filter((b) => b.startsWith('A-'));
const qRules = (basis: readonly string[]) => basis.filter((b) => b.startsWith('Q-'));
const allSubjects = (r: AssessmentResult) => r.subjects;

const VALIDATION_DOWNGRADE = /^V-(3|4|5|6|12|13|15):/;

describe('generated CaseFacts', { timeout: TIMEOUT }, () => {
  it('are valid against caseFactsSchema', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        expect(caseFactsSchema.safeParse(facts).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('stay valid after a concrete filling of their unknowns', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), fc.integer(), (facts, seed) => {
        expect(caseFactsSchema.safeParse(fillUnknowns(facts, seed)).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('SPEC §2.15 invariants', { timeout: TIMEOUT }, () => {
  it('P1 monotonicity: a concrete filling of the unknowns stays within the original range', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), fc.integer(), (facts, seed) => {
        const filled = fillUnknowns(facts, seed);
        for (const mode of MODES) {
          const orig = run(facts, mode);
          const fill = run(filled, mode);
          orig.subjects.forEach((s, i) => {
            const f = fill.subjects[i];
            if (f === undefined) throw new Error('subject lost');
            expect(pessRank(f)).toBeGreaterThanOrEqual(pessRank(s));
            expect(optRank(f)).toBeLessThanOrEqual(optRank(s));
          });
        }
      }),
      RUNS,
    );
  });

  it('P2 absolute independence: host actions, natsec, 1F, conduct, duration, premises never change an A outcome', () => {
    const perturbation = fc.record({
      host_actions: hostActionsArbitrary(),
      conduct: fc.constantFrom('NONE', 'EXPRESSIVE', 'ORGANISING_AGAINST_HOST_GOVERNMENT', 'U'),
      destabilising: fc.constantFrom('Y', 'N', 'U'),
      as_of: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      arrived_at: fc.option(fc.constantFrom(...DATES), { nil: null }),
      premises_type: fc.constantFrom(
        'EMBASSY_CHANCERY',
        'HEAD_OF_MISSION_RESIDENCE',
        'CONSULATE_CAREER',
        'CONSULATE_HONORARY',
        'OTHER_NON_INVIOLABLE',
        'WARSHIP_OR_MILITARY_AIRCRAFT',
      ),
    } as const);
    fc.assert(
      fc.property(caseFactsArbitrary(), perturbation, (facts, p) => {
        const before = run(facts);
        const held = before.subjects.map((s) => s.outcome_sub_basis === 'ABSOLUTE');
        if (!held.some(Boolean)) return;
        const changed: CaseFacts = {
          ...facts,
          host_actions: p.host_actions,
          conduct: p.conduct,
          destabilising_activity_before_entry: p.destabilising,
          as_of: p.as_of,
          arrival: { ...facts.arrival, arrived_at: p.arrived_at },
          mission: { ...facts.mission, premises_type: p.premises_type },
        };
        const after = run(changed);
        before.subjects.forEach((s, i) => {
          if (!held[i]) return;
          expect(after.subjects[i]?.outcome).toBe('PROTECTION_OBLIGATORY');
          expect(after.subjects[i]?.outcome_sub_basis).toBe('ABSOLUTE');
          expect(aRules(after.subjects[i]?.bounds.pessimistic.basis ?? [])).toEqual(
            aRules(s.bounds.pessimistic.basis),
          );
        });
      }),
      RUNS,
    );
  });

  it('P3 exclusions (33(2), 1F) can only defeat Q-1 / Q-1b and raise I; they never affect A', () => {
    const exclusion = fc.record({
      index: fc.nat(),
      natsec: fc.boolean(),
      f1: fc.constantFrom('a', 'b', 'c', null),
      psc: fc.boolean(),
    });
    fc.assert(
      fc.property(caseFactsArbitrary({ maxActions: 2 }), exclusion, (facts, x) => {
        const actions = facts.host_actions ?? [];
        if (actions.length === 0) return;
        const k = x.index % actions.length;
        const target = actions[k];
        if (target === undefined) return;
        const excluded = {
          ...target,
          ...(x.natsec
            ? {
                national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' as const },
              }
            : {}),
          ...(x.f1 ? { exclusion_1F: { ...target.exclusion_1F, [x.f1]: 'Y' as const } } : {}),
          ...(x.psc
            ? { conviction_final: 'Y' as const, danger_to_community_found_by_mission: 'Y' as const }
            : {}),
        };
        const changed = { ...facts, host_actions: actions.map((a, i) => (i === k ? excluded : a)) };
        for (const mode of MODES) {
          const b = run(facts, mode);
          const a = run(changed, mode);
          b.subjects.forEach((s, i) => {
            const t = a.subjects[i];
            if (t === undefined) throw new Error('subject lost');
            for (const side of ['optimistic', 'pessimistic'] as const) {
              const before = s.bounds[side];
              const after = t.bounds[side];
              // A untouched; Q-3 untouched; Q-1 / Q-1b can only be lost.
              expect(aRules(after.basis)).toEqual(aRules(before.basis));
              const q3 = (xs: string[]) => xs.filter((q) => q.startsWith('Q-3'));
              expect(q3(qRules(after.basis))).toEqual(q3(qRules(before.basis)));
              for (const q of qRules(after.basis)) expect(qRules(before.basis)).toContain(q);
              expect(after.I_total).toBeGreaterThanOrEqual(before.I_total);
            }
            expect(t.t).toEqual(s.t);
            expect(t.I.process).toBe(s.I.process);
            expect(t.I.natsec).toBeGreaterThanOrEqual(s.I.natsec);
            if (!x.natsec) expect(t.I.total).toBe(s.I.total); // 1F flags add nothing to I (GC-08)
          });
        }
      }),
      RUNS,
    );
  });

  it('P3 (class axis) an EXCLUDABLE_1F / PARTICULARLY_SERIOUS_FINAL class never affects A', () => {
    fc.assert(
      fc.property(
        caseFactsArbitrary({ maxActions: 2 }),
        fc.nat(),
        fc.constantFrom('EXCLUDABLE_1F', 'PARTICULARLY_SERIOUS_FINAL'),
        (facts, idx, cls) => {
          const actions = facts.host_actions ?? [];
          if (actions.length === 0) return;
          const k = idx % actions.length;
          const changed = {
            ...facts,
            host_actions: actions.map((a, i) =>
              i === k
                ? { ...a, offence_class_mission_view: cls, conviction_final: 'Y' as const }
                : a,
            ),
          };
          const b = run(facts);
          const a = run(changed);
          b.subjects.forEach((s, i) => {
            for (const side of ['optimistic', 'pessimistic'] as const) {
              expect(aRules(a.subjects[i]?.bounds[side].basis ?? [])).toEqual(
                aRules(s.bounds[side].basis),
              );
            }
          });
        },
      ),
      RUNS,
    );
  });

  it('P4 PERMISSIBLE_ON_BALANCE implies every precondition and the margin', () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.oneof(caseFactsArbitrary(), balanceCaseFactsArbitrary()), (facts) => {
        for (const mode of MODES) {
          for (const s of run(facts, mode).subjects) {
            if (s.outcome !== 'PERMISSIBLE_ON_BALANCE') continue;
            hits++;
            expect(facts.control?.physically_on_premises).toBe('Y');
            expect(facts.control?.request_to_remain_expressed).toBe('Y');
            expect(s.risks.some((r) => r.established && r.relevant)).toBe(true);
            expect(s.H).toBeGreaterThanOrEqual(defaultConfig.H_min);
            expect(s.H >= 3 || facts.urgency?.imminent_threat === 'Y').toBe(true);
            expect(s.H - s.I.total).toBeGreaterThanOrEqual(defaultConfig.margin);
            expect(s.t.result).not.toBe('BARS_B');
            expect(s.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
          }
        }
      }),
      { numRuns: 4000 },
    );
    // The antecedent must actually be exercised.
    expect(hits).toBeGreaterThan(50);
  });

  it('P5 consular premises: Caracas and Havana never hold', () => {
    fc.assert(
      fc.property(
        caseFactsArbitrary(),
        fc.constantFrom('CONSULATE_CAREER', 'CONSULATE_HONORARY'),
        (facts, premises) => {
          const f = { ...facts, mission: { ...facts.mission, premises_type: premises } };
          for (const mode of MODES) {
            for (const s of run(f, mode).subjects) {
              expect(s.t.result).not.toBe('HOLDS');
              for (const side of [s.bounds.optimistic, s.bounds.pessimistic]) {
                expect(side.basis).not.toContain('T-C');
                expect(side.basis).not.toContain('T-H');
                expect(['CARACAS', 'HAVANA']).not.toContain(side.sub_basis);
              }
              expect(s.reason_codes).toContain('T_CARACAS_NOT_LEGATION');
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('P6 determinism: same input ⇒ byte-identical output, whatever the key order', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const a = JSON.stringify(run(facts));
        expect(JSON.stringify(run(structuredClone(facts)))).toBe(a);
        expect(JSON.stringify(run(reverseKeys(facts) as CaseFacts))).toBe(a);
      }),
      RUNS,
    );
  });

  it('P7 no unknowns (and no synthetic risk, no validation downgrade) ⇒ never INSUFFICIENT_INFORMATION', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseFactsArbitrary({ determinate: true }), (facts) => {
        for (const mode of MODES) {
          const r = run(facts, mode);
          if (r.warnings.some((w) => VALIDATION_DOWNGRADE.test(w))) return;
          for (const s of r.subjects) {
            if (s.risks.some((x) => x.synthetic !== null)) continue;
            checked++;
            expect(s.outcome).not.toBe('INSUFFICIENT_INFORMATION');
            expect(s.missing_fields).toEqual([]);
            expect(s.bounds.optimistic.outcome).toBe(s.bounds.pessimistic.outcome);
          }
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('P8 rank(RESTRICTIVE) ≤ rank(TREATY_BODY), endpoint by endpoint', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const tb = run(facts, 'TREATY_BODY');
        const rs = run(facts, 'RESTRICTIVE');
        tb.subjects.forEach((s, i) => {
          const r = rs.subjects[i];
          if (r === undefined) throw new Error('subject lost');
          expect(pessRank(r)).toBeLessThanOrEqual(pessRank(s));
          expect(optRank(r)).toBeLessThanOrEqual(optRank(s));
          // The reported alternative mode is the other mode's own result.
          if (s.outcome_alt_mode !== null) {
            expect(s.outcome_alt_mode).toBe(r.outcome);
            expect(s.range_alt_mode).toEqual(r.range);
            expect(r.outcome_alt_mode).toBe(s.outcome);
          }
        });
      }),
      RUNS,
    );
  });

  it('P9 a V-2 subject (host national, or stateless formerly resident in the host) never gets Q-1 / Q-1b', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), fc.boolean(), (facts, viaStateless) => {
        const host = facts.mission.receiving_state;
        const principal = viaStateless
          ? {
              ...facts.principal,
              nationalities: [],
              stateless: 'Y' as const,
              former_habitual_residence: host,
            }
          : { ...facts.principal, nationalities: [host] };
        const r = run({ ...facts, principal });
        const s = r.subjects[0];
        if (s === undefined) throw new Error('no principal');
        for (const side of [s.bounds.optimistic, s.bounds.pessimistic]) {
          expect(side.basis).not.toContain('Q-1');
          expect(side.basis).not.toContain('Q-1b');
          expect(side.reason_codes).toContain('Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL');
        }
        expect(s.flags).toContain('REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE');
      }),
      RUNS,
    );
  });

  it('P10 assurances affect only their own risk', () => {
    const assurance = fc.option(
      fc.record({
        reliability: fc.constantFrom('RELIABLE', 'UNRELIABLE', 'U'),
        reliability_approved_by_role: fc.constantFrom('LEGAL_ADVISER', 'DUTY_OFFICER'),
        specific: fc.constantFrom('Y', 'N', 'U'),
        given_by_competent_authority: fc.constantFrom('Y', 'N', 'U'),
        verifiable_monitoring: fc.constantFrom('Y', 'N', 'U'),
        track_record_of_compliance: fc.constantFrom('Y', 'N', 'U'),
      } as const),
      { nil: undefined },
    );
    fc.assert(
      fc.property(caseFactsArbitrary({ maxRisks: 3 }), fc.nat(), assurance, (facts, idx, a) => {
        const risks = facts.risks ?? [];
        if (risks.length < 2) return;
        const k = idx % risks.length;
        const changedId = risks[k]?.risk_id;
        const changed = {
          ...facts,
          risks: risks.map((r, i) => (i === k ? { ...r, assurances: a } : r)),
        };
        const before = run(facts);
        const after = run(changed);
        before.subjects.forEach((s, i) => {
          const t = after.subjects[i];
          if (t === undefined) throw new Error('subject lost');
          const others = (xs: { risk_id: string }[]) => xs.filter((x) => x.risk_id !== changedId);
          expect(others(t.risks)).toEqual(others(s.risks));
          for (const side of ['optimistic', 'pessimistic'] as const) {
            const eng = (xs: string[]) => xs.filter((x) => x !== changedId);
            expect(eng(t.bounds[side].engaged_risks)).toEqual(eng(s.bounds[side].engaged_risks));
          }
        });
      }),
      RUNS,
    );
  });

  it('P11 jurisdiction not established ⇒ A and Q never hold', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        for (const mode of MODES) {
          for (const s of allSubjects(run(facts, mode))) {
            for (const side of [s.bounds.optimistic, s.bounds.pessimistic]) {
              if (side.jurisdiction.status === 'NOT_ESTABLISHED') {
                expect(aRules(side.basis)).toEqual([]);
                expect(qRules(side.basis)).toEqual([]);
                expect(side.outcome).not.toBe('PROTECTION_OBLIGATORY');
              }
            }
            if (s.jurisdiction.status === 'NOT_ESTABLISHED') {
              expect(s.steps.A).toBe(false);
              expect(s.steps.Q).toBe(false);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('P12 every reason code and rule in the trace resolves to library authorities or DESIGN', () => {
    const library = new Set<string>(AUTHORITY_IDS);
    const rules = new Set<string>(RULE_IDS);
    const valid = (c: string) => c === DESIGN || library.has(c);
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const problems: string[] = [];
        for (const s of run(facts).subjects) {
          for (const step of s.trace) {
            if (!rules.has(step.rule)) problems.push(`unknown rule ${step.rule}`);
            if (step.authorities.length === 0) problems.push(`${step.rule} cites nothing`);
            for (const a of step.authorities) if (!valid(a)) problems.push(`${step.rule}: ${a}`);
            for (const c of [...step.reason_codes, ...step.flags]) {
              for (const a of CODE_AUTHORITIES[c]) {
                if (!step.authorities.includes(a)) problems.push(`${step.rule}/${c} misses ${a}`);
              }
            }
          }
          for (const c of [...s.reason_codes, ...s.flags]) {
            if (CODE_AUTHORITIES[c].length === 0) problems.push(`${c} cites nothing`);
            for (const a of CODE_AUTHORITIES[c]) if (!valid(a)) problems.push(`${c}: ${a}`);
          }
          for (const a of s.authority_ids)
            if (!library.has(a)) problems.push(`authority_ids: ${a}`);
        }
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('P13 the top-level principal fields equal subjects[0]', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const result = run(facts);
        expect(topLevelSubjectFields(result)).toEqual(result.subjects[0]);
        expect(result.subjects[0]?.role).toBe('principal');
      }),
      RUNS,
    );
  });

  it('P14 the interim measure never lapses and is present whenever either mode may be OBLIGATORY or V-10 applies', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const tb = run(facts, 'TREATY_BODY');
        const rs = run(facts, 'RESTRICTIVE');
        tb.subjects.forEach((s, i) => {
          const r = rs.subjects[i];
          if (r === undefined) throw new Error('subject lost');
          const obligatory = [s, r].some(
            (x) =>
              x.outcome === 'PROTECTION_OBLIGATORY' ||
              x.bounds.optimistic.outcome === 'PROTECTION_OBLIGATORY',
          );
          const v10 = s.risks.some((x) => x.synthetic === 'V-10');
          for (const x of [s, r]) {
            if (x.interim_measure !== null) expect(x.interim_measure.lapses).toBe(false);
            if (obligatory || v10) {
              expect(x.interim_measure).not.toBeNull();
              expect(x.reason_codes).toContain('INTERIM_NO_HANDOVER');
              expect(x.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
            }
          }
        });
      }),
      RUNS,
    );
  });
});
