import type { Runtime } from '../../src/main/runtime';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { Mission } from '../../src/shared/schemas/mission';
import { ok, TRUSTED_SENDER } from './runtime';

export const QUITO = {
  name: 'Embassy in Quito',
  code: 'QUI',
  sendingState: 'GBR',
  hostState: 'ECU',
  premisesType: 'EMBASSY_CHANCERY',
};

/** Calls a channel as the app's own window would, and unwraps an ok result. */
export function callOk<T>(rt: Runtime, channel: string, input: unknown): T {
  return ok<T>(rt.call(channel, input, TRUSTED_SENDER));
}

/** A mission and `n` cases opened at it. */
export function missionWithCases(rt: Runtime, n = 1): { mission: Mission; cases: CaseSummary[] } {
  const mission = callOk<Mission>(rt, 'missions:create', QUITO);
  const cases = Array.from({ length: n }, () =>
    callOk<CaseSummary>(rt, 'cases:open', { missionId: mission.id }),
  );
  return { mission, cases };
}
