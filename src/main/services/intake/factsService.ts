import type { CaseFacts } from '../../../shared/caseFacts/schema';
import { canonicalJson } from '../../../shared/canonicalJson';
import { AppError } from '../../../shared/errors';
import { planImport, toCaseFacts, type ImportPlan } from '../../../shared/intake/facts';
import type { CaseSummary } from '../../../shared/schemas/case';
import { prepared } from '../../db/statements';
import { recordAudit } from '../audit';
import { insertCase, getCase } from '../caseService';
import { inTransaction, type ServiceContext } from '../context';
import { verifiedSha256 } from './attachmentService';
import { legalContextRow, loadIntake } from './load';
import { insertRecord, toRecord, updateRecord } from './store';
import { insertMission } from '../missionService';
import type { PremisesArea, PremisesType, RelationsStatus } from '../../../shared/caseFacts/enums';

/**
 * The canonical CaseFacts of a stored case (SPEC §1.1), the engine's input. Attachments are
 * re-hashed first: an export never vouches for a file whose bytes changed.
 */
export function exportFacts(ctx: ServiceContext, caseId: number): CaseFacts {
  const view = loadIntake(ctx.sqlite, caseId);
  return toCaseFacts(view, (e) =>
    e.attachments.length > 0
      ? e.attachments.map((a) => `${a.uid}#sha256=${verifiedSha256(ctx, a.id)}`).join(' ')
      : e.fileRef,
  );
}

type MissionRow = { id: number; code: string; sendingState: string; hostState: string };
const MISSION_COLUMNS = 'id, code, sending_state AS sendingState, host_state AS hostState';

/** A free mission code for an imported mission: the host's code, then HOST2, HOST3 … */
function freeMissionCode(ctx: ServiceContext, sending: string, host: string): string {
  for (let n = 1; ; n++) {
    const code = n === 1 ? host : `${host}${n}`;
    if (
      !prepared(ctx.sqlite, 'SELECT 1 FROM missions WHERE sending_state = ? AND code = ?').get(
        sending,
        code,
      )
    ) {
      return code;
    }
  }
}

/** The mission the facts describe: the one given, else one of the same states, else a new one. */
function missionFor(
  ctx: ServiceContext,
  plan: ImportPlan,
  missionId: number | undefined,
): {
  mission: MissionRow;
  created: boolean;
} {
  if (missionId !== undefined) {
    const m = prepared(ctx.sqlite, `SELECT ${MISSION_COLUMNS} FROM missions WHERE id = ?`).get(
      missionId,
    ) as MissionRow | undefined;
    if (!m) throw new AppError('NOT_FOUND', `mission ${missionId} does not exist`);
    const issues = [
      ...(m.sendingState !== plan.sendingState
        ? [
            {
              path: '$.mission.sending_state',
              message: `is ${plan.sendingState}, but mission ${m.id} is of ${m.sendingState}`,
            },
          ]
        : []),
      ...(m.hostState !== plan.receivingState
        ? [
            {
              path: '$.mission.receiving_state',
              message: `is ${plan.receivingState}, but mission ${m.id} is in ${m.hostState}`,
            },
          ]
        : []),
    ];
    if (issues.length > 0) {
      throw new AppError('VALIDATION', `the facts describe another mission than ${m.code}`, issues);
    }
    return { mission: m, created: false };
  }
  const premises = plan.case.answers['mission.premises_type'];
  const found = prepared(
    ctx.sqlite,
    `SELECT ${MISSION_COLUMNS} FROM missions WHERE sending_state = ? AND host_state = ?
     ORDER BY premises_type = ? DESC, id LIMIT 1`,
  ).get(plan.sendingState, plan.receivingState, premises) as MissionRow | undefined;
  if (found) return { mission: found, created: false };
  const premisesArea = plan.case.answers['mission.premises_area'];
  const relations = plan.case.answers['mission.relations_status'];
  const created = insertMission(ctx, {
    name: `Mission of ${plan.sendingState} in ${plan.receivingState} (imported)`,
    code: freeMissionCode(ctx, plan.sendingState, plan.receivingState),
    sendingState: plan.sendingState,
    hostState: plan.receivingState,
    premisesType: premises as PremisesType,
    ...(premisesArea ? { premisesArea: premisesArea as PremisesArea } : {}),
    ...(relations ? { relationsStatus: relations as RelationsStatus } : {}),
  });
  const legal = legalContextRow(ctx.sqlite, 0, created.id).row;
  updateRecord(ctx.sqlite, 'legal', Number(legal.id), plan.legal.answers, plan.legal.marks);
  return { mission: created, created: true };
}

const sameLegal = (
  a: { answers: unknown; marks: unknown },
  b: { answers: unknown; marks: unknown },
) => canonicalJson({ a: a.answers, m: a.marks }) === canonicalJson({ a: b.answers, m: b.marks });

function writeReservations(ctx: ServiceContext, legalContextId: number, plan: ImportPlan): void {
  prepared(ctx.sqlite, 'DELETE FROM caracas_reservations WHERE legal_context_id = ?').run(
    legalContextId,
  );
  plan.legal.reservations.forEach((r, position) =>
    insertRecord(
      ctx.sqlite,
      'reservation',
      { legal_context_id: legalContextId, position },
      r.answers,
      r.marks,
    ),
  );
}

