import type { CaseFacts } from '../caseFacts/schema';
import { caseFactsSchema } from '../caseFacts/schema';
import { formatIssues, toJsonPath, type FieldIssue } from '../caseFacts/formatIssues';
import { optionalText } from '../schemas/text';
import { answerSchema, factDateTime, TEXT, unknownAnswer, type FieldDef } from './fieldTypes';
import { ENTITIES, type Answers, type EntityKind, type Marks } from './entities';
import {
  applies,
  scopeFor,
  type ActionView,
  type CustodyView,
  type EvidenceView,
  type IntakeView,
  type RecordView,
  type RiskView,
  type SupportView,
} from './records';

// The two directions between a stored intake and the canonical engine input (SPEC §1.1):
//  - export: every answer as recorded; an applicable question nobody answered as its explicit
//    "unknown" (U, UNKNOWN, null) — never a silent default; a field the imported facts omitted
//    stays omitted (its neutral default is what the source meant).
//  - import: every field present is validated by the same schemas as a form; every field absent
//    is marked OMITTED so that the export gives the same document back.

type Json = Record<string, unknown>;

const getPath = (obj: Json, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);

const setPath = (obj: Json, path: string, value: unknown): void => {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== 'object') o[k] = {};
    o = o[k] as Json;
  }
  o[keys[keys.length - 1] as string] = value;
};

/** A group whose presence is itself an answer (risk `assurances`: offered or not). */
const presenceField = (kind: EntityKind, group: string): FieldDef | undefined =>
  ENTITIES[kind].groups.includes(group)
    ? ENTITIES[kind].fields.find((f) => f.path === group && f.type.kind === 'boolean')
    : undefined;

function exportRecord(view: IntakeView, kind: EntityKind, r: RecordView): Json {
  const out: Json = {};
  const scope = scopeFor(view, kind, r);
  const def = ENTITIES[kind];
  for (const f of def.fields) {
    if (f.notInFacts) continue;
    const group = def.groups.find((g) => f.path.startsWith(`${g}.`));
    const presence = group ? presenceField(kind, group) : undefined;
    if (presence && r.answers[presence.path] !== true) continue;
    if (presence === f) {
      if (r.answers[f.path] === true) out[f.path] ??= {};
      continue;
    }
    const mark = r.marks[f.path];
    if (mark === 'OMITTED') continue;
    const v = r.answers[f.path] ?? null;
    if (v !== null) setPath(out, f.path, v);
    else if (mark === 'NULL') setPath(out, f.path, null);
    else if (!f.notAsked && applies(f, scope)) {
      const unknown = unknownAnswer(f);
      if (unknown !== undefined) setPath(out, f.path, unknown);
      else if (f.emptyAnswer !== undefined) setPath(out, f.path, f.emptyAnswer);
    }
  }
  for (const g of def.groups) {
    if (out[g] === undefined && r.marks[g] !== 'OMITTED' && !presenceField(kind, g)) out[g] = {};
  }
  return out;
}

/** A list, or nothing when it is empty and the imported facts left it out. */
const listOrOmit = <T>(items: T[], marks: Marks, key: string): T[] | undefined =>
  items.length === 0 && marks[key] === 'OMITTED' ? undefined : items;

const withRef = (key: string, ref: string | null, body: Json): Json =>
  ref === null ? body : { [key]: ref, ...body };

/**
 * The canonical CaseFacts of a stored intake. `fileRef` gives an evidence item's `file_ref`
 * (the main process re-verifies the attachments' hashes before it answers).
 */
