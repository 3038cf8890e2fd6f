import type { casesContract } from '../../../shared/ipc/contracts/cases';
import { caseIdOf, getCase, listCases, openCase, transitionCase } from '../../services/caseService';
import { exportFacts, importFacts } from '../../services/intake/factsService';
import type { HandlersFor } from './types';

export const caseHandlers = {
  'cases:open': (input, ctx) => openCase(ctx, input.missionId),
  'cases:list': (input, ctx) => listCases(ctx, input),
  'cases:get': (input, ctx) => getCase(ctx, input),
  'cases:transition': (input, ctx) => transitionCase(ctx, input),
  'cases:facts': (input, ctx) => exportFacts(ctx, caseIdOf(ctx, input)),
  'cases:import-facts': (input, ctx) => importFacts(ctx, input),
} satisfies HandlersFor<keyof typeof casesContract>;
