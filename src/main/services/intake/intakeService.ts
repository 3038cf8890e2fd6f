import { ROLES } from '../../../shared/caseFacts/enums';
import { AppError } from '../../../shared/errors';
import {
  ENTITIES,
  fieldByPath,
  REQUIRED_ON_ADD,
  type Answers,
  type EntityKind,
  type ListKind,
  type Marks,
} from '../../../shared/intake/entities';
import type { IntakeView, RecordView } from '../../../shared/intake/records';
import type { IntakeAdd, IntakePatch } from '../../../shared/ipc/contracts/intake';
import { prepared } from '../../db/statements';
import { recordAudit } from '../audit';
import { recordTimelineEvent } from '../timelineService';
import { inTransaction, type ServiceContext } from '../context';
import { appendCustody } from './attachmentService';
import { caseHeader, legalContextRow, loadIntake } from './load';
import { getRow, insertRecord, serialiseMarks, toRecord, updateRecord, TABLE } from './store';

// Use cases of the guided interview. Each is one transaction with one audit entry; each bumps
// the case's `updated_at` so the case list sorts by the last change.

export function getIntake(ctx: ServiceContext, caseId: number): IntakeView {
  return loadIntake(ctx.sqlite, caseId);
}

export function touchCase(ctx: ServiceContext, caseId: number): string {
  const at = ctx.clock().toISOString();
  prepared(ctx.sqlite, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(at, caseId);
  return at;
}

const PERSON_KIND = { principal: 'PRINCIPAL', dependant: 'DEPENDANT' } as const;

/** The row id a patch targets, after checking that it belongs to the case. */
function resolveTarget(
  ctx: ServiceContext,
  caseId: number,
  kind: EntityKind,
  id: number | undefined,
): { id: number; missionLevel: boolean } {
  const { missionId } = caseHeader(ctx.sqlite, caseId);
  if (kind === 'case') return { id: caseId, missionLevel: false };
  if (kind === 'legal' || kind === 'reservation') {
    const { row, source } = legalContextRow(ctx.sqlite, caseId, missionId);
    if (kind === 'legal') return { id: Number(row.id), missionLevel: source === 'MISSION' };
    const owns = prepared(
      ctx.sqlite,
      'SELECT 1 FROM caracas_reservations WHERE id = ? AND legal_context_id = ?',
    ).get(id, row.id);
    if (!owns) throw notInCase(kind, id);
    return { id: id as number, missionLevel: source === 'MISSION' };
  }
  if (kind === 'principal') {
    const row = prepared(
      ctx.sqlite,
      "SELECT id FROM persons WHERE case_id = ? AND kind = 'PRINCIPAL'",
    ).get(caseId) as { id: number } | undefined;
    if (!row) throw notInCase(kind, id);
    return { id: row.id, missionLevel: false };
  }
  const extra = kind === 'dependant' ? " AND kind = 'DEPENDANT'" : '';
  const owns = prepared(
    ctx.sqlite,
    `SELECT 1 FROM ${TABLE[kind]} WHERE id = ? AND case_id = ?${extra}`,
  ).get(id, caseId);
  if (!owns) throw notInCase(kind, id);
  return { id: id as number, missionLevel: false };
}

const notInCase = (kind: EntityKind, id: number | undefined) =>
  new AppError('NOT_FOUND', `${ENTITIES[kind].noun} ${String(id)} is not part of this case`);

/** Applies set/clear to answers and marks; returns only what changed. */
function applyChanges(
  kind: EntityKind,
  current: RecordView,
  set: Answers,
  clear: readonly string[],
): { answers: Answers; marks: Marks; before: Answers; after: Answers } {
  const answers: Answers = {};
  const marks: Marks = { ...current.marks };
  const before: Answers = {};
  const after: Answers = {};
  const write = (path: string, value: unknown, mark: 'NULL' | null) => {
    const was = current.answers[path] ?? null;
    const wasMark = current.marks[path] ?? null;
    answers[path] = value;
    if (mark) marks[path] = mark;
    else delete marks[path];
    if (JSON.stringify(was) !== JSON.stringify(value) || wasMark !== mark) {
      before[path] = wasMark === 'NULL' ? 'null (not known)' : was;
      after[path] = mark === 'NULL' ? 'null (not known)' : value;
    }
  };
  for (const [path, value] of Object.entries(set)) {
    if (value === undefined) continue;
    const def = fieldByPath(kind, path);
    write(path, value, value === null && def?.nullable ? 'NULL' : null);
  }
  for (const path of clear) write(path, null, null);
  return { answers, marks, before, after };
}

/** V-5: "reliable" counts only with the approver's role, so the server records who answered. */
function approverRole(ctx: ServiceContext, set: Answers): Answers {
  if (!('assurances.reliability' in set)) return set;
  const role = (ROLES as readonly string[]).includes(ctx.actor.role) ? ctx.actor.role : null;
  return {
    ...set,
    'assurances.reliability_approved_by_role':
      set['assurances.reliability'] === 'RELIABLE' ? role : null,
  };
}

function personIdByRef(ctx: ServiceContext, caseId: number, ref: string | null): number {
  const row = (
    ref === null
      ? prepared(ctx.sqlite, "SELECT id FROM persons WHERE case_id = ? AND kind = 'PRINCIPAL'").get(
          caseId,
        )
      : prepared(ctx.sqlite, 'SELECT id FROM persons WHERE case_id = ? AND ref = ?').get(
          caseId,
          ref,
        )
  ) as { id: number } | undefined;
  if (!row) {
    throw new AppError('VALIDATION', `no person ${String(ref)} in this case`, [
      { path: 'subjectRef', message: `names no person of this case (${String(ref)})` },
    ]);
  }
  return row.id;
}

export function patchIntake(
  ctx: ServiceContext,
  input: IntakePatch,
): { record: RecordView; updatedAt: string } {
  return inTransaction(ctx, () => {
    const { kind, caseId } = input;
    const target = resolveTarget(ctx, caseId, kind, input.id);
    const current = toRecord(kind, getRow(ctx.sqlite, kind, target.id));
    const set = kind === 'risk' ? approverRole(ctx, input.set ?? {}) : (input.set ?? {});
    const change = applyChanges(kind, current, set, input.clear ?? []);
    if (Object.keys(change.answers).length > 0) {
      updateRecord(ctx.sqlite, kind, target.id, change.answers, change.marks);
    }
    if (input.kind === 'case' && input.label !== undefined) {
      const { label: was } = caseHeader(ctx.sqlite, caseId);
      const label = input.label.trim() === '' ? null : input.label;
      prepared(ctx.sqlite, 'UPDATE cases SET label = ? WHERE id = ?').run(label, caseId);
      if (was !== label) {
        change.before.label = was;
        change.after.label = label;
      }
    }
    if (input.kind === 'risk' && input.subjectRef !== undefined) {
      const was = prepared(ctx.sqlite, 'SELECT subject_person_id AS s FROM risks WHERE id = ?').get(
        target.id,
      ) as { s: number | null };
      const person = personIdByRef(ctx, caseId, input.subjectRef);
      prepared(ctx.sqlite, 'UPDATE risks SET subject_person_id = ? WHERE id = ?').run(
        person,
        target.id,
      );
      if (was.s !== person) {
        change.before.subject_ref = was.s;
        change.after.subject_ref = input.subjectRef;
      }
    }
    const updatedAt = target.missionLevel
      ? caseHeader(ctx.sqlite, caseId).updatedAt
      : touchCase(ctx, caseId);
    recordAudit(ctx, {
      action: target.missionLevel ? 'mission.legal-context.update' : 'intake.update',
      entityType: TABLE[kind],
      entityId: target.id,
      caseId: target.missionLevel ? null : caseId,
      before: change.before,
      after: change.after,
    });
    return { record: toRecord(kind, getRow(ctx.sqlite, kind, target.id)), updatedAt };
  });
}

const REF_PREFIX: Partial<Record<ListKind, string>> = {
  dependant: 'D',
  risk: 'R',
  action: 'A',
  evidence: 'E',
};

/** The next short reference of a case (R1, R2 …): one past the highest in use. */
function nextRef(ctx: ServiceContext, caseId: number, kind: ListKind): string | null {
  const prefix = REF_PREFIX[kind];
  if (!prefix) return null;
  const refs = prepared(ctx.sqlite, `SELECT ref FROM ${TABLE[kind]} WHERE case_id = ?`).all(
    caseId,
  ) as {
    ref: string | null;
  }[];
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = Math.max(0, ...refs.map((r) => Number(pattern.exec(r.ref ?? '')?.[1] ?? 0)));
  return `${prefix}${highest + 1}`;
}

function nextPosition(ctx: ServiceContext, table: string, ownerColumn: string, owner: number) {
  const { p } = prepared(
    ctx.sqlite,
    `SELECT coalesce(max(position), -1) + 1 AS p FROM ${table} WHERE ${ownerColumn} = ?`,
  ).get(owner) as { p: number };
  return p;
}

export function addRecord(ctx: ServiceContext, input: IntakeAdd): { record: RecordView } {
  return inTransaction(ctx, () => {
    const { kind, caseId } = input;
    const h = caseHeader(ctx.sqlite, caseId);
    const missing = REQUIRED_ON_ADD[kind].filter(
      (p) => input.set[p] === undefined || input.set[p] === null,
    );
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `a new ${ENTITIES[kind].noun} needs ${missing.join(', ')}`,
        missing.map((p) => ({ path: `set.${p}`, message: 'is required' })),
      );
    }
    const set = kind === 'risk' ? approverRole(ctx, input.set) : input.set;
    const marks: Marks = {};
    for (const [p, v] of Object.entries(set))
      if (v === null && fieldByPath(kind, p)?.nullable) marks[p] = 'NULL';
    let owner: Record<string, unknown>;
    if (kind === 'reservation') {
      const { row } = legalContextRow(ctx.sqlite, caseId, h.missionId);
      owner = {
        legal_context_id: row.id,
        position: nextPosition(ctx, 'caracas_reservations', 'legal_context_id', Number(row.id)),
      };
    } else {
      owner = {
        case_id: caseId,
        position: nextPosition(ctx, TABLE[kind], 'case_id', caseId),
        ...(kind === 'safeConduct' ? {} : { ref: nextRef(ctx, caseId, kind) }),
        ...(kind === 'dependant' ? { kind: PERSON_KIND.dependant } : {}),
        ...(kind === 'risk'
          ? { subject_person_id: personIdByRef(ctx, caseId, input.subjectRef ?? null) }
          : {}),
      };
    }
    const id = insertRecord(ctx.sqlite, kind, owner, set, marks);
    if (kind === 'evidence') {
      // SPEC §4.2 #5: the chain of custody starts when the item is recorded.
      appendCustody(ctx, id, 'Recorded in Casefile');
    }
    touchCase(ctx, caseId);
    const record = toRecord(kind, getRow(ctx.sqlite, kind, id));
    recordAudit(ctx, {
      action: 'intake.add',
      entityType: TABLE[kind],
      entityId: id,
      caseId,
      after: { ref: record.ref, ...set },
    });
    if (kind === 'evidence') {
      // SPEC §4.2: evidence added is on the timeline, recorded by the service that adds it.
      const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
      const payload = {
        evidence_id: record.ref ?? String(id),
        kind: text(set.kind),
        grade: text(set.grade),
      };
      recordTimelineEvent(ctx, {
        caseId,
        type: 'EVIDENCE_ADDED',
        origin: 'SYSTEM',
        payload: Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)),
      });
    }
    return { record };
  });
}

