import { describe, expect, it } from 'vitest';
import shared from '../../../src/main/data/authorities.json';
import additions from '../../../src/main/data/authorities.additions.json';
import meta from '../../../src/main/data/authorities.meta.json';
import errata from '../../../src/main/data/seed-errata.json';
import { buildLibrary } from '../../../src/main/domain/authorities/library';
import { SEED_FOOTNOTE_COUNT } from '../../../src/shared/schemas/authority';

// Every record id SPEC §3.3 and §3.4 list, in SPEC order (transcribed from the SPEC, not from
// the data files, so a record lost by an export fails here: five were, once).
const SPEC_RECORD_IDS = [
  'SCH_HUGHES_GERBER', 'SCH_WILDE', 'SCH_GIBNEY', 'SCH_CITRONI', 'SCH_KIM', 'SCH_DENZA',
  'SCH_BEHRENS', 'UNDOC_SG_1975', 'UNDOC_OHCHR_NR', 'UNDOC_UNHCR_AO_2007', 'UNDOC_HUNT_SWEDEN',
  'ILC_1961_CONSULAR', 'GC31_HRC', 'GC2_CAT', 'GC4_CAT', 'VIEWS_LOPEZ_BURGOS', 'VIEWS_NJAMBA',
  'TREATY_ICCPR_ART2', 'TREATY_CAT_ART2', 'TREATY_CAT_ART3', 'TREATY_CAT_ART1',
  'TREATY_REFCONV_ART33', 'TREATY_HAVANA', 'TREATY_CARACAS', 'TREATY_VCDR_ART3',
  'TREATY_VCDR_ART22', 'TREATY_VCDR_ART41', 'TREATY_VCCR_ART5', 'TREATY_VCCR_ART31',
  'TREATY_VCCR_ART55', 'CASE_HIRSI', 'CASE_BANKOVIC', 'CASE_MN_BELGIUM', 'CASE_B_FCO',
  'AO_OC25_18', 'CASE_PACHECO_TINEO', 'PRESS_US_STATE_2012', 'NEWS_REUTERS_2012', 'NEWS_BBC_2022',
  'NGO_FRONTLINE_CHEN', 'NEWS_DAILYBEAST_CHEN', 'NEWS_THEWORLD_TEGEL', 'NEWS_CHITRIB_CHEN',
  'TREATY_REFCONV_ART1A2', 'TREATY_REFCONV_ART1F', 'TREATY_ICCPR_ART6_7', 'TREATY_ECHR_ART1_3_6',
  'TREATY_ACHR_ART22_8', 'TREATY_MONTEVIDEO_1933', 'GC20_HRC', 'GC36_HRC', 'VIEWS_HRC_2745_2016',
  'CASE_ICJ_ASYLUM', 'CASE_ICJ_HAYA', 'CASE_SOERING', 'CASE_OTHMAN', 'CASE_CHAHAL', 'CASE_SAADI',
  'CASE_AL_SKEINI', 'DEC_WM_DENMARK', 'CASE_AL_SAADOON', 'VIEWS_JUDGE_CANADA', 'OBS_US_GC31',
  'STATE_CHINA_MFA_2012', 'SCH_LAUTERPACHT_BETHLEHEM', 'SCH_NOWAK_CAT_ART3',
  'NEWS_ASSANGE_TIMELINE', 'NEWS_CHEN_TIMELINE', 'TREATY_CED_ART16', 'TREATY_IACPPT_ART13',
  'TREATY_OAU_1969', 'GC6_CRC', 'CASE_IRELAND_UK',
]; // prettier-ignore

const sources = { shared, additions, meta, errata };
const clone = (): typeof sources => structuredClone(sources);
const library = buildLibrary(sources);
const byId = new Map(library.entries.map((e) => [e.id, e]));