export function toCaseFacts(
  view: IntakeView,
  fileRef: (e: EvidenceView) => string | null,
): CaseFacts {
  const cm = view.case.marks;
  const caseBody = exportRecord(view, 'case', view.case);
  const facts: Json = {};
  if (cm.case_id !== 'OMITTED') facts.case_id = view.factsCaseId ?? view.uid;
  if (cm.opened_at !== 'OMITTED') facts.opened_at = view.openedAt;
  facts.mission = {
    ...(view.factsMissionId !== null ? { mission_id: view.factsMissionId } : {}),
    sending_state: view.mission.sendingState,
    receiving_state: view.mission.hostState,
    ...(caseBody.mission as Json),
  };
  delete caseBody.mission;
  const principal = withRef(
    'person_ref',
    view.principal.ref,
    exportRecord(view, 'principal', view.principal),
  );
  if (!(cm.principal === 'OMITTED' && Object.keys(principal).length === 0))
    facts.principal = principal;
  const lists: [string, Json[]][] = [
    [
      'dependants',
      view.dependants.map((d) => ({ person_ref: d.ref, ...exportRecord(view, 'dependant', d) })),
    ],
    ['risks', view.risks.map((r) => exportRisk(view, r))],
    ['host_actions', view.actions.map((a) => exportAction(view, a))],
    ['evidence', view.evidence.map((e) => exportEvidence(view, e, fileRef(e)))],
    ['safe_conduct_requests', view.safeConducts.map((s) => exportRecord(view, 'safeConduct', s))],
  ];
  Object.assign(facts, caseBody);
  for (const [key, items] of lists) {
    const list = listOrOmit(items, cm, key);
    if (list) facts[key] = list;
  }
  const legal = exportRecord(view, 'legal', view.legal);
  const reservations = listOrOmit(
    view.legal.reservations.map((r) => exportRecord(view, 'reservation', r)),
    view.legal.marks,
    'caracas_reservations',
  );
  facts.legal_context = reservations ? { ...legal, caracas_reservations: reservations } : legal;
  return facts as CaseFacts;
}

function exportRisk(view: IntakeView, r: RiskView): Json {
  const body = exportRecord(view, 'risk', r);
  const refs = listOrOmit(r.evidenceRefs, r.marks, 'evidence_refs');
  return {
    risk_id: r.ref,
    ...(r.subjectRef !== null ? { subject_ref: r.subjectRef } : {}),
    ...body,
    ...(refs ? { evidence_refs: refs } : {}),
  };
}

function exportAction(view: IntakeView, a: ActionView): Json {
  const body = exportRecord(view, 'action', a);
  const refs = listOrOmit(a.evidenceRefs, a.marks, 'evidence_refs');
  return withRef('action_id', a.ref, { ...body, ...(refs ? { evidence_refs: refs } : {}) });
}

