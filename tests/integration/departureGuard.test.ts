import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/main/runtime';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';
import type { DepartureRecord, GuardVerdict } from '../../src/shared/schemas/assessment';
import { runAssessment } from '../../src/main/services/assessmentService';
import { openTestCase } from '../support/cases';
import { loadGoldenCases } from '../support/golden';
import { ok, testRuntime, TRUSTED_SENDER } from '../support/runtime';
import { useTempDirs } from '../support/tempDir';

// SPEC §2.11 P-6 over IPC: the renderer (or anything posing as it) calls the channel directly,
// and the main process refuses a handover the guard forbids, whatever the UI showed.

const tempDir = useTempDirs();
const golden = new Map(loadGoldenCases().map((g) => [g.id, g]));
const facts = (id: string): CaseFacts => structuredClone(golden.get(id)?.facts as CaseFacts);

const JUSTIFICATION =
  'The capital instructed the handover after the host gave written guarantees that were verified by the monitoring mission in person.';

const ALL_SIGNOFFS = [
  { role: 'LEGAL_ADVISER', name: 'A. Adviser' },
  { role: 'HEAD_OF_MISSION', name: 'H. Mission' },
  { role: 'CAPITAL_DESK', name: 'C. Desk', reference: 'TEL 42' },
];

function withAssessedCase<T>(goldenId: string, work: (rt: Runtime, reference: string) => T): T {
  const rt = testRuntime(tempDir());
  try {
    const c = openTestCase(rt);
    const f = facts(goldenId);
    runAssessment(rt.context, { caseId: c.id, facts: f, asOf: f.as_of });
    return work(rt, c.reference);
  } finally {
    rt.close();
  }
}

const departures = (rt: Runtime, reference: string) =>
  ok<DepartureRecord[]>(rt.call('departures:list', { reference }, TRUSTED_SENDER));

