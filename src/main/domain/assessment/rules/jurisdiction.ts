// Step J — jurisdiction / effective control (SPEC §2.4), checked in the order J-1, J-3a, J-3b, J-2
// (F8). Authorities (RULE_AUTHORITIES): J-1, J-2 CASE_MN_BELGIUM (¶118); J-3a GC31_HRC (¶10),
// VIEWS_LOPEZ_BURGOS, GC2_CAT (¶16), GC4_CAT (¶10), CASE_HIRSI (¶¶72–74, 81), CASE_AL_SKEINI,
// DEC_WM_DENMARK, AO_OC25_18; J-3b DEC_WM_DENMARK, CASE_B_FCO (assumed only), CASE_MN_BELGIUM
// (limiting); CASE_BANKOVIC (¶61) recorded as a limiting authority.
import { emit, enter, up, type Ctx } from '../context';
import type { Flag } from '../codes';
import type { Jurisdiction } from '../types';

export const evaluateJurisdiction = (ctx: Ctx): Jurisdiction => {
  enter(ctx, 'J');
  const nc = ctx.nc;
  const j = decide(ctx);
  ctx.jEstablished = j.status === 'ESTABLISHED';
  // §2.4 last paragraph: raised whenever J is established and the sending state contests an
  // instrument (GC 31 ¶10 vs US Observations 2007).
  const flags: Flag[] = [];
  if (j.rule === 'J-3b') flags.push('CONTESTED_JURISDICTION_BASIS');
  if (ctx.jEstablished && nc.contested.size > 0) flags.push('CONTESTED_EXTRATERRITORIALITY');
  emit(
    ctx,
    j.rule,
    {
      physically_on_premises: nc.onPremises,
      staff_custody_or_restriction: nc.staffCustody,
      movement_restricted_by_mission: nc.movementRestricted,
      mission_contemplating_ejection_or_handover: nc.contemplating,
      host_requested_entry_or_surrender: nc.hostRequested,
      arrival_mode: nc.arrivalMode,
      request_to_remain_expressed: nc.request,
      mode: ctx.mode,
      contested: [...nc.contested],
    },
    j,
    [CODE_OF[j.rule]],
    flags,
  );
  return j;
};

const CODE_OF = {
  'J-1': 'J_NOT_ON_PREMISES',
  'J-2': 'J_NO_DE_FACTO_CONTROL',
  'J-3a': 'J_AUTHORITY_AND_CONTROL',
  'J-3b': 'J_REQUEST_TO_REMAIN_ONLY',
} as const;

const decide = (ctx: Ctx): Jurisdiction => {
  const nc = ctx.nc;
  if (!up(ctx, nc.onPremises, 'control.physically_on_premises')) {
    return { status: 'NOT_ESTABLISHED', rule: 'J-1' };
  }
  // J-3a: an exercise of authority and control by staff (any one indicator suffices). Each
  // indicator is read even after one holds, so that every unknown the rule depends on is logged.
  const custody = up(ctx, nc.staffCustody, 'control.staff_custody_or_restriction');
  const restricted = up(ctx, nc.movementRestricted, 'control.movement_restricted_by_mission');
  const contemplating = up(
    ctx,
    nc.contemplating,
    'control.mission_contemplating_ejection_or_handover',
  );
  const hostRequested = up(ctx, nc.hostRequested, 'control.host_requested_entry_or_surrender');
  const broughtByStaff = nc.arrivalMode === 'BROUGHT_BY_STAFF';
  if (custody || restricted || contemplating || hostRequested || broughtByStaff) {
    return { status: 'ESTABLISHED', rule: 'J-3a' };
  }
  // J-3b: only the person's request to remain. Established only on the treaty-body reading; the
  // RESTRICTIVE mode treats it as not established for every instrument (F8, §2.3.4).
  if (up(ctx, nc.request, 'control.request_to_remain_expressed')) {
    return {
      status: ctx.mode === 'TREATY_BODY' ? 'ESTABLISHED' : 'NOT_ESTABLISHED',
      rule: 'J-3b',
    };
  }
  return { status: 'NOT_ESTABLISHED', rule: 'J-2' };
};
