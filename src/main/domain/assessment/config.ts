// The ruleset da-core/0.2.0 and its default configuration (SPEC §2.12) as data. Every number is a
// [DESIGN] policy setting; the orderings are grounded in the authorities (§2.12 "What is
// defensible"). A user-supplied CONFIG.json is checked with `rulesetConfigSchema`.
import { z } from 'zod';
import {
  CONDUCTS,
  EVIDENCE_GRADES,
  EXTRATERRITORIALITY_MODES,
  HARM_TYPES,
  OFFENCE_CLASSES,
  PREMISES_TYPES,
  type KnownConduct,
  type KnownHarmType,
  type KnownOffenceClass,
  type PremisesType,
} from '../../../shared/caseFacts/enums';

export const RULESET_VERSION = 'da-core/0.2.0';

const points = z.number().int().min(0);

/** A strict record with exactly the listed keys (so a typo in CONFIG.json is an error). */
const exactRecord = <K extends string>(keys: readonly K[], value: z.ZodType<number>) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, z.ZodType<number>>);

const knownHarms = HARM_TYPES.filter((h): h is KnownHarmType => h !== 'UNKNOWN');
const knownClasses = OFFENCE_CLASSES.filter((c): c is KnownOffenceClass => c !== 'UNKNOWN');
const knownConducts = CONDUCTS.filter((c): c is KnownConduct => c !== 'U');

const durationBracketSchema = z.strictObject({ upto: z.number().min(0).nullable(), points });

export const rulesetConfigSchema = z.strictObject({
  ruleset_version: z.literal(RULESET_VERSION),
  extraterritoriality_mode: z.enum(EXTRATERRITORIALITY_MODES),
  customary_torture_nonrefoulement: z.boolean(),
  min_grade_for_real: z.enum(EVIDENCE_GRADES),
  H_min: points,
  margin: z.number().int(),
  immediacy_required_below_severity: points,
  serious_offence_years: z.number().min(0),
  safe_conduct_overdue_days: z.number().min(0),
  severity: exactRecord(knownHarms, points),
  interference: z.strictObject({
    offence_class_points: exactRecord(knownClasses, points),
    integrity: z.strictObject({
      PRETEXTUAL_cap: points,
      DEFICIENT_minus: points,
      floor_when_charged: points,
    }),
    natsec_reasonable_grounds: points,
    conduct: exactRecord(knownConducts, points),
    destabilising_activity_before_entry: points,
    // Ascending brackets; the last one is open-ended (upto: null) so every elapsed time scores.
    duration_days: z
      .array(durationBracketSchema)
      .min(1)
      .refine(
        (bs) =>
          bs.every((b, i) => (i === bs.length - 1 ? b.upto === null : b.upto !== null)) &&
          bs.every((b, i) => i === 0 || (bs[i - 1]?.upto ?? Infinity) < (b.upto ?? Infinity)),
        { message: 'duration_days must be ascending and end with {upto: null}' },
      ),
    premises: exactRecord(PREMISES_TYPES, points),
  }),
  interim: z.strictObject({ assessment_deadline_hours: z.number().positive() }),
});

export type RulesetConfig = {
  ruleset_version: typeof RULESET_VERSION;
  extraterritoriality_mode: 'TREATY_BODY' | 'RESTRICTIVE';
  customary_torture_nonrefoulement: boolean;
  min_grade_for_real: 'A' | 'B' | 'C' | 'D';
  H_min: number;
  margin: number;
  immediacy_required_below_severity: number;
  serious_offence_years: number;
  safe_conduct_overdue_days: number;
  severity: Readonly<Record<KnownHarmType, number>>;
  interference: {
    offence_class_points: Readonly<Record<KnownOffenceClass, number>>;
    integrity: { PRETEXTUAL_cap: number; DEFICIENT_minus: number; floor_when_charged: number };
    natsec_reasonable_grounds: number;
    conduct: Readonly<Record<KnownConduct, number>>;
    destabilising_activity_before_entry: number;
    duration_days: readonly { upto: number | null; points: number }[];
    premises: Readonly<Record<PremisesType, number>>;
  };
  interim: { assessment_deadline_hours: number };
};

/** SPEC §2.12 verbatim. Golden cases GC-01…GC-18 are pinned to these values. */
export const defaultConfig: RulesetConfig = {
  ruleset_version: RULESET_VERSION,
  extraterritoriality_mode: 'TREATY_BODY',
  customary_torture_nonrefoulement: true,
  min_grade_for_real: 'C',
  H_min: 2, // anchored to B & Others [89]
  margin: 1, // "sufficiently gross or flagrant in comparison" (seed §IV)
  immediacy_required_below_severity: 3, // F10
  serious_offence_years: 4, // V-11, F11
  safe_conduct_overdue_days: 10, // F14
  severity: {
    TORTURE: 5,
    ARBITRARY_DEPRIVATION_OF_LIFE: 5,
    DEATH_PENALTY: 5,
    ENFORCED_DISAPPEARANCE: 5,
    CIDT: 4,
    SERIOUS_SGBV: 4,
    UNDERAGE_RECRUITMENT: 4,
    PERSONAL_INTEGRITY: 3,
    ARBITRARY_DETENTION: 3,
    PERSECUTION_CONVENTION_GROUND: 3,
    FLAGRANT_DENIAL_OF_JUSTICE: 3,
    SERIOUS_INJURY_OTHER: 2,
    LESSER_HARM: 1,
    PROSECUTION_ONLY: 0,
  },
  interference: {
    offence_class_points: {
      NONE: 0,
      ADMINISTRATIVE_NON_CRIMINAL: 1,
      POLITICAL_EXPRESSIVE: 1,
      POLITICAL_RELATIVE: 2,
      POLITICAL_SUBVERSIVE: 4,
      MILITARY_DESERTION: 2,
      ORDINARY_MINOR: 2,
      ORDINARY_SERIOUS: 3,
      PARTICULARLY_SERIOUS_FINAL: 4,
      EXCLUDABLE_1F: 5,
    },
    integrity: { PRETEXTUAL_cap: 1, DEFICIENT_minus: 1, floor_when_charged: 1 },
    natsec_reasonable_grounds: 2,
    conduct: { NONE: 0, EXPRESSIVE: 0, ORGANISING_AGAINST_HOST_GOVERNMENT: 2 },
    destabilising_activity_before_entry: 2,
    duration_days: [
      { upto: 180, points: 0 },
      { upto: null, points: 1 },
    ],
    premises: {
      EMBASSY_CHANCERY: 0,
      HEAD_OF_MISSION_RESIDENCE: 0,
      CONSULATE_CAREER: 1,
      CONSULATE_HONORARY: 2,
      OTHER_NON_INVIOLABLE: 2,
      WARSHIP_OR_MILITARY_AIRCRAFT: 0,
    },
  },
  interim: { assessment_deadline_hours: 72 },
};

type PlainObject = Record<string, unknown>;
const isPlainObject = (v: unknown): v is PlainObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const deepMerge = (base: unknown, override: unknown): unknown => {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: PlainObject = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = k in base ? deepMerge(base[k], v) : v;
  return out;
};

/**
 * Builds a configuration from partial overrides (e.g. a golden file's `config_overrides`, or a
 * user's CONFIG.json), deep-merged over the defaults and validated. Arrays replace, not merge.
 */
export const resolveConfig = (
  overrides: unknown = {},
): { ok: true; config: RulesetConfig } | { ok: false; error: z.ZodError } => {
  const parsed = rulesetConfigSchema.safeParse(deepMerge(defaultConfig, overrides));
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, error: parsed.error };
};
