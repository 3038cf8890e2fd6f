import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/main/runtime';
import { canonicalJson } from '../../src/shared/canonicalJson';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';
import { assessmentResultSchema } from '../../src/shared/assessment/result';
import { JUSTIFICATION_MIN_CHARS } from '../../src/shared/schemas/assessment';
import {
  diffAssessments,
  getAssessment,
  listAssessments,
  reproduceAssessment,
  runAssessment,
} from '../../src/main/services/assessmentService';
import {
  finaliseAssessment,
  recordDetermination,
  returnToDraft,
  signOff,
  submitForReview,
} from '../../src/main/services/reviewService';
import { openTestCase } from '../support/cases';
import { loadGoldenCases } from '../support/golden';
import { ok, testRuntime, TRUSTED_SENDER } from '../support/runtime';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const golden = new Map(loadGoldenCases().map((g) => [g.id, g]));
const facts = (id: string): CaseFacts => {
  const g = golden.get(id);
  if (!g) throw new Error(`no golden case ${id}`);
  return structuredClone(g.facts);
};
const JUSTIFICATION =
  'The adviser has spoken to the person twice and the account of the risk is not credible on the documents the host produced.';
expect(JUSTIFICATION.length).toBeGreaterThanOrEqual(JUSTIFICATION_MIN_CHARS);

/** P-2: the screening interview with the person, on the case's timeline through its channel. */
function recordInterview(rt: Runtime, caseId: number) {
  ok(
    rt.call(
      'timeline:record',
      {
        caseId,
        type: 'INTERVIEW',
        occurredAt: '2026-11-27T08:00:00.000Z',
        payload: { kind: 'SCREENING' },
      },
      TRUSTED_SENDER,
    ),
  );
}

/** A fresh case on a fresh database; interviewed (P-2) unless the test says otherwise. */
function withCase<T>(
  work: (rt: Runtime, caseId: number, dataDir: string) => T,
  { interviewed = true } = {},
): T {
  const dataDir = tempDir();
  const rt = testRuntime(dataDir);
  try {
    const caseId = openTestCase(rt).id;
    if (interviewed) recordInterview(rt, caseId);
    return work(rt, caseId, dataDir);
  } finally {
    rt.close();
  }
}

const timelineTypes = (rt: Runtime, caseId: number): string[] =>
  rt.database.sqlite
    .prepare('SELECT type FROM timeline_events WHERE case_id = ? ORDER BY id')
    .pluck()
    .all(caseId) as string[];

/** Agree for every subject, submit, sign as LA and HoM, finalise. */
function finalise(rt: Runtime, id: number, currentFacts: CaseFacts | null = null) {
  const view = getAssessment(rt.context, id);
  for (const s of view.result.subjects) {
    recordDetermination(rt.context, { assessmentId: id, subjectRef: s.subject_ref, kind: 'AGREE' });
  }
  submitForReview(rt.context, { assessmentId: id });
  signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'A. Adviser' });
  signOff(rt.context, { assessmentId: id, role: 'HEAD_OF_MISSION', name: 'H. Mission' });
  return finaliseAssessment(rt.context, { assessmentId: id, currentFacts });
}

