// Step 0 of the pipeline (SPEC §2.2): neutral defaults for omitted fields (§1.1) and the validation
// rules of §1.4. A validation failure never throws: it turns the fact into 'U' / 'UNKNOWN' (and a
// warning), which the bounds evaluation then resolves like any other unknown (§2.3.2).
import type {
  EvidenceGrade,
  Instrument,
  OffenceClass,
  ProcessIntegrity,
  Tri,
} from '../../../shared/caseFacts/enums';
import type {
  CaseFacts,
  EvidenceItem,
  HostStateAction,
  RiskClaim,
} from '../../../shared/caseFacts/schema';
import type { RulesetConfig } from './config';
import { daysOnPremises } from './daysOnPremises';
import type { NAction, NAssurances, NCase, NRisk, NSubject } from './model';

const GRADE_RANK: Readonly<Record<EvidenceGrade, number>> = { A: 0, B: 1, C: 2, D: 3 };
const atLeast = (g: EvidenceGrade, min: EvidenceGrade): boolean => GRADE_RANK[g] <= GRADE_RANK[min];

const ORDINARY = new Set<OffenceClass>(['ORDINARY_MINOR', 'ORDINARY_SERIOUS']);
/** V-13: action types that are not themselves criminal proceedings. */
const NON_CRIMINAL_ACTION_TYPES = new Set<HostStateAction['type']>([
  'ADMINISTRATIVE_DETENTION_ORDER',
  'EXTRA_LEGAL_MEASURE',
  'SURRENDER_DEMAND_TO_MISSION',
]);

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
const toRoman = (n: number): string => {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
};
/**
 * F18: articles are stored as Roman numerals; an arabic number is read as Roman. (The schema
 * pattern `^(GENERAL|[IVX]+)$` already rejects arabic numbers in untrusted documents; this only
 * serves trusted callers of `assess`.)
 */
const normaliseArticle = (a: string): string => {
  const t = a.trim().toUpperCase();
  return /^\d+$/.test(t) ? toRoman(Number(t)) : t;
};

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

type EvidenceIndex = {
  byId: ReadonlyMap<string, EvidenceItem>;
  byRisk: ReadonlyMap<string, EvidenceItem[]>;
  byAction: ReadonlyMap<string, EvidenceItem[]>;
};

const indexEvidence = (items: readonly EvidenceItem[]): EvidenceIndex => {
  const byId = new Map<string, EvidenceItem>();
  const byRisk = new Map<string, EvidenceItem[]>();
  const byAction = new Map<string, EvidenceItem[]>();
  const push = (m: Map<string, EvidenceItem[]>, k: string, e: EvidenceItem) => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of items) {
    if (!byId.has(e.evidence_id)) byId.set(e.evidence_id, e);
    for (const s of e.supports ?? []) {
      if (s.risk_id !== undefined) push(byRisk, s.risk_id, e);
      if (s.action_id !== undefined) push(byAction, s.action_id, e);
    }
  }
  return { byId, byRisk, byAction };
};

/** V-6: an item is linked when its id is in `refs` or one of its supports[] names the id. */
const linked = (
  ix: EvidenceIndex,
  refs: readonly string[] | undefined,
  viaSupports: EvidenceItem[] | undefined,
): EvidenceItem[] => {
  const out: EvidenceItem[] = [];
  for (const id of refs ?? []) {
    const e = ix.byId.get(id);
    if (e !== undefined && !out.includes(e)) out.push(e);
  }
  for (const e of viaSupports ?? []) if (!out.includes(e)) out.push(e);
  return out;
};

const COUNTRY_INFO = new Set<EvidenceItem['kind']>(['COUNTRY_INFO_UN', 'COUNTRY_INFO_NGO']);
const TESTIMONY = new Set<EvidenceItem['kind']>(['INTERVIEW_TESTIMONY', 'WITNESS_STATEMENT']);

type SubjectInfo = {
  ref: string;
  role: 'principal' | 'dependant';
  path: string;
  person: NonNullable<CaseFacts['principal']>;
};

const LIMBS = ['foreseeable', 'personal', 'present', 'real'] as const;

