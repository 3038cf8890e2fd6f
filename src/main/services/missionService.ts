import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Mission, MissionCreate } from '../../shared/schemas/mission';
import { missionCreateSchema } from '../../shared/schemas/mission';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';

const MISSION_COLUMNS = `id, name, code, sending_state AS sendingState, host_state AS hostState,
  premises_type AS premisesType, created_at AS createdAt, relations_status AS relationsStatus,
  premises_area AS premisesArea`;

export function listMissions(ctx: ServiceContext): Mission[] {
  return prepared(
    ctx.sqlite,
    `SELECT ${MISSION_COLUMNS} FROM missions ORDER BY name, id`,
  ).all() as Mission[];
}

export function getMission(ctx: ServiceContext, id: number): Mission {
  const row = prepared(ctx.sqlite, `SELECT ${MISSION_COLUMNS} FROM missions WHERE id = ?`).get(
    id,
  ) as Mission | undefined;
  if (!row) throw new AppError('NOT_FOUND', `mission ${id} does not exist`);
  return row;
}

/**
 * Inserts a mission with its (empty) legal context and audits it, inside the caller's
 * transaction: `createMission` and a facts import that names a mission not yet on file.
 */
export function insertMission(
  ctx: ServiceContext,
  m: z.output<typeof missionCreateSchema>,
): Mission {
  const clash = prepared(
    ctx.sqlite,
    'SELECT id FROM missions WHERE sending_state = ? AND code = ?',
  ).get(m.sendingState, m.code);
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `a mission of ${m.sendingState} with code ${m.code} already exists`,
      [{ path: 'code', message: `is already used by another mission of ${m.sendingState}` }],
    );
  }
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO missions (name, code, sending_state, host_state, premises_type, created_at,
       relations_status, premises_area)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    m.name,
    m.code,
    m.sendingState,
    m.hostState,
    m.premisesType,
    ctx.clock().toISOString(),
    m.relationsStatus ?? null,
    m.premisesArea ?? null,
  );
  const mission = getMission(ctx, Number(lastInsertRowid));
  // The mission's legal context (issue 3: captured per mission, overridable per case).
  prepared(ctx.sqlite, 'INSERT INTO legal_contexts (mission_id) VALUES (?)').run(mission.id);
  recordAudit(ctx, {
    action: 'mission.create',
    entityType: 'mission',
    entityId: mission.id,
    after: mission,
  });
  return mission;
}

export function createMission(ctx: ServiceContext, input: MissionCreate): Mission {
  const m = missionCreateSchema.parse(input);
  return inTransaction(ctx, () => insertMission(ctx, m));
}
