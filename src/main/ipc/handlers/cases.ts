import type { casesContract } from '../../../shared/ipc/contracts/cases';
import { getCase, listCases, openCase } from '../../services/caseService';
import type { HandlersFor } from './types';

export const caseHandlers = {
  'cases:open': (input, ctx) => openCase(ctx, input.missionId),
  'cases:list': (input, ctx) => listCases(ctx, input),
  'cases:get': (input, ctx) => getCase(ctx, input),
} satisfies HandlersFor<keyof typeof casesContract>;
