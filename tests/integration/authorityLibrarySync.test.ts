import { describe, expect, it } from 'vitest';
import shared from '../../src/main/data/authorities.json';
import additions from '../../src/main/data/authorities.additions.json';
import meta from '../../src/main/data/authorities.meta.json';
import errata from '../../src/main/data/seed-errata.json';
import { buildLibrary } from '../../src/main/domain/authorities/library';
import {
  digestLibrary,
  shippedLibrary,
  syncShippedLibrary,
} from '../../src/main/services/authorityLibrary';
import type {
  Authority,
  AuthorityDetail,
  AuthoritySearchResult,
} from '../../src/shared/schemas/authority';
import type { Citation } from '../../src/shared/schemas/citation';
import { useTempDirs } from '../support/tempDir';
import { ok, openTestCase, testRuntime, TRUSTED_SENDER } from '../support/runtime';

const tempDir = useTempDirs();

/** A later release of the shipped data: one record corrected, one dropped, one added. */
function nextRelease() {
  const s = structuredClone({ shared, additions, meta, errata });
  s.meta.version = 'da-core/0.2.0+lib.2';
  const gc31 = s.shared.records.find((r) => r.id === 'GC31_HRC');
  if (!gc31?.propositions) throw new Error('GC31_HRC missing');
  gc31.propositions[0] =
    'Corrected: obligations reach anyone within the power or effective control of the State (quokkaword).';
  s.shared.records = s.shared.records.filter((r) => r.id !== 'NEWS_CHEN_TIMELINE');
  delete (s.meta.records as Record<string, unknown>).NEWS_CHEN_TIMELINE;
  s.additions.records.push({
    id: 'CASE_NEW_RELEASE',
    kind: 'CASE',
    citation_canonical: 'New v Release, no. 1/26',
    seed_fns: [],
    propositions: ['A record a later app version ships (zebraword).'],
    supports: ['F_NR_SCOPE'],
    provenance: 'EXT',
    verification: { status: 'unverified_recall', sources: [] },
  } as (typeof s.additions.records)[number]);
  (s.meta.records as Record<string, unknown>).CASE_NEW_RELEASE = {
    short_title: 'New v Release (2026)',
    cite: 'New v. Release, No. 1/26{pin} (2026)',
    body: null,
    date: '2026',
    instruments: [],
    keywords: [],
  };
  return digestLibrary(buildLibrary(s));
}

describe('syncing the shipped library', () => {
  it('applies a release once; reopening the database writes nothing', () => {
    const dir = tempDir();
    const first = testRuntime(dir);
    const releases = () =>
      first.database.sqlite
        .prepare('SELECT version, added, changed, withdrawn FROM authority_library_releases')
        .all();
    expect(releases()).toEqual([
      {
        version: 'da-core/0.2.0+lib.1',
        added: shippedLibrary().library.entries.length,
        changed: 0,
        withdrawn: 0,
      },
    ]);
    const changes = first.database.sqlite.prepare('SELECT total_changes() AS n').get() as {
      n: number;
    };
    expect(syncShippedLibrary(first.database.sqlite, '2027-01-01T00:00:00.000Z')).toEqual({
      applied: false,
      added: 0,
      changed: 0,
      withdrawn: 0,
    });
    expect(first.database.sqlite.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
    first.close();
    const again = testRuntime(dir);
    expect(
      again.database.sqlite
        .prepare('SELECT count(*) FROM authority_library_releases')
        .pluck()
        .get(),
    ).toBe(1);
    again.close();
  });

  it('upgrades shipped records without touching the adviser’s authorities, notes or citations', () => {
    const rt = testRuntime(tempDir());
    try {
      const sqlite = rt.database.sqlite;
      const c = openTestCase(rt);
      const target = { type: 'case', id: String(c.id) } as const;
      const local = ok<Authority>(
        rt.call(
          'authorities:create',
          {
            kind: 'DOMESTIC_INSTRUMENT',
            shortTitle: 'Ministry instruction 4/2025 on walk-ins',
            citation: 'Ministry of Foreign Affairs, Instruction 4/2025',
            body: 'Ministry of Foreign Affairs',
            date: '2025-02',
            instruments: [],
            pinpoints: ['§ 3'],
            propositions: ['Walk-ins are never handed over before the capital is consulted.'],
            factors: ['F_PROCEDURE'],
            verificationStatus: 'verified_text',
            sourceNote: '',
          },
          TRUSTED_SENDER,
        ),
      );
      ok(
        rt.call(
          'authorities:annotate',
          { authorityId: 'GC31_HRC', text: 'Our capital accepts ¶10 (wombatword).' },
          TRUSTED_SENDER,
        ),
      );
      ok<Citation>(
        rt.call(
          'citations:add',
          { target, authorityId: 'NEWS_CHEN_TIMELINE', pinpoint: '2 May' },
          TRUSTED_SENDER,
        ),
      );
      const localBefore = sqlite.prepare('SELECT * FROM authorities WHERE id = ?').get(local.id);

      const release = nextRelease();
      expect(syncShippedLibrary(sqlite, '2027-01-01T00:00:00.000Z', release)).toEqual({
        applied: true,
        added: 1,
        changed: 1,
        withdrawn: 1,
      });

      const find = (query: string) =>
        ok<AuthoritySearchResult>(
          rt.call('authorities:search', { query }, TRUSTED_SENDER),
        ).items.map((i) => i.id);
      expect(find('quokkaword')).toEqual(['GC31_HRC']);
      expect(find('zebraword')).toEqual(['CASE_NEW_RELEASE']);
      expect(find('wombatword')).toEqual(['GC31_HRC']);
      expect(find('Chen timeline')).toEqual([]);

      expect(sqlite.prepare('SELECT * FROM authorities WHERE id = ?').get(local.id)).toEqual(
        localBefore,
      );
      const gc31 = ok<AuthorityDetail>(
        rt.call('authorities:get', { id: 'GC31_HRC' }, TRUSTED_SENDER),
      );
      expect(gc31.annotations.map((a) => a.text)).toEqual([
        'Our capital accepts ¶10 (wombatword).',
      ]);
      expect(gc31.authority.version).toBe(2);

      const cited = ok<Citation[]>(rt.call('citations:list', { target }, TRUSTED_SENDER));
      expect(cited.map((x) => [x.authority.id, x.authority.withdrawn, x.pinpoint])).toEqual([
        ['NEWS_CHEN_TIMELINE', true, '2 May'],
      ]);
      const withdrawn = ok<AuthorityDetail>(
        rt.call('authorities:get', { id: 'NEWS_CHEN_TIMELINE' }, TRUSTED_SENDER),
      );
      expect(withdrawn.backlinks).toHaveLength(1);
      const cite = rt.call(
        'citations:add',
        { target, authorityId: 'NEWS_CHEN_TIMELINE', pinpoint: '19 May' },
        TRUSTED_SENDER,
      );
      expect(!cite.ok && cite.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'authorityId' }],
      });

      expect(syncShippedLibrary(sqlite, '2027-01-02T00:00:00.000Z', release).applied).toBe(false);
      // Going back to this build's release restores the withdrawn record and the old text.
      expect(syncShippedLibrary(sqlite, '2027-01-03T00:00:00.000Z')).toMatchObject({
        changed: 2,
        withdrawn: 1,
      });
      expect(find('Chen timeline')).toEqual(['NEWS_CHEN_TIMELINE']);
    } finally {
      rt.close();
    }
  });
});
