import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createRuntime } from '../src/main/runtime';
import { searchAuthorities } from '../src/main/services/authorityService';
import { searchDocuments } from '../src/main/services/searchIndex';
import { prng } from '../tests/support/arbitraries';
import { cacheDir, measure, measureCpu, stats, type Bench, type Samples } from './lib';

// S1 (QUALITY.md): full-text search over authorities + 10^5 notes, ranked top 20 with snippets;
// p95 ≤ 30 ms, and MATCH ≥ 50× faster than a LIKE scan of the same corpus in the same run.

const NOTES = 100_000;

const COMMON =
  `the of and to a in is was that for on with as by at from he she they it his her their
this an be not are had have has were been will would which who when where after before about into
over under than then there also during while because until since both each other more most some
such only same very can could should may might must applicant officer mission embassy consulate
staff guard gate visitor office room night morning evening phone call message letter report note
said told asked confirmed stated explained reported family wife husband child children mother
father brother sister lawyer interpreter doctor police ministry capital desk host state government
authorities request protection shelter premises entrance waiting hall statement documents passport
identity papers copy original translation meeting interview appointment record file case review
follow up update pending received sent forwarded noted discussed agreed declined refused accepted`
    .split(/\s+/)
    .filter(Boolean);

// Legal terms an adviser writes in notes, with accents as written, so folding is exercised too.
// Case notes are mostly narrative (who, when, what happened): 2% of their words are drawn from
// here, about one legal term per note, so each term is in roughly 1% of the notes.
const LEGAL = `refoulement réfoulement non-refoulement torture assurances diplomatic extradition
jurisdiction effective control extraterritorial persecution asylum safe-conduct Caracas Havana
inviolability interference proportionality balancing exclusion conviction prosecution pretext
handover surrender detention disappearance death penalty fair trial flagrant denial Belgium
Hirsi Soering Othman Chahal Saadi Al-Skeini interim measure deadline note verbale ministry
premises consular legation urgency political offence common crime destabilising conduct`
  .split(/\s+/)
  .filter(Boolean);

function noteText(next: () => number, tail: string[]): string {
  const words: string[] = [];
  const n = 20 + Math.floor(next() * 40);
  for (let i = 0; i < n; i++) {
    const r = next();
    const pool = r < 0.55 ? COMMON : r < 0.98 ? tail : LEGAL;
    words.push(pool[Math.floor(next() * pool.length)] ?? 'note');
  }
  return `${words.join(' ')}.`;
}

/** 3,000 rare pseudo-words: the long tail of names, places and detail in real notes. */
function longTail(next: () => number): string[] {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ra',
    'su',
    'te',
    'vo',
    'ny',
    'ze',
    'qui',
    'bar',
    'dor',
    'fen',
  ];
  return Array.from({ length: 3000 }, () =>
    Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join(''),
  );
}

function seed(sqlite: Database.Database): void {
  const next = prng(20261127); // the same notes on every machine
  const tail = longTail(next);
  // Notes take block 2 of the index, as the timeline's notes will (src/main/services/searchIndex.ts).
  const base = 2 * 2 ** 40;
  const doc = sqlite.prepare("INSERT INTO search_docs (id, source, ref) VALUES (?, 'note', ?)");
  const fts = sqlite.prepare(
    "INSERT INTO search_index (rowid, title, keywords, reference, body, annotations) VALUES (?, '', '', '', ?, '')",
  );
  sqlite.transaction(() => {
    for (let i = 1; i <= NOTES; i++) {
      doc.run(base + i, String(i));
      fts.run(base + i, noteText(next, tail));
    }
  })();
  // The LIKE baseline scans the very text the index holds.
  sqlite.exec(`CREATE TABLE bench_like_corpus AS
    SELECT rowid AS id, concat_ws(' ', title, keywords, reference, body, annotations) AS text
    FROM search_index`);
}

