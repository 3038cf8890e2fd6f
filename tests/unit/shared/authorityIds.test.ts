import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_IDS,
  AUTHORITY_RECORD_IDS,
  AUTHORITY_VERIFICATION,
  authorityRecordOf,
  isAuthorityId,
} from '../../../src/shared/authorityIds';
import shared from '../../../src/main/data/authorities.json';
import additions from '../../../src/main/data/authorities.additions.json';

type Rec = {
  id: string;
  verification: { status: string };
  articles?: { id: string; text_status: string }[];
};
// The shipped library is the shared SPEC export plus the overlay of records it dropped
// (src/main/domain/authorities/library.ts merges them the same way).
const records = [...shared.records, ...additions.records] as Rec[];

describe('AUTHORITY_IDS (the engine hook) stays in step with the shipped library', () => {
  const fromData = records.flatMap((r) => [r.id, ...(r.articles ?? []).map((a) => a.id)]);

  it('lists exactly the record ids and article sub-ids, in data order', () => {
    expect([...AUTHORITY_IDS]).toEqual(fromData);
  });

  it('lists the record ids alone in AUTHORITY_RECORD_IDS, and maps article sub-ids to their record', () => {
    expect([...AUTHORITY_RECORD_IDS]).toEqual(records.map((r) => r.id));
    expect(authorityRecordOf('TREATY_CARACAS_ART3')).toBe('TREATY_CARACAS');
    expect(authorityRecordOf('GC4_CAT')).toBe('GC4_CAT');
  });

  it('has no duplicates', () => {
    expect(new Set(AUTHORITY_IDS).size).toBe(AUTHORITY_IDS.length);
  });

  it('records the verification status of every id', () => {
    for (const r of records) {
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
    expect(records).toHaveLength(73);
    expect(isAuthorityId('TREATY_CED_ART16')).toBe(true);
    expect(isAuthorityId('NOT_AN_AUTHORITY')).toBe(false);
  });
});