describe('running the assessment on a stored case', () => {
  it('stores version 1 as a DRAFT with the golden outcome, its exact input and its hashes', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-02');
      const view = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      expect(view.version).toBe(1);
      expect(view.status).toBe('DRAFT');
      expect(view.outcome).toBe('PROTECTION_OBLIGATORY');
      expect(view.outcomeSubBasis).toBe('ABSOLUTE');
      expect(view.result.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
      expect(view.result.version).toBe(1);
      expect(view.result.subjects.every((s) => s.status === 'DRAFT')).toBe(true);
      expect(view.inputsSha256).toBe(view.result.inputs_sha256);
      expect(view.configSha256).toBe(view.result.config_sha256);
      // The IPC output schema accepts what the service returns.
      expect(assessmentResultSchema.safeParse(view.result).success).toBe(true);
      expect(view.review).toMatchObject({ missingDeterminations: ['P1'], canSubmit: false });
      expect(view.history).toMatchObject([{ fromStatus: null, toStatus: 'DRAFT' }]);
    });
  });

  it('passes the time of assessment to the engine and never a future one', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-11');
      delete f.as_of;
      const now = runAssessment(rt.context, { caseId, facts: f });
      // The test clock is in November 2026, ~270 days after arrival: I_duration counts (F14).
      expect(now.asOf).toMatch(/^2026-11-27T/);
      expect(now.result.as_of).toBe(now.asOf);
      expect(now.result.I.duration).toBe(1);
      const past = runAssessment(rt.context, { caseId, facts: f, asOf: '2026-03-02T12:00:00Z' });
      expect(past.result.I.duration).toBe(0);
      expect(past.outcome).toBe('PERMISSIBLE_ON_BALANCE');
      expect(() =>
        runAssessment(rt.context, { caseId, facts: f, asOf: '2099-01-01T00:00:00Z' }),
      ).toThrow(/future/);
    });
  });

  it('refuses facts that are not a valid CaseFacts document, naming the paths, and stores nothing', () => {
    withCase((rt, caseId) => {
      const bad = { ...facts('GC-02'), mission: { premises_type: 'TENT' } } as unknown as CaseFacts;
      expect(() => runAssessment(rt.context, { caseId, facts: bad })).toThrow(
        expect.objectContaining({
          code: 'VALIDATION',
          issues: expect.arrayContaining([
            expect.objectContaining({ path: '$.mission.premises_type' }),
          ]) as unknown,
        }) as Error,
      );
      expect(listAssessments(rt.context, caseId, { problem: 'x' }).versions).toEqual([]);
    });
  });

  it('supersedes the previous version on every re-run and says why', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-10');
      const v1 = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      const v2 = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      expect(v2.revisionReason).toBe('REASSESSED');
      const changed = { ...f, conduct: 'NONE' as const };
      const v3 = runAssessment(rt.context, { caseId, facts: changed, asOf: f.as_of });
      expect(v3.revisionReason).toBe('FACTS_CHANGED');
      const modeRun = runAssessment(rt.context, {
        caseId,
        facts: changed,
        asOf: f.as_of,
        mode: 'RESTRICTIVE',
      });
      expect(modeRun.revisionReason).toBe('MODE_CHANGED');
      const list = listAssessments(rt.context, caseId, { facts: changed });
      expect(list.versions.map((v) => [v.version, v.status])).toEqual([
        [4, 'DRAFT'],
        [3, 'SUPERSEDED'],
        [2, 'SUPERSEDED'],
        [1, 'SUPERSEDED'],
      ]);
      expect(list.factsChanged).toBe(false);
      expect(listAssessments(rt.context, caseId, { facts: f }).factsChanged).toBe(true);
      expect(getAssessment(rt.context, v1.id).history.map((h) => h.toStatus)).toEqual([
        'DRAFT',
        'SUPERSEDED',
      ]);
    });
  });

  it('carries the interim measure’s set time forward, so re-running never resets its deadline (F3b)', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-10');
      const first = runAssessment(rt.context, { caseId, facts: f, asOf: '2026-03-02T12:00:00Z' });
      expect(first.result.interim_measure?.review_by).toBe('2026-03-05T12:00:00Z');
      const later = runAssessment(rt.context, { caseId, facts: f, asOf: '2026-03-06T12:00:00Z' });
      expect(later.result.interim_measure?.set_at).toBe('2026-03-02T12:00:00Z');
      expect(later.result.reason_codes).toContain('INTERIM_DEADLINE_MISSED');
      expect(later.result.required_actions).toContain('REQUEST_CAPITAL_INSTRUCTION');
      // The fact on file wins over the carried time, and the stored input records what was used.
      const own = runAssessment(rt.context, {
        caseId,
        facts: { ...f, interim_measure_set_at: '2026-03-05T00:00:00Z' },
        asOf: '2026-03-06T12:00:00Z',
      });
      expect(own.result.interim_measure?.set_at).toBe('2026-03-05T00:00:00Z');
      expect(own.result.reason_codes).not.toContain('INTERIM_DEADLINE_MISSED');
    });
  });
});

