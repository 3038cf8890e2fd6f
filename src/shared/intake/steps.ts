import type { StepId } from './fieldTypes';
import { ENTITIES, type EntityKind } from './entities';
import { applies, isMissing, scopeFor, type IntakeView, type RecordView } from './records';

/** The guided interview, in the order an adviser meets the facts (issue 3). */
export const STEPS: readonly { id: StepId; title: string; intro: string }[] = [
  {
    id: 'mission',
    title: 'Mission and premises',
    intro: 'Where the request was made: the premises decide which inviolability rules apply.',
  },
  {
    id: 'person',
    title: 'The person',
    intro:
      'Who is asking. Names and documents go in the restricted identity; the assessment reads only the rest.',
  },
  {
    id: 'arrival',
    title: 'Arrival and control',
    intro: 'How the person came in and who controls their situation now (jurisdiction).',
  },
  {
    id: 'risks',
    title: 'Risks',
    intro: 'One entry per harm the person fears, with the four limbs of CAT GC 4 ¶11.',
  },
  {
    id: 'actions',
    title: 'Host-state actions',
    intro: 'Charges, warrants, extradition requests and demands made about the person.',
  },
  {
    id: 'conduct',
    title: 'Conduct and urgency',
    intro:
      'What the person does from the premises, how urgent it is, and any safe-conduct request.',
  },
  {
    id: 'dependants',
    title: 'Dependants',
    intro: 'Family members with the person: each one on the premises is assessed separately.',
  },
  {
    id: 'evidence',
    title: 'Evidence',
    intro: 'What supports the facts, graded A to D, with scans and photos attached.',
  },
  {
    id: 'legal',
    title: 'Legal context',
    intro: 'Treaties that bind your state and the host state, kept per mission.',
  },
];

export const stepTitle = (id: StepId): string => STEPS.find((s) => s.id === id)?.title ?? id;

/** Where a question lives in the page, so a link can take the adviser straight to it. */
export const questionDomId = (kind: EntityKind, recordId: number, path: string): string =>
  `q-${kind}-${recordId}-${path.replace(/[^a-zA-Z0-9]/g, '-')}`;

export type MissingQuestion = {
  kind: EntityKind;
  recordId: number;
  /** The record's reference (R1, A2 …) when it is one of several. */
  recordRef: string | null;
  path: string;
  label: string;
  domId: string;
};

/** Every record of an intake with its kind and the step it is asked in. */
export function recordsOf(
  view: IntakeView,
): { kind: EntityKind; record: RecordView; step: StepId }[] {
  const caseSteps = (['mission', 'arrival', 'conduct'] as const).map((step) => ({
    kind: 'case' as const,
    record: view.case,
    step,
  }));
  return [
    ...caseSteps,
    { kind: 'principal', record: view.principal, step: 'person' },
    ...view.dependants.map((record) => ({
      kind: 'dependant' as const,
      record,
      step: 'dependants' as const,
    })),
    ...view.risks.map((record) => ({ kind: 'risk' as const, record, step: 'risks' as const })),
    ...view.actions.map((record) => ({
      kind: 'action' as const,
      record,
      step: 'actions' as const,
    })),
    ...view.evidence.map((record) => ({
      kind: 'evidence' as const,
      record,
      step: 'evidence' as const,
    })),
    { kind: 'legal', record: view.legal, step: 'legal' },
    ...view.legal.reservations.map((record) => ({
      kind: 'reservation' as const,
      record,
      step: 'legal' as const,
    })),
    ...view.safeConducts.map((record) => ({
      kind: 'safeConduct' as const,
      record,
      step: 'conduct' as const,
    })),
  ];
}

/** The questions of one record that are shown in a step, given the answers so far. */
export function visibleFields(
  view: IntakeView,
  kind: EntityKind,
  record: RecordView,
  step: StepId,
) {
  const scope = scopeFor(view, kind, record);
  return ENTITIES[kind].fields.filter(
    (f) =>
      !f.notAsked &&
      !f.notInFacts &&
      (kind === 'case' ? f.step === step : true) &&
      applies(f, scope),
  );
}

/** The completeness panel: every unanswered question that matters, by step (issue 3). */
export function completeness(
  view: IntakeView,
): { step: StepId; title: string; missing: MissingQuestion[] }[] {
  const byStep = new Map<StepId, MissingQuestion[]>(STEPS.map((s) => [s.id, []]));
  for (const { kind, record, step } of recordsOf(view)) {
    const scope = scopeFor(view, kind, record);
    for (const f of ENTITIES[kind].fields) {
      if (kind === 'case' && f.step !== step) continue;
      if (!isMissing(f, record, scope)) continue;
      byStep.get(step)?.push({
        kind,
        recordId: record.id,
        recordRef: kind === 'case' || kind === 'principal' || kind === 'legal' ? null : record.ref,
        path: f.path,
        label: f.label,
        domId: questionDomId(kind, record.id, f.path),
      });
    }
  }
  return STEPS.map((s) => ({ step: s.id, title: s.title, missing: byStep.get(s.id) ?? [] }));
}
