// SPEC §2.16: every golden case pins outcome, sub-basis, alternative-mode outcome, range, H, I
// total, and subsets of the reason codes and flags (the JSON files are normative).
import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from '../../../src/shared/caseFacts';
import { assess, resolveConfig } from '../../../src/main/domain/assessment';
import { loadGoldenCases, sha256, topLevelSubjectFields } from '../../support/golden';

const cases = loadGoldenCases();

describe('golden cases (SPEC §2.16, da-core/0.2.0)', () => {
  it('there are 22 of them (18 primary + 4 variants)', () => {
    expect(cases).toHaveLength(22);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, gc) => {
    const resolved = resolveConfig(gc.config_overrides);
    if (!resolved.ok) throw new Error('invalid config_overrides');
    const facts = caseFactsSchema.parse(gc.facts);
    const result = assess(facts, { config: resolved.config, sha256 });
    const e = gc.expected;

    it('outcome and sub-basis', () => {
      expect(result.outcome).toBe(e.outcome);
      expect(result.outcome_sub_basis).toBe(e.outcome_sub_basis);
    });
    it('alternative-mode outcome', () => {
      expect(result.outcome_alt_mode).toBe(e.outcome_alt_mode);
    });
    it('range', () => {
      expect(result.range).toEqual(e.range);
    });
    it('H and I total (pessimistic completion, §2.3.5)', () => {
      expect(result.H).toBe(e.H);
      expect(result.I.total).toBe(e.I_total);
    });
    it('reason codes include the pinned ones', () => {
      expect(result.reason_codes).toEqual(expect.arrayContaining(e.reason_codes_include));
    });
    it('flags include the pinned ones', () => {
      expect(result.flags).toEqual(expect.arrayContaining(e.flags_include));
    });
    it('top level mirrors subjects[0] (P13)', () => {
      expect(topLevelSubjectFields(result)).toEqual(result.subjects[0]);
    });
  });
});
