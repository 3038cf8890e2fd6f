import { z } from 'zod';
import { entityId, requiredText, textLimits } from '../../schemas/text';
import type { ChannelSchema } from './common';

/** Who may work in Casefile on this machine (issue 3); a later issue adds passphrases. */
export const PROFILE_ROLES = ['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'DUTY_OFFICER'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

export const PROFILE_ROLE_LABELS: Record<ProfileRole, string> = {
  LEGAL_ADVISER: 'Legal adviser',
  HEAD_OF_MISSION: 'Head of mission',
  DUTY_OFFICER: 'Duty officer',
};

export const profileSchema = z.object({
  id: entityId,
  uid: z.string(),
  name: z.string(),
  role: z.enum(PROFILE_ROLES),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileCreateSchema = z
  .object({
    name: requiredText(textLimits.name),
    role: z.enum(PROFILE_ROLES, { message: `must be one of ${PROFILE_ROLES.join(', ')}` }),
  })
  .strict();

/** Channels a window may call before anyone has said who is working. */
export const PROFILE_FREE_CHANNELS: readonly string[] = [
  'app:info',
  'profiles:list',
  'profiles:current',
  'profiles:create',
  'profiles:switch',
];

export const profilesContract = {
  'profiles:list': { input: z.object({}).strict(), output: z.array(profileSchema) },
  'profiles:current': { input: z.object({}).strict(), output: profileSchema.nullable() },
  /** Creates a profile and starts working as it. */
  'profiles:create': { input: profileCreateSchema, output: profileSchema },
  'profiles:switch': { input: z.object({ profileId: entityId }).strict(), output: profileSchema },
} as const satisfies Record<string, ChannelSchema>;
