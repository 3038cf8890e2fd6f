import { z } from 'zod';
import { missionCreateSchema, missionSchema } from '../../schemas/mission';
import type { ChannelSchema } from './common';

export const missionsContract = {
  'missions:list': { input: z.object({}).strict(), output: z.array(missionSchema) },
  'missions:create': { input: missionCreateSchema, output: missionSchema },
} as const satisfies Record<string, ChannelSchema>;
