import { describe, expect, it } from 'vitest';
import type { AuthoritySearchResult } from '../../src/shared/schemas/authority';
import type { Citation } from '../../src/shared/schemas/citation';
import type { Note, NoteHit } from '../../src/shared/schemas/notes';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

// Issue 6 items 1 and 3: notes and events cite authorities with pinpoints through the one
// citation table (issue 4), and notes are full-text searchable in the one index, block 2.

const tempDir = useTempDirs();
type TimelinePage = { items: TimelineEvent[]; notes: Note[]; citations: Citation[] };
const MN = 'CASE_MN_BELGIUM';
const SOERING = 'CASE_SOERING';

describe('citations on notes and events', () => {
  it("writes a note's citations with it, fixed; a correction cites anew; each is audited", () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const note = callOk<Note>(rt, 'notes:add', {
        caseId: c.id,
        target: { type: 'CASE' },
        body: 'Jurisdiction over the premises is doubtful.',
        citations: [{ authorityId: MN, pinpoint: '¶ 118' }, { authorityId: SOERING }],
      });
      expect(note.citations.map((x) => [x.authority.id, x.pinpoint])).toEqual([
        [MN, '¶ 118'],
        [SOERING, ''],
      ]);
      expect(note.citations[0]!.target).toEqual({ type: 'note', id: String(note.id) });
      const trail = rt.database.sqlite
        .prepare('SELECT action, entity_type AS type, case_id AS caseId FROM audit_entries')
        .all()
        .slice(-3);
      expect(trail).toEqual([
        { action: 'note.add', type: 'note', caseId: c.id },
        { action: 'citation.add', type: 'authority_citation', caseId: c.id },
        { action: 'citation.add', type: 'authority_citation', caseId: c.id },
      ]);

      // Fixed with the note: no removal, edit or addition on their own.
      const [first] = note.citations;
      for (const [channel, input] of [
        ['citations:remove', { id: first!.id }],
        ['citations:update', { id: first!.id, pinpoint: '¶ 119', comment: '' }],
        ['citations:add', { target: { type: 'note', id: String(note.id) }, authorityId: MN }],
      ] as const) {
        const refused = rt.call(channel, input, TRUSTED_SENDER);
        expect(!refused.ok && refused.error.code, channel).toBe('CONFLICT');
      }

      // A correction with the same text and citations is refused; with others it is a new note.
      const same = rt.call(
        'notes:correct',
        {
          noteId: note.id,
          body: note.body,
          citations: [{ authorityId: SOERING }, { authorityId: MN, pinpoint: '¶ 118' }],
        },
        TRUSTED_SENDER,
      );
      expect(!same.ok && same.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'body' }],
      });
      const fix = callOk<Note>(rt, 'notes:correct', {
        noteId: note.id,
        body: note.body,
        citations: [{ authorityId: MN, pinpoint: '¶ 126' }],
      });
      expect(fix.citations.map((x) => x.pinpoint)).toEqual(['¶ 126']);
      const listed = callOk<{ items: Note[] }>(rt, 'notes:list', { caseId: c.id }).items;
      expect(listed.find((n) => n.id === note.id)?.citations).toHaveLength(2);

      // The same authority twice names the citation at fault, and nothing is kept.
      const before = rt.database.sqlite.prepare('SELECT count(*) FROM notes').pluck().get();
      const unknown = rt.call(
        'notes:add',
        {
          caseId: c.id,
          target: { type: 'CASE' },
          body: 'x',
          citations: [{ authorityId: MN }, { authorityId: MN }],
        },
        TRUSTED_SENDER,
      );
      expect(!unknown.ok && unknown.error).toMatchObject({
        code: 'CONFLICT',
        issues: [{ path: 'citations.1.pinpoint' }],
      });
      expect(rt.database.sqlite.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(before);
    } finally {
      rt.close();
    }
  });

  it("an event's citations are added and removed, and shown with its page of the timeline", () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const [request] = callOk<TimelinePage>(rt, 'timeline:list', { caseId: c.id }).items;
      const cited = callOk<Citation>(rt, 'citations:add', {
        target: { type: 'event', id: String(request!.id) },
        authorityId: MN,
        pinpoint: '¶ 118',
      });
      const page = callOk<TimelinePage>(rt, 'timeline:list', { caseId: c.id });
      expect(page.citations.map((x) => [x.target.id, x.pinpoint])).toEqual([
        [String(request!.id), '¶ 118'],
      ]);
      // The authority's backlinks name the event.
      const detail = callOk<{ backlinks: { label: string }[] }>(rt, 'authorities:get', { id: MN });
      expect(detail.backlinks.map((b) => b.label)).toContain(
        `Event 1 (Request received), case ${c.reference}`,
      );
      // As known before it was cited, the page shows no citation.
      const earlier = callOk<TimelinePage>(rt, 'timeline:list', {
        caseId: c.id,
        asOf: request!.recordedAt,
      });
      expect(earlier.citations).toEqual([]);
      callOk(rt, 'citations:remove', { id: cited.id });
      expect(callOk<TimelinePage>(rt, 'timeline:list', { caseId: c.id }).citations).toEqual([]);
      const nowhere = rt.call(
        'citations:add',
        { target: { type: 'event', id: '999' }, authorityId: MN },
        TRUSTED_SENDER,
      );
      expect(!nowhere.ok && nowhere.error.code).toBe('NOT_FOUND');
    } finally {
      rt.close();
    }
  });
});

