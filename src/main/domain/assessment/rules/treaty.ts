// Step T — a treaty basis for the asylum itself (SPEC §2.8): Caracas 1954 first, then Havana 1928.
// Step T uses no configurable weights (§2.12). Authorities: TREATY_CARACAS with TREATY_CARACAS_ART1,
// ART4 (T-C1), ART3 (T-C2), ART5–ART7 (T-C3); TREATY_HAVANA, TREATY_MONTEVIDEO_1933,
// CASE_ICJ_ASYLUM (T-H; no unilateral qualification).
import type { KnownOffenceClass, PremisesType } from '../../../../shared/caseFacts/enums';
import { emit, enter, noteUnknown, up, type Ctx } from '../context';
import type { Flag, ReasonCode } from '../codes';
import type { NAction } from '../model';
import type { TreatyStep } from '../types';
import { integrity, missionClass } from './offence';

/** Caracas art. I "legation" (E18: consulates excluded) and Havana arts 1–2 premises. */
export const LEGATION_PREMISES: ReadonlySet<PremisesType> = new Set<PremisesType>([
  'EMBASSY_CHANCERY',
  'HEAD_OF_MISSION_RESIDENCE',
  'WARSHIP_OR_MILITARY_AIRCRAFT',
]);

const POLITICAL = new Set<KnownOffenceClass>([
  'POLITICAL_EXPRESSIVE',
  'POLITICAL_RELATIVE',
  'POLITICAL_SUBVERSIVE',
]);
/** T-C1: NONE and ADMINISTRATIVE_NON_CRIMINAL are not a "charge" (F11). */
const NOT_A_CHARGE = new Set<KnownOffenceClass>(['NONE', 'ADMINISTRATIVE_NON_CRIMINAL']);
/** Caracas art. III / Havana art. 1 "common offences", and deserters (F18). */
const COMMON = new Set<KnownOffenceClass>([
  'ORDINARY_MINOR',
  'ORDINARY_SERIOUS',
  'PARTICULARLY_SERIOUS_FINAL',
  'EXCLUDABLE_1F',
  'MILITARY_DESERTION',
]);

/** Caracas art. I / IV; Havana art. 2: "sought for political reasons or for political offenses". */
const political = (ctx: Ctx): boolean => {
  let anyPolitical = false;
  let charged = false;
  for (const a of ctx.nc.actions) {
    const cls = missionClass(ctx, a);
    if (POLITICAL.has(cls)) anyPolitical = true;
    if (!NOT_A_CHARGE.has(cls)) charged = true;
  }
  if (anyPolitical) return true;
  return !charged && up(ctx, ctx.nc.sought, 'arrival.sought_for_political_reasons');
};

/**
 * Caracas art. III ¶1 / Havana art. 1: indicted, on trial or convicted (sentence unserved) for a
 * common offence before regular courts. An investigation, an administrative order or a surrender
 * demand is no indictment or trial. A pretextual process never bars (ICJ Asylum).
 */
const commonOffenceBar = (ctx: Ctx, a: NAction, withProviso: boolean): boolean => {
  switch (a.type) {
    // An extradition or surrender request counts as an indictment abroad (legal review, §2.8).
    case 'CRIMINAL_CHARGE':
    case 'ARREST_WARRANT':
    case 'EXTRADITION_OR_SURRENDER_REQUEST':
      break;
    case 'CONVICTION':
      if (up(ctx, a.sentenceServed, `${a.path}.sentence_served`)) return false;
      break;
    case 'NONE_KNOWN':
    case 'EXTRA_LEGAL_MEASURE':
    case 'INVESTIGATION':
    case 'ADMINISTRATIVE_DETENTION_ORDER':
    case 'SURRENDER_DEMAND_TO_MISSION':
      return false;
    default: {
      const never: never = a.type;
      throw new Error(`unhandled host action type ${String(never)}`);
    }
  }
  if (!COMMON.has(missionClass(ctx, a))) return false;
  if (integrity(ctx, a) === 'PRETEXTUAL') return false;
  // Caracas art. III proviso: "save where the acts … are clearly of a political nature".
  if (withProviso && up(ctx, a.clearlyPolitical, `${a.path}.clearly_political_acts`)) return false;
  return true;
};

