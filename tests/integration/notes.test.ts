import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/shared/schemas/notes';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

const tempDir = useTempDirs();
type NotePage = { items: Note[]; nextCursor: string | null };

describe('audit notes', () => {
  it('are written on the case or on one of its events, newest first', () => {
    const rt = testRuntime(tempDir());
    try {
      const cases = missionWithCases(rt, 2).cases;
      const a = cases[0]!;
      const b = cases[1]!;
      const [request] = callOk<{ items: TimelineEvent[] }>(rt, 'timeline:list', {
        caseId: a.id,
      }).items;
      const onCase = callOk<Note>(rt, 'notes:add', {
        caseId: a.id,
        target: { type: 'CASE' },
        body: 'Duty officer called the legal adviser at 02:10.',
      });
      const onEvent = callOk<Note>(rt, 'notes:add', {
        caseId: a.id,
        target: { type: 'EVENT', id: request!.id },
        body: '  Spoke Quechua; no interpreter until 09:00.  ',
      });
      expect(onCase).toMatchObject({ number: 1, target: { type: 'CASE' }, correctsNoteId: null });
      expect(onEvent).toMatchObject({
        number: 2,
        target: { type: 'EVENT', id: request!.id },
        body: 'Spoke Quechua; no interpreter until 09:00.',
        author: { id: 'system' },
      });
      expect(callOk<NotePage>(rt, 'notes:list', { caseId: a.id }).items.map((n) => n.id)).toEqual([
        onEvent.id,
        onCase.id,
      ]);
      expect(
        callOk<NotePage>(rt, 'notes:list', { caseId: a.id, target: { type: 'CASE' } }).items,
      ).toEqual([onCase]);

      // A note cannot point at another case's event, at nothing, or be empty.
      const elsewhere = rt.call(
        'notes:add',
        { caseId: b.id, target: { type: 'EVENT', id: request!.id }, body: 'x' },
        TRUSTED_SENDER,
      );
      expect(!elsewhere.ok && elsewhere.error).toMatchObject({
        code: 'NOT_FOUND',
        issues: [{ path: 'target.id' }],
      });
      const noEvidenceYet = rt.call(
        'notes:add',
        { caseId: a.id, target: { type: 'EVIDENCE', id: 1 }, body: 'x' },
        TRUSTED_SENDER,
      );
      expect(!noEvidenceYet.ok && noEvidenceYet.error.code).toBe('NOT_FOUND');
      const empty = rt.call(
        'notes:add',
        { caseId: a.id, target: { type: 'CASE' }, body: '   ' },
        TRUSTED_SENDER,
      );
      expect(!empty.ok && empty.error.issues).toEqual([{ path: 'body', message: 'is required' }]);
    } finally {
      rt.close();
    }
  });

  it('are corrected by a new note; the original stays, marked, and cannot be corrected twice', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const original = callOk<Note>(rt, 'notes:add', {
        caseId: c.id,
        target: { type: 'CASE' },
        body: 'Note verbale received on 3 March.',
      });
      const fix = callOk<Note>(rt, 'notes:correct', {
        noteId: original.id,
        body: 'Note verbale received on 4 March.',
      });
      expect(fix).toMatchObject({
        correctsNoteId: original.id,
        target: { type: 'CASE' },
        number: 2,
      });
      const list = callOk<NotePage>(rt, 'notes:list', { caseId: c.id }).items;
      expect(list.map((n) => [n.body, n.correctedByNoteId])).toEqual([
        ['Note verbale received on 4 March.', null],
        ['Note verbale received on 3 March.', fix.id],
      ]);
      const again = rt.call(
        'notes:correct',
        { noteId: original.id, body: 'Other.' },
        TRUSTED_SENDER,
      );
      expect(!again.ok && again.error).toMatchObject({
        code: 'CONFLICT',
        message: 'note 1 was already corrected by note 2; correct that one instead',
      });
      const same = rt.call('notes:correct', { noteId: fix.id, body: fix.body }, TRUSTED_SENDER);
      expect(!same.ok && same.error.issues?.[0]?.path).toBe('body');
      // As known before the correction, the original is not yet marked.
      const before = callOk<NotePage>(rt, 'notes:list', { caseId: c.id, asOf: original.createdAt });
      expect(before.items).toEqual([{ ...original }]);
      const actions = rt.database.sqlite
        .prepare("SELECT action FROM audit_entries WHERE entity_type = 'note' ORDER BY seq")
        .pluck()
        .all();
      expect(actions).toEqual(['note.add', 'note.correct']);
    } finally {
      rt.close();
    }
  });

  it('page by keyset without gaps', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      for (let i = 1; i <= 12; i++) {
        callOk(rt, 'notes:add', { caseId: c.id, target: { type: 'CASE' }, body: `Note ${i}` });
      }
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = callOk<NotePage>(rt, 'notes:list', {
          caseId: c.id,
          limit: 5,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((n) => n.number));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    } finally {
      rt.close();
    }
  });
});
