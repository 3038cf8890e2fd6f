import type { appContract } from '../../../shared/ipc/contracts/app';
import type { HandlersFor } from './types';

export const appHandlers = {
  'app:info': (_input, ctx) => ({
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    schemaVersion: ctx.schemaVersion,
  }),
} satisfies HandlersFor<keyof typeof appContract>;