const anyCommonOffenceBar = (ctx: Ctx, withProviso: boolean): boolean => {
  let bar = false;
  // Every action is read (no short-circuit) so that each unknown that matters is logged.
  for (const a of ctx.nc.actions) if (commonOffenceBar(ctx, a, withProviso)) bar = true;
  return bar;
};

/**
 * Urgency found by the granting state (Caracas arts V–VII; Havana art. 2 "First"). An omitted
 * finding is N (§1.1 neutral default; schema "Omitted = N"), i.e. appraised as not urgent, which
 * bars B between parties (F19); an adviser who has not appraised it records U.
 */
const urgent = (ctx: Ctx): boolean =>
  up(ctx, ctx.nc.urgencyFound, 'urgency.urgency_found_by_granting_state');

const CARACAS_RULE_ARTICLES = {
  'T-C1': ['I', 'IV'],
  'T-C2': ['III'],
  'T-C3': ['V', 'VI', 'VII'],
} as const;

/**
 * F18 (VCLT art. 21(1)): a reservation by either state makes only the rule reading the reserved
 * article unknown — optimistic favourable, pessimistic unfavourable. (The schema's description of
 * `caracas_reservations` still says such a reservation means "Caracas does not apply"; that is the
 * v0.1 wording — SPEC §2.8 and the schema's own `articles` description, both F18, prevail.)
 */
const reserved = (ctx: Ctx, rule: keyof typeof CARACAS_RULE_ARTICLES): boolean => {
  const res = ctx.nc.caracasReserved;
  if (res.size === 0) return false;
  return res.has('GENERAL') || CARACAS_RULE_ARTICLES[rule].some((art) => res.has(art));
};

const caracasRule = (
  ctx: Ctx,
  rule: keyof typeof CARACAS_RULE_ARTICLES,
  test: () => boolean,
): boolean => {
  if (reserved(ctx, rule)) {
    noteUnknown(ctx, 'legal_context.caracas_reservations');
    return ctx.side.optimistic;
  }
  return test();
};

/** Trace inputs of the rules that read the offence qualification (T-C1, Havana art. 2). */
const politicalInputs = (ctx: Ctx): Record<string, unknown> => ({
  offence_class_mission_view: ctx.nc.actions.map((a) => a.missionClass),
  sought_for_political_reasons: ctx.nc.sought,
});

/** Trace inputs of the common-offence bar (T-C2, Havana art. 1). */
const actionInputs = (ctx: Ctx): Record<string, unknown>[] =>
  ctx.nc.actions.map((a) => ({
    action: a.label,
    type: a.type,
    offence_class_mission_view: a.missionClass,
    process_integrity: a.integrity,
    sentence_served: a.sentenceServed,
    clearly_political_acts: a.clearlyPolitical,
  }));

const urgencyInputs = (ctx: Ctx): Record<string, unknown> => ({
  urgency_found_by_granting_state: ctx.nc.urgencyFound,
});

const bothParties = (ctx: Ctx, i: 'CARACAS_1954' | 'HAVANA_1928' | 'MONTEVIDEO_1933'): boolean =>
  ctx.nc.sendingParties.has(i) && ctx.nc.hostParties.has(i);

