import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMigrationsDir } from '../../src/main/db/client';
import { createRuntime } from '../../src/main/runtime';
import { APP_ORIGIN } from '../../src/main/ipc/trustedSender';
import { toFtsQuery } from '../../src/main/domain/search/ftsQuery';
import { blockRange, RANK_WEIGHTS, searchDocuments } from '../../src/main/services/searchIndex';
import type { Authority, AuthoritySearchResult } from '../../src/shared/schemas/authority';
import { useTempDirs } from '../support/tempDir';
import { ok, testRuntime, TRUSTED_SENDER } from '../support/runtime';

const tempDir = useTempDirs();

const tribunal = {
  kind: 'CASE',
  shortTitle: 'Tribunal administratif, 3 mai 2025',
  citation: 'TA, 3 mai 2025, n° 2500001',
  body: '',
  date: '2025-05-03',
  instruments: [],
  pinpoints: [],
  factors: [],
  verificationStatus: 'verified_text',
  sourceNote: '',
} as const;

/** A copy of migrations/ that stops before `tag`: a database as an earlier build left it. */
function migrationsBefore(tag: string): string {
  const dir = join(tempDir(), 'migrations');
  cpSync(findMigrationsDir(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const keep = journal.entries.findIndex((e) => e.tag === tag);
  for (const e of journal.entries.slice(keep)) rmSync(join(dir, `${e.tag}.sql`));
  journal.entries = journal.entries.slice(0, keep);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const find = (rt: ReturnType<typeof testRuntime>, query: string) =>
  ok<AuthoritySearchResult>(rt.call('authorities:search', { query, limit: 200 }, TRUSTED_SENDER));

describe('the full-text index', () => {
  it('keeps each source in its own rowid block; the library searches only its own', () => {
    const rt = testRuntime(tempDir());
    try {
      const sqlite = rt.database.sqlite;
      const { lo, hi } = blockRange('authority');
      const ids = sqlite
        .prepare("SELECT id FROM search_docs WHERE source = 'authority'")
        .pluck()
        .all() as number[];
      expect(ids.length).toBeGreaterThan(80);
      expect(ids.every((id) => id >= lo && id <= hi)).toBe(true);

      // Another feature's note, in the next block, about the same words as an authority.
      const note = 2 * 2 ** 40 + 1;
      sqlite.prepare("INSERT INTO search_docs (id, source, ref) VALUES (?, 'note', '1')").run(note);
      sqlite
        .prepare(
          "INSERT INTO search_index (rowid, title, keywords, reference, body, annotations) VALUES (?, '', '', '', ?, '')",
        )
        .run(note, 'Called the capital about effective control at the gate.');
      const library = find(rt, 'effective control');
      expect(library.items.map((i) => i.id)).toContain('CASE_MN_BELGIUM');
      const everything = searchDocuments(sqlite, 'effective control', 50);
      expect(everything.map((h) => h.source)).toContain('note');
      expect(everything.filter((h) => h.source === 'authority')).toHaveLength(library.total);
      expect(everything.find((h) => h.source === 'note')?.snippet).toContainEqual({
        text: 'effective',
        match: true,
      });
    } finally {
      rt.close();
    }
  });

  it('ranks with the weights the index itself is configured with, best first', () => {
    const rt = testRuntime(tempDir());
    try {
      const sqlite = rt.database.sqlite;
      expect(
        sqlite.prepare("SELECT v FROM search_index_config WHERE k = 'rank'").pluck().get(),
      ).toBe(`bm25(${RANK_WEIGHTS.map((w) => w.toFixed(1)).join(', ')})`);
      // The index's own `ORDER BY rank` is the reference the lean query must agree with.
      const byRank = sqlite.prepare(
        `SELECT d.ref, rank FROM search_index JOIN search_docs d ON d.id = search_index.rowid
         WHERE search_index MATCH ? ORDER BY rank LIMIT 20`,
      );
      for (const query of ['effective control', 'refoulement', 'diplomatic asylum']) {
        const hits = searchDocuments(sqlite, query, 20);
        expect(hits.length).toBeGreaterThan(1);
        const expected = byRank.all(toFtsQuery(query)) as { ref: string; rank: number }[];
        expect(hits.map((h) => h.ref)).toEqual(expected.map((r) => r.ref));
        hits.forEach((h, i) => expect(h.rank).toBeCloseTo(expected[i]?.rank ?? NaN, 9));
      }
    } finally {
      rt.close();
    }
  });

  it('re-keys a database indexed by the earlier build, keeping notes on authorities searchable', () => {
    const dir = tempDir();
    const before = createRuntime({
      dataDir: dir,
      trustedOrigin: APP_ORIGIN,
      migrationsDir: migrationsBefore('0003_search_blocks'),
    });
    ok(
      before.call(
        'authorities:annotate',
        { authorityId: 'GC4_CAT', text: 'kumquatword memo' },
        TRUSTED_SENDER,
      ),
    );
    before.close();

    const after = testRuntime(dir);
    try {
      const { lo } = blockRange('authority');
      expect(
        after.database.sqlite
          .prepare("SELECT min(id) FROM search_docs WHERE source = 'authority'")
          .pluck()
          .get(),
      ).toBe(lo + 1);
      expect(find(after, 'kumquatword').items.map((i) => i.id)).toEqual(['GC4_CAT']);
      expect(find(after, 'effective control').items.map((i) => i.id)).toContain('GC31_HRC');
    } finally {
      after.close();
    }
  });

  it('stays in step with the authorities after a VACUUM, which may renumber their rows', () => {
    const rt = testRuntime(tempDir());
    try {
      const created = ok<Authority>(
        rt.call(
          'authorities:create',
          { ...tribunal, propositions: ['Premier jet (persimmonword).'] },
          TRUSTED_SENDER,
        ),
      );
      rt.database.sqlite.exec('VACUUM');
      ok(
        rt.call(
          'authorities:update',
          {
            id: created.id,
            expectedVersion: 1,
            fields: { ...tribunal, propositions: ['Version corrigée (quincewords).'] },
          },
          TRUSTED_SENDER,
        ),
      );
      expect(find(rt, 'persimmonword').total).toBe(0);
      expect(find(rt, 'quincewords').items.map((i) => i.id)).toEqual([created.id]);
      const count = (sql: string) => rt.database.sqlite.prepare(sql).pluck().get();
      expect(count('SELECT count(*) FROM search_index')).toBe(
        count('SELECT count(*) FROM authorities'),
      );
    } finally {
      rt.close();
    }
  });
});