export function removeRecord(
  ctx: ServiceContext,
  input: { caseId: number; kind: ListKind; id: number },
): { removed: true } {
  return inTransaction(ctx, () => {
    const { kind, caseId, id } = input;
    resolveTarget(ctx, caseId, kind, id);
    const record = toRecord(kind, getRow(ctx.sqlite, kind, id));
    if (kind === 'dependant') {
      const used = prepared(ctx.sqlite, 'SELECT ref FROM risks WHERE subject_person_id = ?').all(
        id,
      ) as {
        ref: string;
      }[];
      if (used.length > 0) {
        throw new AppError(
          'CONFLICT',
          `${record.ref ?? 'this dependant'} is the subject of ${used.map((u) => u.ref).join(', ')}; remove or reassign those risks first`,
        );
      }
      prepared(ctx.sqlite, 'DELETE FROM person_identities WHERE person_id = ?').run(id);
    }
    if (kind === 'evidence') {
      const files = prepared(
        ctx.sqlite,
        'SELECT count(*) AS n FROM attachments WHERE evidence_id = ?',
      ).get(id) as { n: number };
      if (files.n > 0) {
        throw new AppError(
          'CONFLICT',
          `${record.ref ?? 'this evidence item'} still carries ${files.n} attached file(s); remove them first`,
        );
      }
    }
    prepared(ctx.sqlite, `DELETE FROM ${TABLE[kind]} WHERE id = ?`).run(id);
    touchCase(ctx, caseId);
    recordAudit(ctx, {
      action: 'intake.remove',
      entityType: TABLE[kind],
      entityId: id,
      caseId,
      before: { ref: record.ref, ...record.answers },
    });
    return { removed: true as const };
  });
}

