import { z } from 'zod';
import { INSTRUMENTS, type Instrument } from '../caseFacts/enums';
import { optionalText, requiredText, textLimits } from './text';

// The legal authorities library (SPEC §3): the shipped records, the adviser's own ("local")
// authorities, notes on them and the search over all of it.

/** SPEC §3.1 `kind`, plus TREATY and DOMESTIC_INSTRUMENT for the adviser's own authorities. */
export const AUTHORITY_KINDS = [
  'TREATY',
  'TREATY_ARTICLE',
  'CASE',
  'ADVISORY_OPINION',
  'GENERAL_COMMENT',
  'TREATY_BODY_VIEWS',
  'UN_DOCUMENT',
  'ILC_DOCUMENT',
  'STATE_PRACTICE',
  'DOMESTIC_INSTRUMENT',
  'SCHOLARSHIP',
  'NEWS_OR_NGO',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  TREATY: 'Treaty',
  TREATY_ARTICLE: 'Treaty article',
  CASE: 'Case',
  ADVISORY_OPINION: 'Advisory opinion',
  GENERAL_COMMENT: 'General comment',
  TREATY_BODY_VIEWS: 'Treaty-body views',
  UN_DOCUMENT: 'UN document',
  ILC_DOCUMENT: 'ILC document',
  STATE_PRACTICE: 'State practice',
  DOMESTIC_INSTRUMENT: 'Domestic law or instruction',
  SCHOLARSHIP: 'Scholarship',
  NEWS_OR_NGO: 'News or NGO report',
};

/** SPEC §3.1 `verification.status`. */
export const VERIFICATION_STATUSES = [
  'verified_text',
  'verified_summary',
  'seed_only',
  'unverified_recall',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  verified_text: 'Verified against the text',
  verified_summary: 'Verified against a summary',
  seed_only: 'Not verified: as cited in the seed only',
  unverified_recall: 'Not verified: from recall',
};

/**
 * SPEC §0.1: `seed_only` and `unverified_recall` records were never checked against a source
 * text, and a lawyer must check them before relying on them. The UI says so wherever they appear.
 */
export const isUnverified = (status: VerificationStatus): boolean =>
  status === 'seed_only' || status === 'unverified_recall';

/** SPEC §3.2 factor vocabulary (the `F_*` ids of a record's `supports`). */
export const FACTORS = [
  'F_CONTEXT_NO_GENERAL_RIGHT',
  'F_CONTEXT_PRACTICE',
  'F_EXTRATERRITORIALITY',
  'F_JURISDICTION_LIMIT',
  'F_NR_SCOPE',
  'F_NR_ABSOLUTE',
  'F_RISK_STANDARD',
  'F_EXCLUSION',
  'F_INTERFERENCE_BASELINE',
  'F_PREMISES_TYPE',
  'F_OFFENCE_NATURE',
  'F_DESTABILISATION',
  'F_DURATION',
  'F_TREATY_BASIS',
  'F_PROCEDURE',
  'F_PROPORTIONALITY',
  'F_SENDING_STATE_POSITION',
] as const;
export type Factor = (typeof FACTORS)[number];

export const FACTOR_LABELS: Record<Factor, string> = {
  F_CONTEXT_NO_GENERAL_RIGHT: 'No general right to grant diplomatic asylum',
  F_CONTEXT_PRACTICE: 'State practice and episodes',
  F_EXTRATERRITORIALITY: 'Obligations reach persons under power or effective control abroad',
  F_JURISDICTION_LIMIT: 'Limits on extraterritorial jurisdiction',
  F_NR_SCOPE: 'Which harms trigger non-refoulement',
  F_NR_ABSOLUTE: 'No balancing and no exceptions',
  F_RISK_STANDARD: 'Risk standard (substantial grounds; foreseeable, personal, present, real)',
  F_EXCLUSION: 'Refugee Convention exclusions (33(2), 1F)',
  F_INTERFERENCE_BASELINE: 'Non-interference, use of premises, mission functions',
  F_PREMISES_TYPE: 'Diplomatic v consular inviolability',
  F_OFFENCE_NATURE: 'Political v ordinary offence; pretext',
  F_DESTABILISATION: 'Asylee activity against the host government',
  F_DURATION: 'Strictly necessary period; safe-conduct',
  F_TREATY_BASIS: 'Havana, Caracas and Montevideo regimes',
  F_PROCEDURE: 'Interview, individual assessment, interim protection',
  F_PROPORTIONALITY: 'Sliding scale / proportionality',
  F_SENDING_STATE_POSITION: 'Positions of particular states',
};

