import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/main/domain/audit/chain';
import { verifyChain } from '../../src/main/domain/audit/chain';
import { CITED_AUTHORITY_IDS } from '../../src/main/domain/assessment';
import { AUDIT_COLUMNS, sha256Hex } from '../../src/main/services/audit';
import { shippedLibrary } from '../../src/main/services/authorityLibrary';
import type { Runtime } from '../../src/main/runtime';
import { AUTHORITY_IDS } from '../../src/shared/authorityIds';
import type {
  Annotation,
  Authority,
  AuthorityDetail,
  AuthoritySearch,
  AuthoritySearchResult,
  LocalAuthorityFields,
} from '../../src/shared/schemas/authority';
import type { Citation } from '../../src/shared/schemas/citation';
import { useTempDirs } from '../support/tempDir';
import { ok, openTestCase, testRuntime, TRUSTED_SENDER } from '../support/runtime';

const tempDir = useTempDirs();

function withRuntime(test: (rt: Runtime) => void): () => void {
  return () => {
    const rt = testRuntime(tempDir());
    try {
      test(rt);
    } finally {
      rt.close();
    }
  };
}

const search = (rt: Runtime, input: AuthoritySearch) =>
  ok<AuthoritySearchResult>(rt.call('authorities:search', input, TRUSTED_SENDER));
const ids = (r: AuthoritySearchResult) => r.items.map((i) => i.id);
const get = (rt: Runtime, id: string) =>
  ok<AuthorityDetail>(rt.call('authorities:get', { id }, TRUSTED_SENDER));

const conseil: LocalAuthorityFields = {
  kind: 'CASE',
  shortTitle: 'Conseil d’État, réfoulement d’un demandeur (2024)',
  citation: 'CE, 12 mars 2024, n° 470001',
  body: 'Conseil d’État',
  date: '2024-03-12',
  instruments: ['REFUGEE_1951'],
  pinpoints: ['cons. 7'],
  propositions: ['Le principe de non-réfoulement interdit la remise du demandeur.'],
  factors: ['F_NR_SCOPE'],
  verificationStatus: 'verified_text',
  sourceNote: 'Copie certifiée au dossier du poste.',
};