describe('the shipped authorities library', () => {
  it('holds every record SPEC §3.3 and §3.4 list, and nothing else', () => {
    const records = library.entries.filter((e) => e.parentId === null).map((e) => e.id);
    expect(records).toEqual(SPEC_RECORD_IDS);
    expect(records).toHaveLength(73);
  });

  it('maps 42 records to the seed and adds 31 from outside it (SPEC §0 "at a glance")', () => {
    const records = library.entries.filter((e) => e.parentId === null);
    expect(records.filter((e) => e.seedFootnotes.length > 0)).toHaveLength(42);
    expect(records.filter((e) => e.seedFootnotes.length === 0)).toHaveLength(31);
  });

  it('resolves all 54 seed footnotes to records of the library', () => {
    for (let fn = 1; fn <= SEED_FOOTNOTE_COUNT; fn++) {
      const entry = library.footnotes.get(fn);
      expect(entry, `footnote ${fn}`).toBeDefined();
      expect(entry?.ids.length, `footnote ${fn}`).toBeGreaterThan(0);
      for (const id of entry?.ids ?? []) expect(byId.has(id), `fn ${fn}: ${id}`).toBe(true);
    }
    expect([...library.footnotes.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: SEED_FOOTNOTE_COUNT }, (_, i) => i + 1),
    );
  });

  it('keeps the pinpoints SPEC §3 gives (spot checks transcribed from the SPEC)', () => {
    expect(byId.get('CASE_MN_BELGIUM')?.pinpoints).toEqual(['¶110', '¶112', '¶113', '¶118']);
    expect(byId.get('GC31_HRC')?.pinpoints).toEqual(['¶10', '¶12']);
    expect(byId.get('GC4_CAT')?.pinpoints).toEqual(['¶8', '¶9', '¶10', '¶11', '¶12', '¶13']);
    expect(byId.get('TREATY_REFCONV_ART33')?.pinpoints).toEqual(['art. 33(1)', 'art. 33(2)']);
    expect(byId.get('CASE_B_FCO')?.pinpoints).toEqual(['[89]']);
    expect(byId.get('CASE_IRELAND_UK')?.pinpoints).toEqual(['¶162']);
    expect(byId.get('GC6_CRC')?.pinpoints).toEqual(['¶27', '¶28']);
  });

  it('files the Caracas articles under the treaty, with statuses mapped to the SPEC vocabulary', () => {
    const articles = library.entries.filter((e) => e.parentId === 'TREATY_CARACAS');
    expect(articles.map((a) => a.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 17, 18, 19, 20].map((n) => `TREATY_CARACAS_ART${n}`),
    );
    expect(byId.get('TREATY_CARACAS_ART3')).toMatchObject({
      shortTitle: 'Caracas Convention on Diplomatic Asylum, art. III',
      pinDefault: 'art. III',
      verificationStatus: 'verified_text',
    });
    // "verified (Spanish)": checked in Spanish, so the English proposition is only a summary.
    expect(byId.get('TREATY_CARACAS_ART6')?.verificationStatus).toBe('verified_summary');
    expect(byId.get('TREATY_CARACAS_ART8')?.verificationStatus).toBe('unverified_recall');
    expect(byId.get('TREATY_CARACAS_ART1')?.errata).toEqual(['E18']);
  });

  it('links every §0.4 erratum to the records it concerns', () => {
    expect([...library.errata.keys()]).toEqual(Array.from({ length: 22 }, (_, i) => `E${i + 1}`));
    expect(byId.get('GC4_CAT')?.errata).toEqual(['E2', 'E3']);
    expect(byId.get('CASE_B_FCO')?.errata).toEqual(['E22']);
    for (const e of library.errata.values()) expect(e.concerns.length, e.id).toBeGreaterThan(0);
  });

  it('gives every record a citation template with one pinpoint slot', () => {
    for (const e of library.entries) {
      expect(e.citationTemplate.split('{pin}'), e.id).toHaveLength(2);
    }
  });
});

describe('buildLibrary refuses inconsistent data', () => {
  it('a record both in the shared export and in the overlay (the overlay must then go)', () => {
    const s = clone();
    s.additions.records.push(structuredClone(s.shared.records[0]) as never);
    expect(() => buildLibrary(s)).toThrow(/duplicate id SCH_HUGHES_GERBER/);
  });

  it('a record without editorial fields, or editorial fields without a record', () => {
    const s = clone();
    delete (s.meta.records as Record<string, unknown>).GC31_HRC;
    expect(() => buildLibrary(s)).toThrow(/no editorial fields for GC31_HRC/);
    const t = clone();
    (t.meta.records as Record<string, unknown>).GHOST = t.meta.records.GC31_HRC;
    expect(() => buildLibrary(t)).toThrow(/unknown record GHOST/);
  });

  it('a field the SPEC export adds that the loader does not map', () => {
    const s = clone();
    (s.shared.records[0] as Record<string, unknown>).court = 'ICJ';
    expect(() => buildLibrary(s)).toThrow(/court/);
  });

  it('a footnote, erratum or factor that names nothing known', () => {
    const s = clone();
    s.shared.footnote_index['1'] = { ids: ['NOPE'], note: 'NOPE' };
    expect(() => buildLibrary(s)).toThrow(/footnote 1 names unknown NOPE/);
    const t = clone();
    (t.shared.records[0] as { errata?: string[] }).errata = ['E99'];
    expect(() => buildLibrary(t)).toThrow(/unknown erratum E99/);
    const u = clone();
    u.shared.records[0]?.supports.push('F_NOT_A_FACTOR');
    expect(() => buildLibrary(u)).toThrow(/unknown factor F_NOT_A_FACTOR/);
  });

  it('a shipped id in the local namespace', () => {
    const s = clone();
    const rec = s.additions.records[0];
    if (!rec) throw new Error('no additions');
    (s.meta.records as Record<string, unknown>).LOCAL_X = s.meta.records[rec.id as 'GC6_CRC'];
    rec.id = 'LOCAL_X';
    expect(() => buildLibrary(s)).toThrow(/LOCAL_/);
  });
});
