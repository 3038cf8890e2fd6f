// Builds the shipped authorities library from its data files (src/main/data): the shared SPEC
// §3.3–§3.4 export, the overlay of records that export dropped, the editorial fields (short
// title, citation template, court or body, date, instruments, catchwords) and the §0.4 errata.
// Pure: the caller reads the files. Throws on any inconsistency, so a bad data file fails the
// build's tests instead of reaching an adviser.
import { z } from 'zod';
import {
  AUTHORITY_KINDS,
  isFactor,
  partialDateSchema,
  VERIFICATION_STATUSES,
} from '../../../shared/schemas/authority';
import type { AuthorityKind, VerificationStatus } from '../../../shared/schemas/authority';
import { INSTRUMENTS, type Instrument } from '../../../shared/caseFacts/enums';

const rawRecordSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    citation_seed: z.string().optional(),
    citation_canonical: z.string().optional(),
    seed_fns: z.array(z.number().int()),
    pinpoints: z.array(z.string()).optional(),
    propositions: z.array(z.string()).optional(),
    supports: z.array(z.string()),
    provenance: z.string(),
    verification: z
      .object({ status: z.string(), sources: z.array(z.string()), notes: z.string().optional() })
      .strict(),
    errata: z.array(z.string()).optional(),
    notes_0_2: z.string().optional(),
    articles: z
      .array(
        z
          .object({
            id: z.string(),
            art: z.string(),
            text_status: z.string(),
            proposition: z.string(),
          })
          .strict(),
      )
      .optional(),
    parties_ratified: z.array(z.string()).optional(),
    reservations: z.record(z.string(), z.array(z.string())).optional(),
  })
  // Strict: a field a new SPEC export adds must be mapped here, not silently dropped.
  .strict();
export type RawRecord = z.infer<typeof rawRecordSchema>;

const rawMetaSchema = z
  .object({
    short_title: z.string().min(1),
    cite: z.string().min(1),
    body: z.string().nullable(),
    date: partialDateSchema.nullable(),
    instruments: z.array(z.string()),
    keywords: z.array(z.string()),
    pin_default: z.string().optional(),
  })
  .strict();
export type RawMeta = z.infer<typeof rawMetaSchema>;

const rawErratumSchema = z
  .object({
    id: z.string(),
    seed_location: z.string(),
    issue: z.string(),
    correction: z.string(),
    tag: z.string(),
    concerns: z.array(z.string()),
  })
  .strict();
export type RawErratum = z.infer<typeof rawErratumSchema>;

/** The four data files of src/main/data, as read from disk. */
export const librarySourcesSchema = z.object({
  shared: z.object({
    records: z.array(rawRecordSchema),
    footnote_index: z.record(z.string(), z.object({ ids: z.array(z.string()), note: z.string() })),
  }),
  additions: z.object({ records: z.array(rawRecordSchema) }),
  meta: z.object({ version: z.string(), records: z.record(z.string(), rawMetaSchema) }),
  errata: z.object({ errata: z.array(rawErratumSchema) }),
});
export type LibrarySources = z.infer<typeof librarySourcesSchema>;

/** One authority of the shipped library, ready to store (list fields as arrays). */
export type LibraryEntry = {
  id: string;
  parentId: string | null;
  kind: AuthorityKind;
  shortTitle: string;
  citationTemplate: string;
  pinDefault: string | null;
  citationSeed: string | null;
  citationCanonical: string | null;
  body: string | null;
  date: string | null;
  instruments: Instrument[];
  pinpoints: string[];
  propositions: string[];
  supports: string[];
  keywords: string[];
  seedFootnotes: number[];
  errata: string[];
  verificationStatus: VerificationStatus;
  verificationSources: string[];
  verificationNote: string | null;
  note: string | null;
  provenance: string | null;
  partiesRatified: string[];
  reservations: Record<string, string[]>;
};

export type Library = {
  version: string;
  entries: LibraryEntry[];
  /** SPEC §3.5: seed footnote number → the records it cites and the index's note. */
  footnotes: ReadonlyMap<number, { ids: string[]; note: string }>;
  errata: ReadonlyMap<string, RawErratum>;
};

export const LOCAL_ID_PREFIX = 'LOCAL_';

function fail(message: string): never {
  throw new Error(`authorities library: ${message}`);
}

function oneOf<T extends string>(all: readonly T[], value: string, what: string): T {
  if (!(all as readonly string[]).includes(value))
    fail(`${what} "${value}" is not one of ${all.join(', ')}`);
  return value as T;
}

/**
 * Caracas article statuses are free text in the SPEC ("verified (Spanish)"). The Spanish text was
 * checked but the English proposition is a rendering of it: a summary, not the verified text.
 */
function articleStatus(textStatus: string): VerificationStatus {
  if ((VERIFICATION_STATUSES as readonly string[]).includes(textStatus)) {
    return textStatus as VerificationStatus;
  }
  if (textStatus.startsWith('verified')) return 'verified_summary';
  return fail(`article text status "${textStatus}" cannot be mapped`);
}

