import type { missionsContract } from '../../../shared/ipc/contracts/missions';
import { createMission, listMissions } from '../../services/missionService';
import type { HandlersFor } from './types';

export const missionHandlers = {
  'missions:list': (_input, ctx) => listMissions(ctx),
  'missions:create': (input, ctx) => createMission(ctx, input),
} satisfies HandlersFor<keyof typeof missionsContract>;