describe('the P-6 handover guard over IPC', () => {
  it('refuses a handover of a person protected by an absolute bar, says why, and writes nothing', () => {
    withAssessedCase('GC-02', (rt, reference) => {
      const auditBefore = rt.context.sqlite
        .prepare('SELECT count(*) AS n FROM audit_entries')
        .get();
      const r = rt.call(
        'departures:record',
        {
          reference,
          subjectRef: 'P1',
          type: 'HANDOVER_TO_HOST_AUTHORITIES',
          occurredAt: '2026-03-03T10:00:00Z',
          receivingAuthority: 'Host police',
        },
        TRUSTED_SENDER,
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('FORBIDDEN');
      expect(r.error.message).toMatch(/P-6 guard refuses this departure of P1/);
      const paths = (r.error.issues ?? []).map((i) => i.path);
      expect(paths).toEqual([
        'conditions.INTERVIEW',
        'conditions.DECISION_ON_FINAL',
        'conditions.NOT_OBLIGATORY',
        'override.signoffs',
        'override.justification',
      ]);
      expect(r.error.issues?.[2]?.message).toMatch(
        /version 1 finds that protection is, or may be, obligatory for P1 \(Protection obligatory/,
      );
      expect(departures(rt, reference)).toEqual([]);
      expect(rt.context.sqlite.prepare('SELECT count(*) AS n FROM audit_entries').get()).toEqual(
        auditBefore,
      );
    });
  });

  it('refuses an override that lacks a sign-off or a long enough justification', () => {
    withAssessedCase('GC-02', (rt, reference) => {
      const base = {
        reference,
        subjectRef: 'P1',
        type: 'HANDOVER_TO_HOST_AUTHORITIES',
        occurredAt: '2026-03-03T10:00:00Z',
      };
      const twoSigners = rt.call(
        'departures:record',
        { ...base, override: { signoffs: ALL_SIGNOFFS.slice(0, 2), justification: JUSTIFICATION } },
        TRUSTED_SENDER,
      );
      expect(!twoSigners.ok && twoSigners.error.issues).toContainEqual({
        path: 'override.signoffs',
        message: 'An override needs the sign-off of capital desk.',
      });
      const short = rt.call(
        'departures:record',
        { ...base, override: { signoffs: ALL_SIGNOFFS, justification: 'Instructed.' } },
        TRUSTED_SENDER,
      );
      expect(!short.ok && short.error.issues?.map((i) => i.path)).toContain(
        'override.justification',
      );
      expect(departures(rt, reference)).toEqual([]);
    });
  });

  it('records a fully signed override of an absolute bar as OVERRIDE_OF_ABSOLUTE_BAR, never compliant', () => {
    withAssessedCase('GC-02', (rt, reference) => {
      const record = ok<DepartureRecord>(
        rt.call(
          'departures:record',
          {
            reference,
            subjectRef: 'P1',
            type: 'HANDOVER_TO_HOST_AUTHORITIES',
            occurredAt: '2026-03-03T10:00:00Z',
            receivingAuthority: 'Host police',
            override: { signoffs: ALL_SIGNOFFS, justification: JUSTIFICATION },
          },
          TRUSTED_SENDER,
        ),
      );
      expect(record).toMatchObject({
        subjectRef: 'P1',
        type: 'HANDOVER_TO_HOST_AUTHORITIES',
        compliance: 'OVERRIDE_OF_ABSOLUTE_BAR',
        overrideJustification: JUSTIFICATION,
      });
      expect(record.signoffs.map((s) => s.role)).toEqual([
        'LEGAL_ADVISER',
        'HEAD_OF_MISSION',
        'CAPITAL_DESK',
      ]);
      const audit = rt.context.sqlite
        .prepare(`SELECT changes FROM audit_entries WHERE action = 'departure.record'`)
        .get() as { changes: string };
      expect(audit.changes).toContain('OVERRIDE_OF_ABSOLUTE_BAR');
    });
  });

  it('a person the engine does not protect still needs the interview and the decision (fail closed)', () => {
    withAssessedCase('GC-06', (rt, reference) => {
      const check = ok<GuardVerdict>(
        rt.call(
          'departures:check',
          {
            reference,
            subjectRef: 'P1',
            type: 'HANDOVER_TO_HOST_AUTHORITIES',
            occurredAt: '2026-03-03T10:00:00Z',
          },
          TRUSTED_SENDER,
        ),
      );
      expect(check.guarded).toBe(true);
      expect(check.conditions.map((c) => [c.id, c.met])).toEqual([
        ['INTERVIEW', false],
        ['DECISION_ON_FINAL', false],
        ['NOT_OBLIGATORY', true],
      ]);
      expect(check.allowed).toBe(false);
    });
  });

  it('a transfer towards a destination where no risk is engaged is not guarded', () => {
    withAssessedCase('GC-02', (rt, reference) => {
      const record = ok<DepartureRecord>(
        rt.call(
          'departures:record',
          {
            reference,
            subjectRef: 'P1',
            type: 'TRANSFER_TO_THIRD_STATE',
            destination: 'THIRD_STATE_DIRECT',
            occurredAt: '2026-03-03T10:00:00Z',
          },
          TRUSTED_SENDER,
        ),
      );
      expect(record.compliance).toBe('CLEAR');
      const toHost = rt.call(
        'departures:record',
        {
          reference,
          subjectRef: 'P1',
          type: 'DEPARTURE_UNDER_SAFE_CONDUCT',
          destination: 'HOST_TERRITORY',
          occurredAt: '2026-03-03T10:00:00Z',
        },
        TRUSTED_SENDER,
      );
      expect(!toHost.ok && toHost.error.code).toBe('FORBIDDEN');
    });
  });

  it('a voluntary departure into the host while the interim measure is active needs the legal adviser and consent', () => {
    withAssessedCase('GC-10', (rt, reference) => {
      const base = {
        reference,
        subjectRef: 'P1',
        type: 'VOLUNTARY_DEPARTURE_INTO_HOST',
        occurredAt: '2026-03-03T10:00:00Z',
      };
      const bare = rt.call('departures:record', base, TRUSTED_SENDER);
      expect(!bare.ok && bare.error.issues?.map((i) => i.path)).toEqual([
        'override.signoffs',
        'informedConsentInterviewRef',
      ]);
      const record = ok<DepartureRecord>(
        rt.call(
          'departures:record',
          {
            ...base,
            informedConsentInterviewRef: 'Interview 2026-03-03 with interpreter',
            override: { signoffs: [ALL_SIGNOFFS[0]], justification: '' },
          },
          TRUSTED_SENDER,
        ),
      );
      expect(record).toMatchObject({ compliance: 'CLEAR', overrideJustification: null });
      expect(record.signoffs.map((s) => s.role)).toEqual(['LEGAL_ADVISER']);
    });
  });

  it('a person never assessed cannot be handed over, not even by override', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = openTestCase(rt);
      const r = rt.call(
        'departures:record',
        {
          reference: c.reference,
          subjectRef: 'P1',
          type: 'HANDOVER_TO_HOST_AUTHORITIES',
          occurredAt: '2026-03-03T10:00:00Z',
          override: { signoffs: ALL_SIGNOFFS, justification: JUSTIFICATION },
        },
        TRUSTED_SENDER,
      );
      expect(!r.ok && r.error.issues?.map((i) => i.path)).toContain('assessment');
      const hospital = ok<DepartureRecord>(
        rt.call(
          'departures:record',
          {
            reference: c.reference,
            subjectRef: 'P1',
            type: 'HOSPITAL_TRANSFER',
            occurredAt: '2026-03-03T10:00:00Z',
          },
          TRUSTED_SENDER,
        ),
      );
      expect(hospital.compliance).toBe('CLEAR');
    } finally {
      rt.close();
    }
  });

  it('a forged sender cannot record anything', () => {
    withAssessedCase('GC-02', (rt, reference) => {
      const r = rt.call(
        'departures:record',
        {
          reference,
          subjectRef: 'P1',
          type: 'HANDOVER_TO_HOST_AUTHORITIES',
          occurredAt: '2026-03-03T10:00:00Z',
          override: { signoffs: ALL_SIGNOFFS, justification: JUSTIFICATION },
        },
        { url: 'https://evil.example/', isMainFrame: true },
      );
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
      expect(departures(rt, reference)).toEqual([]);
    });
  });
});