/** The fields a `supports[]` entry may name: a risk's, an action's, or a case/person fact. */
function supportFieldKnown(kind: EntityKind, field: string): boolean {
  return ENTITIES[kind].fields.some((f) => f.path === field);
}

export function setSupports(
  ctx: ServiceContext,
  input: {
    caseId: number;
    evidenceId: number;
    supports: { riskRef: string | null; actionRef: string | null; field: string }[];
  },
): { record: RecordView } {
  return inTransaction(ctx, () => {
    const { caseId, evidenceId } = input;
    resolveTarget(ctx, caseId, 'evidence', evidenceId);
    const issues: { path: string; message: string }[] = [];
    const idOf = (table: 'risks' | 'host_actions', ref: string | null) =>
      ref === null
        ? undefined
        : (
            prepared(ctx.sqlite, `SELECT id FROM ${table} WHERE case_id = ? AND ref = ?`).get(
              caseId,
              ref,
            ) as { id: number } | undefined
          )?.id;
    const resolved = input.supports.map((s, i) => {
      const risk = idOf('risks', s.riskRef);
      const action = idOf('host_actions', s.actionRef);
      if (s.riskRef && risk === undefined) {
        issues.push({ path: `supports.${i}.riskRef`, message: `names no risk ${s.riskRef}` });
      }
      if (s.actionRef && action === undefined) {
        issues.push({
          path: `supports.${i}.actionRef`,
          message: `names no host action ${s.actionRef}`,
        });
      }
      const kinds: EntityKind[] = s.riskRef
        ? ['risk']
        : s.actionRef
          ? ['action']
          : ['case', 'principal'];
      if (!kinds.some((k) => supportFieldKnown(k, s.field))) {
        issues.push({
          path: `supports.${i}.field`,
          message: `is not a fact of that record (${s.field})`,
        });
      }
      return { risk: risk ?? null, action: action ?? null, field: s.field };
    });
    if (issues.length > 0) {
      throw new AppError('VALIDATION', `${issues[0]?.path} ${issues[0]?.message}`, issues);
    }
    const before = prepared(
      ctx.sqlite,
      "SELECT risk_id AS risk, action_id AS action, field FROM evidence_links WHERE evidence_id = ? AND kind = 'SUPPORTS' ORDER BY position",
    ).all(evidenceId);
    prepared(
      ctx.sqlite,
      "DELETE FROM evidence_links WHERE evidence_id = ? AND kind = 'SUPPORTS'",
    ).run(evidenceId);
    resolved.forEach((s, position) =>
      prepared(
        ctx.sqlite,
        `INSERT INTO evidence_links (evidence_id, kind, risk_id, action_id, field, position)
         VALUES (?, 'SUPPORTS', ?, ?, ?, ?)`,
      ).run(evidenceId, s.risk, s.action, s.field, position),
    );
    const row = getRow(ctx.sqlite, 'evidence', evidenceId);
    // Linking counts as answering `supports`: an imported omission no longer applies.
    const marks = toRecord('evidence', row).marks;
    delete marks.supports;
    prepared(ctx.sqlite, 'UPDATE evidence_items SET marks = ? WHERE id = ?').run(
      serialiseMarks(marks),
      evidenceId,
    );
    touchCase(ctx, caseId);
    recordAudit(ctx, {
      action: 'evidence.link',
      entityType: 'evidence_items',
      entityId: evidenceId,
      caseId,
      before: { supports: before },
      after: { supports: input.supports },
    });
    return { record: toRecord('evidence', getRow(ctx.sqlite, 'evidence', evidenceId)) };
  });
}

