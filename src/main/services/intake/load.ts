import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type {
  AttachmentMeta,
  CustodyView,
  IntakeView,
  LegalView,
  RecordView,
} from '../../../shared/intake/records';
import { prepared } from '../../db/statements';
import { toRecord, type Row } from './store';

// Reads a whole intake in a fixed number of indexed queries (no per-record round trips).

export const ATTACHMENT_META = `id, uid, file_name AS fileName, media_type AS mediaType, size,
  sha256, created_at AS createdAt, created_by AS createdBy`;

type CaseHeader = Pick<
  IntakeView,
  | 'caseId'
  | 'uid'
  | 'reference'
  | 'status'
  | 'label'
  | 'openedAt'
  | 'updatedAt'
  | 'factsCaseId'
  | 'factsMissionId'
> & {
  missionId: number;
  missionName: string;
  missionCode: string;
  sendingState: string;
  hostState: string;
};

export function caseHeader(sqlite: Database.Database, caseId: number): CaseHeader {
  const row = prepared(
    sqlite,
    `SELECT c.id AS caseId, c.uid, c.reference, c.status, c.label, c.opened_at AS openedAt,
       c.updated_at AS updatedAt, c.facts_case_id AS factsCaseId,
       c.facts_mission_id AS factsMissionId, m.id AS missionId, m.name AS missionName,
       m.code AS missionCode, m.sending_state AS sendingState, m.host_state AS hostState
     FROM cases c JOIN missions m ON m.id = c.mission_id WHERE c.id = ?`,
  ).get(caseId) as CaseHeader | undefined;
  if (!row) throw new AppError('NOT_FOUND', `case ${caseId} does not exist`);
  return row;
}

/** The legal context that applies to a case: its own override, else its mission's. */
export function legalContextRow(sqlite: Database.Database, caseId: number, missionId: number) {
  const own = prepared(sqlite, 'SELECT * FROM legal_contexts WHERE case_id = ?').get(caseId) as
    Row | undefined;
  if (own) return { row: own, source: 'CASE' as const };
  const mission = prepared(sqlite, 'SELECT * FROM legal_contexts WHERE mission_id = ?').get(
    missionId,
  ) as Row | undefined;
  // Every mission gets its row when created (and the intake migration backfilled older ones).
  if (!mission) throw new AppError('NOT_FOUND', `mission ${missionId} has no legal context`);
  return { row: mission, source: 'MISSION' as const };
}

function loadLegal(sqlite: Database.Database, caseId: number, missionId: number): LegalView {
  const { row, source } = legalContextRow(sqlite, caseId, missionId);
  const reservations = (
    prepared(
      sqlite,
      'SELECT * FROM caracas_reservations WHERE legal_context_id = ? ORDER BY position, id',
    ).all(row.id) as Row[]
  ).map((r) => toRecord('reservation', r));
  return { ...toRecord('legal', row), source, reservations };
}

/** `evidence_refs` of risks or actions, by owner id, in CaseFacts order. */
function refsByOwner(
  sqlite: Database.Database,
  caseId: number,
  kind: 'RISK_REF' | 'ACTION_REF',
): Map<number, string[]> {
  const column = kind === 'RISK_REF' ? 'risk_id' : 'action_id';
  const rows = prepared(
    sqlite,
    `SELECT l.${column} AS owner, e.ref FROM evidence_links l
     JOIN evidence_items e ON e.id = l.evidence_id
     WHERE e.case_id = ? AND l.kind = ? ORDER BY l.${column}, l.position, l.id`,
  ).all(caseId, kind) as { owner: number; ref: string }[];
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.owner, [...(out.get(r.owner) ?? []), r.ref]);
  return out;
}

function groupBy<T>(rows: (T & { owner: number })[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const { owner, ...rest } of rows) out.set(owner, [...(out.get(owner) ?? []), rest as T]);
  return out;
}

