// Step B — the seed's sliding scale (SPEC §2.9): harm H against interference I. This is the seed's
// de lege ferenda proposal (seed §IV: "sufficiently gross or flagrant in comparison to the
// interference into the internal affairs of the host state"), a variation of Behrens'
// proportionality approach (fn 51): SCH_BEHRENS; floor CASE_B_FCO ([88]–[89]); pretext and
// operation of justice CASE_ICJ_ASYLUM; conduct TREATY_VCDR_ART41, TREATY_CARACAS_ART18; duration
// TREATY_CARACAS_ART5, TREATY_HAVANA, AO_OC25_18; premises TREATY_VCCR_ART31, TREATY_VCCR_ART55.
// H and I are computed "for the record" whatever J and the preconditions say (§2.3.5).
import type { KnownConduct } from '../../../../shared/caseFacts/enums';
import { down, emit, enter, noteUnknown, up, type Ctx } from '../context';
import type { Flag, ReasonCode } from '../codes';
import type { InterferenceIndex, TreatyStep } from '../types';
import { integrity, processBaseClass } from './offence';
import type { RiskEval } from './risk';

export type BResult = {
  holds: boolean;
  barred: boolean;
  H: number;
  I: InterferenceIndex;
  slack: number;
};

/** ICJ Asylum: a charge before a fair process scoring this much is "the operation of justice". */
const OPERATION_OF_JUSTICE_POINTS = 3;

const processPoints = (ctx: Ctx): { points: number; operationOfJustice: boolean } => {
  const { offence_class_points: classPoints, integrity: adj } = ctx.config.interference;
  let max = 0;
  let operationOfJustice = false;
  for (const a of ctx.nc.actions) {
    // F9: the host's characterisation is the base (no unilateral qualification, ICJ Asylum); the
    // mission's disagreement enters only through process_integrity. For an extradition or
    // surrender request the recorded integrity is that of the host's surrender process.
    let points = classPoints[processBaseClass(ctx, a)];
    const pi = integrity(ctx, a);
    switch (pi) {
      case 'PRETEXTUAL':
        // "in the guise of justice, arbitrary action is substituted for the rule of law"
        points = Math.min(points, adj.PRETEXTUAL_cap);
        break;
      case 'DEFICIENT':
        if (points > 0) points = Math.max(points - adj.DEFICIENT_minus, adj.floor_when_charged);
        break;
      case 'INDEPENDENT_FAIR':
        if (points >= OPERATION_OF_JUSTICE_POINTS) operationOfJustice = true;
        break;
      default: {
        const never: never = pi;
        throw new Error(`unhandled integrity ${String(never)}`);
      }
    }
    if (points > max) max = points;
  }
  return { points: max, operationOfJustice };
};

const natsecPoints = (ctx: Ctx): number => {
  let found = false;
  for (const a of ctx.nc.actions) {
    const p = `${a.path}.national_security_allegation.reasonable_grounds_found_by_mission`;
    if (down(ctx, a.natsec, p)) found = true;
  }
  return found ? ctx.config.interference.natsec_reasonable_grounds : 0;
};

/** I_conduct = max(conduct points, destabilising-before-entry points) (F9; seed §IV). */
const conductPoints = (ctx: Ctx): { points: number; destabilising: boolean } => {
  const cfg = ctx.config.interference;
  let conduct: KnownConduct;
  if (ctx.nc.conduct === 'U') {
    noteUnknown(ctx, 'conduct');
    conduct = ctx.side.optimistic ? 'NONE' : 'ORGANISING_AGAINST_HOST_GOVERNMENT';
  } else conduct = ctx.nc.conduct;
  const before = down(ctx, ctx.nc.destabilising, 'destabilising_activity_before_entry');
  const points = Math.max(
    cfg.conduct[conduct],
    before ? cfg.destabilising_activity_before_entry : 0,
  );
  return { points, destabilising: conduct === 'ORGANISING_AGAINST_HOST_GOVERNMENT' || before };
};

/**
 * F14: elapsed days only; unknown days are 0 optimistically and "> 180" pessimistically. Days are
 * a real number (Appendix A item 17: brackets written so that non-integer days fall in one), so
 * 180 days plus one second is "d > 180".
 */
const durationPoints = (ctx: Ctx): number => {
  const brackets = ctx.config.interference.duration_days;
  const days = ctx.nc.days;
  if (days === null) {
    for (const p of ctx.nc.daysMissing) noteUnknown(ctx, p);
    const edge = ctx.side.optimistic ? brackets[0] : brackets[brackets.length - 1];
    return edge?.points ?? 0;
  }
  for (const b of brackets) if (b.upto === null || days <= b.upto) return b.points;
  return brackets[brackets.length - 1]?.points ?? 0;
};

export const evaluateSlidingScale = (
  ctx: Ctx,
  risks: readonly RiskEval[],
  t: TreatyStep,
): BResult => {
  enter(ctx, 'B');
  const cfg = ctx.config;
  const nc = ctx.nc;
  const engaged = risks.filter((e) => e.engaged);
  const H = engaged.reduce((m, e) => Math.max(m, e.severity), 0);

  const proc = processPoints(ctx);
  const natsec = natsecPoints(ctx);
  const conduct = conductPoints(ctx);
  const duration = durationPoints(ctx);
  const premises = cfg.interference.premises[nc.premises];
  const total = proc.points + natsec + conduct.points + duration + premises;
  const I: InterferenceIndex = {
    total,
    process: proc.points,
    natsec,
    conduct: conduct.points,
    duration,
    premises,
  };
  const slack = H - total - cfg.margin;

  // Preconditions (1)–(4); (5) immediacy below severity 3 (B & Others [88]–[89], E22, F10).
  const onPremises = up(ctx, nc.onPremises, 'control.physically_on_premises');
  const request = up(ctx, nc.request, 'control.request_to_remain_expressed');
  const anyEngaged = engaged.length > 0;
  const barred = t.result === 'BARS_B';
  // Reading: with no engaged risk precondition (3) already fails, so immediacy is not consulted.
  const lesserOnly =
    anyEngaged && engaged.every((e) => e.severity < cfg.immediacy_required_below_severity);
  const immediate = !lesserOnly || up(ctx, nc.imminent, 'urgency.imminent_threat');

  const codes: ReasonCode[] = [];
  const flags: Flag[] = [];
  if (proc.operationOfJustice) codes.push('OPERATION_OF_JUSTICE');
  if (conduct.destabilising) codes.push('CONDUCT_DESTABILISING');
  let holds = false;
  if (barred) codes.push('TREATY_PROHIBITS_GRANT');
  else if (onPremises && request && anyEngaged) {
    if (H < cfg.H_min) codes.push('B_BELOW_H_MIN');
    else if (!immediate) codes.push('B_LESSER_HARM_NOT_IMMEDIATE');
    else {
      holds = H - total >= cfg.margin;
      codes.push(holds ? 'B_MARGIN_MET' : 'B_MARGIN_NOT_MET');
      if (holds && slack === 0) flags.push('B_BORDERLINE');
    }
  }
  emit(
    ctx,
    'B',
    {
      physically_on_premises: nc.onPremises,
      request_to_remain_expressed: nc.request,
      engaged: engaged.map((e) => e.risk.risk_id),
      barred,
      imminent_threat: nc.imminent,
      H_min: cfg.H_min,
      margin: cfg.margin,
      days_on_premises: nc.days,
    },
    { holds, H, I, b_slack: slack },
    codes,
    flags,
  );
  return { holds, barred, H, I, slack };
};
