import { z } from 'zod';
import { entityId, requiredText, stateCode, textLimits } from './text';

/** SPEC §1.2 PremisesType: the kind of premises decides which inviolability regime applies. */
export const PREMISES_TYPES = [
  'EMBASSY_CHANCERY',
  'HEAD_OF_MISSION_RESIDENCE',
  'CONSULATE_CAREER',
  'CONSULATE_HONORARY',
  'OTHER_NON_INVIOLABLE',
  'WARSHIP_OR_MILITARY_AIRCRAFT',
] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

export const PREMISES_LABELS: Record<PremisesType, string> = {
  EMBASSY_CHANCERY: 'Embassy chancery',
  HEAD_OF_MISSION_RESIDENCE: "Head of mission's residence",
  CONSULATE_CAREER: 'Consulate (career)',
  CONSULATE_HONORARY: 'Consulate (honorary)',
  OTHER_NON_INVIOLABLE: 'Other premises without inviolability',
  WARSHIP_OR_MILITARY_AIRCRAFT: 'Warship or military aircraft',
};

export const missionCodeSchema = z.string().regex(/^[A-Z0-9]{2,8}$/, {
  message: 'must be 2 to 8 capital letters or digits, e.g. QUI',
});

export const missionCreateSchema = z
  .object({
    name: requiredText(textLimits.name),
    code: missionCodeSchema,
    sendingState: stateCode,
    hostState: stateCode,
    premisesType: z.enum(PREMISES_TYPES, {
      message: `must be one of ${PREMISES_TYPES.join(', ')}`,
    }),
  })
  .strict();
export type MissionCreate = z.input<typeof missionCreateSchema>;

export const missionSchema = z.object({
  id: entityId,
  name: z.string(),
  code: z.string(),
  sendingState: z.string(),
  hostState: z.string(),
  premisesType: z.enum(PREMISES_TYPES),
  createdAt: z.string(),
});
export type Mission = z.infer<typeof missionSchema>;