describe('searching the notes', () => {
  it('finds notes (corrected ones too) in their own block of the one index, best first', () => {
    const rt = testRuntime(tempDir());
    try {
      const [a, b] = missionWithCases(rt, 2).cases;
      const add = (caseId: number, body: string) =>
        callOk<Note>(rt, 'notes:add', { caseId, target: { type: 'CASE' }, body });
      const first = add(a!.id, 'The interpreter confirmed the threat of refoulement.');
      add(a!.id, 'Family waiting at the gate; no interpreter.');
      add(b!.id, 'Refoulement risk raised by the Ministry.');
      callOk(rt, 'notes:correct', {
        noteId: first.id,
        body: 'The interpreter confirmed the threat of réfoulement to the border.',
      });
      const search = (query: string, caseId?: number) =>
        callOk<{ items: NoteHit[] }>(rt, 'notes:search', {
          query,
          ...(caseId ? { caseId } : {}),
        }).items;

      const hits = search('refoul', a!.id);
      expect(hits.map((h) => h.note.number).sort()).toEqual([1, 3]);
      expect(hits.every((h) => h.note.caseId === a!.id)).toBe(true);
      expect(hits[0]!.snippet.some((p) => p.match && /r[eé]foul/i.test(p.text))).toBe(true);
      expect(search('refoul')).toHaveLength(3);
      expect(search('interpreter gate', a!.id).map((h) => h.note.number)).toEqual([2]);
      expect(search('nothing-like-this')).toEqual([]);

      // Notes take rowid block 2: the authorities library never ranks them.
      const ids = rt.database.sqlite
        .prepare("SELECT id FROM search_docs WHERE source = 'note' ORDER BY id")
        .pluck()
        .all() as number[];
      expect(ids).toHaveLength(4);
      expect(ids.every((id) => id > 2 * 2 ** 40 && id < 3 * 2 ** 40)).toBe(true);
      const library = callOk<AuthoritySearchResult>(rt, 'authorities:search', {
        query: 'interpreter gate',
      });
      expect(library.total).toBe(0);
      const unknownCase = rt.call('notes:search', { query: 'x', caseId: 999 }, TRUSTED_SENDER);
      expect(!unknownCase.ok && unknownCase.error.code).toBe('NOT_FOUND');
    } finally {
      rt.close();
    }
  });
});
