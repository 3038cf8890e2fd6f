import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/shared/caseFacts/schema';
import type { AttachmentMeta } from '../../../src/shared/intake/records';
import { MAX_ATTACHMENT_BYTES } from '../../../src/shared/ipc/contracts/attachments';
import { add, auditRows, intake, openedCase } from '../../support/intake';
import { ok, testRuntime } from '../../support/runtime';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const attach = (
  rt: ReturnType<typeof testRuntime>,
  caseId: number,
  evidenceId: number,
  extra: Record<string, unknown> = {},
) =>
  ok<AttachmentMeta>(
    rt.invoke('attachments:add', {
      caseId,
      evidenceId,
      fileName: 'indictment.pdf',
      dataBase64: PDF.toString('base64'),
      ...extra,
    }),
  );

function withEvidence() {
  const rt = testRuntime(tempDir());
  const { case: c } = openedCase(rt);
  const e = add(rt, { caseId: c.id, kind: 'evidence', set: { kind: 'COURT_RECORD', grade: 'A' } });
  return { rt, caseId: c.id, evidenceId: e.id };
}

describe('evidence attachments', () => {
  it('stores the file in the database with SHA-256, size and media type, and opens it verified', () => {
    const { rt, caseId, evidenceId } = withEvidence();
    try {
      const meta = attach(rt, caseId, evidenceId, {
        mediaType: 'application/octet-stream',
        sha256: sha(PDF),
      });
      expect(meta).toMatchObject({
        fileName: 'indictment.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
        sha256: sha(PDF),
      });
      const opened = ok<{ dataBase64: string }>(
        rt.invoke('attachments:open', { caseId, attachmentId: meta.id }),
      );
      expect(Buffer.from(opened.dataBase64, 'base64').equals(PDF)).toBe(true);
      const view = intake(rt, caseId).evidence[0];
      expect(view?.attachments.map((a) => a.sha256)).toEqual([sha(PDF)]);
      expect(view?.custody.map((c) => c.action)).toEqual([
        'Recorded in Casefile',
        `Attached indictment.pdf (SHA-256 ${sha(PDF)})`,
      ]);
      const facts = ok<CaseFacts>(rt.invoke('cases:facts', { id: caseId }));
      expect(facts.evidence?.[0]?.file_ref).toBe(`${meta.uid}#sha256=${sha(PDF)}`);
      expect(
        auditRows(rt.database.sqlite).filter((a) => a.action === 'attachment.add'),
      ).toHaveLength(1);
    } finally {
      rt.close();
    }
  });

  it('detects a file whose bytes changed after intake, on open, on verify and on export', () => {
    const { rt, caseId, evidenceId } = withEvidence();
    try {
      const meta = attach(rt, caseId, evidenceId);
      // Tampering behind the app's back (same length, one byte changed).
      const tampered = Buffer.from(PDF);
      tampered[10] = 0x58;
      rt.database.sqlite
        .prepare('UPDATE attachments SET data = ? WHERE id = ?')
        .run(tampered, meta.id);
      for (const [channel, input] of [
        ['attachments:open', { caseId, attachmentId: meta.id }],
        ['attachments:verify', { caseId, attachmentId: meta.id }],
        ['cases:facts', { id: caseId }],
      ] as const) {
        const r = rt.invoke(channel, input);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('STORAGE');
          expect(r.error.message).toMatch(/no longer matches the SHA-256 recorded/);
        }
      }
    } finally {
      rt.close();
    }
  });

  it('refuses a file over the size limit, an empty file and a hash mismatch, with clear messages', () => {
    const { rt, caseId, evidenceId } = withEvidence();
    try {
      const big = rt.invoke('attachments:add', {
        caseId,
        evidenceId,
        fileName: 'huge.tif',
        dataBase64: Buffer.alloc(MAX_ATTACHMENT_BYTES + 3).toString('base64'),
      });
      expect(big.ok).toBe(false);
      if (!big.ok) {
        expect(big.error.issues?.[0]).toEqual({
          path: 'dataBase64',
          message: 'is larger than 20 MB; split or compress the file and attach the parts',
        });
      }
      const empty = rt.invoke('attachments:add', {
        caseId,
        evidenceId,
        fileName: 'a',
        dataBase64: '',
      });
      expect(empty.ok).toBe(false);
      const mismatch = rt.invoke('attachments:add', {
        caseId,
        evidenceId,
        fileName: 'a.pdf',
        dataBase64: PDF.toString('base64'),
        sha256: '0'.repeat(64),
      });
      expect(mismatch.ok).toBe(false);
      if (!mismatch.ok) expect(mismatch.error.issues?.[0]?.path).toBe('sha256');
      expect(intake(rt, caseId).evidence[0]?.attachments).toEqual([]);
    } finally {
      rt.close();
    }
  });

  it('keeps an evidence item with files until its files are removed', () => {
    const { rt, caseId, evidenceId } = withEvidence();
    try {
      const meta = attach(rt, caseId, evidenceId, { fileName: 'a.pdf' });
      const blocked = rt.invoke('intake:remove', { caseId, kind: 'evidence', id: evidenceId });
      expect(blocked.ok).toBe(false);
      if (!blocked.ok) expect(blocked.error.code).toBe('CONFLICT');
      ok(rt.invoke('attachments:remove', { caseId, attachmentId: meta.id }));
      ok(rt.invoke('intake:remove', { caseId, kind: 'evidence', id: evidenceId }));
      expect(rt.database.sqlite.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({
        n: 0,
      });
    } finally {
      rt.close();
    }
  });
});
