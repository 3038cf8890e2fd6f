import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assess,
  FLAGS,
  REASON_CODES,
  REQUIRED_ACTIONS,
  RULE_IDS,
  type AssessmentResult as EngineResult,
} from '../../../src/main/domain/assessment';
import {
  FLAG_EXPLANATIONS,
  REASON_CODE_LABELS,
  REQUIRED_ACTION_LABELS,
  RULE_LABELS,
} from '../../../src/shared/assessment/labels';
import {
  assessmentResultSchema,
  type AssessmentResult as WireResult,
} from '../../../src/shared/assessment/result';
import { caseFactsArbitrary } from '../../support/arbitraries';
import { loadGoldenCases, sha256 } from '../../support/golden';

// The renderer cannot import the engine, so the output shape is described again in src/shared
// for IPC. These tests keep the two descriptions one: real output parses strictly, and the types
// are assignable both ways.

// Generous: property runs share two cores with the rest of the suite.
describe('the shared description of the engine output (SPEC §2.14)', { timeout: 60_000 }, () => {
  it('has the same type as the engine’s', () => {
    expectTypeOf<EngineResult>().toExtend<WireResult>();
    expectTypeOf<WireResult['outcome']>().toEqualTypeOf<EngineResult['outcome']>();
    expectTypeOf<WireResult['subjects'][number]['handover_guard']>().toEqualTypeOf<
      EngineResult['handover_guard']
    >();
  });

  it('parses every golden result strictly', () => {
    for (const g of loadGoldenCases()) {
      const parsed = assessmentResultSchema.safeParse(assess(g.facts, { sha256 }));
      expect(parsed.success, `${g.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('parses the result of generated fact sets strictly', () => {
    fc.assert(
      fc.property(caseFactsArbitrary(), (facts) => {
        const parsed = assessmentResultSchema.safeParse(assess(facts, { sha256 }));
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plain words for every code the engine can emit', () => {
  it.each([
    ['reason codes', REASON_CODES, REASON_CODE_LABELS],
    ['flags', FLAGS, FLAG_EXPLANATIONS],
    ['required actions', REQUIRED_ACTIONS, REQUIRED_ACTION_LABELS],
    ['rules', RULE_IDS, RULE_LABELS],
  ] as const)('%s', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const c of codes) expect(labels[c]?.length ?? 0).toBeGreaterThan(5);
  });

  it('explains each flag in exactly one sentence', () => {
    for (const [flag, text] of Object.entries(FLAG_EXPLANATIONS)) {
      expect(text.trim().endsWith('.'), flag).toBe(true);
      // One sentence: no full stop followed by a capital inside the text (abbreviations aside).
      expect(
        text
          .slice(0, -1)
          .replace(/\b(art|arts|v|¶)\. /g, '')
          .match(/\. [A-Z]/),
        flag,
      ).toBeNull();
    }
  });
});