const FACTOR_SET: ReadonlySet<string> = new Set(FACTORS);
export const isFactor = (s: string): s is Factor => FACTOR_SET.has(s);

/** Instruments as the CaseFacts `legal_context` names them, so filters speak the intake's words. */
export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  CAT: 'CAT',
  CAT_ART22_DECL: 'CAT art. 22 declaration',
  ICCPR: 'ICCPR',
  ICCPR_OP1: 'ICCPR Optional Protocol 1',
  ICCPR_OP2: 'ICCPR Optional Protocol 2',
  ECHR: 'ECHR',
  ECHR_P13: 'ECHR Protocol No. 13',
  ACHR: 'ACHR',
  REFUGEE_1951: 'Refugee Convention 1951',
  PROTOCOL_1967: 'Refugee Protocol 1967',
  CARACAS_1954: 'Caracas Convention 1954',
  HAVANA_1928: 'Havana Convention 1928',
  MONTEVIDEO_1933: 'Montevideo Convention 1933',
  VCDR: 'VCDR',
  VCCR: 'VCCR',
  CED: 'CED',
  IACPPT: 'IACPPT',
  OAU_1969: 'OAU Convention 1969',
  CRC: 'CRC',
};

export const AUTHORITY_ORIGINS = ['SHIPPED', 'LOCAL'] as const;
export type AuthorityOrigin = (typeof AUTHORITY_ORIGINS)[number];

/** Shipped ids are the SPEC ids (`CASE_MN_BELGIUM`); local ones are `LOCAL_` + a UUIDv7. */
export const authorityIdSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,79}$/, {
  message: 'must be an authority id such as CASE_MN_BELGIUM',
});

/** An ISO 8601 date as precise as the source gives it: 2020, 2020-05 or 2020-05-05. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'must be a year, year-month or full date, e.g. 2020 or 2020-05-05',
  });

export const erratumSchema = z.object({
  id: z.string(),
  seedLocation: z.string(),
  issue: z.string(),
  correction: z.string(),
  tag: z.string(),
});
export type Erratum = z.infer<typeof erratumSchema>;

/** What lists, the picker and citations show of an authority. */
export const authoritySummarySchema = z.object({
  id: z.string(),
  origin: z.enum(AUTHORITY_ORIGINS),
  kind: z.enum(AUTHORITY_KINDS),
  shortTitle: z.string(),
  /** The full citation in the seed's style, without a pinpoint. */
  citation: z.string(),
  /** The citation with `{pin}` where a pinpoint goes (src/shared/citations.ts). */
  citationTemplate: z.string(),
  pinDefault: z.string().nullable(),
  date: z.string().nullable(),
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  withdrawn: z.boolean(),
});
export type AuthoritySummary = z.infer<typeof authoritySummarySchema>;

