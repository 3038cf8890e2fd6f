import type { auditContract } from '../../../shared/ipc/contracts/audit';
import { AppError } from '../../../shared/errors';
import type { AuditStatus } from '../../../shared/schemas/audit';
import {
  auditHead,
  caseTrail,
  lastVerification,
  takeCheckpoint,
} from '../../services/auditService';
import type { AuditJobs } from '../../services/auditJobs';
import { getCase } from '../../services/caseService';
import type { ServiceContext } from '../../services/context';
import type { HandlersFor } from './types';

function jobs(ctx: ServiceContext): AuditJobs {
  if (!ctx.auditJobs) {
    throw new AppError('CONFLICT', 'background audit jobs are not available in this process');
  }
  return ctx.auditJobs;
}

function status(ctx: ServiceContext): AuditStatus {
  const s = ctx.auditJobs?.state();
  return {
    head: auditHead(ctx.sqlite),
    last: lastVerification(ctx),
    running: s?.verify.running ?? null,
    error: s?.verify.error ?? null,
    export: s?.export ?? { running: null, last: null, error: null },
  };
}

export const auditHandlers = {
  'audit:status': (_input, ctx) => status(ctx),
  'audit:verify': (_input, ctx) => {
    jobs(ctx).verify();
    return status(ctx);
  },
  'audit:caseTrail': (input, ctx) => caseTrail(ctx, input),
  'audit:exportCase': (input, ctx) => {
    getCase(ctx, { id: input.caseId });
    if (!jobs(ctx).exportCase(input.caseId)) {
      throw new AppError('CONFLICT', 'an export is already being written; wait for it to finish');
    }
    return status(ctx);
  },
  'audit:checkpoint': (_input, ctx) => takeCheckpoint(ctx),
} satisfies HandlersFor<keyof typeof auditContract>;
