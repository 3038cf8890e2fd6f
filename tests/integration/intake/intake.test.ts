import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/shared/caseFacts/schema';
import type { RecordView } from '../../../src/shared/intake/records';
import { add, auditRows, intake, openedCase, patch } from '../../support/intake';
import { ok, testRuntime } from '../../support/runtime';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();

describe('the guided interview (intake:* channels)', () => {
  it('saves each answer as it is given, with one audit entry per change', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const before = auditRows(rt.database.sqlite).length;
      ok(patch(rt, { caseId: c.id, kind: 'case', set: { 'control.physically_on_premises': 'Y' } }));
      ok(
        patch(rt, {
          caseId: c.id,
          kind: 'case',
          set: { 'arrival.arrived_at': '2026-03-02T09:30:00Z' },
        }),
      );
      ok(
        patch(rt, {
          caseId: c.id,
          kind: 'principal',
          set: { nationalities: ['ECU'], stateless: 'N' },
        }),
      );
      const view = intake(rt, c.id);
      expect(view.case.answers['control.physically_on_premises']).toBe('Y');
      expect(view.case.answers['arrival.arrived_at']).toBe('2026-03-02T09:30:00Z');
      expect(view.principal.answers.nationalities).toEqual(['ECU']);
      const rows = auditRows(rt.database.sqlite).slice(before);
      expect(rows.map((r) => r.action)).toEqual([
        'intake.update',
        'intake.update',
        'intake.update',
      ]);
      expect(rows.every((r) => r.caseId === c.id)).toBe(true);
      expect(JSON.parse(rows[2]?.changes ?? '[]')).toEqual([
        { field: 'nationalities', before: null, after: ['ECU'] },
        { field: 'stateless', before: null, after: 'N' },
      ]);
    } finally {
      rt.close();
    }
  });

  it('records "not known" for a date as null, and clearing returns it to "not answered"', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      ok(patch(rt, { caseId: c.id, kind: 'case', set: { 'arrival.arrived_at': null } }));
      expect(intake(rt, c.id).case.marks['arrival.arrived_at']).toBe('NULL');
      ok(patch(rt, { caseId: c.id, kind: 'case', clear: ['arrival.arrived_at'] }));
      const view = intake(rt, c.id);
      expect(view.case.marks['arrival.arrived_at']).toBeUndefined();
      expect(view.case.answers['arrival.arrived_at']).toBeNull();
    } finally {
      rt.close();
    }
  });

  it('refuses invalid answers naming each field, and stores none of the patch', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const r = patch(rt, {
        caseId: c.id,
        kind: 'case',
        set: {
          'control.physically_on_premises': 'Y',
          'arrival.arrived_at': '2026-02-30T10:00:00Z',
          'urgency.expected_duration_days': -3,
          conduct: 'RIOTING',
        },
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect((r.error.issues ?? []).map((i) => i.path).sort()).toEqual([
        'set.arrival.arrived_at',
        'set.conduct',
        'set.urgency.expected_duration_days',
      ]);
      expect(
        r.error.issues?.find((i) => i.path === 'set.urgency.expected_duration_days')?.message,
      ).toBe('must be at least 0');
      // The valid answer in the same patch was not stored either: one use case, one transaction.
      expect(intake(rt, c.id).case.answers['control.physically_on_premises']).toBeNull();
    } finally {
      rt.close();
    }
  });

  it('refuses NUL, lone surrogates and over-long text, and stores text NFC-normalised', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const risk = add(rt, { caseId: c.id, kind: 'risk', set: {} });
      const bad = (value: string) =>
        patch(rt, { caseId: c.id, kind: 'risk', id: risk.id, set: { adviser_rationale: value } });
      for (const [value, message] of [
        ['a\u0000b', 'must not contain a NUL character'],
        ['a\uD800b', 'must not contain an unpaired surrogate (broken Unicode)'],
        ['x'.repeat(20_001), 'must be at most 20000 characters'],
      ] as const) {
        const r = bad(value);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.issues).toEqual([{ path: 'set.adviser_rationale', message }]);
      }
      ok(bad('Cafe\u0301 owner, beaten twice'));
      const stored = intake(rt, c.id).risks[0]?.answers.adviser_rationale;
      expect(stored).toBe('Caf\u00e9 owner, beaten twice');
    } finally {
      rt.close();
    }
  });

  it('adds, links and removes records; refuses to remove a dependant who is a risk subject', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const d = add(rt, {
        caseId: c.id,
        kind: 'dependant',
        set: { relationship: 'CHILD', on_premises: true, age_band: 'CHILD' },
      });
      expect(d.ref).toBe('D1');
      const missing = rt.invoke('intake:add', { caseId: c.id, kind: 'dependant', set: {} });
      expect(missing.ok).toBe(false);
      if (!missing.ok) {
        expect(missing.error.issues?.map((i) => i.path)).toEqual([
          'set.relationship',
          'set.on_premises',
        ]);
      }
      const risk = add(rt, {
        caseId: c.id,
        kind: 'risk',
        subjectRef: 'D1',
        set: { harm_type: 'TORTURE' },
      });
      const e = add(rt, {
        caseId: c.id,
        kind: 'evidence',
        set: { kind: 'MEDICAL_REPORT', grade: 'B' },
      });
      ok(
        rt.invoke('intake:set-supports', {
          caseId: c.id,
          evidenceId: e.id,
          supports: [{ riskRef: risk.ref, actionRef: null, field: 'real' }],
        }),
      );
      const badLink = rt.invoke('intake:set-supports', {
        caseId: c.id,
        evidenceId: e.id,
        supports: [{ riskRef: 'R9', actionRef: null, field: 'colour' }],
      });
      expect(badLink.ok).toBe(false);
      if (!badLink.ok) {
        expect(badLink.error.issues?.map((i) => i.path)).toEqual([
          'supports.0.riskRef',
          'supports.0.field',
        ]);
      }
      const facts = ok<CaseFacts>(rt.invoke('cases:facts', { id: c.id }));
      expect(facts.risks?.[0]).toMatchObject({
        risk_id: 'R1',
        subject_ref: 'D1',
        harm_type: 'TORTURE',
      });
      expect(facts.evidence?.[0]).toMatchObject({
        evidence_id: 'E1',
        kind: 'MEDICAL_REPORT',
        grade: 'B',
        supports: [{ risk_id: 'R1', field: 'real' }],
        chain_of_custody: [{ by: 'Casefile', action: 'Recorded in Casefile' }],
      });
      expect(facts.dependants?.[0]).toMatchObject({ person_ref: 'D1', on_premises: true });
      // D1 is a child, so the subject-relative threshold question applies to its risk (R-1b).
      expect(facts.risks?.[0]?.reaches_ill_treatment_threshold_for_subject).toBe('U');

      const blocked = rt.invoke('intake:remove', { caseId: c.id, kind: 'dependant', id: d.id });
      expect(blocked.ok).toBe(false);
      if (!blocked.ok) expect(blocked.error).toMatchObject({ code: 'CONFLICT', message: /R1/ });
      ok(rt.invoke('intake:remove', { caseId: c.id, kind: 'risk', id: risk.id }));
      ok(rt.invoke('intake:remove', { caseId: c.id, kind: 'dependant', id: d.id }));
      const after = intake(rt, c.id);
      expect(after.risks).toEqual([]);
      expect(after.dependants).toEqual([]);
      expect(after.evidence[0]?.supports).toEqual([]);
      expect(
        auditRows(rt.database.sqlite).filter((a) => a.action === 'intake.remove'),
      ).toHaveLength(2);
    } finally {
      rt.close();
    }
  });

  it('refuses to touch a record of another case', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: a } = openedCase(rt);
      const b = ok<{ id: number }>(rt.invoke('cases:open', { missionId: a.missionId }));
      const risk = add(rt, { caseId: a.id, kind: 'risk', set: {} });
      const r = patch(rt, { caseId: b.id, kind: 'risk', id: risk.id, set: { real: 'Y' } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
      expect(intake(rt, a.id).risks[0]?.answers.real).toBeNull();
    } finally {
      rt.close();
    }
  });

  it('records the approver role when assurances are found reliable (V-5)', () => {
    const rt = testRuntime(tempDir());
    try {
      ok(rt.invoke('profiles:create', { name: 'Ana Legal', role: 'LEGAL_ADVISER' }));
      const { case: c } = openedCase(rt);
      const risk = add(rt, { caseId: c.id, kind: 'risk', set: { assurances: true } });
      const set = (reliability: string) =>
        ok<{ record: RecordView }>(
          patch(rt, {
            caseId: c.id,
            kind: 'risk',
            id: risk.id,
            set: { 'assurances.reliability': reliability },
          }),
        ).record.answers['assurances.reliability_approved_by_role'];
      expect(set('RELIABLE')).toBe('LEGAL_ADVISER');
      expect(set('UNRELIABLE')).toBeNull();
      const refused = patch(rt, {
        caseId: c.id,
        kind: 'risk',
        id: risk.id,
        set: { 'assurances.reliability_approved_by_role': 'LEGAL_ADVISER' },
      });
      expect(refused.ok).toBe(false);
    } finally {
      rt.close();
    }
  });

  it('keeps the legal context per mission, overridable per case', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: a } = openedCase(rt);
      const b = ok<{ id: number }>(rt.invoke('cases:open', { missionId: a.missionId }));
      ok(
        patch(rt, {
          caseId: a.id,
          kind: 'legal',
          set: { sending_state_parties: ['CAT', 'ICCPR'] },
        }),
      );
      expect(intake(rt, b.id).legal.answers.sending_state_parties).toEqual(['CAT', 'ICCPR']);
      ok(rt.invoke('intake:set-legal-source', { caseId: b.id, source: 'CASE' }));
      ok(patch(rt, { caseId: b.id, kind: 'legal', set: { sending_state_parties: ['CAT'] } }));
      expect(intake(rt, a.id).legal).toMatchObject({
        source: 'MISSION',
        answers: { sending_state_parties: ['CAT', 'ICCPR'] },
      });
      expect(intake(rt, b.id).legal).toMatchObject({
        source: 'CASE',
        answers: { sending_state_parties: ['CAT'] },
      });
      ok(rt.invoke('intake:set-legal-source', { caseId: b.id, source: 'MISSION' }));
      expect(intake(rt, b.id).legal.answers.sending_state_parties).toEqual(['CAT', 'ICCPR']);
    } finally {
      rt.close();
    }
  });
});
