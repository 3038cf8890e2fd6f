import type { profilesContract } from '../../../shared/ipc/contracts/profiles';
import {
  createProfile,
  currentProfile,
  listProfiles,
  switchProfile,
} from '../../services/profileService';
import type { HandlersFor } from './types';

export const profileHandlers = {
  'profiles:list': (_input, ctx) => listProfiles(ctx),
  'profiles:current': (_input, ctx) => currentProfile(ctx),
  'profiles:create': (input, ctx) => createProfile(ctx, input),
  'profiles:switch': (input, ctx) => switchProfile(ctx, input.profileId),
} satisfies HandlersFor<keyof typeof profilesContract>;
