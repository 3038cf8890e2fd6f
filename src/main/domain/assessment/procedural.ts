// Procedural layer P (SPEC §2.11), per subject: the interim no-handover measure (P-0, P-1), the
// required actions (a closed enum, each emitted only by its rule), the flags of the layer, and
// the guidance of F12g.
import type { ModeResult } from './bounds';
import type { Flag, Guidance, ReasonCode, RequiredAction } from './codes';
import { REQUIRED_ACTIONS } from './codes';
import type { RulesetConfig } from './config';
import { CODE_AUTHORITIES, RULE_AUTHORITIES, type Citation, type RuleId } from './authorities';
import type { NCase, NSubject } from './model';
import { RANK } from './rules/precedence';
import type { Destination } from '../../../shared/caseFacts/enums';
import type { HandoverGuard, InterimMeasure, TraceStep } from './types';

export type Procedural = {
  interim: InterimMeasure | null;
  handover: HandoverGuard;
  codes: ReasonCode[];
  flags: Flag[];
  actions: RequiredAction[];
  guidance: Guidance;
  trace: TraceStep[];
};

const HOUR_MS = 3_600_000;

/** ISO 8601 in UTC, without a zero millisecond part (stable, human-readable). */
const isoUtc = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

const step = (
  rule: RuleId,
  inputs: Record<string, unknown>,
  result: unknown,
  codes: readonly ReasonCode[] = [],
  flags: readonly Flag[] = [],
): TraceStep => {
  const authorities: Citation[] = [...RULE_AUTHORITIES[rule]];
  for (const c of [...codes, ...flags]) {
    for (const a of CODE_AUTHORITIES[c]) if (!authorities.includes(a)) authorities.push(a);
  }
  return {
    rule,
    completion: null,
    inputs,
    result,
    reason_codes: [...codes],
    flags: [...flags],
    authorities,
  };
};

/** P-10 / F21: the host may lawfully enter (VCCR arts 31(2), 59). */
export const lacksInviolability = (nc: NCase): boolean => {
  switch (nc.premises) {
    case 'CONSULATE_HONORARY':
    case 'OTHER_NON_INVIOLABLE':
      return true;
    case 'CONSULATE_CAREER':
      // VCCR art. 31(2) protects only the part used exclusively for consular work; an omitted area
      // is not shown to be protected (schema: "anything but … including omitted").
      return nc.premisesArea !== 'CONSULAR_WORK_AREA_EXCLUSIVE';
    case 'EMBASSY_CHANCERY':
    case 'HEAD_OF_MISSION_RESIDENCE':
    case 'WARSHIP_OR_MILITARY_AIRCRAFT':
      return false;
    default: {
      const never: never = nc.premises;
      throw new Error(`unhandled premises ${String(never)}`);
    }
  }
};

