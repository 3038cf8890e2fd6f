import type { deadlinesContract } from '../../../shared/ipc/contracts/deadlines';
import {
  completeDeadline,
  createFollowUp,
  dueSoon,
  listDeadlines,
} from '../../services/deadlineService';
import type { HandlersFor } from './types';

export const deadlineHandlers = {
  'deadlines:list': (input, ctx) => listDeadlines(ctx, input),
  'deadlines:dueSoon': (input, ctx) => dueSoon(ctx, input),
  'deadlines:followUp': (input, ctx) => createFollowUp(ctx, input),
  'deadlines:complete': (input, ctx) => completeDeadline(ctx, input),
} satisfies HandlersFor<keyof typeof deadlinesContract>;