describe('the adviser’s determination and review', () => {
  it('keeps the engine result beside an override and needs a justification of the minimum length', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-11');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      const view = recordDetermination(rt.context, {
        assessmentId: id,
        subjectRef: 'P1',
        kind: 'OVERRIDE',
        humanOutcome: 'NOT_JUSTIFIED',
        justification: JUSTIFICATION,
      });
      expect(view.determinations).toEqual([
        expect.objectContaining({
          engineOutcome: 'PERMISSIBLE_ON_BALANCE',
          humanOutcome: 'NOT_JUSTIFIED',
          overrideKind: 'OVERRIDE',
          needsCapitalDesk: false,
          justification: JUSTIFICATION,
        }),
      ]);
      expect(view.outcome).toBe('PERMISSIBLE_ON_BALANCE');
      expect(() =>
        recordDetermination(rt.context, {
          assessmentId: id,
          subjectRef: 'P1',
          kind: 'OVERRIDE',
          humanOutcome: 'PERMISSIBLE_ON_BALANCE',
          justification: JUSTIFICATION,
        }),
      ).toThrow(/engine’s own outcome/);
      expect(() =>
        recordDetermination(rt.context, { assessmentId: id, subjectRef: 'D9', kind: 'AGREE' }),
      ).toThrow(/not assessed/);
    });
  });

  it('through IPC: an override without a justification long enough is refused with its field', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-11');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      const r = rt.call(
        'assessments:determine',
        {
          assessmentId: id,
          subjectRef: 'P1',
          kind: 'OVERRIDE',
          humanOutcome: 'NOT_JUSTIFIED',
          justification: 'Too short.',
        },
        TRUSTED_SENDER,
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues).toEqual([
        { path: 'justification', message: expect.stringMatching(/at least 100/) as string },
      ]);
      const missing = rt.call(
        'assessments:determine',
        { assessmentId: id, subjectRef: 'P1', kind: 'OVERRIDE' },
        TRUSTED_SENDER,
      );
      expect(!missing.ok && missing.error.issues?.map((i) => i.path).sort()).toEqual([
        'humanOutcome',
        'justification',
      ]);
      expect(
        ok<{ determinations: unknown[] }>(
          rt.call('assessments:get', { assessmentId: id }, TRUSTED_SENDER),
        ).determinations,
      ).toEqual([]);
    });
  });

  it('records overriding an absolute bar as such and needs the capital desk to finalise', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-02');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      recordDetermination(rt.context, {
        assessmentId: id,
        subjectRef: 'P1',
        kind: 'OVERRIDE',
        humanOutcome: 'NOT_JUSTIFIED',
        justification: JUSTIFICATION,
      });
      const submitted = submitForReview(rt.context, { assessmentId: id });
      expect(submitted.determinations[0]).toMatchObject({
        overrideKind: 'OVERRIDE_OF_ABSOLUTE_BAR',
        needsCapitalDesk: true,
      });
      expect(submitted.review.requiredSignoffs).toEqual([
        'LEGAL_ADVISER',
        'HEAD_OF_MISSION',
        'CAPITAL_DESK',
      ]);
      signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'A. Adviser' });
      signOff(rt.context, { assessmentId: id, role: 'HEAD_OF_MISSION', name: 'H. Mission' });
      expect(() => finaliseAssessment(rt.context, { assessmentId: id, currentFacts: f })).toThrow(
        /capital desk/,
      );
      signOff(rt.context, {
        assessmentId: id,
        role: 'CAPITAL_DESK',
        name: 'C. Desk',
        reference: 'TEL 123',
      });
      const final = finaliseAssessment(rt.context, { assessmentId: id, currentFacts: f });
      expect(final.status).toBe('FINAL');
      expect(final.finalisedAt).not.toBeNull();
      expect(final.result.status).toBe('FINAL');
    });
  });

  it('walks DRAFT → UNDER_REVIEW → DRAFT → UNDER_REVIEW → FINAL; a return voids the sign-offs', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-06');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      expect(() => submitForReview(rt.context, { assessmentId: id })).toThrow(/determination/);
      expect(() =>
        signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'A' }),
      ).toThrow(/under review/);
      recordDetermination(rt.context, { assessmentId: id, subjectRef: 'P1', kind: 'AGREE' });
      submitForReview(rt.context, { assessmentId: id, note: 'ready' });
      expect(() =>
        recordDetermination(rt.context, { assessmentId: id, subjectRef: 'P1', kind: 'AGREE' }),
      ).toThrow(/under review/);
      signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'A. Adviser' });
      expect(() =>
        signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'Again' }),
      ).toThrow(/already signed/);
      const back = returnToDraft(rt.context, { assessmentId: id, note: 'check the dates' });
      expect(back.status).toBe('DRAFT');
      expect(back.signoffs).toEqual([]);
      submitForReview(rt.context, { assessmentId: id });
      const view = getAssessment(rt.context, id);
      expect(view.review.missingSignoffs).toEqual(['LEGAL_ADVISER', 'HEAD_OF_MISSION']);
      signOff(rt.context, { assessmentId: id, role: 'LEGAL_ADVISER', name: 'A. Adviser' });
      signOff(rt.context, { assessmentId: id, role: 'HEAD_OF_MISSION', name: 'H. Mission' });
      const final = finaliseAssessment(rt.context, { assessmentId: id, currentFacts: f });
      expect(final.history.map((h) => h.toStatus)).toEqual([
        'DRAFT',
        'UNDER_REVIEW',
        'DRAFT',
        'UNDER_REVIEW',
        'FINAL',
      ]);
      const audit = rt.context.sqlite
        .prepare(`SELECT action FROM audit_entries WHERE action LIKE 'assessment.%' ORDER BY seq`)
        .all()
        .map((r) => (r as { action: string }).action);
      expect(audit).toEqual([
        'assessment.draft',
        'assessment.determine',
        'assessment.submit',
        'assessment.signoff',
        'assessment.return',
        'assessment.submit',
        'assessment.signoff',
        'assessment.signoff',
        'assessment.finalise',
      ]);
    });
  });

  it('refuses to finalise a version whose facts have since changed', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-06');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      expect(() => finalise(rt, id, { ...f, conduct: 'EXPRESSIVE' })).toThrow(/facts changed/);
      expect(getAssessment(rt.context, id).status).toBe('UNDER_REVIEW');
    });
  });

  it('keeps a FINAL version immutable, in the service and in the database itself', () => {
    withCase((rt, caseId, dataDir) => {
      const f = facts('GC-07');
      const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      finalise(rt, id, f);
      expect(() =>
        recordDetermination(rt.context, { assessmentId: id, subjectRef: 'P1', kind: 'AGREE' }),
      ).toThrow(/final/);
      expect(() => submitForReview(rt.context, { assessmentId: id })).toThrow(/final/);
      expect(() =>
        signOff(rt.context, { assessmentId: id, role: 'CAPITAL_DESK', name: 'X' }),
      ).toThrow(/final/);
      // Raw SQL, as an inquiry's SQLite tool would try: every change is refused.
      const db = new Database(join(dataDir, 'casefile.db'));
      try {
        const attempts = [
          `UPDATE assessments SET result_json = '{}' WHERE id = ${id}`,
          `UPDATE assessments SET outcome = 'NOT_JUSTIFIED' WHERE id = ${id}`,
          `UPDATE assessments SET status = 'DRAFT', finalised_at = NULL WHERE id = ${id}`,
          `UPDATE assessments SET status = 'UNDER_REVIEW', finalised_at = NULL WHERE id = ${id}`,
          `DELETE FROM assessments WHERE id = ${id}`,
          `DELETE FROM assessment_determinations WHERE assessment_id = ${id}`,
          `UPDATE assessment_signoffs SET name = 'Someone else' WHERE assessment_id = ${id}`,
          `INSERT INTO assessment_determinations (assessment_id, subject_ref, kind, engine_outcome,
             human_outcome, override_kind, needs_capital_desk, recorded_at, recorded_by_id,
             recorded_by_name, recorded_by_role)
           VALUES (${id}, 'P1', 'AGREE', 'X', 'X', 'NONE', 0, 'now', 'x', 'x', 'x')`,
        ];
        for (const sql of attempts) expect(() => db.exec(sql), sql).toThrow();
      } finally {
        db.close();
      }
      expect(reproduceAssessment(rt.context, id).reproduced).toBe(true);
    });
  });

  it('changing the facts after FINAL makes a new version and marks the final one SUPERSEDED', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-11');
      const v1 = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      finalise(rt, v1.id, f);
      const changed: CaseFacts = { ...f, conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT' };
      expect(listAssessments(rt.context, caseId, { facts: changed }).factsChanged).toBe(true);
      const v2 = runAssessment(rt.context, { caseId, facts: changed, asOf: f.as_of });
      expect(v2.version).toBe(2);
      expect(v2.outcome).toBe('NOT_JUSTIFIED');
      const old = getAssessment(rt.context, v1.id);
      expect(old.status).toBe('SUPERSEDED');
      expect(old.finalisedAt).not.toBeNull();
      expect(old.history.map((h) => h.toStatus)).toEqual([
        'DRAFT',
        'UNDER_REVIEW',
        'FINAL',
        'SUPERSEDED',
      ]);
    });
  });
});