/**
 * Whether the case follows its mission's legal context or keeps its own (issue 3: "captured per
 * mission and overridable per case"). Overriding starts from a copy of the mission's answers.
 */
export function setLegalSource(
  ctx: ServiceContext,
  input: { caseId: number; source: 'MISSION' | 'CASE' },
): { source: 'MISSION' | 'CASE' } {
  return inTransaction(ctx, () => {
    const { caseId, source } = input;
    const h = caseHeader(ctx.sqlite, caseId);
    const current = legalContextRow(ctx.sqlite, caseId, h.missionId);
    if (current.source === source) return { source };
    if (source === 'CASE') {
      const mission = toRecord('legal', current.row);
      const id = insertRecord(
        ctx.sqlite,
        'legal',
        { case_id: caseId },
        mission.answers,
        mission.marks,
      );
      prepared(
        ctx.sqlite,
        `INSERT INTO caracas_reservations (legal_context_id, position, state, articles, marks)
         SELECT ?, position, state, articles, marks FROM caracas_reservations WHERE legal_context_id = ?`,
      ).run(id, current.row.id);
    } else {
      prepared(ctx.sqlite, 'DELETE FROM legal_contexts WHERE id = ?').run(current.row.id);
    }
    touchCase(ctx, caseId);
    recordAudit(ctx, {
      action: 'intake.legal-source',
      entityType: 'case',
      entityId: caseId,
      caseId,
      before: { legalContext: current.source },
      after: { legalContext: source },
    });
    return { source };
  });
}
