import type { timelineContract } from '../../../shared/ipc/contracts/timeline';
import { caseAsOf } from '../../services/auditService';
import { getEvent, listEventActors, listEvents, recordEvent } from '../../services/timelineService';
import type { HandlersFor } from './types';

export const timelineHandlers = {
  'timeline:list': (input, ctx) => listEvents(ctx, input),
  'timeline:get': (input, ctx) => getEvent(ctx, input.id, input.asOf),
  'timeline:record': (input, ctx) => recordEvent(ctx, input),
  'timeline:actors': (input, ctx) => listEventActors(ctx, input.caseId),
  'timeline:caseAsOf': (input, ctx) => caseAsOf(ctx, input),
} satisfies HandlersFor<keyof typeof timelineContract>;