describe('version diff and reproduction', () => {
  it('shows which facts changed, which rules changed result and how the outcome moved', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-11');
      const v1 = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      const v2 = runAssessment(rt.context, {
        caseId,
        facts: { ...f, conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT' },
        asOf: f.as_of,
      });
      const diff = diffAssessments(rt.context, v1.id, v2.id);
      expect(diff.facts).toEqual([
        {
          path: 'conduct',
          before: f.conduct ?? undefined,
          after: 'ORGANISING_AGAINST_HOST_GOVERNMENT',
        },
      ]);
      expect(diff.outcomes).toEqual([
        expect.objectContaining({
          subjectRef: 'P1',
          movement: 'DOWN',
          before: expect.objectContaining({
            outcome: 'PERMISSIBLE_ON_BALANCE',
            H: 3,
            I: 1,
          }) as unknown,
          after: expect.objectContaining({ outcome: 'NOT_JUSTIFIED', H: 3, I: 3 }) as unknown,
        }),
      ]);
      const rules = diff.rules.map((r) => `${r.rule}/${r.completion ?? '-'}`);
      expect(rules).toContain('B/PESSIMISTIC');
      expect(rules).toContain('O/PESSIMISTIC');
      expect(rules).not.toContain('J-3b/PESSIMISTIC');
      const b = diff.rules.find((r) => r.rule === 'B' && r.completion === 'PESSIMISTIC');
      expect(b?.before).toMatchObject({ holds: true });
      expect(b?.after).toMatchObject({ holds: false });
    });
  });

  it('refuses to compare versions of two different cases', () => {
    withCase((rt, caseId) => {
      const other = openTestCase(rt).id;
      const f = facts('GC-06');
      const a = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      const b = runAssessment(rt.context, { caseId: other, facts: f, asOf: f.as_of });
      expect(() => diffAssessments(rt.context, a.id, b.id)).toThrow(/same case/);
    });
  });

  it('recomputes every golden case byte for byte from what was stored', () => {
    withCase((rt, caseId) => {
      for (const g of golden.values()) {
        const v = runAssessment(rt.context, { caseId, facts: g.facts, asOf: g.facts.as_of });
        const r = reproduceAssessment(rt.context, v.id);
        expect(r, g.id).toMatchObject({ reproduced: true, differences: [], problem: null });
        expect(r.recomputedSha256).toBe(v.resultSha256);
      }
    });
  });

  it('shows the difference when a stored result does not reproduce', () => {
    withCase((rt, caseId, dataDir) => {
      const f = facts('GC-11');
      const v = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      // Simulate a corrupted row the way only an attacker with the triggers dropped could.
      const db = new Database(join(dataDir, 'casefile.db'));
      try {
        db.exec('DROP TRIGGER assessments_content_immutable');
        const stored = JSON.parse(
          (
            db.prepare('SELECT result_json FROM assessments WHERE id = ?').get(v.id) as {
              result_json: string;
            }
          ).result_json,
        ) as { H: number };
        stored.H = 5;
        db.prepare('UPDATE assessments SET result_json = ? WHERE id = ?').run(
          canonicalJson(stored),
          v.id,
        );
      } finally {
        db.close();
      }
      const r = reproduceAssessment(rt.context, v.id);
      expect(r.reproduced).toBe(false);
      expect(r.differences).toContainEqual({ path: 'H', before: 5, after: 3 });
    });
  });
});