const normaliseRisk = (
  r: RiskClaim,
  subj: SubjectInfo,
  synthetic: NRisk['synthetic'],
  ix: EvidenceIndex,
  config: RulesetConfig,
  warnings: string[],
): NRisk => {
  const path = `risks[${r.risk_id}]`;
  const limbs: Record<(typeof LIMBS)[number], Tri> = {
    foreseeable: r.foreseeable ?? 'N',
    personal: r.personal ?? 'N',
    present: r.present ?? 'N',
    real: r.real ?? 'N',
  };
  const rationaleLimbs: (typeof LIMBS)[number][] = [];
  // V-3: a 'Y' limb needs a non-empty adviser_rationale (GC 4 ¶11). Synthetic risks have no Y.
  // Reading: whitespace only is no rationale (the rule asks for a reason the reviewer can read).
  if (isBlank(r.adviser_rationale)) {
    for (const limb of LIMBS) {
      if (limbs[limb] === 'Y') {
        limbs[limb] = 'U';
        rationaleLimbs.push(limb);
        warnings.push(`V-3: ${path}.${limb} = Y has no adviser_rationale; read as U`);
      }
    }
  }
  const items = linked(ix, r.evidence_refs, ix.byRisk.get(r.risk_id));
  const pattern = r.pattern_of_gross_violations ?? 'N';
  // V-4: the pattern alone cannot support `personal` (CAT art. 3(2); GC 4 ¶11). U counts as Y so
  // that the check stays monotone (§2.3.3).
  if (limbs.personal === 'Y' && pattern !== 'N' && !items.some((e) => !COUNTRY_INFO.has(e.kind))) {
    limbs.personal = 'U';
    warnings.push(`V-4: ${path}.personal = Y rests only on country information; read as U`);
  }
  // V-6: `real` needs a linked item graded at least min_grade_for_real. D testimony counts as C
  // with a linked MEDICAL_REPORT or recorded prior harm (F16).
  const medical = items.some((e) => e.kind === 'MEDICAL_REPORT');
  const priorHarm = r.prior_harm_suffered === 'Y';
  const qualifyingEvidence = items.some((e) => {
    const grade: EvidenceGrade =
      e.grade === 'D' && TESTIMONY.has(e.kind) && (medical || priorHarm) ? 'C' : e.grade;
    return atLeast(grade, config.min_grade_for_real);
  });
  if (limbs.real === 'Y' && !qualifyingEvidence) {
    limbs.real = 'U';
    warnings.push(
      `V-6: ${path}.real = Y has no linked evidence graded ${config.min_grade_for_real} or better; read as U`,
    );
  }
  let assurances: NAssurances | null = null;
  if (r.assurances !== undefined) {
    const a = r.assurances;
    let reliability = a.reliability;
    let roleDowngrade = false;
    // V-5: RELIABLE counts only when approved by the LEGAL_ADVISER (Othman).
    if (reliability === 'RELIABLE' && a.reliability_approved_by_role !== 'LEGAL_ADVISER') {
      reliability = 'U';
      roleDowngrade = true;
      warnings.push(
        `V-5: ${path}.assurances.reliability = RELIABLE is not approved by the LEGAL_ADVISER; read as U`,
      );
    }
    assurances = {
      reliability,
      roleDowngrade,
      specific: a.specific ?? 'N',
      competent: a.given_by_competent_authority ?? 'N',
      monitoring: a.verifiable_monitoring ?? 'N',
      track: a.track_record_of_compliance ?? 'N',
    };
  }
  const groundUnknown =
    r.harm_type === 'PERSECUTION_CONVENTION_GROUND' && r.convention_ground === undefined;
  if (groundUnknown && synthetic === null) {
    warnings.push(
      `V-12: ${path} is PERSECUTION_CONVENTION_GROUND without convention_ground; nexus read as U`,
    );
  }
  // F15: an omitted threshold is U for a child, a subject of unknown age, or a vulnerable subject.
  const p = subj.person;
  const thresholdDefault: Tri =
    p.age_band === 'CHILD' || p.age_band === 'U' || (p.vulnerabilities ?? []).length > 0
      ? 'U'
      : 'N';
  return {
    risk_id: r.risk_id,
    path,
    subject_ref: subj.ref,
    synthetic,
    harm_type: r.harm_type,
    destination: r.destination,
    perpetrator: r.perpetrator ?? 'UNKNOWN',
    amounts_to_torture: r.amounts_to_torture ?? 'N',
    convention_ground: r.convention_ground ?? null,
    groundUnknown,
    ...limbs,
    rationaleLimbs,
    qualifyingEvidence,
    pattern,
    threshold: r.reaches_ill_treatment_threshold_for_subject ?? thresholdDefault,
    flagrant_breach: r.flagrant_breach_of_liberty ?? 'N',
    imposition_unlawful: r.imposition_unlawful_under_art6_2 ?? 'N',
    flagrant_category: r.flagrant_denial_category ?? null,
    assurances,
  };
};

