import { z } from 'zod';
import { PREMISES_AREAS, RELATIONS_STATUSES } from '../caseFacts/enums';
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
    /** SPEC §1.3.2; copied into each new case's premises facts. */
    relationsStatus: z
      .enum(RELATIONS_STATUSES, { message: `must be one of ${RELATIONS_STATUSES.join(', ')}` })
      .optional(),
    premisesArea: z
      .enum(PREMISES_AREAS, { message: `must be one of ${PREMISES_AREAS.join(', ')}` })
      .optional(),
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
  relationsStatus: z.enum(RELATIONS_STATUSES).nullable(),
  premisesArea: z.enum(PREMISES_AREAS).nullable(),
});
export type Mission = z.infer<typeof missionSchema>;
