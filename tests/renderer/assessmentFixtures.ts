import { assess } from '../../src/main/domain/assessment';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { AssessmentView, AssessmentSummary } from '../../src/shared/schemas/assessment';
import { reviewState } from '../../src/main/domain/review/determination';
import gc02 from '../fixtures/golden/GC-02.json';
import gc10 from '../fixtures/golden/GC-10.json';
import gc11 from '../fixtures/golden/GC-11.json';

// Real engine output for the renderer tests (the engine is pure, so it runs in jsdom too); the
// hash is a stand-in because the screens only show it.
const sha256 = (s: string) => s.length.toString(16).padStart(64, '0');

export const GOLDEN = {
  'GC-02': gc02.facts as unknown as CaseFacts,
  'GC-10': gc10.facts as unknown as CaseFacts,
  'GC-11': gc11.facts as unknown as CaseFacts,
} as const;

export const REFERENCE = 'GBR-QUI-2026-0001';

/** The case the assessment screens are opened on, as `cases:get` describes it. */
export const CASE: CaseSummary = {
  id: 1,
  reference: REFERENCE,
  missionId: 1,
  missionName: 'Embassy in Quito',
  status: 'OPEN_TRIAGE',
  openedAt: '2026-03-02T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
  label: 'P-1',
  latestOutcome: null,
  imminentThreat: null,
};

export function summary(over: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: 1,
    uid: '0190-test',
    version: 1,
    status: 'DRAFT',
    outcome: 'NOT_JUSTIFIED',
    outcomeSubBasis: null,
    asOf: '2026-03-02T12:00:00Z',
    rulesetVersion: 'da-core/0.2.0',
    mode: 'TREATY_BODY',
    revisionReason: null,
    createdAt: '2026-03-02T12:00:05Z',
    createdByName: 'A. Adviser',
    finalisedAt: null,
    ...over,
  };
}

/** A version view as main returns it, for golden facts. */
export function viewOf(
  id: keyof typeof GOLDEN,
  over: Partial<AssessmentView> = {},
): AssessmentView {
  const result = assess(GOLDEN[id], { sha256 });
  const status = over.status ?? 'DRAFT';
  const determinations = over.determinations ?? [];
  const signoffs = over.signoffs ?? [];
  return {
    ...summary({ outcome: result.outcome, outcomeSubBasis: result.outcome_sub_basis, status }),
    caseReference: REFERENCE,
    configSha256: result.config_sha256,
    inputsSha256: result.inputs_sha256,
    resultSha256: 'r'.repeat(64),
    result: {
      ...result,
      status,
      subjects: result.subjects.map((s) => ({ ...s, status })),
    },
    determinations,
    signoffs,
    history: [
      {
        fromStatus: null,
        toStatus: 'DRAFT',
        at: '2026-03-02T12:00:05Z',
        actorName: 'A. Adviser',
        note: null,
      },
    ],
    review: reviewState({
      status,
      subjectRefs: result.subjects.map((s) => s.subject_ref),
      determinations,
      signoffs,
    }),
    ...over,
  };
}
