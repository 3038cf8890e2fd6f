import type Database from 'better-sqlite3';
import type { Runtime } from '../../src/main/runtime';
import type { IntakeView, RecordView } from '../../src/shared/intake/records';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { Mission } from '../../src/shared/schemas/mission';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';
import { loadGoldenCases } from './golden';
import { ok } from './runtime';
import { QUITO } from './seed';

export { QUITO } from './seed';

/** A mission and one freshly opened case on it, through the same channels the UI uses. */
export function openedCase(rt: Runtime, mission: Partial<typeof QUITO> = {}) {
  const m = ok<Mission>(rt.invoke('missions:create', { ...QUITO, ...mission }));
  const c = ok<CaseSummary>(rt.invoke('cases:open', { missionId: m.id }));
  return { mission: m, case: c };
}

export const intake = (rt: Runtime, caseId: number) =>
  ok<IntakeView>(rt.invoke('intake:get', { caseId }));

export const patch = (rt: Runtime, input: Record<string, unknown>) =>
  rt.invoke('intake:patch', input);

export const add = (rt: Runtime, input: Record<string, unknown>) =>
  ok<{ record: RecordView }>(rt.invoke('intake:add', input)).record;

export type AuditRow = {
  seq: number;
  action: string;
  actorName: string;
  actorRole: string;
  caseId: number | null;
  at: string;
  changes: string;
};

export const auditRows = (sqlite: Database.Database): AuditRow[] =>
  sqlite
    .prepare(
      `SELECT seq, action, actor_name AS actorName, actor_role AS actorRole, case_id AS caseId, at,
         changes FROM audit_entries ORDER BY seq`,
    )
    .all() as AuditRow[];

/** GC-01 with three deliberate errors: a bad enum, a dangling reference, an impossible date. */
export function threeErrors(): unknown {
  const facts = structuredClone(loadGoldenCases()[0]?.facts) as CaseFacts;
  const risks = facts.risks ?? [];
  (risks[0] as { harm_type: string }).harm_type = 'BEATING';
  (risks[1] as { subject_ref: string }).subject_ref = 'P9';
  (facts.arrival as { arrived_at: string }).arrived_at = '2026-02-30T10:00:00Z';
  return facts;
}
