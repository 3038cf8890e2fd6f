// Resolution of an action's offence classes and process integrity for one completion (§2.3.2).
import type { KnownOffenceClass } from '../../../../shared/caseFacts/enums';
import { noteUnknown, type Ctx } from '../context';
import type { NAction } from '../model';

/**
 * The mission's qualification (Caracas art. IV), read by Q, T and — absent a host view — by
 * I_process. UNKNOWN: pessimistic EXCLUDABLE_1F; optimistic NONE or POLITICAL_EXPRESSIVE, per the
 * run (§2.3.2). Reading: "NONE (action ignored)" means the action's class carries no charge and no
 * points; its other fields (natsec, 1F, integrity…) keep their own resolution rows.
 */
export const missionClass = (ctx: Ctx, a: NAction): KnownOffenceClass => {
  if (a.missionClass !== 'UNKNOWN') return a.missionClass;
  noteUnknown(ctx, `${a.path}.offence_class_mission_view`);
  return ctx.side.optimistic ? ctx.side.unknownClass : 'EXCLUDABLE_1F';
};

/** F9: the host's view is the base class for I_process when recorded; UNKNOWN: NONE / 1F. */
export const processBaseClass = (ctx: Ctx, a: NAction): KnownOffenceClass => {
  if (a.hostClass === null) return missionClass(ctx, a);
  if (a.hostClass !== 'UNKNOWN') return a.hostClass;
  noteUnknown(ctx, `${a.path}.offence_class_host_view`);
  return ctx.side.optimistic ? 'NONE' : 'EXCLUDABLE_1F';
};

/** process_integrity UNKNOWN (incl. an unsubstantiated PRETEXTUAL, V-15): PRETEXTUAL / FAIR. */
export const integrity = (
  ctx: Ctx,
  a: NAction,
): 'INDEPENDENT_FAIR' | 'DEFICIENT' | 'PRETEXTUAL' => {
  if (a.integrity !== 'UNKNOWN') return a.integrity;
  noteUnknown(ctx, `${a.path}.process_integrity`);
  return ctx.side.optimistic ? 'PRETEXTUAL' : 'INDEPENDENT_FAIR';
};