export const authoritySchema = authoritySummarySchema.extend({
  parentId: z.string().nullable(),
  citationSeed: z.string().nullable(),
  citationCanonical: z.string().nullable(),
  body: z.string().nullable(),
  instruments: z.array(z.enum(INSTRUMENTS)),
  pinpoints: z.array(z.string()),
  propositions: z.array(z.string()),
  /** SPEC `supports`: factor ids (§3.2) and the rule and code ids of §2. */
  supports: z.array(z.string()),
  factors: z.array(z.enum(FACTORS)),
  keywords: z.array(z.string()),
  verificationSources: z.array(z.string()),
  verificationNote: z.string().nullable(),
  /** Further notes of the record (SPEC `notes_0_2`, an article's text status). */
  note: z.string().nullable(),
  seedFootnotes: z.array(z.number().int()),
  provenance: z.string().nullable(),
  errata: z.array(erratumSchema),
  partiesRatified: z.array(z.string()),
  reservations: z.record(z.string(), z.array(z.string())),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Authority = z.infer<typeof authoritySchema>;

export const annotationSchema = z.object({
  id: z.number().int(),
  authorityId: z.string(),
  text: z.string(),
  createdAt: z.string(),
  actorName: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const authorityVersionSchema = z.object({
  version: z.number().int(),
  editedAt: z.string(),
  editedBy: z.string(),
  /** Field names changed from the previous version ([] for the first). */
  changed: z.array(z.string()),
});
export type AuthorityVersion = z.infer<typeof authorityVersionSchema>;

/** A place that cites an authority (a case now; timeline events, notes, assessments later). */
export const backlinkSchema = z.object({
  citationId: z.number().int(),
  targetType: z.string(),
  targetId: z.string(),
  /** What the place is, in words: "Case GBR-QUI-2026-0001". */
  label: z.string(),
  /** Hash route of the place, e.g. /cases/GBR-QUI-2026-0001/authorities. */
  href: z.string(),
  pinpoint: z.string(),
  comment: z.string(),
});
export type Backlink = z.infer<typeof backlinkSchema>;

export const authorityDetailSchema = z.object({
  authority: authoritySchema,
  parent: authoritySummarySchema.nullable(),
  articles: z.array(authoritySummarySchema),
  /** Engine rules (SPEC §2) that cite this authority, with the pipeline step they belong to. */
  citedByRules: z.array(z.object({ rule: z.string(), step: z.string() })),
  /** Reason codes and flags (SPEC §2.13, §0.5) that cite it. */
  citedByCodes: z.array(z.string()),
  backlinks: z.array(backlinkSchema),
  annotations: z.array(annotationSchema),
  versions: z.array(authorityVersionSchema),
});
export type AuthorityDetail = z.infer<typeof authorityDetailSchema>;

/** A stretch of a search snippet; `match` stretches are the words that matched the query. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const authoritySearchSchema = z
  .object({
    /** Words (all must match, each as a prefix) and "quoted phrases"; empty lists everything. */
    // optionalText: a NUL or lone surrogate is refused here, not thrown by FTS5 (found by R-fuzz).
    query: optionalText(200).default(''),
    kinds: z.array(z.enum(AUTHORITY_KINDS)).max(AUTHORITY_KINDS.length).optional(),
    instruments: z.array(z.enum(INSTRUMENTS)).max(INSTRUMENTS.length).optional(),
    factors: z.array(z.enum(FACTORS)).max(FACTORS.length).optional(),
    statuses: z.array(z.enum(VERIFICATION_STATUSES)).max(VERIFICATION_STATUSES.length).optional(),
    origin: z.enum(AUTHORITY_ORIGINS).optional(),
    limit: z.number().int().min(1).max(200).default(20),
  })
  .strict();
export type AuthoritySearch = z.input<typeof authoritySearchSchema>;

export const authoritySearchResultSchema = z.object({
  items: z.array(authoritySummarySchema.extend({ snippet: z.array(snippetPartSchema) })),
  /** How many authorities match, of which `items` are the first `limit`. */
  total: z.number().int(),
});
export type AuthoritySearchResult = z.infer<typeof authoritySearchResultSchema>;

export const SEED_FOOTNOTE_COUNT = 54;

export const footnoteResultSchema = z.object({
  footnote: z.number().int(),
  /** SPEC §3.5's note for the footnote, e.g. "CASE_MN_BELGIUM (¶118)". */
  note: z.string(),
  authorities: z.array(authoritySummarySchema),
});

const listOf = (item: z.ZodType<string>, max: number, what: string) =>
  z.array(item).max(max, { message: `must list at most ${max} ${what}` });

/** The fields the adviser gives for a local authority (a national decision, an instruction). */
export const localAuthorityFieldsSchema = z
  .object({
    kind: z.enum(AUTHORITY_KINDS, { message: 'is required: choose what kind of authority it is' }),
    shortTitle: requiredText(textLimits.name),
    citation: requiredText(2_000),
    body: optionalText(textLimits.name),
    date: z.union([partialDateSchema, z.literal('')]),
    instruments: z.array(z.enum(INSTRUMENTS)).max(INSTRUMENTS.length),
    pinpoints: listOf(requiredText(100), 50, 'pinpoints'),
    propositions: listOf(requiredText(textLimits.paragraph), 50, 'propositions').min(1, {
      message: 'is required: say what the authority stands for',
    }),
    factors: z.array(z.enum(FACTORS)).max(FACTORS.length),
    verificationStatus: z.enum(VERIFICATION_STATUSES, {
      message: 'is required: say whether you checked the text',
    }),
    sourceNote: optionalText(textLimits.paragraph),
  })
  .strict();
export type LocalAuthorityFields = z.input<typeof localAuthorityFieldsSchema>;

export const localAuthorityUpdateSchema = z
  .object({
    id: authorityIdSchema,
    /** The version the edit was made on; a newer one means someone else saved first. */
    expectedVersion: z.number().int().min(1),
    fields: localAuthorityFieldsSchema,
  })
  .strict();

export const annotateSchema = z
  .object({ authorityId: authorityIdSchema, text: requiredText(textLimits.paragraph) })
  .strict();
