import type { Checkpoint } from './chain';

// A checkpoint is meant to leave the machine: printed and countersigned, or filed with the
// capital. So its text form is short, readable aloud, and parseable back exactly. The JSON form
// (`--json`) carries the same three fields.

const HEADER = 'CASEFILE AUDIT CHECKPOINT';
const HASH = /^[0-9a-f]{64}$/;

export function formatCheckpoint(c: Checkpoint, database: string): string {
  const groups = c.hash.match(/.{1,8}/g) ?? [];
  return [
    HEADER,
    `database:  ${database}`,
    `taken at:  ${c.at}`,
    `entry:     ${c.seq}`,
    `head hash: ${c.hash}`,
    `read as:   ${groups.join(' ')}`,
    '',
    'Keep this outside the machine. `casefile audit verify --checkpoint FILE` checks that the',
    'log still holds this entry unchanged and has not been cut short.',
    '',
    'Signed: ______________________   Date: ____________',
    '',
  ].join('\n');
}

export type CheckpointParse = { ok: true; checkpoint: Checkpoint } | { ok: false; error: string };

function validate(seq: unknown, hash: unknown, at: unknown): CheckpointParse {
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) {
    return { ok: false, error: 'the checkpoint has no valid entry number' };
  }
  if (typeof hash !== 'string' || !HASH.test(hash)) {
    return { ok: false, error: 'the checkpoint has no valid head hash (64 hex digits)' };
  }
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
    return { ok: false, error: 'the checkpoint has no valid time' };
  }
  return { ok: true, checkpoint: { seq, hash, at } };
}

/** Reads a checkpoint in either form: the printed text or the JSON of `--json`. */
export function parseCheckpoint(text: string): CheckpointParse {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'the checkpoint file is not valid JSON' };
    }
    const o = (raw ?? {}) as Record<string, unknown>;
    return validate(o.seq, o.hash, o.at);
  }
  if (!trimmed.startsWith(HEADER)) {
    return { ok: false, error: `the file is not a checkpoint (it should start with "${HEADER}")` };
  }
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(\\S+)\\s*$`, 'm').exec(trimmed)?.[1] ?? null;
  const seq = field('entry');
  return validate(seq === null ? null : Number(seq), field('head hash'), field('taken at'));
}