export const evaluateTreaty = (ctx: Ctx): TreatyStep => {
  enter(ctx, 'T');
  const nc = ctx.nc;
  const legation = LEGATION_PREMISES.has(nc.premises);
  const codes: ReasonCode[] = [];
  const flags: Flag[] = [];
  // GC-04: informational whatever the treaty participation (Appendix A item 10).
  if (!legation) codes.push('T_CARACAS_NOT_LEGATION');

  if (legation && bothParties(ctx, 'CARACAS_1954')) {
    const anyReservation = (['T-C1', 'T-C2', 'T-C3'] as const).some((r) => reserved(ctx, r));
    if (anyReservation) flags.push('RESERVATION_REVIEW');
    const c1 = caracasRule(ctx, 'T-C1', () => political(ctx));
    const c2 = caracasRule(ctx, 'T-C2', () => !anyCommonOffenceBar(ctx, true));
    const c3 = caracasRule(ctx, 'T-C3', () => urgent(ctx));
    // §2.2: one trace line per rule evaluated — each of T-C1…T-C3 with the authority of its own
    // article (§2.13 article sub-IDs), carrying the code it emits when it fails.
    const lines = [
      ['T-C1', c1, 'T_CARACAS_NOT_POLITICAL', politicalInputs(ctx)],
      ['T-C2', c2, 'T_CARACAS_ART_III_BAR', { actions: actionInputs(ctx) }],
      ['T-C3', c3, 'T_CARACAS_NO_URGENCY', urgencyInputs(ctx)],
    ] as const;
    for (const [rule, holds, code, inputs] of lines) {
      emit(ctx, rule, { ...inputs, reserved: reserved(ctx, rule) }, holds, holds ? [] : [code]);
    }
    let t: TreatyStep;
    if (c1 && c2 && c3) {
      codes.push('T_CARACAS_GRANTED');
      t = { regime: 'CARACAS', result: 'HOLDS' };
    } else if (!c2 || !c3) {
      // T-C-bar (lex specialis): between parties the treaty makes the grant unlawful; only A/Q
      // can override (art. III; art. V; F19 for an appraisal of no urgency).
      codes.push('TREATY_PROHIBITS_GRANT');
      t = { regime: 'CARACAS', result: 'BARS_B' };
    } else t = { regime: 'CARACAS', result: 'FAILS' };
    emit(
      ctx,
      'T-C',
      {
        premises: nc.premises,
        reserved: [...nc.caracasReserved],
        'T-C1': c1,
        'T-C2': c2,
        'T-C3': c3,
      },
      t,
      codes,
      flags,
    );
    return t;
  }

  if (legation && bothParties(ctx, 'HAVANA_1928')) {
    const art1Bar = anyCommonOffenceBar(ctx, false);
    const pol = political(ctx);
    const urg = urgent(ctx);
    let t: TreatyStep;
    // Art. 1 (common offenders) and art. 2 (political offenders, urgent cases) as their own lines.
    emit(
      ctx,
      'T-H1',
      { actions: actionInputs(ctx) },
      !art1Bar,
      art1Bar ? ['T_HAVANA_ART_1_BAR'] : [],
    );
    emit(ctx, 'T-H2', { ...politicalInputs(ctx), ...urgencyInputs(ctx) }, pol && urg, [
      ...(urg ? [] : ['T_HAVANA_NO_URGENCY' as const]),
      ...(pol ? [] : ['T_HAVANA_NOT_POLITICAL' as const]),
    ]);
    if (art1Bar || !urg) {
      // Art. 1: common offenders "shall be surrendered"; art. 2 "First": not except in urgent
      // cases (F19). Either bars B.
      codes.push('TREATY_PROHIBITS_GRANT');
      t = { regime: 'HAVANA', result: 'BARS_B' };
    } else if (!pol) t = { regime: 'HAVANA', result: 'FAILS' };
    else {
      codes.push('T_HAVANA_GRANTED');
      // ICJ Asylum: no unilateral and definitive qualification, unless Montevideo 1933 art. 2.
      if (!bothParties(ctx, 'MONTEVIDEO_1933')) flags.push('QUALIFICATION_NOT_BINDING_ON_HOST');
      t = { regime: 'HAVANA', result: 'HOLDS' };
    }
    emit(
      ctx,
      'T-H',
      { premises: nc.premises, 'art. 1 bar': art1Bar, political: pol, urgent: urg },
      t,
      codes,
      flags,
    );
    return t;
  }

  // No regime between the two states for these premises: ICJ Asylum, seed §III (GC-11).
  flags.push('NO_GENERAL_LEGAL_BASIS');
  const t: TreatyStep = { regime: 'NONE', result: 'NOT_APPLICABLE' };
  emit(
    ctx,
    'T-C',
    {
      premises: nc.premises,
      caracas: bothParties(ctx, 'CARACAS_1954'),
      havana: bothParties(ctx, 'HAVANA_1928'),
    },
    t,
    codes,
    flags,
  );
  return t;
};