function auditActions(rt: Runtime): AuditEntry[] {
  return rt.database.sqlite
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`)
    .all() as AuditEntry[];
}

describe('the shipped library in the database', () => {
  it(
    'holds every SPEC §3 record and article with its pinpoints, propositions and status',
    withRuntime((rt) => {
      const { entries } = shippedLibrary().library;
      expect(entries).toHaveLength(AUTHORITY_IDS.length);
      for (const e of entries) {
        const a = get(rt, e.id).authority;
        expect(a, e.id).toMatchObject({
          origin: 'SHIPPED',
          kind: e.kind,
          pinpoints: e.pinpoints,
          propositions: e.propositions,
          verificationStatus: e.verificationStatus,
          seedFootnotes: e.seedFootnotes,
          withdrawn: false,
        });
        expect(a.errata.map((x) => x.id)).toEqual(e.errata);
      }
      const mn = get(rt, 'CASE_MN_BELGIUM').authority;
      expect(mn.pinpoints).toEqual(['¶110', '¶112', '¶113', '¶118']);
      expect(mn.citation).toBe('M.N. v. Belgium (dec.) [GC], App. No. 3599/18 (May 5, 2020)');
      expect(mn.citationSeed).toBe('M.N. v. Belgium, App. No. 3599/18, ¶118 (May 5, 2020)');
      expect(mn.errata[0]).toMatchObject({ id: 'E10', seedLocation: 'fn 33' });
    }),
  );

  it(
    'resolves all 54 seed footnotes through the IPC channel',
    withRuntime((rt) => {
      for (let fn = 1; fn <= 54; fn++) {
        const r = ok<{ authorities: { id: string }[] }>(
          rt.call('authorities:footnote', { footnote: fn }, TRUSTED_SENDER),
        );
        expect(r.authorities.length, `fn ${fn}`).toBeGreaterThan(0);
      }
      const fn36 = ok<{ authorities: { id: string }[] }>(
        rt.call('authorities:footnote', { footnote: 36 }, TRUSTED_SENDER),
      );
      expect(fn36.authorities.map((a) => a.id)).toEqual([
        'TREATY_VCDR_ART3',
        'TREATY_VCDR_ART22',
        'TREATY_VCCR_ART5',
        'TREATY_VCCR_ART31',
      ]);
      const bad = rt.call('authorities:footnote', { footnote: 55 }, TRUSTED_SENDER);
      expect(!bad.ok && bad.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'footnote' }],
      });
    }),
  );

  it(
    'has a row for every authority any engine rule or reason code cites (SPEC §2.15 P12)',
    withRuntime((rt) => {
      const present = new Set(
        rt.database.sqlite.prepare('SELECT id FROM authorities').pluck().all() as string[],
      );
      expect(CITED_AUTHORITY_IDS.filter((id) => !present.has(id))).toEqual([]);
    }),
  );

  it(
    'shows which engine rules and codes cite an authority',
    withRuntime((rt) => {
      const d = get(rt, 'CASE_MN_BELGIUM');
      expect(d.citedByRules).toContainEqual({
        rule: 'J-2',
        step: 'Jurisdiction / effective control',
      });
      expect(d.citedByCodes).toContain('J_NO_DE_FACTO_CONTROL');
      const caracas = get(rt, 'TREATY_CARACAS');
      expect(caracas.articles.map((a) => a.id)).toContain('TREATY_CARACAS_ART3');
      expect(get(rt, 'TREATY_CARACAS_ART3').parent?.id).toBe('TREATY_CARACAS');
      const missing = rt.call('authorities:get', { id: 'NO_SUCH_THING' }, TRUSTED_SENDER);
      expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    }),
  );
});

describe('full-text search', () => {
  it(
    'ranks M.N. v Belgium and HRC General Comment 31 in the top five for "effective control"',
    withRuntime((rt) => {
      const top5 = ids(search(rt, { query: 'effective control', limit: 5 }));
      expect(top5).toHaveLength(5);
      expect(top5).toContain('CASE_MN_BELGIUM');
      expect(top5).toContain('GC31_HRC');
    }),
  );

  it(
    'is diacritics-insensitive: "refoulement" and "réfoulement" find both spellings',
    withRuntime((rt) => {
      const local = ok<Authority>(rt.call('authorities:create', conseil, TRUSTED_SENDER));
      for (const query of ['refoulement', 'réfoulement', 'RÉFOULEMENT']) {
        const found = ids(search(rt, { query, limit: 200 }));
        expect(found, query).toContain(local.id); // written "réfoulement"
        expect(found, query).toContain('GC20_HRC'); // written "refoulement"
      }
    }),
  );

  it(
    'matches word prefixes, so results come while the adviser is still typing',
    withRuntime((rt) => {
      const full = ids(search(rt, { query: 'refoulement', limit: 200 }));
      expect(ids(search(rt, { query: 'refoul', limit: 200 }))).toEqual(
        expect.arrayContaining(full),
      );
      expect(ids(search(rt, { query: 'Cara', limit: 200 }))).toContain('TREATY_CARACAS');
    }),
  );

  it(
    'returns snippets with the matched words marked',
    withRuntime((rt) => {
      const r = search(rt, { query: 'foreseeable personal', limit: 3 });
      const gc4 = r.items.find((i) => i.id === 'GC4_CAT');
      const matched = gc4?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(matched).toEqual(expect.arrayContaining(['foreseeable', 'personal']));
      expect(r.items.every((i) => i.snippet.some((p) => p.match))).toBe(true);
    }),
  );

  it(
    'filters by kind, instrument, factor, verification status and origin',
    withRuntime((rt) => {
      const local = ok<Authority>(rt.call('authorities:create', conseil, TRUSTED_SENDER));
      const cases = search(rt, { query: 'jurisdiction', kinds: ['CASE'], limit: 200 });
      expect(cases.items.length).toBeGreaterThan(2);
      expect(cases.items.every((i) => i.kind === 'CASE')).toBe(true);

      const caracas = ids(search(rt, { instruments: ['CARACAS_1954'], limit: 200 }));
      // Browsing lists a treaty's articles right after it, in the treaty's order (I … XX).
      expect(caracas).toEqual([
        'TREATY_CARACAS',
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 17, 18, 19, 20].map(
          (n) => `TREATY_CARACAS_ART${n}`,
        ),
      ]);

      expect(ids(search(rt, { factors: ['F_JURISDICTION_LIMIT'], limit: 200 })).sort()).toEqual([
        'CASE_BANKOVIC',
        'CASE_MN_BELGIUM',
      ]);

      const unverified = search(rt, { statuses: ['unverified_recall'], limit: 200 });
      expect(unverified.items.every((i) => i.verificationStatus === 'unverified_recall')).toBe(
        true,
      );
      expect(ids(unverified)).toContain('CASE_IRELAND_UK');

      expect(ids(search(rt, { origin: 'LOCAL' }))).toEqual([local.id]);
      const everything = search(rt, { limit: 200 });
      expect(everything.total).toBe(AUTHORITY_IDS.length + 1);
    }),
  );

  it(
    'searches the adviser’s notes on an authority, and keeps them append-only',
    withRuntime((rt) => {
      expect(search(rt, { query: 'xylograph' }).total).toBe(0);
      const note = ok<Annotation>(
        rt.call(
          'authorities:annotate',
          {
            authorityId: 'GC4_CAT',
            text: 'Capital’s xylograph memo relies on ¶ 12 for onward removal.',
          },
          TRUSTED_SENDER,
        ),
      );
      const r = search(rt, { query: 'xylograph' });
      expect(ids(r)).toEqual(['GC4_CAT']);
      expect(r.items[0]?.snippet).toContainEqual({ text: 'xylograph', match: true });
      expect(get(rt, 'GC4_CAT').annotations).toEqual([note]);
      const db = rt.database.sqlite;
      expect(() => db.prepare("UPDATE authority_notes SET text = 'x'").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM authority_notes').run()).toThrow(/append-only/);
      expect(auditActions(rt).map((e) => e.action)).toEqual(['authority.annotate']);
    }),
  );

  it(
    'treats typed operators as words and answers an empty query with the whole library',
    withRuntime((rt) => {
      expect(search(rt, { query: 'NEAR( OR "' }).total).toBe(0);
      expect(search(rt, { query: '  ' }).total).toBe(AUTHORITY_IDS.length);
      const bad = rt.call('authorities:search', { query: 'x', kinds: ['PODCAST'] }, TRUSTED_SENDER);
      expect(!bad.ok && bad.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'kinds.0' }],
      });
    }),
  );
});

describe('the adviser’s own authorities', () => {
  it(
    'are added with the same fields, marked local, and every edit is kept as a version',
    withRuntime((rt) => {
      const created = ok<Authority>(rt.call('authorities:create', conseil, TRUSTED_SENDER));
      expect(created).toMatchObject({
        origin: 'LOCAL',
        kind: 'CASE',
        citation: 'CE, 12 mars 2024, n° 470001',
        factors: ['F_NR_SCOPE'],
        version: 1,
      });
      expect(created.id).toMatch(/^LOCAL_[0-9A-F]{32}$/);
      const edited = ok<Authority>(
        rt.call(
          'authorities:update',
          {
            id: created.id,
            expectedVersion: 1,
            fields: {
              ...conseil,
              pinpoints: ['cons. 7', 'cons. 9'],
              verificationStatus: 'verified_summary',
            },
          },
          TRUSTED_SENDER,
        ),
      );
      expect(edited).toMatchObject({ version: 2, pinpoints: ['cons. 7', 'cons. 9'] });
      const detail = get(rt, created.id);
      expect(detail.versions.map((v) => [v.version, v.changed])).toEqual([
        [1, []],
        [2, ['pinpoints', 'verificationStatus']],
      ]);
      const stale = rt.call(
        'authorities:update',
        { id: created.id, expectedVersion: 1, fields: conseil },
        TRUSTED_SENDER,
      );
      expect(!stale.ok && stale.error.code).toBe('CONFLICT');
      expect(auditActions(rt).map((e) => e.action)).toEqual([
        'authority.create',
        'authority.update',
      ]);
      expect(verifyChain(auditActions(rt), sha256Hex)).toMatchObject({ ok: true, count: 2 });
    }),
  );

  it(
    'refuses to edit a shipped record, and names every missing field',
    withRuntime((rt) => {
      const shipped = rt.call(
        'authorities:update',
        { id: 'CASE_MN_BELGIUM', expectedVersion: 1, fields: conseil },
        TRUSTED_SENDER,
      );
      expect(!shipped.ok && shipped.error).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/read-only; add a note/) as string,
      });
      const empty = rt.call(
        'authorities:create',
        { ...conseil, shortTitle: ' ', citation: '', propositions: [], date: '12/03/2024' },
        TRUSTED_SENDER,
      );
      expect(!empty.ok && empty.error.code).toBe('VALIDATION');
      const paths = (!empty.ok ? (empty.error.issues ?? []) : []).map((i) => i.path).sort();
      expect(paths).toEqual(['citation', 'date', 'propositions', 'shortTitle']);
      expect(auditActions(rt)).toEqual([]);
    }),
  );
});

describe('citing authorities with a pinpoint', () => {
  it(
    'attaches an authority to a case, lists it formatted, and backlinks from the authority',
    withRuntime((rt) => {
      const c = openTestCase(rt);
      const target = { type: 'case', id: String(c.id) } as const;
      const added = ok<Citation>(
        rt.call(
          'citations:add',
          {
            target,
            authorityId: 'CASE_MN_BELGIUM',
            pinpoint: '¶ 118',
            comment: 'The threshold our facts must clear.',
          },
          TRUSTED_SENDER,
        ),
      );
      expect(added.formatted).toBe(
        'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)',
      );
      ok(
        rt.call(
          'citations:add',
          { target, authorityId: 'TREATY_REFCONV_ART33', pinpoint: 'art. 33(2)' },
          TRUSTED_SENDER,
        ),
      );
      const listed = ok<Citation[]>(rt.call('citations:list', { target }, TRUSTED_SENDER));
      expect(listed.map((x) => x.formatted)).toEqual([
        'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)',
        'Convention Relating to the Status of Refugees art. 33(2), Jul. 28, 1951, 189 U.N.T.S. 137',
      ]);
      expect(get(rt, 'CASE_MN_BELGIUM').backlinks).toEqual([
        {
          citationId: added.id,
          targetType: 'case',
          targetId: String(c.id),
          label: `Case ${c.reference}`,
          href: `/cases/${c.reference}/authorities`,
          pinpoint: '¶ 118',
          comment: 'The threshold our facts must clear.',
        },
      ]);

      const again = rt.call(
        'citations:add',
        { target, authorityId: 'CASE_MN_BELGIUM', pinpoint: '¶ 118' },
        TRUSTED_SENDER,
      );
      expect(!again.ok && again.error).toMatchObject({
        code: 'CONFLICT',
        issues: [{ path: 'pinpoint' }],
      });

      const updated = ok<Citation>(
        rt.call(
          'citations:update',
          { id: added.id, pinpoint: '¶¶ 112–113', comment: '' },
          TRUSTED_SENDER,
        ),
      );
      expect(updated.formatted).toContain(', ¶¶ 112–113 (May 5, 2020)');
      ok(rt.call('citations:remove', { id: added.id }, TRUSTED_SENDER));
      expect(get(rt, 'CASE_MN_BELGIUM').backlinks).toEqual([]);

      const entries = auditActions(rt).filter((e) => e.entityType === 'authority_citation');
      expect(entries.map((e) => [e.action, e.caseId])).toEqual([
        ['citation.add', c.id],
        ['citation.add', c.id],
        ['citation.update', c.id],
        ['citation.remove', c.id],
      ]);
    }),
  );

  it(
    'refuses a missing case or authority and writes nothing',
    withRuntime((rt) => {
      const c = openTestCase(rt);
      const before = auditActions(rt).length;
      const noCase = rt.call(
        'citations:add',
        { target: { type: 'case', id: '999' }, authorityId: 'GC4_CAT' },
        TRUSTED_SENDER,
      );
      expect(!noCase.ok && noCase.error.code).toBe('NOT_FOUND');
      const noAuthority = rt.call(
        'citations:add',
        { target: { type: 'case', id: String(c.id) }, authorityId: 'GC99_NOPE' },
        TRUSTED_SENDER,
      );
      expect(!noAuthority.ok && noAuthority.error.code).toBe('NOT_FOUND');
      const badType = rt.call(
        'citations:add',
        { target: { type: 'memo', id: '1' }, authorityId: 'GC4_CAT' },
        TRUSTED_SENDER,
      );
      expect(!badType.ok && badType.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'target.type' }],
      });
      expect(auditActions(rt)).toHaveLength(before);
    }),
  );
});
