import { describe, expect, it } from 'vitest';
import { formatCheckpoint, parseCheckpoint } from '../../../src/main/domain/audit/checkpoint';
import { replayFields } from '../../../src/main/domain/audit/replay';

const cp = { seq: 1234, hash: 'ab'.repeat(32), at: '2026-03-01T10:00:00.000Z' };

describe('checkpoints', () => {
  it('print readably and parse back exactly, in text or JSON', () => {
    const text = formatCheckpoint(cp, '/data/casefile');
    expect(text).toContain('entry:     1234');
    expect(text).toContain('read as:   abababab abababab');
    expect(parseCheckpoint(text)).toEqual({ ok: true, checkpoint: cp });
    expect(parseCheckpoint(JSON.stringify(cp))).toEqual({ ok: true, checkpoint: cp });
  });

  it('refuse anything that is not a whole checkpoint, saying what is wrong', () => {
    const text = formatCheckpoint(cp, '/d');
    expect(parseCheckpoint('hello')).toMatchObject({ ok: false, error: /not a checkpoint/ });
    expect(parseCheckpoint('{"seq": 1')).toMatchObject({ ok: false, error: /not valid JSON/ });
    expect(parseCheckpoint(text.replace(/head hash: \w+/, 'head hash: 1234'))).toMatchObject({
      ok: false,
      error: /head hash/,
    });
    expect(parseCheckpoint(text.replace('entry:     1234', 'entry:     -3'))).toMatchObject({
      ok: false,
      error: /entry number/,
    });
    expect(parseCheckpoint(JSON.stringify({ ...cp, at: 'yesterday' }))).toMatchObject({
      ok: false,
      error: /time/,
    });
  });
});

describe('replayFields', () => {
  it('rebuilds fields from their changes, and names restricted ones without values', () => {
    expect(
      replayFields([
        [
          { field: 'status', after: 'OPEN_TRIAGE' },
          { field: 'reference', after: 'GBR-QUI-2026-0001' },
          { field: 'fullName', afterDigest: 'd1' },
        ],
        [{ field: 'status', before: 'OPEN_TRIAGE', after: 'UNDER_ASSESSMENT' }],
        [{ field: 'reference', before: 'GBR-QUI-2026-0001' }],
      ]),
    ).toEqual({ fields: { status: 'UNDER_ASSESSMENT' }, restrictedFields: ['fullName'] });
  });
});
