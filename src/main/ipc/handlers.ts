import type { ChannelOutput, ChannelParsedInput, Contract } from '../../shared/ipc/contract';
import type { ServiceContext } from '../services/context';
import { getCase, listCases, openCase } from '../services/caseService';
import { createMission, listMissions } from '../services/missionService';

type HandlerMap = {
  [C in keyof Contract]: (input: ChannelParsedInput<C>, ctx: ServiceContext) => ChannelOutput<C>;
};

// One handler per channel; `satisfies` makes a missing or mistyped channel a compile error.
export const handlers = {
  'app:info': (_input, ctx) => ({
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    schemaVersion: ctx.schemaVersion,
  }),
  'missions:list': (_input, ctx) => listMissions(ctx),
  'missions:create': (input, ctx) => createMission(ctx, input),
  'cases:open': (input, ctx) => openCase(ctx, input.missionId),
  'cases:list': (input, ctx) => listCases(ctx, input),
  'cases:get': (input, ctx) => getCase(ctx, input),
} satisfies HandlerMap;

export type Handlers = HandlerMap;
