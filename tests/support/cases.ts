import type { Runtime } from '../../src/main/runtime';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { Mission } from '../../src/shared/schemas/mission';
import { ok } from './runtime';

/** A mission and a freshly opened case on it, through the same channels the UI uses. */
export function openTestCase(rt: Runtime): CaseSummary {
  const missions = ok<Mission[]>(rt.invoke('missions:list', {}));
  const mission =
    missions[0] ??
    ok<Mission>(
      rt.invoke('missions:create', {
        name: 'Embassy in Quito',
        code: 'QUI',
        sendingState: 'GBR',
        hostState: 'ECU',
        premisesType: 'EMBASSY_CHANCERY',
      }),
    );
  return ok<CaseSummary>(rt.invoke('cases:open', { missionId: mission.id }));
}