export const proceduralLayer = (
  nc: NCase,
  subj: NSubject,
  conf: ModeResult,
  alt: ModeResult,
  config: RulesetConfig,
): Procedural => {
  const trace: TraceStep[] = [];
  const codes: ReasonCode[] = [];
  const flags: Flag[] = [];
  const actions = new Set<RequiredAction>(['REASSESS_ON_RISK_CHANGED']);

  // P-0 (F1): a request to remain with nothing recorded, from REQUEST_RECEIVED until the first
  // assessment. P-1 (F3a): either mode's outcome, or its optimistic end, is OBLIGATORY.
  const p0 = subj.hasV10;
  const p1 =
    conf.opt.o.outcome === 'PROTECTION_OBLIGATORY' || alt.opt.o.outcome === 'PROTECTION_OBLIGATORY';
  let interim: InterimMeasure | null = null;
  if (p0 || p1) {
    const basis: ('P-0' | 'P-1')[] = [];
    if (p0) basis.push('P-0');
    if (p1) basis.push('P-1');
    const hours = config.interim.assessment_deadline_hours;
    const setAt = nc.interimSetAt ?? nc.asOf;
    const setMs = setAt === null ? Number.NaN : Date.parse(setAt);
    const reviewMs = setMs + hours * HOUR_MS;
    interim = {
      type: 'NO_EJECTION_OR_HANDOVER_PENDING_ASSESSMENT',
      basis,
      set_at: setAt,
      review_by: Number.isNaN(reviewMs) ? null : isoUtc(reviewMs),
      deadline_hours: hours,
      // F3b: the measure never lapses; only a new assessment can lift it.
      lapses: false,
    };
    codes.push('INTERIM_NO_HANDOVER');
    actions.add('COMPLETE_ASSESSMENT_BEFORE_DEADLINE');
    const asOfMs = nc.asOf === null ? Number.NaN : Date.parse(nc.asOf);
    // The missed deadline is P-1's consequence (§2.11 P-1 row; §2.13 "INTERIM_DEADLINE_MISSED |
    // P-1"; RequiredAction "REQUEST_CAPITAL_INSTRUCTION (P-1 deadline)", against
    // "COMPLETE_ASSESSMENT_BEFORE_DEADLINE (P-0/P-1)"). Reading, where F3b speaks of "the interim
    // measure" generally: a P-0-only measure (no completion of either mode can be OBLIGATORY) stays
    // in force but is not escalated to the capital — the seed (§IV) lets non-interference yield
    // only to a risk that "would trigger the sending state's non-refoulement obligations".
    const missed = p1 && !Number.isNaN(reviewMs) && !Number.isNaN(asOfMs) && asOfMs >= reviewMs;
    if (missed) {
      codes.push('INTERIM_DEADLINE_MISSED');
      actions.add('REQUEST_CAPITAL_INSTRUCTION');
    }
    // P-7: caution before disclosing identity to the host while the measure is active.
    flags.push('HOST_DISCLOSURE_CAUTION');
    if (p0)
      trace.push(step('P-0', { synthetic_risk: `V10-${subj.ref}` }, true, ['INTERIM_NO_HANDOVER']));
    if (p1) {
      trace.push(
        step(
          'P-1',
          { optimistic: conf.opt.o.outcome, alt_mode_optimistic: alt.opt.o.outcome },
          interim,
          missed ? ['INTERIM_NO_HANDOVER', 'INTERIM_DEADLINE_MISSED'] : ['INTERIM_NO_HANDOVER'],
        ),
      );
    }
    trace.push(step('P-7', {}, true, [], ['HOST_DISCLOSURE_CAUTION']));
  }

  // §2.13 / F12k: every sliding-scale result (or range endpoint) rests on the seed's proposal.
  // Reading: the configured mode's outcome and range only — §2.3.4 "H, I, codes and flags belong
  // to the configured mode"; an alternative-mode PERMISSIBLE_ON_BALANCE does not raise it.
  const endpoints: readonly string[] = conf.range ?? [];
  if (conf.outcome === 'PERMISSIBLE_ON_BALANCE' || endpoints.includes('PERMISSIBLE_ON_BALANCE')) {
    flags.push('SEED_PROPOSAL_NOT_SETTLED_LAW');
  }

  switch (conf.outcome) {
    case 'INSUFFICIENT_INFORMATION':
      actions.add('SCREENING_INTERVIEW');
      break;
    case 'PROTECTION_OBLIGATORY':
      // P-3: GC 4 ¶12 — no removal "so long as the risk persists".
      actions.add('NO_EJECTION_OR_HANDOVER_INTO_RISK');
      actions.add('PURSUE_SAFE_EXIT_OR_RELIABLE_ASSURANCES');
      trace.push(step('P-3', { outcome: conf.outcome }, true));
      break;
    case 'PERMISSIBLE_TREATY_BASIS':
      // P-4: Caracas arts VIII, IX, XII, XVIII; Havana.
      if (conf.sub_basis === 'CARACAS') {
        actions.add('NOTIFY_TERRITORIAL_MFA');
        actions.add('CONSIDER_HOST_INFORMATION');
      }
      actions.add('REQUEST_SAFE_CONDUCT');
      actions.add('CONDUCT_RULES');
      trace.push(step('P-4', { regime: conf.sub_basis }, true));
      break;
    case 'PERMISSIBLE_ON_BALANCE':
      actions.add('CONDUCT_RULES');
      actions.add('EXIT_PLANNING');
      break;
    case 'NOT_JUSTIFIED':
      // P-5 (F3f): not an instruction to surrender (Haya de la Torre).
      actions.add('INFORM_PERSON_OF_CONSEQUENCES');
      actions.add('NO_FACILITATION_OF_EVASION');
      if (conf.pess.jurisdiction.rule === 'J-2') {
        actions.add('REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL');
      }
      trace.push(step('P-5', { jurisdiction: conf.pess.jurisdiction.rule }, true));
      break;
    default: {
      const never: never = conf.outcome;
      throw new Error(`unhandled outcome ${String(never)}`);
    }
  }

  if (subj.unaccompanied) {
    actions.add('BEST_INTERESTS_ASSESSMENT');
    actions.add('APPOINT_GUARDIAN');
    actions.add('CHILD_APPROPRIATE_INTERVIEW');
    trace.push(step('P-8', { vulnerabilities: 'UNACCOMPANIED_CHILD' }, true));
  }
  if (nc.relations === 'SEVERED' || nc.relations === 'ARMED_CONFLICT') {
    actions.add('ARRANGE_PROTECTING_POWER_CUSTODY');
    trace.push(step('P-9', { relations_status: nc.relations }, true));
  }
  if (lacksInviolability(nc)) {
    flags.push('NO_INVIOLABILITY_PROTECTION');
    actions.add('RELOCATE_WITHIN_PROTECTED_AREA');
    trace.push(
      step(
        'P-10',
        { premises_type: nc.premises, premises_area: nc.premisesArea },
        true,
        [],
        ['NO_INVIOLABILITY_PROTECTION'],
      ),
    );
  }

  // P-6 (F3c–e), per subject: condition (iii) and the destinations it protects.
  const obligatoryEither = (m: ModeResult) => m.opt.o.outcome === 'PROTECTION_OBLIGATORY';
  const destinations = new Set<Destination>();
  for (const m of [conf, alt]) {
    for (const c of [m.pess, m.opt]) {
      for (const e of c.risks) if (e.engaged) destinations.add(e.risk.destination);
    }
  }
  const handover: HandoverGuard = {
    bars_handover: obligatoryEither(conf) || obligatoryEither(alt),
    engaged_destinations: (
      ['HOST_TERRITORY', 'THIRD_STATE_ONWARD', 'THIRD_STATE_DIRECT', 'UNKNOWN'] as const
    ).filter((d) => destinations.has(d)),
    voluntary_departure_needs_signoff: p1,
    override_is_of_absolute_bar: conf.sub_basis === 'ABSOLUTE' || alt.sub_basis === 'ABSOLUTE',
  };
  trace.push(step('P-6', { outcome: conf.outcome, alt_mode_outcome: alt.outcome }, handover));

  // F12g guidance, in this order.
  let guidance: Guidance;
  if (interim !== null || conf.outcome === 'PROTECTION_OBLIGATORY') {
    guidance = 'MUST_NOT_EJECT_OR_HAND_OVER';
  } else if (RANK[conf.pess.o.outcome] >= 2) guidance = 'MAY_SHELTER';
  else if (RANK[conf.opt.o.outcome] >= 2 && conf.pess.o.outcome === 'NOT_JUSTIFIED') {
    guidance = 'MAY_SHELTER_PENDING_ASSESSMENT';
  } else guidance = 'NO_BASIS_TO_SHELTER';
  trace.push(
    step(
      'G',
      {
        interim: interim !== null,
        pessimistic: conf.pess.o.outcome,
        optimistic: conf.opt.o.outcome,
      },
      guidance,
    ),
  );

  return {
    interim,
    handover,
    codes,
    flags,
    actions: REQUIRED_ACTIONS.filter((a) => actions.has(a)),
    guidance,
    trace,
  };
};
