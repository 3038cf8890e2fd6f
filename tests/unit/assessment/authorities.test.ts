// SPEC §2.15 P12 (static part): every authority a rule or a code cites exists in the library.
import { describe, expect, it } from 'vitest';
import { AUTHORITY_IDS } from '../../../src/shared/authorityIds';
import {
  CITED_AUTHORITY_IDS,
  CODE_AUTHORITIES,
  DESIGN,
  FLAGS,
  REASON_CODES,
  RULE_AUTHORITIES,
  RULE_IDS,
} from '../../../src/main/domain/assessment';

const library = new Set<string>(AUTHORITY_IDS);

describe('cited authorities', () => {
  it('every cited authority id exists in AUTHORITY_IDS', () => {
    expect(CITED_AUTHORITY_IDS.filter((id) => !library.has(id))).toEqual([]);
    expect(CITED_AUTHORITY_IDS.length).toBeGreaterThan(40);
  });

  it('every rule resolves to at least one authority or the DESIGN marker', () => {
    for (const rule of RULE_IDS) {
      const cites = RULE_AUTHORITIES[rule];
      expect(cites.length, rule).toBeGreaterThan(0);
      for (const c of cites) expect(c === DESIGN || library.has(c), `${rule}: ${c}`).toBe(true);
    }
  });

  it('every reason code and flag resolves to at least one authority or the DESIGN marker', () => {
    for (const code of [...REASON_CODES, ...FLAGS]) {
      const cites = CODE_AUTHORITIES[code];
      expect(cites.length, code).toBeGreaterThan(0);
      for (const c of cites) expect(c === DESIGN || library.has(c), `${code}: ${c}`).toBe(true);
    }
  });

  it('cites the §2.13 catalogue ids for the codes it names', () => {
    expect(CODE_AUTHORITIES.J_AUTHORITY_AND_CONTROL).toEqual([
      'GC31_HRC',
      'VIEWS_LOPEZ_BURGOS',
      'GC2_CAT',
      'GC4_CAT',
      'CASE_HIRSI',
      'CASE_AL_SKEINI',
      'DEC_WM_DENMARK',
      'AO_OC25_18',
    ]);
    expect(CODE_AUTHORITIES.ABS_ENFORCED_DISAPPEARANCE).toEqual(['TREATY_CED_ART16']);
    expect(CODE_AUTHORITIES.ABS_CRC_CHILD).toEqual(['GC6_CRC']);
    expect(CODE_AUTHORITIES.Q_OAU_II_3).toEqual(['TREATY_OAU_1969']);
    expect(CODE_AUTHORITIES.R1B_RELATIVE_THRESHOLD).toEqual(['CASE_IRELAND_UK', 'GC6_CRC']);
    expect(CODE_AUTHORITIES.TREATY_PROHIBITS_GRANT).toEqual([
      'TREATY_CARACAS_ART3',
      'TREATY_HAVANA',
    ]);
  });
});