export function loadIntake(sqlite: Database.Database, caseId: number): IntakeView {
  const h = caseHeader(sqlite, caseId);
  const factsRow = prepared(sqlite, 'SELECT * FROM case_facts WHERE case_id = ?').get(caseId) as
    Row | undefined;
  if (!factsRow) throw new AppError('NOT_FOUND', `case ${h.reference} has no intake record`);
  const persons = prepared(
    sqlite,
    'SELECT * FROM persons WHERE case_id = ? ORDER BY kind DESC, position, id',
  ).all(caseId) as Row[];
  const principalRow = persons.find((p) => p.kind === 'PRINCIPAL');
  if (!principalRow) throw new AppError('NOT_FOUND', `case ${h.reference} has no principal`);
  const refOfPerson = new Map(persons.map((p) => [Number(p.id), p.ref as string | null]));

  const riskRefs = refsByOwner(sqlite, caseId, 'RISK_REF');
  const actionRefs = refsByOwner(sqlite, caseId, 'ACTION_REF');
  const risks = (
    prepared(sqlite, 'SELECT * FROM risks WHERE case_id = ? ORDER BY position, id').all(
      caseId,
    ) as Row[]
  ).map((r) => ({
    ...toRecord('risk', r),
    subjectRef:
      r.subject_person_id === null ? null : (refOfPerson.get(Number(r.subject_person_id)) ?? null),
    evidenceRefs: riskRefs.get(Number(r.id)) ?? [],
  }));
  const actions = (
    prepared(sqlite, 'SELECT * FROM host_actions WHERE case_id = ? ORDER BY position, id').all(
      caseId,
    ) as Row[]
  ).map((a) => ({ ...toRecord('action', a), evidenceRefs: actionRefs.get(Number(a.id)) ?? [] }));

  const supports = groupBy<{ riskRef: string | null; actionRef: string | null; field: string }>(
    prepared(
      sqlite,
      `SELECT l.evidence_id AS owner, r.ref AS riskRef, a.ref AS actionRef, l.field
       FROM evidence_links l JOIN evidence_items e ON e.id = l.evidence_id
       LEFT JOIN risks r ON r.id = l.risk_id LEFT JOIN host_actions a ON a.id = l.action_id
       WHERE e.case_id = ? AND l.kind = 'SUPPORTS' ORDER BY l.evidence_id, l.position, l.id`,
    ).all(caseId) as ({ owner: number } & {
      riskRef: string | null;
      actionRef: string | null;
      field: string;
    })[],
  );
  const custody = groupBy<CustodyView>(
    prepared(
      sqlite,
      `SELECT c.evidence_id AS owner, c.at, c.by, c.action FROM evidence_custody c
       JOIN evidence_items e ON e.id = c.evidence_id
       WHERE e.case_id = ? ORDER BY c.evidence_id, c.position, c.id`,
    ).all(caseId) as ({ owner: number } & CustodyView)[],
  );
  const files = groupBy<AttachmentMeta>(
    prepared(
      sqlite,
      `SELECT evidence_id AS owner, ${ATTACHMENT_META} FROM attachments
       WHERE case_id = ? AND purpose = 'EVIDENCE' ORDER BY evidence_id, id`,
    ).all(caseId) as ({ owner: number } & AttachmentMeta)[],
  );
  const evidence = (
    prepared(sqlite, 'SELECT * FROM evidence_items WHERE case_id = ? ORDER BY position, id').all(
      caseId,
    ) as Row[]
  ).map((e) => {
    const id = Number(e.id);
    return {
      ...toRecord('evidence', e),
      supports: supports.get(id) ?? [],
      custody: custody.get(id) ?? [],
      fileRef: (e.file_ref as string | null) ?? null,
      attachments: files.get(id) ?? [],
    };
  });
  const safeConducts = (
    prepared(
      sqlite,
      'SELECT * FROM safe_conduct_requests WHERE case_id = ? ORDER BY position, id',
    ).all(caseId) as Row[]
  ).map((s): RecordView => toRecord('safeConduct', s));

  const { missionId, missionName, missionCode, sendingState, hostState, ...header } = h;
  return {
    ...header,
    mission: { id: missionId, name: missionName, code: missionCode, sendingState, hostState },
    case: toRecord('case', factsRow),
    principal: toRecord('principal', principalRow),
    dependants: persons.filter((p) => p.kind === 'DEPENDANT').map((p) => toRecord('dependant', p)),
    risks,
    actions,
    evidence,
    legal: loadLegal(sqlite, caseId, missionId),
    safeConducts,
  };
}
