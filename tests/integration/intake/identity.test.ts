import { describe, expect, it } from 'vitest';
import type { IdentityStatus, RevealedIdentity } from '../../../src/shared/intake/identity';
import type { CaseListRow } from '../../../src/shared/ipc/contracts/cases';
import { auditRows, intake, openedCase } from '../../support/intake';
import { ok, testRuntime } from '../../support/runtime';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('the restricted identity', () => {
  it('is stored apart from the facts, searchable, and shown masked until revealed', () => {
    const rt = testRuntime(tempDir());
    try {
      ok(rt.invoke('profiles:create', { name: 'Ana Legal', role: 'LEGAL_ADVISER' }));
      const { case: c } = openedCase(rt);
      const principal = intake(rt, c.id).principal;
      const status = ok<IdentityStatus>(
        rt.invoke('identity:update', {
          caseId: c.id,
          personId: principal.id,
          set: {
            fullName: 'María José Gómez',
            documentNumber: 'PA-991122',
            dateOfBirth: '1984-07-21',
          },
        }),
      );
      expect(status).toEqual({
        personId: principal.id,
        personRef: 'P1',
        filled: ['fullName', 'dateOfBirth', 'documentNumber'],
        hasPhoto: false,
      });
      // The audit log names the fields changed, with digests, never the values.
      const update = auditRows(rt.database.sqlite).find((a) => a.action === 'identity.update');
      expect(update?.changes).not.toMatch(/Gómez|PA-991122|1984/);
      expect(JSON.parse(update?.changes ?? '[]')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'fullName',
            afterDigest: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
          }),
        ]),
      );
      // Nothing the engine reads carries the identity.
      expect(JSON.stringify(rt.invoke('cases:facts', { id: c.id }))).not.toMatch(/Gómez|PA-991122/);

      // Search by name (accents folded, prefix) finds the case, and the row stays masked.
      const page = ok<{ items: CaseListRow[] }>(rt.invoke('cases:list', { search: 'maria gom' }));
      expect(page.items.map((i) => [i.reference, i.identityMatch])).toEqual([[c.reference, true]]);
      expect(JSON.stringify(page)).not.toMatch(/Gómez|María/);
      expect(
        ok<{ items: CaseListRow[] }>(rt.invoke('cases:list', { search: 'PA-991122' })).items,
      ).toHaveLength(1);
      expect(
        ok<{ items: CaseListRow[] }>(rt.invoke('cases:list', { search: 'nobody' })).items,
      ).toEqual([]);
    } finally {
      rt.close();
    }
  });

  it('records every reveal: who, when, which case and person, and why', () => {
    const rt = testRuntime(tempDir());
    try {
      const profile = ok<{ uid: string }>(
        rt.invoke('profiles:create', { name: 'Ana Legal', role: 'LEGAL_ADVISER' }),
      );
      const { case: c } = openedCase(rt);
      const principal = intake(rt, c.id).principal;
      ok(
        rt.invoke('identity:update', {
          caseId: c.id,
          personId: principal.id,
          set: { fullName: 'María José Gómez' },
        }),
      );
      ok(
        rt.invoke('identity:set-photo', {
          caseId: c.id,
          personId: principal.id,
          fileName: 'face.png',
          dataBase64: PNG.toString('base64'),
        }),
      );
      const before = auditRows(rt.database.sqlite).length;
      const revealed = ok<RevealedIdentity>(
        rt.invoke('identity:reveal', {
          caseId: c.id,
          personId: principal.id,
          reason: 'Screening interview',
        }),
      );
      expect(revealed.values.fullName).toBe('María José Gómez');
      expect(revealed.photo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
      const entries = rt.database.sqlite
        .prepare(
          `SELECT action, actor_id AS actorId, actor_name AS actorName, actor_role AS actorRole,
             at, case_id AS caseId, entity_id AS entityId, changes FROM audit_entries WHERE seq > ?`,
        )
        .all(before) as Record<string, unknown>[];
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'identity.reveal',
        actorId: profile.uid,
        actorName: 'Ana Legal',
        actorRole: 'LEGAL_ADVISER',
        at: revealed.revealedAt,
        caseId: c.id,
        entityId: String(principal.id),
      });
      expect(JSON.parse(String(entries[0]?.changes))).toEqual([
        { field: 'fields', after: ['fullName'] },
        { field: 'person', after: 'P1' },
        { field: 'photo', after: true },
        { field: 'reason', after: 'Screening interview' },
      ]);
      expect(String(entries[0]?.changes)).not.toMatch(/Gómez/);
    } finally {
      rt.close();
    }
  });

  it('refuses a reveal without a reason, or of a person of another case, and records nothing', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: a } = openedCase(rt);
      const b = ok<{ id: number }>(rt.invoke('cases:open', { missionId: a.missionId }));
      const principal = intake(rt, a.id).principal;
      const before = auditRows(rt.database.sqlite).length;
      const noReason = rt.invoke('identity:reveal', {
        caseId: a.id,
        personId: principal.id,
        reason: ' ',
      });
      expect(noReason.ok).toBe(false);
      if (!noReason.ok)
        expect(noReason.error.issues).toEqual([{ path: 'reason', message: 'is required' }]);
      const wrong = rt.invoke('identity:reveal', {
        caseId: b.id,
        personId: principal.id,
        reason: 'x',
      });
      expect(wrong.ok).toBe(false);
      expect(auditRows(rt.database.sqlite).length).toBe(before);
    } finally {
      rt.close();
    }
  });

  it('refuses an identity photo that is not an image, and an impossible date of birth', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const principal = intake(rt, c.id).principal;
      const pdf = rt.invoke('identity:set-photo', {
        caseId: c.id,
        personId: principal.id,
        fileName: 'scan.pdf',
        dataBase64: Buffer.from('%PDF-1.4 hello').toString('base64'),
      });
      expect(pdf.ok).toBe(false);
      const date = rt.invoke('identity:update', {
        caseId: c.id,
        personId: principal.id,
        set: { dateOfBirth: '1984-02-30' },
      });
      expect(date.ok).toBe(false);
      if (!date.ok) expect(date.error.issues?.[0]?.path).toBe('set.dateOfBirth');
    } finally {
      rt.close();
    }
  });
});
