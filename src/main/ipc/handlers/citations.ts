import type { citationsContract } from '../../../shared/ipc/contracts/citations';
import {
  addCitation,
  listCitations,
  removeCitation,
  updateCitation,
} from '../../services/citationService';
import type { HandlersFor } from './types';

export const citationHandlers = {
  'citations:list': (input, ctx) => listCitations(ctx, input.target),
  'citations:add': (input, ctx) => addCitation(ctx, input),
  'citations:update': (input, ctx) => updateCitation(ctx, input),
  'citations:remove': (input, ctx) => removeCitation(ctx, input.id),
} satisfies HandlersFor<keyof typeof citationsContract>;