const normaliseClass = (
  cls: OffenceClass,
  view: 'offence_class_mission_view' | 'offence_class_host_view',
  a: HostStateAction,
  path: string,
  config: RulesetConfig,
  warnings: string[],
): OffenceClass => {
  if (!ORDINARY.has(cls)) return cls;
  // V-13: an ordinary-crime class on a non-criminal measure must name the criminal offence.
  if (NON_CRIMINAL_ACTION_TYPES.has(a.type) && isBlank(a.offence_description)) {
    warnings.push(
      `V-13: ${path}.${view} = ${cls} on ${a.type} names no criminal offence; read as UNKNOWN`,
    );
    return 'UNKNOWN';
  }
  // V-11: the recorded maximum penalty decides minor vs serious.
  if (typeof a.max_penalty_years === 'number') {
    const corrected: OffenceClass =
      a.max_penalty_years >= config.serious_offence_years ? 'ORDINARY_SERIOUS' : 'ORDINARY_MINOR';
    if (corrected !== cls) {
      warnings.push(
        `V-11: ${path}.${view} ${cls} corrected to ${corrected} (max_penalty_years ${a.max_penalty_years}, threshold ${config.serious_offence_years})`,
      );
    }
    return corrected;
  }
  return cls;
};

const normaliseAction = (
  a: HostStateAction,
  index: number,
  ix: EvidenceIndex,
  config: RulesetConfig,
  warnings: string[],
): NAction => {
  const label = a.action_id ?? String(index);
  const path = `host_actions[${label}]`;
  let integrity: ProcessIntegrity = a.process_integrity ?? 'INDEPENDENT_FAIR';
  if (integrity === 'PRETEXTUAL') {
    // V-15: a pretext finding needs an indicator and linked evidence (ICJ Asylum, F9).
    const items = linked(
      ix,
      a.evidence_refs,
      a.action_id === undefined ? undefined : ix.byAction.get(a.action_id),
    );
    const substantiated =
      (a.pretext_indicators ?? []).length > 0 &&
      items.some((e) => atLeast(e.grade, config.min_grade_for_real));
    if (!substantiated) {
      integrity = 'UNKNOWN';
      warnings.push(
        `V-15: ${path}.process_integrity = PRETEXTUAL is not substantiated; read as UNKNOWN`,
      );
    }
  }
  // V-8: the mission's qualification must be set whenever a host action exists, "else UNKNOWN".
  // The schema rejects such a document at the boundary; a trusted caller of `assess` gets the
  // rule's effect instead of an undefined class.
  const missionView: OffenceClass | undefined = a.offence_class_mission_view;
  if (missionView === undefined) {
    warnings.push(`V-8: ${path}.offence_class_mission_view is not set; read as UNKNOWN`);
  }
  return {
    path,
    label,
    type: a.type,
    missionClass: normaliseClass(
      missionView ?? 'UNKNOWN',
      'offence_class_mission_view',
      a,
      path,
      config,
      warnings,
    ),
    hostClass:
      a.offence_class_host_view === undefined
        ? null
        : normaliseClass(
            a.offence_class_host_view,
            'offence_class_host_view',
            a,
            path,
            config,
            warnings,
          ),
    integrity,
    natsec: a.national_security_allegation?.reasonable_grounds_found_by_mission ?? 'N',
    convictionFinal: a.conviction_final ?? 'N',
    danger: a.danger_to_community_found_by_mission ?? 'N',
    sentenceServed: a.sentence_served ?? 'N',
    clearlyPolitical: a.clearly_political_acts ?? 'N',
    f1a: a.exclusion_1F?.a ?? 'N',
    f1b: a.exclusion_1F?.b ?? 'N',
    f1c: a.exclusion_1F?.c ?? 'N',
  };
};