const QUERIES = [
  'effective control',
  'refoulement',
  'torture assurances',
  'Caracas',
  'réfoul',
  'interview embassy',
  'safe-conduct urgency',
  'M.N. Belgium',
  'note verbale',
  'jurisdiction',
];

/** Every word somewhere in the row's text, case-insensitively: what a LIKE search can do. */
function likeScan(sqlite: Database.Database, query: string): number {
  const words = query.split(/\s+/).filter(Boolean);
  const sql = `SELECT count(*) AS n FROM bench_like_corpus WHERE ${words.map(() => 'text LIKE ?').join(' AND ')}`;
  return (sqlite.prepare(sql).get(...words.map((w) => `%${w}%`)) as { n: number }).n;
}

const bench: Bench = {
  name: 'full-text search (S1)',
  run: () => {
    const { dir, fresh } = cacheDir('s1-search-v3');
    if (fresh) rmSync(join(dir, 'casefile.db'), { force: true });
    const t0 = Date.now();
    const rt = createRuntime({ dataDir: dir, trustedOrigin: 'app://casefile' });
    try {
      const sqlite = rt.database.sqlite;
      if (fresh) {
        seed(sqlite);
        writeFileSync(join(dir, '.complete'), '');
      }
      const seeding = (Date.now() - t0) / 1000;
      const docs = (sqlite.prepare('SELECT count(*) AS n FROM search_docs').get() as { n: number })
        .n;

      const timed = (
        fn: (q: string) => unknown,
        repeats: number,
        how: typeof measure = measure,
      ): Samples => {
        const samples: number[] = [];
        for (const q of QUERIES) samples.push(...how(() => fn(q), repeats, 2).samples);
        return stats(samples);
      };
      const search = (q: string) => searchDocuments(sqlite, q, 20);
      const match = timed(search, 30);
      const library = timed((q) => searchAuthorities(rt.context, { query: q, limit: 20 }), 30);
      const like = timed((q) => likeScan(sqlite, q), 5);
      const ratio = like.median / match.median;
      // The same in CPU time, which other jobs on the machine do not inflate.
      const matchCpu = timed(search, 30, measureCpu);
      const likeCpu = timed((q) => likeScan(sqlite, q), 5, measureCpu);
      const cpu = `CPU time: MATCH median ${matchCpu.median.toFixed(2)} ms / p95 ${matchCpu.p95.toFixed(2)} ms, LIKE median ${likeCpu.median.toFixed(1)} ms, ratio ${(likeCpu.median / matchCpu.median).toFixed(1)}×`;
      const perQuery = QUERIES.map((q) => {
        const m = measureCpu(() => search(q), 10, 1).median;
        const l = measureCpu(() => likeScan(sqlite, q), 3, 0).median;
        return `${q} (${likeScan(sqlite, q)} rows): ${m.toFixed(2)} vs ${l.toFixed(1)}`;
      });
      return [
        {
          id: 'S1',
          scenario: `search over ${docs.toLocaleString('en')} rows (all authorities + ${NOTES.toLocaleString('en')} notes), ranked top 20 with snippets, ${QUERIES.length} queries`,
          median: match.median,
          p95: match.p95,
          baseline: { label: 'LIKE scan', median: like.median, p95: like.p95 },
          ratio,
          ratioNote: 'LIKE median / MATCH median',
          budget: 'p95 ≤ 30 ms; MATCH ≥ 50× faster than LIKE',
          pass: match.p95 <= 30 && ratio >= 50,
          notes: `${fresh ? `seeded in ${seeding.toFixed(1)} s; ` : 'fixture from cache; '}${cpu}; per query, CPU ms MATCH vs LIKE: ${perQuery.join('; ')}`,
        },
        {
          id: 'S1-lib',
          scenario:
            'authorities library search (filters + snippets) with the same 10^5 notes in the index',
          median: library.median,
          p95: library.p95,
          budget: 'p95 ≤ 30 ms',
          pass: library.p95 <= 30,
        },
      ];
    } finally {
      rt.close();
    }
  },
};
export default bench;