describe('the assessment on the case file', () => {
  it('is not FINAL before an interview with the person is on the timeline (P-2)', () => {
    withCase(
      (rt, caseId) => {
        const f = facts('GC-01');
        const { id } = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
        expect(() => finalise(rt, id)).toThrow(/interview on the timeline with P1/);
        expect(getAssessment(rt.context, id).status).toBe('UNDER_REVIEW');
        recordInterview(rt, caseId);
        expect(
          finaliseAssessment(rt.context, { assessmentId: id, currentFacts: null }).status,
        ).toBe('FINAL');
      },
      { interviewed: false },
    );
  });

  it('puts each version and the finalisation on the timeline and the outcome on the case list', () => {
    withCase((rt, caseId) => {
      const f = facts('GC-02');
      const v1 = runAssessment(rt.context, { caseId, facts: f, asOf: f.as_of });
      // The follow-up interview finds the risk no longer present.
      const changed = {
        ...f,
        risks: (f.risks ?? []).map((r) => ({ ...r, present: 'N' as const })),
      };
      const v2 = runAssessment(rt.context, { caseId, facts: changed, asOf: f.as_of });
      finalise(rt, v2.id);
      expect(timelineTypes(rt, caseId)).toEqual([
        'REQUEST_RECEIVED',
        'INTERVIEW',
        'ASSESSMENT_DRAFTED',
        'ASSESSMENT_REVISED',
        'ASSESSMENT_FINALISED',
      ]);
      const revised = JSON.parse(
        rt.database.sqlite
          .prepare("SELECT payload FROM timeline_events WHERE type = 'ASSESSMENT_REVISED'")
          .pluck()
          .get() as string,
      ) as Record<string, unknown>;
      expect(revised).toMatchObject({
        prior_assessment_id: v1.uid,
        assessment_id: v2.uid,
        reason: 'NEW_EVIDENCE',
      });
      expect(
        rt.database.sqlite
          .prepare('SELECT latest_outcome FROM cases WHERE id = ?')
          .pluck()
          .get(caseId),
      ).toBe(v2.outcome);
    });
  });
});
