import type {
  Authority,
  AuthorityDetail,
  AuthoritySummary,
} from '../../src/shared/schemas/authority';

// Authorities as main returns them, for the fake window.api of renderer tests.

export const mnSummary: AuthoritySummary = {
  id: 'CASE_MN_BELGIUM',
  origin: 'SHIPPED',
  kind: 'CASE',
  shortTitle: 'M.N. v Belgium (ECtHR GC dec. 2020)',
  citation: 'M.N. v. Belgium (dec.) [GC], App. No. 3599/18 (May 5, 2020)',
  citationTemplate: 'M.N. v. Belgium (dec.) [GC], App. No. 3599/18{pin} (May 5, 2020)',
  pinDefault: null,
  date: '2020-05-05',
  verificationStatus: 'verified_summary',
  withdrawn: false,
};

export const saadiSummary: AuthoritySummary = {
  id: 'CASE_SAADI',
  origin: 'SHIPPED',
  kind: 'CASE',
  shortTitle: 'Saadi v Italy (ECtHR GC 2008)',
  citation: 'Saadi v. Italy [GC], App. No. 37201/06 (Feb. 28, 2008)',
  citationTemplate: 'Saadi v. Italy [GC], App. No. 37201/06{pin} (Feb. 28, 2008)',
  pinDefault: null,
  date: '2008-02-28',
  verificationStatus: 'unverified_recall',
  withdrawn: false,
};

export function authorityOf(summary: AuthoritySummary, more: Partial<Authority> = {}): Authority {
  return {
    ...summary,
    parentId: null,
    citationSeed: null,
    citationCanonical: null,
    body: 'European Court of Human Rights (Grand Chamber)',
    instruments: ['ECHR'],
    pinpoints: ['¶110', '¶118'],
    propositions: ['No de facto control (¶118, per seed).'],
    supports: ['F_JURISDICTION_LIMIT', 'J-2'],
    factors: ['F_JURISDICTION_LIMIT'],
    keywords: [],
    verificationSources: ['https://example.org/summary'],
    verificationNote: null,
    note: null,
    seedFootnotes: [33, 34],
    provenance: 'SEED+EXT',
    errata: [],
    partiesRatified: [],
    reservations: {},
    version: 1,
    createdAt: '2026-11-27T09:00:00.000Z',
    updatedAt: '2026-11-27T09:00:00.000Z',
    ...more,
  };
}

export function detailOf(
  authority: Authority,
  more: Partial<AuthorityDetail> = {},
): AuthorityDetail {
  return {
    authority,
    parent: null,
    articles: [],
    citedByRules: [{ rule: 'J-2', step: 'Jurisdiction / effective control' }],
    citedByCodes: ['J_NO_DE_FACTO_CONTROL'],
    backlinks: [],
    annotations: [],
    versions: [],
    ...more,
  };
}
