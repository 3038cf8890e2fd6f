import { formatCitation } from '../../shared/citations';
import { AppError } from '../../shared/errors';
import {
  isFactor,
  type Annotation,
  type Authority,
  type AuthorityDetail,
  type AuthoritySearch,
  type AuthoritySearchResult,
  type AuthoritySummary,
  type AuthorityVersion,
  type Erratum,
  type LocalAuthorityFields,
} from '../../shared/schemas/authority';
import { prepared } from '../db/statements';
import { CODE_AUTHORITIES, RULE_AUTHORITIES, type Citation } from '../domain/assessment';
import { LOCAL_ID_PREFIX } from '../domain/authorities/library';
import { MATCH_CLOSE, MATCH_OPEN, snippetParts, toFtsQuery } from '../domain/search/ftsQuery';
import { recordAudit } from './audit';
import { shippedLibrary } from './authorityLibrary';
import { citationTargets } from './citationTargets';
import { blockRange } from './searchIndex';
import { inTransaction, type ServiceContext } from './context';

type SummaryRow = Omit<AuthoritySummary, 'citation' | 'withdrawn'> & { withdrawn: number };

const SUMMARY_COLUMNS = `a.id, a.origin, a.kind, a.short_title AS shortTitle,
  a.citation_template AS citationTemplate, a.pin_default AS pinDefault, a.date,
  a.verification_status AS verificationStatus, a.withdrawn_at IS NOT NULL AS withdrawn`;

export function toSummary(row: SummaryRow): AuthoritySummary {
  return {
    id: row.id,
    origin: row.origin,
    kind: row.kind,
    shortTitle: row.shortTitle,
    citation: formatCitation(row),
    citationTemplate: row.citationTemplate,
    pinDefault: row.pinDefault,
    date: row.date,
    verificationStatus: row.verificationStatus,
    withdrawn: row.withdrawn === 1,
  };
}

export function getAuthoritySummary(ctx: ServiceContext, id: string): AuthoritySummary {
  const row = prepared(
    ctx.sqlite,
    `SELECT ${SUMMARY_COLUMNS} FROM authorities a WHERE a.id = ?`,
  ).get(id) as SummaryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `authority ${id} is not in the library`);
  return toSummary(row);
}

