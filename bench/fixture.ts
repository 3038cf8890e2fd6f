import type Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  findMigrationsDir,
  openDatabase,
  readJournal,
  type OpenedDatabase,
} from '../src/main/db/client';
import { entryHash, GENESIS_HASH, type AuditEntryContent } from '../src/main/domain/audit/chain';
import { sha256Hex } from '../src/main/services/audit';
import { cacheDir } from './lib';

// The shared benchmark fixture of QUALITY.md ("a ministry-sized archive"): 10^5 cases over 40
// missions, 10^6 hash-chained audit entries, and — through FIXTURE_PARTS, which the features
// that own those tables extend — 10^6 timeline events (one case with 10^4), all authorities and
// 10^5 notes in FTS. Seeded with raw prepared statements in one transaction (seeding ≤ 60 s),
// cached under bench/.cache/ and reused while the migrations and FIXTURE_VERSION are unchanged.

export const FIXTURE = {
  missions: 40,
  cases: 100_000,
  auditEntries: 1_000_000,
  /** The case the per-case budgets (D5, R3) open: the one with the most history. */
  busyCaseId: 1,
} as const;

/** Bump when what is seeded changes, so cached fixtures are rebuilt. */
const FIXTURE_VERSION = 1;

export type SeedContext = { sqlite: Database.Database; hasTable: (name: string) => boolean };
/** One more part of the archive, seeded after cases and audit when its table exists. */
export type FixturePart = { name: string; table: string; seed: (ctx: SeedContext) => number };

/**
 * Features add their tables here (timeline events, notes + FTS, authorities): each part runs in
 * the seeding transaction and returns how many rows it wrote.
 */
export const FIXTURE_PARTS: FixturePart[] = [];

export type Fixture = {
  dir: string;
  seededIn: number | null;
  counts: Record<string, number>;
  open: () => OpenedDatabase;
};

const STATUSES = ['OPEN_TRIAGE', 'UNDER_ASSESSMENT', 'TEMPORARY_REFUGE', 'DECIDED_GRANTED'];
const ACTIONS = ['case.update', 'facts.update', 'note.add', 'assessment.run', 'case.status'];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function seed(sqlite: Database.Database): Record<string, number> {
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const insertMission = sqlite.prepare(
    `INSERT INTO missions (id, name, code, sending_state, host_state, premises_type, created_at)
     VALUES (?, ?, ?, 'GBR', ?, 'EMBASSY_CHANCERY', ?)`,
  );
  for (let m = 1; m <= FIXTURE.missions; m++) {
    insertMission.run(
      m,
      `Mission ${m}`,
      `M${String(m).padStart(3, '0')}`,
      `H${m % 10}X`,
      iso(start),
    );
  }

  const insertCase = sqlite.prepare(
    `INSERT INTO cases (id, uid, reference, mission_id, year, sequence, status, opened_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const sequence = new Map<string, number>();
  for (let id = 1; id <= FIXTURE.cases; id++) {
    const missionId = 1 + (id % FIXTURE.missions);
    const opened = start + Math.floor((id / FIXTURE.cases) * span);
    const year = new Date(opened).getUTCFullYear();
    const key = `${missionId}-${year}`;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    // Updates scattered over the period, so "newest first" is not insertion order.
    const updated = opened + ((id * 7919) % 90) * 86_400_000;
    insertCase.run(
      id,
      `01890000-0000-7000-8000-${String(id).padStart(12, '0')}`,
      `GBR-M${String(missionId).padStart(3, '0')}-${year}-${String(seq).padStart(4, '0')}`,
      missionId,
      year,
      seq,
      STATUSES[id % STATUSES.length],
      iso(opened),
      iso(updated),
    );
  }

  const insertAudit = sqlite.prepare(
    `INSERT INTO audit_entries (seq, at, actor_id, actor_name, actor_role, action, entity_type,
       entity_id, case_id, before_digest, after_digest, changes, prev_hash, hash)
     VALUES (@seq, @at, @actorId, @actorName, @actorRole, @action, @entityType, @entityId,
       @caseId, @beforeDigest, @afterDigest, @changes, @prevHash, @hash)`,
  );
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= FIXTURE.auditEntries; seq++) {
    // One case in ten thousand-ish gets a long history: the busy case has 10^4 entries.
    const caseId = seq <= 10_000 ? FIXTURE.busyCaseId : 1 + (seq % FIXTURE.cases);
    const content: AuditEntryContent = {
      seq,
      at: iso(start + Math.floor((seq / FIXTURE.auditEntries) * span)),
      actorId: `adviser-${seq % 7}`,
      actorName: `Adviser ${seq % 7}`,
      actorRole: 'LEGAL_ADVISER',
      action: ACTIONS[seq % ACTIONS.length]!,
      entityType: 'case',
      entityId: String(caseId),
      caseId,
      beforeDigest: null,
      afterDigest: null,
      changes: `[{"after":"${STATUSES[seq % STATUSES.length]}","field":"status"}]`,
      prevHash,
    };
    const hash = entryHash(content, sha256Hex);
    insertAudit.run({ ...content, hash });
    prevHash = hash;
  }

  const counts: Record<string, number> = {
    missions: FIXTURE.missions,
    cases: FIXTURE.cases,
    auditEntries: FIXTURE.auditEntries,
  };
  const hasTable = (name: string): boolean =>
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined;
  for (const part of FIXTURE_PARTS) {
    if (hasTable(part.table)) counts[part.name] = part.seed({ sqlite, hasTable });
  }
  return counts;
}

/** The fixture, seeded on first use and cached; `open()` opens it as the app does. */
export function loadFixture(): Fixture {
  const migrations = migrationsKey();
  const { dir, fresh } = cacheDir(`archive-v${FIXTURE_VERSION}-${migrations}`);
  const open = (): OpenedDatabase => openDatabase({ dataDir: dir });
  let seededIn: number | null = null;
  if (fresh) {
    const db = open();
    const t0 = performance.now();
    try {
      // Seeding only: no fsync per page and no WAL for one huge transaction. The next open
      // (openDatabase) puts WAL and synchronous=FULL back and asserts them.
      db.sqlite.pragma('journal_mode = DELETE');
      db.sqlite.pragma('synchronous = OFF');
      const counts = db.sqlite.transaction(() => seed(db.sqlite))();
      db.sqlite.exec('ANALYZE');
      seededIn = (performance.now() - t0) / 1000;
      writeFileSync(join(dir, 'counts.json'), JSON.stringify(counts));
    } finally {
      db.close();
    }
    writeFileSync(join(dir, '.complete'), String(seededIn));
  }
  const counts = JSON.parse(readFileSync(join(dir, 'counts.json'), 'utf8')) as Record<
    string,
    number
  >;
  return { dir, seededIn, counts, open };
}

/** The migrations in force, so a fixture seeded under other tables is not reused. */
export function migrationsKey(): string {
  const journal = readJournal(findMigrationsDir(__dirname));
  return `${journal.length}-${journal.at(-1)?.tag ?? 'none'}`;
}