function entryOf(r: RawRecord, meta: RawMeta): LibraryEntry {
  return {
    id: r.id,
    parentId: null,
    kind: oneOf(AUTHORITY_KINDS, r.kind, `${r.id} kind`),
    shortTitle: meta.short_title,
    citationTemplate: meta.cite,
    pinDefault: meta.pin_default ?? null,
    citationSeed: r.citation_seed ?? null,
    citationCanonical: r.citation_canonical ?? null,
    body: meta.body,
    date: meta.date,
    instruments: meta.instruments.map((i) => oneOf(INSTRUMENTS, i, `${r.id} instrument`)),
    pinpoints: r.pinpoints ?? [],
    propositions: r.propositions ?? [],
    supports: r.supports,
    keywords: meta.keywords,
    seedFootnotes: r.seed_fns,
    errata: r.errata ?? [],
    verificationStatus: oneOf(VERIFICATION_STATUSES, r.verification.status, `${r.id} status`),
    verificationSources: r.verification.sources,
    verificationNote: r.verification.notes ?? null,
    note: r.notes_0_2 ?? null,
    provenance: r.provenance,
    partiesRatified: r.parties_ratified ?? [],
    reservations: r.reservations ?? {},
  };
}

/** A treaty's article entries (SPEC §3.3 `articles`, e.g. TREATY_CARACAS_ART3, cited in §2.13). */
function articleEntries(parent: LibraryEntry, r: RawRecord): LibraryEntry[] {
  return (r.articles ?? []).map((a) => ({
    ...parent,
    id: a.id,
    parentId: parent.id,
    shortTitle: `${parent.shortTitle.replace(/\s*\(\d{4}\)$/, '')}, art. ${a.art}`,
    pinDefault: `art. ${a.art}`,
    citationSeed: null,
    citationCanonical: null,
    pinpoints: [`art. ${a.art}`],
    propositions: [a.proposition],
    keywords: [],
    seedFootnotes: [],
    errata: [],
    verificationStatus: articleStatus(a.text_status),
    verificationNote: `Text status of art. ${a.art} in SPEC §3.3: ${a.text_status}.`,
    note: null,
    partiesRatified: [],
    reservations: {},
  }));
}

/** Validates the data files and builds the library; `raw` is the four files as parsed JSON. */
export function buildLibrary(raw: unknown): Library {
  const sources = librarySourcesSchema.parse(raw);
  const records = [...sources.shared.records, ...sources.additions.records];
  const entries: LibraryEntry[] = [];
  const seen = new Set<string>();
  const add = (e: LibraryEntry) => {
    if (seen.has(e.id)) fail(`duplicate id ${e.id}`);
    if (e.id.startsWith(LOCAL_ID_PREFIX))
      fail(`${e.id}: shipped ids may not start with ${LOCAL_ID_PREFIX}`);
    seen.add(e.id);
    entries.push(e);
  };
  for (const r of records) {
    const meta = sources.meta.records[r.id] ?? fail(`no editorial fields for ${r.id}`);
    const entry = entryOf(r, meta);
    add(entry);
    for (const a of articleEntries(entry, r)) add(a);
  }
  for (const id of Object.keys(sources.meta.records)) {
    if (!seen.has(id)) fail(`editorial fields for unknown record ${id}`);
  }

  const errata = new Map(sources.errata.errata.map((e) => [e.id, e]));
  for (const e of errata.values()) {
    for (const id of e.concerns) if (!seen.has(id)) fail(`erratum ${e.id} concerns unknown ${id}`);
  }
  // A record's own `errata` list is authoritative; the errata file adds the records §0.4 names.
  for (const entry of entries) {
    for (const id of entry.errata) {
      const erratum = errata.get(id) ?? fail(`${entry.id} names unknown erratum ${id}`);
      if (!erratum.concerns.includes(entry.id)) fail(`erratum ${id} does not list ${entry.id}`);
    }
    entry.errata = [...errata.values()]
      .filter((e) => e.concerns.includes(entry.id))
      .map((e) => e.id);
    for (const s of entry.supports)
      if (s.startsWith('F_') && !isFactor(s)) fail(`${entry.id}: unknown factor ${s}`);
  }

  const footnotes = new Map<number, { ids: string[]; note: string }>();
  for (const [n, f] of Object.entries(sources.shared.footnote_index)) {
    for (const id of f.ids) if (!seen.has(id)) fail(`footnote ${n} names unknown ${id}`);
    footnotes.set(Number(n), f);
  }
  for (const entry of entries) {
    for (const n of entry.seedFootnotes) {
      if (!footnotes.get(n)?.ids.includes(entry.id))
        fail(`${entry.id} cites fn ${n} but §3.5 does not list it`);
    }
  }
  return { version: sources.meta.version, entries, footnotes, errata };
}