type FullRow = SummaryRow & {
  parentId: string | null;
  citationSeed: string | null;
  citationCanonical: string | null;
  body: string | null;
  instruments: string;
  pinpoints: string;
  propositions: string;
  supports: string;
  keywords: string;
  seedFootnotes: string;
  errata: string;
  verificationSources: string;
  verificationNote: string | null;
  note: string | null;
  provenance: string | null;
  partiesRatified: string;
  reservations: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

const FULL_COLUMNS = `${SUMMARY_COLUMNS}, a.parent_id AS parentId, a.citation_seed AS citationSeed,
  a.citation_canonical AS citationCanonical, a.body, a.instruments, a.pinpoints, a.propositions,
  a.supports, a.keywords, a.seed_footnotes AS seedFootnotes, a.errata,
  a.verification_sources AS verificationSources, a.verification_note AS verificationNote, a.note,
  a.provenance, a.parties_ratified AS partiesRatified, a.reservations, a.version,
  a.created_at AS createdAt, a.updated_at AS updatedAt`;

const list = <T>(json: string): T[] => JSON.parse(json) as T[];

function errataOf(ids: string[]): Erratum[] {
  const known = shippedLibrary().library.errata;
  return ids.flatMap((id) => {
    const e = known.get(id);
    return e
      ? [
          {
            id: e.id,
            seedLocation: e.seed_location,
            issue: e.issue,
            correction: e.correction,
            tag: e.tag,
          },
        ]
      : [];
  });
}

function toAuthority(row: FullRow): Authority {
  const supports = list<string>(row.supports);
  return {
    ...toSummary(row),
    parentId: row.parentId,
    citationSeed: row.citationSeed,
    citationCanonical: row.citationCanonical,
    body: row.body,
    instruments: list(row.instruments),
    pinpoints: list(row.pinpoints),
    propositions: list(row.propositions),
    supports,
    factors: supports.filter(isFactor),
    keywords: list(row.keywords),
    verificationSources: list(row.verificationSources),
    verificationNote: row.verificationNote,
    note: row.note,
    seedFootnotes: list(row.seedFootnotes),
    provenance: row.provenance,
    errata: errataOf(list(row.errata)),
    partiesRatified: list(row.partiesRatified),
    reservations: JSON.parse(row.reservations) as Record<string, string[]>,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function getAuthority(ctx: ServiceContext, id: string): Authority {
  const row = prepared(ctx.sqlite, `SELECT ${FULL_COLUMNS} FROM authorities a WHERE a.id = ?`).get(
    id,
  ) as FullRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `authority ${id} is not in the library`);
  return toAuthority(row);
}

// SPEC §2.2: the pipeline step each rule id belongs to, by its letter.
const STEPS: Record<string, string> = {
  '0': 'Normalise and validate',
  V: 'Validation',
  J: 'Jurisdiction / effective control',
  R: 'Risk establishment',
  A: 'Absolute non-refoulement',
  Q: 'Qualified (treaty) non-refoulement',
  T: 'Treaty basis for asylum',
  B: 'Sliding scale',
  O: 'Precedence',
  U: 'Bounds over unknowns',
  ALT: 'Other interpretation mode',
  P: 'Procedural layer',
  G: 'Guidance',
};

const stepOf = (rule: string) => STEPS[rule] ?? STEPS[rule.charAt(0)] ?? 'Engine';

const cites = (citations: readonly Citation[], id: string) =>
  (citations as readonly string[]).includes(id);

function engineCitations(id: string) {
  return {
    citedByRules: Object.entries(RULE_AUTHORITIES)
      .filter(([, c]) => cites(c, id))
      .map(([rule]) => ({ rule, step: stepOf(rule) })),
    citedByCodes: Object.entries(CODE_AUTHORITIES)
      .filter(([, c]) => cites(c, id))
      .map(([code]) => code),
  };
}

function versionsOf(ctx: ServiceContext, id: string): AuthorityVersion[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT version, edited_at AS editedAt, actor_name AS editedBy, snapshot
     FROM authority_versions WHERE authority_id = ? ORDER BY version`,
  ).all(id) as { version: number; editedAt: string; editedBy: string; snapshot: string }[];
  let previous: Record<string, unknown> | null = null;
  return rows.map((r) => {
    const snapshot = JSON.parse(r.snapshot) as Record<string, unknown>;
    const changed = previous
      ? Object.keys(snapshot).filter(
          (k) => JSON.stringify(snapshot[k]) !== JSON.stringify(previous?.[k]),
        )
      : [];
    previous = snapshot;
    return { version: r.version, editedAt: r.editedAt, editedBy: r.editedBy, changed };
  });
}

export function listAnnotations(ctx: ServiceContext, id: string): Annotation[] {
  return prepared(
    ctx.sqlite,
    `SELECT id, authority_id AS authorityId, text, created_at AS createdAt, actor_name AS actorName
     FROM authority_notes WHERE authority_id = ? ORDER BY id`,
  ).all(id) as Annotation[];
}

/** Everything the authority page shows: the record, what cites it, and the adviser's notes. */
export function getAuthorityDetail(ctx: ServiceContext, id: string): AuthorityDetail {
  const authority = getAuthority(ctx, id);
  const articles = (
    prepared(
      ctx.sqlite,
      // Article ids share the treaty's prefix, so length then text is numeric order (ART2 < ART11).
      `SELECT ${SUMMARY_COLUMNS} FROM authorities a WHERE a.parent_id = ?
       ORDER BY length(a.id), a.id`,
    ).all(id) as SummaryRow[]
  ).map(toSummary);
  const citations = prepared(
    ctx.sqlite,
    `SELECT id, target_type AS targetType, target_id AS targetId, pinpoint, comment
     FROM authority_citations WHERE authority_id = ? ORDER BY id`,
  ).all(id) as {
    id: number;
    targetType: keyof typeof citationTargets;
    targetId: string;
    pinpoint: string;
    comment: string;
  }[];
  const backlinks = citations.map((c) => {
    const target = citationTargets[c.targetType](ctx, c.targetId);
    return {
      citationId: c.id,
      targetType: c.targetType,
      targetId: c.targetId,
      label: target.label,
      href: target.href,
      pinpoint: c.pinpoint,
      comment: c.comment,
    };
  });
  return {
    authority,
    parent: authority.parentId ? getAuthoritySummary(ctx, authority.parentId) : null,
    articles,
    ...engineCitations(id),
    backlinks,
    annotations: listAnnotations(ctx, id),
    versions: authority.origin === 'LOCAL' ? versionsOf(ctx, id) : [],
  };
}

// Within one filter any value may match; across filters all must (kind AND instrument AND …).
const FILTERS = `a.withdrawn_at IS NULL
  AND (@kinds IS NULL OR a.kind IN (SELECT value FROM json_each(@kinds)))
  AND (@instruments IS NULL OR EXISTS (SELECT 1 FROM json_each(a.instruments) i
    WHERE i.value IN (SELECT value FROM json_each(@instruments))))
  AND (@factors IS NULL OR EXISTS (SELECT 1 FROM json_each(a.supports) s
    WHERE s.value IN (SELECT value FROM json_each(@factors))))
  AND (@statuses IS NULL OR a.verification_status IN (SELECT value FROM json_each(@statuses)))
  AND (@origin IS NULL OR a.origin = @origin)`;

const SEARCH_SQL = `SELECT ${SUMMARY_COLUMNS},
    snippet(search_index, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet
  FROM search_index
  JOIN search_docs d ON d.id = search_index.rowid AND d.source = 'authority'
  JOIN authorities a ON a.id = d.ref
  WHERE search_index MATCH @match AND search_index.rowid BETWEEN @lo AND @hi AND ${FILTERS}
  ORDER BY search_index.rank, a.id`;

// Title order, with a treaty's articles right after it in their own order (I, II, … XX).
const BROWSE_SQL = `SELECT ${SUMMARY_COLUMNS}, a.propositions
  FROM authorities a LEFT JOIN authorities p ON p.id = a.parent_id
  WHERE ${FILTERS}
  ORDER BY a.origin DESC, coalesce(p.short_title, a.short_title) COLLATE NOCASE,
    a.parent_id IS NOT NULL, length(a.id), a.id`;

const firstProposition = (json: string) => {
  const first = list<string>(json)[0] ?? '';
  return first.length > 240 ? `${first.slice(0, 239)}…` : first;
};

/**
 * Ranked full-text search over the library (titles, catchwords, citations, propositions and the
 * adviser's notes), with filters; an empty query lists the library in title order.
 */
export function searchAuthorities(
  ctx: ServiceContext,
  input: Required<Pick<AuthoritySearch, 'query' | 'limit'>> &
    Omit<AuthoritySearch, 'query' | 'limit'>,
): AuthoritySearchResult {
  const json = (v: readonly string[] | undefined) => (v && v.length > 0 ? JSON.stringify(v) : null);
  const filters = {
    kinds: json(input.kinds),
    instruments: json(input.instruments),
    factors: json(input.factors),
    statuses: json(input.statuses),
    origin: input.origin ?? null,
  };
  const match = toFtsQuery(input.query);
  const items = match
    ? (
        prepared(ctx.sqlite, SEARCH_SQL).all({
          ...filters,
          ...blockRange('authority'),
          match,
        }) as (SummaryRow & {
          snippet: string;
        })[]
      ).map((r) => ({ ...toSummary(r), snippet: snippetParts(r.snippet) }))
    : (
        prepared(ctx.sqlite, BROWSE_SQL).all(filters) as (SummaryRow & { propositions: string })[]
      ).map((r) => ({
        ...toSummary(r),
        snippet: [{ text: firstProposition(r.propositions), match: false }],
      }));
  return { items: items.slice(0, input.limit), total: items.length };
}

/** SPEC §3.5: the records a seed footnote cites. */
export function footnoteAuthorities(ctx: ServiceContext, footnote: number) {
  const entry = shippedLibrary().library.footnotes.get(footnote);
  if (!entry) throw new AppError('NOT_FOUND', `the seed has no footnote ${footnote}`);
  return {
    footnote,
    note: entry.note,
    authorities: entry.ids.map((id) => getAuthoritySummary(ctx, id)),
  };
}

type ParsedFields = Omit<LocalAuthorityFields, 'body' | 'date' | 'sourceNote'> & {
  body: string;
  date: string;
  sourceNote: string;
};

/** The stored state of a local authority, as its versions and audit entries record it. */
function snapshotOf(fields: ParsedFields) {
  return {
    kind: fields.kind,
    shortTitle: fields.shortTitle,
    citation: fields.citation,
    body: fields.body,
    date: fields.date,
    instruments: fields.instruments,
    pinpoints: fields.pinpoints,
    propositions: fields.propositions,
    factors: fields.factors,
    verificationStatus: fields.verificationStatus,
    sourceNote: fields.sourceNote,
  };
}

function localParams(fields: ParsedFields) {
  return {
    kind: fields.kind,
    shortTitle: fields.shortTitle,
    citation: fields.citation,
    body: fields.body || null,
    date: fields.date || null,
    instruments: JSON.stringify(fields.instruments),
    pinpoints: JSON.stringify(fields.pinpoints),
    propositions: JSON.stringify(fields.propositions),
    supports: JSON.stringify(fields.factors),
    verificationStatus: fields.verificationStatus,
    sourceNote: fields.sourceNote || null,
  };
}

function saveVersion(
  ctx: ServiceContext,
  id: string,
  version: number,
  snapshot: object,
  at: string,
) {
  prepared(
    ctx.sqlite,
    `INSERT INTO authority_versions (authority_id, version, snapshot, edited_at, actor_id, actor_name)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, version, JSON.stringify(snapshot), at, ctx.actor.id, ctx.actor.name);
}

/** Adds one of the adviser's own authorities (a national decision, a ministry instruction). */
export function createLocalAuthority(ctx: ServiceContext, fields: ParsedFields): Authority {
  return inTransaction(ctx, () => {
    const id = `${LOCAL_ID_PREFIX}${ctx.newId().replaceAll('-', '').toUpperCase()}`;
    const at = ctx.clock().toISOString();
    prepared(
      ctx.sqlite,
      `INSERT INTO authorities (id, origin, kind, short_title, citation_template, body, date,
         instruments, pinpoints, propositions, supports, verification_status, verification_note,
         provenance, version, created_at, updated_at)
       VALUES (@id, 'LOCAL', @kind, @shortTitle, @citation, @body, @date, @instruments, @pinpoints,
         @propositions, @supports, @verificationStatus, @sourceNote, 'LOCAL', 1, @at, @at)`,
    ).run({ ...localParams(fields), id, at });
    const snapshot = snapshotOf(fields);
    saveVersion(ctx, id, 1, snapshot, at);
    recordAudit(ctx, {
      action: 'authority.create',
      entityType: 'authority',
      entityId: id,
      after: snapshot,
    });
    return getAuthority(ctx, id);
  });
}

/** Saves an edit of a local authority as its next version; shipped records are read-only. */
export function updateLocalAuthority(
  ctx: ServiceContext,
  input: { id: string; expectedVersion: number; fields: ParsedFields },
): Authority {
  return inTransaction(ctx, () => {
    const current = getAuthority(ctx, input.id);
    if (current.origin !== 'LOCAL') {
      throw new AppError(
        'FORBIDDEN',
        `${input.id} ships with Casefile and is read-only; add a note to it instead`,
      );
    }
    if (current.version !== input.expectedVersion) {
      throw new AppError(
        'CONFLICT',
        `${current.shortTitle} was changed (now version ${current.version}) since you opened it; reload and edit again`,
      );
    }
    const before = JSON.parse(
      (
        prepared(
          ctx.sqlite,
          'SELECT snapshot FROM authority_versions WHERE authority_id = ? AND version = ?',
        ).get(input.id, current.version) as { snapshot: string }
      ).snapshot,
    ) as Record<string, unknown>;
    const after = snapshotOf(input.fields);
    const at = ctx.clock().toISOString();
    const version = current.version + 1;
    prepared(
      ctx.sqlite,
      `UPDATE authorities SET kind = @kind, short_title = @shortTitle, citation_template = @citation,
         body = @body, date = @date, instruments = @instruments, pinpoints = @pinpoints,
         propositions = @propositions, supports = @supports,
         verification_status = @verificationStatus, verification_note = @sourceNote,
         version = @version, updated_at = @at
       WHERE id = @id`,
    ).run({ ...localParams(input.fields), id: input.id, version, at });
    saveVersion(ctx, input.id, version, after, at);
    recordAudit(ctx, {
      action: 'authority.update',
      entityType: 'authority',
      entityId: input.id,
      before,
      after,
    });
    return getAuthority(ctx, input.id);
  });
}

/** Appends the adviser's note to an authority; notes are searchable with the authority. */
export function annotateAuthority(
  ctx: ServiceContext,
  input: { authorityId: string; text: string },
): Annotation {
  return inTransaction(ctx, () => {
    getAuthoritySummary(ctx, input.authorityId);
    const at = ctx.clock().toISOString();
    const { lastInsertRowid } = prepared(
      ctx.sqlite,
      `INSERT INTO authority_notes (authority_id, text, created_at, actor_id, actor_name)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(input.authorityId, input.text, at, ctx.actor.id, ctx.actor.name);
    const note: Annotation = {
      id: Number(lastInsertRowid),
      authorityId: input.authorityId,
      text: input.text,
      createdAt: at,
      actorName: ctx.actor.name,
    };
    recordAudit(ctx, {
      action: 'authority.annotate',
      entityType: 'authority',
      entityId: input.authorityId,
      after: { noteId: note.id, text: note.text },
    });
    return note;
  });
}
