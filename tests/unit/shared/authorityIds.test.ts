import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_IDS,
  AUTHORITY_RECORD_IDS,
  AUTHORITY_VERIFICATION,
  authorityRecordOf,
  isAuthorityId,
} from '../../../src/shared/authorityIds';

type Rec = {
  id: string;
  verification: { status: string };
  articles?: { id: string; text_status: string }[];
};
const library = JSON.parse(
  readFileSync(join(__dirname, '../../../src/main/data/authorities.json'), 'utf8'),
) as { records: Rec[] };

describe('AUTHORITY_IDS stays in step with authorities.json', () => {
  const fromJson = library.records.flatMap((r) => [r.id, ...(r.articles ?? []).map((a) => a.id)]);

  it('lists exactly the record ids and article sub-ids, in file order', () => {
    expect([...AUTHORITY_IDS]).toEqual(fromJson);
  });

  it('lists the record ids alone in AUTHORITY_RECORD_IDS, and maps article sub-ids to their record', () => {
    expect([...AUTHORITY_RECORD_IDS]).toEqual(library.records.map((r) => r.id));
    expect(authorityRecordOf('TREATY_CARACAS_ART3')).toBe('TREATY_CARACAS');
    expect(authorityRecordOf('GC4_CAT')).toBe('GC4_CAT');
  });

  it('has no duplicates', () => {
    expect(new Set(AUTHORITY_IDS).size).toBe(AUTHORITY_IDS.length);
  });

  it('records the verification status of every id', () => {
    for (const r of library.records) {
      expect(AUTHORITY_VERIFICATION[r.id as keyof typeof AUTHORITY_VERIFICATION]).toBe(
        r.verification.status,
      );
      for (const a of r.articles ?? []) {
        expect(AUTHORITY_VERIFICATION[a.id as keyof typeof AUTHORITY_VERIFICATION]).toBe(
          a.text_status,
        );
      }
    }
  });

  it('holds the 73 records announced by SPEC §0 (42 seed-cited + 31 outside)', () => {
    expect(library.records).toHaveLength(73);
    expect(isAuthorityId('TREATY_CED_ART16')).toBe(true);
    expect(isAuthorityId('NOT_AN_AUTHORITY')).toBe(false);
  });
});
