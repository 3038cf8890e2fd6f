import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { EntityKind } from '../../../../shared/intake/entities';
import type { IntakeView, RecordView } from '../../../../shared/intake/records';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call, IpcCallError } from '../../lib/ipc';
import { useSaveStatus } from './saveStatus';

export const intakeKey = (caseId: number) => ['intake', caseId] as const;

export function useIntake(caseId: number | undefined) {
  return useQuery({
    queryKey: intakeKey(caseId ?? 0),
    queryFn: () => call('intake:get', { caseId: caseId ?? 0 }),
    enabled: caseId !== undefined,
    // The interview's answers are the source of truth the adviser edits; refetching under their
    // cursor would fight the text they are typing.
    staleTime: Infinity,
  });
}

/** Puts a record the main process returned back into the cached intake. */
function replaceRecord(view: IntakeView, kind: EntityKind, record: RecordView): IntakeView {
  const swap = <T extends RecordView>(list: T[]) =>
    list.map((r) => (r.id === record.id ? { ...r, ...record } : r));
  switch (kind) {
    case 'case':
      return { ...view, case: record };
    case 'principal':
      return { ...view, principal: record };
    case 'dependant':
      return { ...view, dependants: swap(view.dependants) };
    case 'risk':
      return { ...view, risks: swap(view.risks) };
    case 'action':
      return { ...view, actions: swap(view.actions) };
    case 'evidence':
      return { ...view, evidence: swap(view.evidence) };
    case 'legal':
      return { ...view, legal: { ...view.legal, ...record } };
    case 'reservation':
      return { ...view, legal: { ...view.legal, reservations: swap(view.legal.reservations) } };
    case 'safeConduct':
      return { ...view, safeConducts: swap(view.safeConducts) };
  }
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** The message for one field out of a failed save: the field's own issue, else the whole error. */
export function fieldMessage(error: unknown, path: string): string {
  if (error instanceof IpcCallError) {
    const own = error.issues.find((i) => i.path === `set.${path}` || i.path === path);
    if (own) return own.message;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function refreshAfterWrite(qc: QueryClient, caseId: number) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: intakeKey(caseId) }),
    qc.invalidateQueries({ queryKey: ['cases'] }),
  ]);
}

/**
 * Saves answers as they are given (issue 3: every change is saved as it is made). Each call is
 * one `intake:patch`, i.e. one transaction and one audit entry in the main process.
 */
export function useSaveAnswers(caseId: number) {
  const qc = useQueryClient();
  const status = useSaveStatus();
  return useCallback(
    async (
      target: { kind: EntityKind; id?: number },
      change: {
        set?: Record<string, unknown>;
        clear?: string[];
        label?: string;
        subjectRef?: string | null;
      },
      path: string,
    ): Promise<SaveResult> => {
      const done = status.begin();
      try {
        const out = await call('intake:patch', {
          caseId,
          ...target,
          ...change,
        } as ChannelInput<'intake:patch'>);
        qc.setQueryData<IntakeView>(intakeKey(caseId), (old) =>
          old ? { ...replaceRecord(old, target.kind, out.record), updatedAt: out.updatedAt } : old,
        );
        if (change.label !== undefined || change.subjectRef !== undefined) {
          await refreshAfterWrite(qc, caseId);
        }
        done(null);
        return { ok: true };
      } catch (e) {
        const message = fieldMessage(e, path);
        done(message);
        return { ok: false, message };
      }
    },
    [caseId, qc, status],
  );
}