const syntheticRisk = (
  risk_id: string,
  subject_ref: string,
  harm: RiskClaim['harm_type'],
  destination: RiskClaim['destination'],
  amountsToTorture: Tri,
): RiskClaim => ({
  risk_id,
  subject_ref,
  harm_type: harm,
  destination,
  perpetrator: 'UNKNOWN',
  amounts_to_torture: amountsToTorture,
  foreseeable: 'U',
  personal: 'U',
  present: 'U',
  real: 'U',
});

export const normalise = (facts: CaseFacts, config: RulesetConfig): NCase => {
  const warnings: string[] = [];
  const mission = facts.mission;
  const control = facts.control ?? {};
  const arrival = facts.arrival ?? {};
  const urgency = facts.urgency ?? {};
  const lc = facts.legal_context;
  const ix = indexEvidence(facts.evidence ?? []);
  const receiving = mission.receiving_state;

  const principal = facts.principal ?? {};
  const subjectsInfo: SubjectInfo[] = [
    {
      ref: principal.person_ref ?? 'principal',
      role: 'principal',
      path: 'principal',
      person: principal,
    },
  ];
  for (const d of facts.dependants ?? []) {
    if (d.on_premises) {
      subjectsInfo.push({
        ref: d.person_ref,
        role: 'dependant',
        path: `dependants[${d.person_ref}]`,
        person: d,
      });
    }
  }
  const principalRef = subjectsInfo[0]?.ref ?? 'principal';
  const offPremises = new Set(
    (facts.dependants ?? []).filter((d) => !d.on_premises).map((d) => d.person_ref),
  );

  const rawRisks = facts.risks ?? [];
  const bySubject = new Map<string, RiskClaim[]>();
  for (const s of subjectsInfo) bySubject.set(s.ref, []);
  for (const r of rawRisks) {
    const ref = r.subject_ref ?? principalRef;
    const list = bySubject.get(ref);
    if (list !== undefined) list.push(r);
    else if (offPremises.has(ref)) {
      warnings.push(
        `risks[${r.risk_id}] concerns ${ref}, who is not on the premises; not assessed`,
      );
    } else warnings.push(`risks[${r.risk_id}] names an unknown subject_ref '${ref}'; not assessed`);
  }

  const actionsRaw = facts.host_actions ?? [];
  const actions = actionsRaw.map((a, i) => normaliseAction(a, i, ix, config, warnings));

  const onPremises = control.physically_on_premises ?? 'N';
  const request = control.request_to_remain_expressed ?? 'N';

  const subjects: NSubject[] = subjectsInfo.map((s) => {
    const p = s.person;
    const recorded = bySubject.get(s.ref) ?? [];
    const risks: NRisk[] = recorded.map((r) => normaliseRisk(r, s, null, ix, config, warnings));
    // V-10 (F1): a request to remain with nothing recorded for a subject on the premises gets a
    // synthetic risk with every limb unknown (Pacheco Tineo; CAT GC 4 ¶13). Reading: "on the
    // premises" = physically_on_premises Y or U (P-0: "on premises Y or U").
    const hasV10 = request !== 'N' && onPremises !== 'N' && recorded.length === 0;
    if (hasV10) {
      const id = `V10-${s.ref}`;
      warnings.push(`V-10: synthetic risk ${id} added (request to remain, no risk recorded)`);
      risks.push(
        normaliseRisk(
          syntheticRisk(id, s.ref, 'UNKNOWN', 'UNKNOWN', 'U'),
          s,
          'V-10',
          ix,
          config,
          warnings,
        ),
      );
    }
    // V-14 (F13): a possible death penalty with no DEATH_PENALTY claim for the principal.
    if (s.role === 'principal' && !recorded.some((r) => r.harm_type === 'DEATH_PENALTY')) {
      actionsRaw.forEach((a, i) => {
        if ((a.death_penalty_possible ?? 'N') === 'N') return;
        const id = `V14-${a.action_id ?? String(i)}`;
        // "THIRD_STATE_ONWARD for an extradition or surrender request": the action type
        // EXTRADITION_OR_SURRENDER_REQUEST (a third state's request received by the host). A
        // SURRENDER_DEMAND_TO_MISSION is the host demanding the person for itself → HOST_TERRITORY.
        const dest =
          a.type === 'EXTRADITION_OR_SURRENDER_REQUEST' ? 'THIRD_STATE_ONWARD' : 'HOST_TERRITORY';
        warnings.push(
          `V-14: synthetic risk ${id} added (death_penalty_possible = ${a.death_penalty_possible})`,
        );
        risks.push(
          normaliseRisk(
            syntheticRisk(id, s.ref, 'DEATH_PENALTY', dest, 'N'),
            s,
            'V-14',
            ix,
            config,
            warnings,
          ),
        );
      });
    }
    // V-2 (E13, F6): art. 1A(2) needs the person outside the country of nationality (or of former
    // habitual residence for a stateless person). Reading (ambiguity: V-2 says "stateless = Y" and
    // §2.3.2 has no row for `stateless`): stateless = U with the host as former residence makes
    // V-2 itself unknown (optimistic: not applied; pessimistic: applied), logged as
    // `<subject>.stateless`. Treating U as "not Y" would let a later filling (stateless = Y) fall
    // outside the original range, which P1 forbids for every filling of a U.
    const hostNational = (p.nationalities ?? []).includes(receiving);
    const fhrHost = p.former_habitual_residence === receiving;
    const stateless = p.stateless ?? 'N';
    const v2: Tri =
      hostNational || (fhrHost && stateless === 'Y')
        ? 'Y'
        : fhrHost && stateless === 'U'
          ? 'U'
          : 'N';
    if (v2 === 'Y') {
      warnings.push(
        `V-2: ${s.path} cannot be a refugee in the receiving state; refugee_definition_met and oau_refugee_definition_met forced to N`,
      );
    }
    return {
      ref: s.ref,
      role: s.role,
      path: s.path,
      ageBand: p.age_band ?? 'ADULT',
      vulnerable: (p.vulnerabilities ?? []).length > 0,
      unaccompanied: (p.vulnerabilities ?? []).includes('UNACCOMPANIED_CHILD'),
      v2,
      refugee: v2 === 'Y' ? 'N' : (p.refugee_definition_met ?? 'N'),
      oau: v2 === 'Y' ? 'N' : (p.oau_refugee_definition_met ?? 'N'),
      risks,
      hasV10,
    };
  });

  const reserved = new Set<string>();
  for (const res of lc.caracas_reservations ?? []) {
    if (res.state === mission.sending_state || res.state === receiving) {
      for (const art of res.articles) reserved.add(normaliseArticle(art));
    }
  }

  const asOf = facts.as_of ?? null;
  const arrived = arrival.arrived_at ?? null;
  const daysMissing: string[] = [];
  if (asOf === null) daysMissing.push('as_of');
  if (arrived === null) daysMissing.push('arrival.arrived_at');

  return {
    caseId: facts.case_id ?? '',
    asOf,
    interimSetAt: facts.interim_measure_set_at ?? null,
    sending: mission.sending_state,
    receiving,
    premises: mission.premises_type,
    premisesArea: mission.premises_area ?? null,
    relations: mission.relations_status ?? 'NORMAL',
    onPremises,
    movementRestricted: control.movement_restricted_by_mission ?? 'N',
    request,
    staffCustody: control.staff_custody_or_restriction ?? 'N',
    contemplating: control.mission_contemplating_ejection_or_handover ?? 'N',
    hostRequested: control.host_requested_entry_or_surrender ?? 'N',
    arrivalMode: arrival.mode ?? null,
    sought: arrival.sought_for_political_reasons ?? 'N',
    imminent: urgency.imminent_threat ?? 'N',
    urgencyFound: urgency.urgency_found_by_granting_state ?? 'N',
    conduct: facts.conduct ?? 'NONE',
    destabilising: facts.destabilising_activity_before_entry ?? 'N',
    sendingParties: new Set<Instrument>(lc.sending_state_parties),
    hostParties: new Set<Instrument>(lc.host_state_parties ?? []),
    contested: new Set<Instrument>(lc.sending_state_positions?.contests_extraterritoriality ?? []),
    recognisesDA: lc.sending_state_positions?.recognises_diplomatic_asylum ?? null,
    abolitionist: lc.sending_state_abolitionist ?? 'N',
    caracasReserved: reserved,
    days: daysOnPremises(
      asOf,
      arrived,
      facts.safe_conduct_requests ?? [],
      config.safe_conduct_overdue_days,
    ),
    daysMissing,
    actions,
    subjects,
    warnings,
  };
};