function exportEvidence(view: IntakeView, e: EvidenceView, fileRef: string | null): Json {
  const body = exportRecord(view, 'evidence', e);
  const supports = listOrOmit(
    e.supports.map((s) => ({
      ...(s.riskRef !== null ? { risk_id: s.riskRef } : {}),
      ...(s.actionRef !== null ? { action_id: s.actionRef } : {}),
      field: s.field,
    })),
    e.marks,
    'supports',
  );
  const custody = listOrOmit(e.custody, e.marks, 'chain_of_custody');
  return {
    evidence_id: e.ref,
    ...body,
    ...(supports ? { supports } : {}),
    ...(custody ? { chain_of_custody: custody } : {}),
    ...(fileRef !== null ? { file_ref: fileRef } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

export type PlannedRecord = { ref: string | null; answers: Answers; marks: Marks };
export type ImportPlan = {
  caseId: string | null;
  missionId: string | null;
  openedAt: string | null;
  sendingState: string;
  receivingState: string;
  case: PlannedRecord;
  principal: PlannedRecord;
  dependants: PlannedRecord[];
  risks: (PlannedRecord & { subjectRef: string | null; evidenceRefs: string[] })[];
  actions: (PlannedRecord & { evidenceRefs: string[] })[];
  evidence: (PlannedRecord & {
    supports: SupportView[];
    custody: CustodyView[];
    fileRef: string | null;
  })[];
  legal: PlannedRecord & { reservations: PlannedRecord[] };
  safeConducts: PlannedRecord[];
};

function planRecord(
  kind: EntityKind,
  obj: Json,
  at: (string | number)[],
  issues: FieldIssue[],
  ref: string | null = null,
): PlannedRecord {
  const answers: Answers = {};
  const marks: Marks = {};
  const def = ENTITIES[kind];
  for (const g of def.groups) if (obj[g] === undefined) marks[g] = 'OMITTED';
  for (const f of def.fields) {
    if (f.notInFacts) continue;
    const group = def.groups.find((g) => f.path.startsWith(`${g}.`));
    if (group && presenceField(kind, group) && obj[group] === undefined) {
      answers[f.path] = null;
      continue;
    }
    const raw =
      presenceField(kind, f.path) === f
        ? obj[f.path] !== undefined || undefined
        : getPath(obj, f.path);
    if (raw === undefined) {
      answers[f.path] = null;
      marks[f.path] = 'OMITTED';
    } else if (raw === null) {
      answers[f.path] = null;
      marks[f.path] = 'NULL';
    } else {
      const parsed = answerSchema(f).safeParse(raw);
      if (parsed.success) answers[f.path] = parsed.data;
      else {
        answers[f.path] = null;
        for (const i of parsed.error.issues) {
          issues.push({
            path: toJsonPath([...at, ...f.path.split('.'), ...i.path]),
            message: i.message,
          });
        }
      }
    }
  }
  return { ref, answers, marks };
}

const omittedLists = (obj: Json, keys: string[]): Marks =>
  Object.fromEntries(keys.filter((k) => obj[k] === undefined).map((k) => [k, 'OMITTED']));

/** Text outside the registry (ids, custody entries, file refs): NFC, no NUL, no lone surrogate. */
function text(value: string, at: (string | number)[], issues: FieldIssue[]): string {
  const parsed = optionalText(TEXT.line).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues) issues.push({ path: toJsonPath(at), message: i.message });
  return value;
}
const obj = (x: unknown): Json =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : {};
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/**
 * Validates CaseFacts as the schema and the intake forms do, checks that every reference
 * resolves, and returns what to store — or every problem, each at its JSON path. All checks run
 * even when the schema already failed, so one attempt lists everything to fix.
 */
export function planImport(input: unknown): { plan: ImportPlan } | { issues: FieldIssue[] } {
  const parsed = caseFactsSchema.safeParse(input);
  const issues: FieldIssue[] = parsed.success ? [] : formatIssues(parsed.error);
  const facts = obj(input);
  const listMarks = (rec: PlannedRecord, o: unknown, keys: string[]) => {
    Object.assign(rec.marks, omittedLists(obj(o), keys));
    return rec;
  };
  const ref = (o: Json, key: string, at: (string | number)[]) => {
    const v = str(o[key]);
    return v === undefined ? null : text(v, [...at, key], issues);
  };

  const caseRec = listMarks(planRecord('case', facts, [], issues), facts, [
    'case_id',
    'opened_at',
    'principal',
    'dependants',
    'risks',
    'host_actions',
    'evidence',
    'safe_conduct_requests',
  ]);
  const openedAt = str(facts.opened_at) ?? null;
  if (openedAt !== null) {
    const ok = factDateTime.safeParse(openedAt);
    if (!ok.success)
      issues.push({ path: '$.opened_at', message: ok.error.issues[0]?.message ?? '' });
  }
  const principalObj = obj(facts.principal);
  const principal = planRecord(
    'principal',
    principalObj,
    ['principal'],
    issues,
    ref(principalObj, 'person_ref', ['principal']),
  );
  const dependants = arr(facts.dependants).map((d, i) =>
    planRecord(
      'dependant',
      obj(d),
      ['dependants', i],
      issues,
      ref(obj(d), 'person_ref', ['dependants', i]),
    ),
  );
  const refs = (o: Json, at: (string | number)[]) =>
    arr(o.evidence_refs).map((e, j) => text(String(e), [...at, 'evidence_refs', j], issues));
  const risks = arr(facts.risks).map((r, i) => ({
    ...listMarks(
      planRecord('risk', obj(r), ['risks', i], issues, ref(obj(r), 'risk_id', ['risks', i])),
      r,
      ['evidence_refs'],
    ),
    subjectRef: ref(obj(r), 'subject_ref', ['risks', i]),
    evidenceRefs: refs(obj(r), ['risks', i]),
  }));
  const actions = arr(facts.host_actions).map((a, i) => ({
    ...listMarks(
      planRecord(
        'action',
        obj(a),
        ['host_actions', i],
        issues,
        ref(obj(a), 'action_id', ['host_actions', i]),
      ),
      a,
      ['evidence_refs'],
    ),
    evidenceRefs: refs(obj(a), ['host_actions', i]),
  }));
  const evidence = arr(facts.evidence).map((e, i) => {
    const at = ['evidence', i];
    return {
      ...listMarks(planRecord('evidence', obj(e), at, issues, ref(obj(e), 'evidence_id', at)), e, [
        'supports',
        'chain_of_custody',
      ]),
      supports: arr(obj(e).supports).map((sv, j) => {
        const s = obj(sv);
        return {
          riskRef: ref(s, 'risk_id', [...at, 'supports', j]),
          actionRef: ref(s, 'action_id', [...at, 'supports', j]),
          field: ref(s, 'field', [...at, 'supports', j]) ?? '',
        };
      }),
      custody: arr(obj(e).chain_of_custody).map((cv, j) => {
        const c = obj(cv);
        const when = factDateTime.safeParse(c.at);
        if (typeof c.at === 'string' && !when.success) {
          issues.push({
            path: toJsonPath([...at, 'chain_of_custody', j, 'at']),
            message: when.error.issues[0]?.message ?? '',
          });
        }
        return {
          at: str(c.at) ?? '',
          by: ref(c, 'by', [...at, 'chain_of_custody', j]) ?? '',
          action: ref(c, 'action', [...at, 'chain_of_custody', j]) ?? '',
        };
      }),
      fileRef: ref(obj(e), 'file_ref', at),
    };
  });
  const legalObj = obj(facts.legal_context);
  const legal = {
    ...listMarks(planRecord('legal', legalObj, ['legal_context'], issues), legalObj, [
      'caracas_reservations',
    ]),
    reservations: arr(legalObj.caracas_reservations).map((r, i) =>
      planRecord('reservation', obj(r), ['legal_context', 'caracas_reservations', i], issues),
    ),
  };
  const safeConducts = arr(facts.safe_conduct_requests).map((sc, i) =>
    planRecord('safeConduct', obj(sc), ['safe_conduct_requests', i], issues),
  );
  const missionObj = obj(facts.mission);
  const caseId = ref(facts, 'case_id', []);
  const missionId = ref(missionObj, 'mission_id', ['mission']);
  checkReferences(facts, issues);

  // One message per path: the schema's, when the schema and a form check agree something is wrong.
  const seen = new Set<string>();
  const unique = issues.filter((i) => !seen.has(i.path) && Boolean(seen.add(i.path)));
  if (unique.length > 0 || !parsed.success) return { issues: unique };
  return {
    plan: {
      caseId,
      missionId,
      openedAt,
      sendingState: String(missionObj.sending_state),
      receivingState: String(missionObj.receiving_state),
      case: caseRec,
      principal,
      dependants,
      risks,
      actions,
      evidence,
      legal,
      safeConducts,
    },
  };
}

/** Every id is unique and every reference names a record of the same file. */
function checkReferences(facts: Json, issues: FieldIssue[]): void {
  const ids = (list: unknown, key: string, at: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    arr(list).forEach((item, i) => {
      const id = str(obj(item)[key]);
      if (id === undefined) return;
      if (seen.has(id)) issues.push({ path: at(i), message: `repeats the ${what} "${id}"` });
      seen.add(id);
    });
    return seen;
  };
  const persons = ids(
    [facts.principal, ...arr(facts.dependants)],
    'person_ref',
    (i) => (i === 0 ? '$.principal.person_ref' : `$.dependants[${i - 1}].person_ref`),
    'person reference',
  );
  const riskIds = ids(facts.risks, 'risk_id', (i) => `$.risks[${i}].risk_id`, 'risk id');
  const actionIds = ids(
    facts.host_actions,
    'action_id',
    (i) => `$.host_actions[${i}].action_id`,
    'action id',
  );
  const evidenceIds = ids(
    facts.evidence,
    'evidence_id',
    (i) => `$.evidence[${i}].evidence_id`,
    'evidence id',
  );
  const dangling = (set: Set<string>, id: unknown, path: string, what: string) => {
    if (typeof id === 'string' && !set.has(id)) {
      issues.push({ path, message: `names ${what} "${id}", which is not in this file` });
    }
  };
  arr(facts.risks).forEach((r, i) => {
    dangling(persons, obj(r).subject_ref, `$.risks[${i}].subject_ref`, 'the person');
    arr(obj(r).evidence_refs).forEach((e, j) =>
      dangling(evidenceIds, e, `$.risks[${i}].evidence_refs[${j}]`, 'the evidence item'),
    );
  });
  arr(facts.host_actions).forEach((a, i) =>
    arr(obj(a).evidence_refs).forEach((e, j) =>
      dangling(evidenceIds, e, `$.host_actions[${i}].evidence_refs[${j}]`, 'the evidence item'),
    ),
  );
  arr(facts.evidence).forEach((e, i) =>
    arr(obj(e).supports).forEach((sv, j) => {
      const s = obj(sv);
      dangling(riskIds, s.risk_id, `$.evidence[${i}].supports[${j}].risk_id`, 'the risk');
      dangling(actionIds, s.action_id, `$.evidence[${i}].supports[${j}].action_id`, 'the action');
    }),
  );
}
