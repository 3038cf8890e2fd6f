import type { FieldDef, Scope } from './fieldTypes';
import type { Answers, EntityKind, Marks } from './entities';
import { ENTITIES } from './entities';

// The shape in which the main process hands a stored intake to the renderer and to the
// canonical-facts mapping: every record as its answers (path -> value, null = not answered)
// plus its marks (see Marks in entities.ts).

export type RecordView = { id: number; ref: string | null; answers: Answers; marks: Marks };

export type SupportView = { riskRef: string | null; actionRef: string | null; field: string };
export type CustodyView = { at: string; by: string; action: string };
export type AttachmentMeta = {
  id: number;
  uid: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
};

export type RiskView = RecordView & { subjectRef: string | null; evidenceRefs: string[] };
export type ActionView = RecordView & { evidenceRefs: string[] };
export type EvidenceView = RecordView & {
  supports: SupportView[];
  custody: CustodyView[];
  fileRef: string | null;
  attachments: AttachmentMeta[];
};
export type LegalView = RecordView & {
  /** Whose legal context this is: the mission's, or the case's own override. */
  source: 'MISSION' | 'CASE';
  reservations: RecordView[];
};

export type IntakeView = {
  caseId: number;
  uid: string;
  reference: string;
  status: string;
  label: string | null;
  openedAt: string;
  updatedAt: string;
  factsCaseId: string | null;
  factsMissionId: string | null;
  mission: { id: number; name: string; code: string; sendingState: string; hostState: string };
  /** Case-level facts; its marks also record omitted lists (`risks`, `dependants` …). */
  case: RecordView;
  principal: RecordView;
  dependants: RecordView[];
  risks: RiskView[];
  actions: ActionView[];
  evidence: EvidenceView[];
  legal: LegalView;
  safeConducts: RecordView[];
};

/** The value SPEC §1.1 gives an omitted field: N for tri-states, [] for lists, or the field's own. */
export function neutralDefault(def: FieldDef): unknown {
  if (def.omittedMeans !== undefined) return def.omittedMeans;
  const k = def.type.kind;
  if (k === 'tri') return 'N';
  if (k === 'codes' || k === 'states' || k === 'texts') return [];
  return null;
}

/** Answers with omitted fields replaced by their neutral default: what the engine will read. */
export function effectiveAnswers(kind: EntityKind, r: Pick<RecordView, 'answers' | 'marks'>) {
  const out: Answers = {};
  for (const def of ENTITIES[kind].fields) {
    const v = r.answers[def.path] ?? null;
    out[def.path] = v === null && r.marks[def.path] === 'OMITTED' ? neutralDefault(def) : v;
  }
  return out;
}

export function applies(def: FieldDef, scope: Scope): boolean {
  return def.appliesWhen ? def.appliesWhen(scope) : true;
}

/** An unanswered question that should be answered: asked, applicable, read by a rule. */
export function isMissing(def: FieldDef, r: Pick<RecordView, 'answers' | 'marks'>, scope: Scope) {
  if (def.notAsked || def.informational || def.readOnly || def.notInFacts) return false;
  if ((r.answers[def.path] ?? null) !== null || r.marks[def.path] !== undefined) return false;
  if (!applies(def, scope)) return false;
  return def.neededWhen ? def.neededWhen(scope) : true;
}

/** Everything applicability may look at, for one record of a stored intake. */
export function scopeFor(view: IntakeView, kind: EntityKind, record: RecordView): Scope {
  const caseAnswers = effectiveAnswers('case', view.case);
  const item = effectiveAnswers(kind, record);
  if (kind === 'risk') {
    const ref = (record as RiskView).subjectRef;
    const subject =
      ref === null || ref === view.principal.ref
        ? view.principal
        : (view.dependants.find((d) => d.ref === ref) ?? view.principal);
    const subjectKind = subject === view.principal ? 'principal' : 'dependant';
    return { case: caseAnswers, item, subject: effectiveAnswers(subjectKind, subject) };
  }
  if (kind === 'principal' || kind === 'dependant') {
    return { case: caseAnswers, item, subject: item };
  }
  return { case: caseAnswers, item };
}
