import type { intakeContract } from '../../../shared/ipc/contracts/intake';
import {
  addRecord,
  getIntake,
  patchIntake,
  removeRecord,
  setLegalSource,
  setSupports,
} from '../../services/intake/intakeService';
import type { HandlersFor } from './types';

export const intakeHandlers = {
  'intake:get': (input, ctx) => getIntake(ctx, input.caseId),
  'intake:patch': (input, ctx) => patchIntake(ctx, input),
  'intake:add': (input, ctx) => addRecord(ctx, input),
  'intake:remove': (input, ctx) => removeRecord(ctx, input),
  'intake:set-supports': (input, ctx) => setSupports(ctx, input),
  'intake:set-legal-source': (input, ctx) => setLegalSource(ctx, input),
} satisfies HandlersFor<keyof typeof intakeContract>;
