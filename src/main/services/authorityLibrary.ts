import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import shared from '../data/authorities.json';
import additions from '../data/authorities.additions.json';
import meta from '../data/authorities.meta.json';
import errata from '../data/seed-errata.json';
import { prepared } from '../db/statements';
import { buildLibrary, type Library, type LibraryEntry } from '../domain/authorities/library';

// The shipped library is data that ships with each app version (src/main/data). At startup it is
// synced into the database: new records are added, corrected ones rewritten, dropped ones marked
// withdrawn. The adviser's own authorities, notes and citations live in rows and tables the sync
// never writes, so an upgrade cannot touch them. Like a schema migration, the sync is the app's
// own doing rather than a user's use case: it is recorded in authority_library_releases, not in
// the case audit trail.

type Shipped = { library: Library; hashes: ReadonlyMap<string, string>; digest: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let shipped: Shipped | undefined;

/** The library this build ships, validated once per process. */
export function shippedLibrary(): Shipped {
  shipped ??= digestLibrary(buildLibrary({ shared, additions, meta, errata }));
  return shipped;
}

export function digestLibrary(library: Library): Shipped {
  const hashes = new Map(library.entries.map((e) => [e.id, sha256(canonicalJson(e))]));
  const digest = sha256(canonicalJson([library.version, [...hashes]]));
  return { library, hashes, digest };
}

export type SyncReport = { applied: boolean; added: number; changed: number; withdrawn: number };

const COLUMNS = `parent_id = @parentId, kind = @kind, short_title = @shortTitle,
  citation_template = @citationTemplate, pin_default = @pinDefault, citation_seed = @citationSeed,
  citation_canonical = @citationCanonical, body = @body, date = @date,
  instruments = @instruments, pinpoints = @pinpoints, propositions = @propositions,
  supports = @supports, keywords = @keywords, seed_footnotes = @seedFootnotes, errata = @errata,
  verification_status = @verificationStatus, verification_sources = @verificationSources,
  verification_note = @verificationNote, note = @note, provenance = @provenance,
  parties_ratified = @partiesRatified, reservations = @reservations,
  content_hash = @contentHash, updated_at = @at, withdrawn_at = NULL`;

function params(e: LibraryEntry, contentHash: string, at: string) {
  return {
    ...e,
    instruments: JSON.stringify(e.instruments),
    pinpoints: JSON.stringify(e.pinpoints),
    propositions: JSON.stringify(e.propositions),
    supports: JSON.stringify(e.supports),
    keywords: JSON.stringify(e.keywords),
    seedFootnotes: JSON.stringify(e.seedFootnotes),
    errata: JSON.stringify(e.errata),
    verificationSources: JSON.stringify(e.verificationSources),
    partiesRatified: JSON.stringify(e.partiesRatified),
    reservations: JSON.stringify(e.reservations),
    contentHash,
    at,
  };
}

/**
 * Brings the database's shipped records in line with `source` (the build's own library unless a
 * test passes another release). Idempotent: a database already at this release is not written.
 */
export function syncShippedLibrary(
  sqlite: Database.Database,
  at: string,
  source: Shipped = shippedLibrary(),
): SyncReport {
  const last = prepared(
    sqlite,
    'SELECT content_hash AS hash FROM authority_library_releases ORDER BY id DESC LIMIT 1',
  ).get() as { hash: string } | undefined;
  if (last?.hash === source.digest) return { applied: false, added: 0, changed: 0, withdrawn: 0 };

  return sqlite
    .transaction((): SyncReport => {
      const existing = new Map(
        (
          prepared(
            sqlite,
            'SELECT id, origin, content_hash AS hash, withdrawn_at AS withdrawnAt FROM authorities',
          ).all() as {
            id: string;
            origin: string;
            hash: string | null;
            withdrawnAt: string | null;
          }[]
        ).map((r) => [r.id, r]),
      );
      const report: SyncReport = { applied: true, added: 0, changed: 0, withdrawn: 0 };
      for (const entry of source.library.entries) {
        const hash = source.hashes.get(entry.id) ?? '';
        const row = existing.get(entry.id);
        if (row && row.origin !== 'SHIPPED') {
          throw new Error(`shipped authority ${entry.id} clashes with a local authority`);
        }
        if (!row) {
          prepared(
            sqlite,
            `INSERT INTO authorities (id, origin, parent_id, kind, short_title, citation_template,
               pin_default, citation_seed, citation_canonical, body, date, instruments, pinpoints,
               propositions, supports, keywords, seed_footnotes, errata, verification_status,
               verification_sources, verification_note, note, provenance, parties_ratified,
               reservations, content_hash, version, created_at, updated_at)
             VALUES (@id, 'SHIPPED', @parentId, @kind, @shortTitle, @citationTemplate, @pinDefault,
               @citationSeed, @citationCanonical, @body, @date, @instruments, @pinpoints,
               @propositions, @supports, @keywords, @seedFootnotes, @errata, @verificationStatus,
               @verificationSources, @verificationNote, @note, @provenance, @partiesRatified,
               @reservations, @contentHash, 1, @at, @at)`,
          ).run(params(entry, hash, at));
          report.added += 1;
        } else if (row.hash !== hash || row.withdrawnAt !== null) {
          prepared(
            sqlite,
            `UPDATE authorities SET ${COLUMNS}, version = version + 1 WHERE id = @id`,
          ).run(params(entry, hash, at));
          report.changed += 1;
        }
      }
      const current = new Set(source.library.entries.map((e) => e.id));
      for (const row of existing.values()) {
        if (row.origin === 'SHIPPED' && !current.has(row.id) && row.withdrawnAt === null) {
          prepared(
            sqlite,
            'UPDATE authorities SET withdrawn_at = ?, updated_at = ? WHERE id = ?',
          ).run(at, at, row.id);
          report.withdrawn += 1;
        }
      }
      prepared(
        sqlite,
        `INSERT INTO authority_library_releases (version, content_hash, applied_at, added, changed,
           withdrawn) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        source.library.version,
        source.digest,
        at,
        report.added,
        report.changed,
        report.withdrawn,
      );
      return report;
    })
    .immediate();
}