/**
 * Creates a case from a CaseFacts document (issue 3 `import-facts`): every schema violation,
 * form-level rejection and dangling reference is reported at its JSON path, and nothing is
 * written unless all of it is valid.
 */
export function importFacts(
  ctx: ServiceContext,
  input: { facts: unknown; missionId?: number | undefined },
): CaseSummary {
  const planned = planImport(input.facts);
  if ('issues' in planned) {
    const first = planned.issues[0];
    throw new AppError(
      'VALIDATION',
      `the facts are not valid: ${first?.path} ${first?.message}` +
        (planned.issues.length > 1 ? ` (and ${planned.issues.length - 1} more)` : ''),
      planned.issues,
    );
  }
  const plan = planned.plan;
  return inTransaction(ctx, () => {
    const { mission, created } = missionFor(ctx, plan, input.missionId);
    const summary = insertCase(ctx, mission.id, {
      openedAt: plan.openedAt,
      factsCaseId: plan.caseId,
      factsMissionId: plan.missionId,
    });
    const caseId = summary.id;
    insertRecord(ctx.sqlite, 'case', { case_id: caseId }, plan.case.answers, plan.case.marks);
    const personIds = new Map<string, number>();
    const principalId = insertRecord(
      ctx.sqlite,
      'principal',
      { case_id: caseId, kind: 'PRINCIPAL', position: 0, ref: plan.principal.ref },
      plan.principal.answers,
      plan.principal.marks,
    );
    if (plan.principal.ref !== null) personIds.set(plan.principal.ref, principalId);
    plan.dependants.forEach((d, i) =>
      personIds.set(
        d.ref as string,
        insertRecord(
          ctx.sqlite,
          'dependant',
          { case_id: caseId, kind: 'DEPENDANT', position: i + 1, ref: d.ref },
          d.answers,
          d.marks,
        ),
      ),
    );
    const evidenceIds = new Map<string, number>();
    plan.evidence.forEach((e, position) => {
      const id = insertRecord(
        ctx.sqlite,
        'evidence',
        { case_id: caseId, position, ref: e.ref, file_ref: e.fileRef },
        e.answers,
        e.marks,
      );
      evidenceIds.set(e.ref as string, id);
      e.custody.forEach((c, i) =>
        prepared(
          ctx.sqlite,
          'INSERT INTO evidence_custody (evidence_id, position, at, by, action) VALUES (?, ?, ?, ?, ?)',
        ).run(id, i, c.at, c.by, c.action),
      );
    });
    const link = prepared(
      ctx.sqlite,
      `INSERT INTO evidence_links (evidence_id, kind, risk_id, action_id, field, position)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const riskIds = new Map<string, number>();
    plan.risks.forEach((r, position) => {
      const subject = r.subjectRef === null ? null : (personIds.get(r.subjectRef) ?? null);
      const id = insertRecord(
        ctx.sqlite,
        'risk',
        { case_id: caseId, position, ref: r.ref, subject_person_id: subject },
        r.answers,
        r.marks,
      );
      riskIds.set(r.ref as string, id);
      r.evidenceRefs.forEach((e, i) => link.run(evidenceIds.get(e), 'RISK_REF', id, null, null, i));
    });
    const actionIds = new Map<string, number>();
    plan.actions.forEach((a, position) => {
      const id = insertRecord(
        ctx.sqlite,
        'action',
        { case_id: caseId, position, ref: a.ref },
        a.answers,
        a.marks,
      );
      if (a.ref !== null) actionIds.set(a.ref, id);
      a.evidenceRefs.forEach((e, i) =>
        link.run(evidenceIds.get(e), 'ACTION_REF', null, id, null, i),
      );
    });
    plan.evidence.forEach((e) =>
      e.supports.forEach((s, i) =>
        link.run(
          evidenceIds.get(e.ref as string),
          'SUPPORTS',
          s.riskRef === null ? null : riskIds.get(s.riskRef),
          s.actionRef === null ? null : actionIds.get(s.actionRef),
          s.field,
          i,
        ),
      ),
    );
    plan.safeConducts.forEach((s, position) =>
      insertRecord(ctx.sqlite, 'safeConduct', { case_id: caseId, position }, s.answers, s.marks),
    );
    // The mission's legal context applies unless these facts differ from it.
    const missionLegal = legalContextRow(ctx.sqlite, caseId, mission.id).row;
    if (created) writeReservations(ctx, Number(missionLegal.id), plan);
    const current = loadIntake(ctx.sqlite, caseId).legal;
    const sameReservations =
      canonicalJson(current.reservations.map((r) => [r.answers, r.marks])) ===
      canonicalJson(plan.legal.reservations.map((r) => [r.answers, r.marks]));
    if (!(sameLegal(toRecord('legal', missionLegal), plan.legal) && sameReservations)) {
      const own = insertRecord(
        ctx.sqlite,
        'legal',
        { case_id: caseId },
        plan.legal.answers,
        plan.legal.marks,
      );
      writeReservations(ctx, own, plan);
    }
    recordAudit(ctx, {
      action: 'case.import-facts',
      entityType: 'case',
      entityId: caseId,
      caseId,
      after: {
        reference: summary.reference,
        missionId: mission.id,
        missionCreated: created,
        factsCaseId: plan.caseId,
        facts: input.facts as Record<string, unknown>,
      },
    });
    return getCase(ctx, { id: caseId });
  });
}
