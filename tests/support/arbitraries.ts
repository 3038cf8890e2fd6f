// fast-check arbitraries of engine inputs (CaseFacts valid against caseFactsSchema), plus the
// "concrete filling" of a fact set's unknowns used by the monotonicity property (SPEC §2.15 P1).
// Shared by the engine's property tests and by other layers (IPC fuzzing, forms).
import fc from 'fast-check';
import {
  AGE_BANDS,
  ARRIVAL_MODES,
  CONDUCTS,
  CONVENTION_GROUNDS,
  DESTINATIONS,
  EVIDENCE_GRADES,
  EVIDENCE_KINDS,
  FLAGRANT_DENIAL_CATEGORIES,
  HARM_TYPES,
  HOST_ACTION_TYPES,
  INSTRUMENTS,
  OFFENCE_CLASSES,
  PERPETRATORS,
  PREMISES_AREAS,
  PREMISES_TYPES,
  PRETEXT_INDICATORS,
  PROCESS_INTEGRITIES,
  RELATIONS_STATUSES,
  RELATIONSHIPS,
  ROLES,
  SAFE_CONDUCT_ANSWERS,
  VULNERABILITIES,
  type Tri,
} from '../../src/shared/caseFacts/enums';
import type {
  CaseFacts,
  Dependant,
  EvidenceItem,
  HostStateAction,
  RiskClaim,
} from '../../src/shared/caseFacts/schema';

export type CaseFactsArbitraryOptions = {
  /** No 'U' / 'UNKNOWN' anywhere, as_of and arrived_at present, thresholds and grounds given. */
  determinate?: boolean;
  maxRisks?: number;
  maxActions?: number;
  maxDependants?: number;
  maxEvidence?: number;
};

/** Fictitious state codes (SPEC §1.1); a small pool so that nationality matches happen often. */
export const STATES = ['AAX', 'BBX', 'C1X', 'DDX'] as const;

export const DATES = [
  '2025-06-01T08:30:00Z',
  '2025-12-20T00:00:00Z',
  '2026-01-01T00:00:00Z',
  '2026-02-28T12:00:00Z',
  '2026-03-02T12:00:00Z',
  '2026-03-05T12:00:00+02:00',
  '2026-09-30T00:00:00-05:00',
] as const;

const without = <T extends string, X extends string>(xs: readonly T[], ...drop: X[]) =>
  xs.filter((x): x is Exclude<T, X> => !(drop as string[]).includes(x));

const CARACAS_ARTICLES = ['I', 'III', 'IV', 'V', 'VI', 'VII', 'XII', 'XX', 'GENERAL'] as const;
const LIMB_FIELDS = ['foreseeable', 'personal', 'present', 'real'] as const;

type Opts = Required<CaseFactsArbitraryOptions>;

const arbs = (o: Opts) => {
  const det = o.determinate;
  // Y is weighted up so that established risks, jurisdiction and the B preconditions are common.
  const tri: fc.Arbitrary<Tri> = det
    ? fc.oneof({ arbitrary: fc.constant<Tri>('Y'), weight: 2 }, fc.constant<Tri>('N'))
    : fc.oneof(
        { arbitrary: fc.constant<Tri>('Y'), weight: 4 },
        { arbitrary: fc.constant<Tri>('N'), weight: 1 },
        { arbitrary: fc.constant<Tri>('U'), weight: 1 },
      );
  const pick = <T extends string>(all: readonly T[], unknown: string): fc.Arbitrary<T> =>
    fc.constantFrom(...(det ? all.filter((x) => x !== unknown) : all));
  // For facts that add synthetic risks or exclusions, mostly N so that they do not dominate.
  const rareTri: fc.Arbitrary<Tri> = fc.oneof(
    { arbitrary: fc.constant<Tri>('N'), weight: 6 },
    { arbitrary: fc.constant<Tri>('Y'), weight: 1 },
    { arbitrary: fc.constant<Tri>(det ? 'N' : 'U'), weight: 1 },
  );
  return {
    tri,
    rareTri,
    harm: pick(HARM_TYPES, 'UNKNOWN'),
    destination: pick(DESTINATIONS, 'UNKNOWN'),
    perpetrator: pick(PERPETRATORS, 'UNKNOWN'),
    offenceClass: pick(OFFENCE_CLASSES, 'UNKNOWN'),
    integrity: pick(PROCESS_INTEGRITIES, 'UNKNOWN'),
    conduct: pick(CONDUCTS, 'U'),
    ageBand: pick(AGE_BANDS, 'U'),
    reliability: pick(['RELIABLE', 'UNRELIABLE', 'U'] as const, 'U'),
    flagrantCategory: pick(FLAGRANT_DENIAL_CATEGORIES, 'U'),
  };
};

const riskArb = (
  o: Opts,
  id: string,
  subjects: readonly string[],
  evidenceIds: readonly string[],
) => {
  const a = arbs(o);
  const base = fc.record(
    {
      subject_ref: fc.oneof(
        { arbitrary: fc.constantFrom(...subjects), weight: 6 },
        { arbitrary: fc.constant('ZZ9'), weight: 1 },
      ),
      harm_type: a.harm,
      amounts_to_torture: a.tri,
      perpetrator: a.perpetrator,
      destination: a.destination,
      convention_ground: fc.constantFrom(...CONVENTION_GROUNDS),
      foreseeable: a.tri,
      personal: a.tri,
      present: a.tri,
      real: a.tri,
      pattern_of_gross_violations: a.tri,
      prior_harm_suffered: a.tri,
      flagrant_denial_category: a.flagrantCategory,
      flagrant_breach_of_liberty: a.tri,
      imposition_unlawful_under_art6_2: a.tri,
      reaches_ill_treatment_threshold_for_subject: a.tri,
      assurances: fc.record(
        {
          offered_by: fc.constant('Ministry'),
          specific: a.tri,
          verifiable_monitoring: a.tri,
          given_by_competent_authority: a.tri,
          track_record_of_compliance: a.tri,
          reliability: a.reliability,
          reliability_approved_by_role: fc.constantFrom(...ROLES),
        },
        { requiredKeys: ['reliability'] },
      ),
      evidence_refs: fc.subarray([...evidenceIds], { minLength: evidenceIds.length > 0 ? 1 : 0 }),
      adviser_rationale: fc.oneof(
        { arbitrary: fc.constant('Recorded rationale.'), weight: 4 },
        fc.constantFrom('', '  '),
      ),
    },
    {
      // The four limbs, the rationale and the evidence links are always present so that
      // established risks (and so A, Q and B) are common in generated cases.
      requiredKeys: [
        'harm_type',
        'destination',
        ...LIMB_FIELDS,
        'adviser_rationale',
        'evidence_refs',
        ...(o.determinate ? (['reaches_ill_treatment_threshold_for_subject'] as const) : []),
      ],
    },
  );
  return base.map((r): RiskClaim => {
    const out: RiskClaim = { risk_id: id, ...r };
    // Determinate facts give every persecution claim its ground (otherwise V-12 makes it U).
    if (
      o.determinate &&
      out.harm_type === 'PERSECUTION_CONVENTION_GROUND' &&
      !out.convention_ground
    ) {
      out.convention_ground = 'POLITICAL_OPINION';
    }
    return out;
  });
};

const actionArb = (o: Opts, index: number, evidenceIds: readonly string[]) => {
  const a = arbs(o);
  return fc
    .record(
      {
        withId: fc.boolean(),
        type: fc.constantFrom(...HOST_ACTION_TYPES),
        requesting_state: fc.constantFrom(...STATES),
        offence_description: fc.constantFrom('Named criminal offence', ''),
        offence_class_mission_view: a.offenceClass,
        offence_class_host_view: a.offenceClass,
        process_integrity: a.integrity,
        pretext_indicators: fc.subarray([...PRETEXT_INDICATORS], { maxLength: 2 }),
        conviction_final: a.tri,
        danger_to_community_found_by_mission: a.tri,
        sentence_served: a.tri,
        max_penalty_years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        death_penalty_possible: a.rareTri,
        national_security_allegation: fc.record(
          { asserted_by_host: a.tri, reasonable_grounds_found_by_mission: a.tri },
          { requiredKeys: [] },
        ),
        exclusion_1F: fc.record({ a: a.tri, b: a.tri, c: a.tri }, { requiredKeys: [] }),
        clearly_political_acts: a.tri,
        evidence_refs: fc.subarray([...evidenceIds]),
      },
      { requiredKeys: ['withId', 'type', 'offence_class_mission_view'] },
    )
    .map(({ withId, ...rest }): HostStateAction =>
      withId ? { action_id: `A${index + 1}`, ...rest } : rest,
    );
};

const supportsArb = (riskIds: readonly string[], actionIds: readonly string[]) => {
  const all = [
    ...riskIds.flatMap((r) => LIMB_FIELDS.map((field) => ({ risk_id: r, field }))),
    ...actionIds.map((a) => ({ action_id: a, field: 'process_integrity' })),
  ];
  return fc.subarray(all, { maxLength: Math.min(4, all.length) });
};

const evidenceArb = (id: string, riskIds: readonly string[], actionIds: readonly string[]) =>
  fc
    .record(
      {
        kind: fc.constantFrom(...EVIDENCE_KINDS),
        grade: fc.constantFrom(...EVIDENCE_GRADES),
        supports: supportsArb(riskIds, actionIds),
        source: fc.constant('Stipulated'),
      },
      { requiredKeys: ['kind', 'grade'] },
    )
    .map((e): EvidenceItem => ({ evidence_id: id, ...e }));

const personFields = (o: Opts) => {
  const a = arbs(o);
  return {
    nationalities: fc.subarray([...STATES]),
    stateless: a.tri,
    age_band: a.ageBand,
    vulnerabilities: fc.subarray([...VULNERABILITIES], { maxLength: 2 }),
    refugee_definition_met: a.tri,
    oau_refugee_definition_met: a.tri,
    former_habitual_residence: fc.constantFrom(...STATES),
  };
};

/** Valid CaseFacts (they parse with caseFactsSchema), biased towards rule-relevant variety. */
export const caseFactsArbitrary = (
  options: CaseFactsArbitraryOptions = {},
): fc.Arbitrary<CaseFacts> => {
  const o: Opts = {
    determinate: options.determinate ?? false,
    maxRisks: options.maxRisks ?? 3,
    maxActions: options.maxActions ?? 2,
    maxDependants: options.maxDependants ?? 2,
    maxEvidence: options.maxEvidence ?? 3,
  };
  const a = arbs(o);
  const shape = fc.record({
    states: fc.shuffledSubarray([...STATES], { minLength: 2, maxLength: 2 }),
    nRisks: fc.integer({ min: 0, max: o.maxRisks }),
    nActions: fc.integer({ min: 0, max: o.maxActions }),
    nDependants: fc.integer({ min: 0, max: o.maxDependants }),
    nEvidence: fc.integer({ min: Math.min(1, o.maxEvidence), max: o.maxEvidence }),
  });
  return shape.chain(({ states, nRisks, nActions, nDependants, nEvidence }) => {
    const [sending = 'AAX', receiving = 'BBX'] = states;
    const depRefs = Array.from({ length: nDependants }, (_, i) => `D${i + 1}`);
    const riskIds = Array.from({ length: nRisks }, (_, i) => `R${i + 1}`);
    const actionIds = Array.from({ length: nActions }, (_, i) => `A${i + 1}`);
    const evidenceIds = Array.from({ length: nEvidence }, (_, i) => `E${i + 1}`);
    const subjects = ['P1', ...depRefs];
    const instruments = fc.subarray([...INSTRUMENTS]);
    return fc
      .record(
        {
          case_id: fc.constant('CASE-1'),
          mission: fc.record(
            {
              premises_type: fc.constantFrom(...PREMISES_TYPES),
              premises_area: fc.constantFrom(...PREMISES_AREAS),
              relations_status: fc.constantFrom(...RELATIONS_STATUSES),
            },
            { requiredKeys: ['premises_type'] },
          ),
          principal: fc.record(
            { person_ref: fc.constant('P1'), ...personFields(o) },
            { requiredKeys: det(o) ? ['person_ref', 'age_band'] : ['person_ref'] },
          ),
          dependants: fc.tuple(
            ...depRefs.map((ref) =>
              fc
                .record(
                  {
                    ...personFields(o),
                    relationship: fc.constantFrom(...RELATIONSHIPS),
                    on_premises: fc.oneof(
                      { arbitrary: fc.constant(true), weight: 3 },
                      fc.constant(false),
                    ),
                  },
                  {
                    requiredKeys: det(o)
                      ? ['relationship', 'on_premises', 'age_band']
                      : ['relationship', 'on_premises'],
                  },
                )
                .map((d): Dependant => ({ person_ref: ref, ...d })),
            ),
          ),
          arrival: fc.record(
            {
              arrived_at: det(o)
                ? fc.constantFrom(...DATES)
                : fc.option(fc.constantFrom(...DATES), { nil: null }),
              mode: fc.constantFrom(...ARRIVAL_MODES),
              sought_for_political_reasons: a.tri,
            },
            { requiredKeys: det(o) ? ['arrived_at'] : [] },
          ),
          control: fc.record(
            {
              physically_on_premises: a.tri,
              movement_restricted_by_mission: a.tri,
              request_to_remain_expressed: a.tri,
              staff_custody_or_restriction: a.tri,
              mission_contemplating_ejection_or_handover: a.tri,
              host_requested_entry_or_surrender: a.tri,
            },
            { requiredKeys: ['physically_on_premises', 'request_to_remain_expressed'] },
          ),
          risks: fc.tuple(...riskIds.map((id) => riskArb(o, id, subjects, evidenceIds))),
          host_actions: fc.tuple(...actionIds.map((_, i) => actionArb(o, i, evidenceIds))),
          conduct: a.conduct,
          urgency: fc.record(
            { imminent_threat: a.tri, urgency_found_by_granting_state: a.tri },
            { requiredKeys: [] },
          ),
          evidence: fc.tuple(...evidenceIds.map((id) => evidenceArb(id, riskIds, actionIds))),
          legal_context: fc.record(
            {
              sending_state_parties: instruments,
              host_state_parties: instruments,
              // A reservation makes a Caracas rule unknown (F18), so determinate facts have none.
              caracas_reservations: fc.array(
                fc.record({
                  state: fc.constantFrom(sending, receiving, 'DDX'),
                  articles: fc.subarray([...CARACAS_ARTICLES], { maxLength: 2 }),
                }),
                { maxLength: det(o) ? 0 : 1 },
              ),
              sending_state_positions: fc.record(
                {
                  recognises_diplomatic_asylum: a.tri,
                  contests_extraterritoriality: fc.subarray([
                    'ICCPR',
                    'CAT',
                    'ECHR',
                    'ACHR',
                  ] as const),
                },
                { requiredKeys: [] },
              ),
              sending_state_abolitionist: a.tri,
            },
            { requiredKeys: ['sending_state_parties'] },
          ),
          as_of: fc.constantFrom(...DATES),
          safe_conduct_requests: fc.array(
            fc.record(
              {
                requested_at: fc.constantFrom(...DATES),
                answer: fc.constantFrom(...SAFE_CONDUCT_ANSWERS),
                answered_at: fc.option(fc.constantFrom(...DATES), { nil: null }),
              },
              { requiredKeys: ['requested_at'] },
            ),
            { maxLength: 2 },
          ),
          interim_measure_set_at: fc.constantFrom(...DATES),
          destabilising_activity_before_entry: a.tri,
        },
        {
          requiredKeys: det(o)
            ? ['mission', 'legal_context', 'as_of', 'arrival']
            : ['mission', 'legal_context'],
        },
      )
      .map(({ mission, ...rest }): CaseFacts => ({
        ...rest,
        mission: { ...mission, sending_state: sending, receiving_state: receiving },
      }));
  });
};

const det = (o: Opts): boolean => o.determinate;

// ---------------------------------------------------------------------------------------------
// Concrete fillings of unknowns (P1)
// ---------------------------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32) so that a filling is reproducible from its seed. */
export const prng = (seed: number): (() => number) => {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const choose = <T>(rand: () => number, xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('empty choice');
  return xs[Math.floor(rand() * xs.length)] as T;
};

/** Replacement for a 'U' / 'UNKNOWN' at a given key (everything else with 'U' is a Tri). */
const concreteFor = (key: string, rand: () => number): unknown => {
  switch (key) {
    case 'conduct':
      return choose(rand, without(CONDUCTS, 'U'));
    case 'age_band':
      return choose(rand, without(AGE_BANDS, 'U'));
    case 'reliability':
      return choose(rand, ['RELIABLE', 'UNRELIABLE'] as const);
    case 'flagrant_denial_category':
      return choose(rand, [...without(FLAGRANT_DENIAL_CATEGORIES, 'U'), undefined]);
    case 'residence_status_in_host':
    case 'exit_route':
      return undefined;
    case 'harm_type':
      return choose(rand, without(HARM_TYPES, 'UNKNOWN'));
    case 'destination':
      return choose(rand, without(DESTINATIONS, 'UNKNOWN'));
    case 'perpetrator':
      return choose(rand, without(PERPETRATORS, 'UNKNOWN'));
    case 'offence_class_mission_view':
    case 'offence_class_host_view':
      return choose(rand, without(OFFENCE_CLASSES, 'UNKNOWN'));
    case 'process_integrity':
      return choose(rand, without(PROCESS_INTEGRITIES, 'UNKNOWN'));
    default:
      return choose(rand, ['Y', 'N'] as const);
  }
};

const fillValue = (value: unknown, key: string, rand: () => number): unknown => {
  if (Array.isArray(value)) return value.map((v) => fillValue(v, '', rand));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const filled = fillValue(v, k, rand);
      if (filled !== undefined) out[k] = filled;
    }
    return out;
  }
  if (value === 'U' || value === 'UNKNOWN') return concreteFor(key, rand);
  return value;
};

/**
 * One concrete filling of a fact set's unknowns (SPEC §2.15 P1): every 'U' / 'UNKNOWN' replaced,
 * absent as_of / arrived_at supplied, omitted child/vulnerable thresholds and V-12 grounds given,
 * and (sometimes) a V-10 synthetic risk replaced by a recorded risk. Validation-produced unknowns
 * (V-3, V-4, V-5, V-6, V-13, V-15) are left to the engine, as in the original.
 */
export const fillUnknowns = (facts: CaseFacts, seed: number): CaseFacts => {
  const rand = prng(seed);
  const f = fillValue(facts, '', rand) as CaseFacts;
  if (f.as_of === undefined) f.as_of = choose(rand, DATES);
  f.arrival = { ...f.arrival };
  if (f.arrival.arrived_at === undefined || f.arrival.arrived_at === null) {
    f.arrival.arrived_at = choose(rand, DATES);
  }
  f.risks = (f.risks ?? []).map((r) => {
    const out = { ...r };
    if (out.reaches_ill_treatment_threshold_for_subject === undefined) {
      out.reaches_ill_treatment_threshold_for_subject = choose(rand, ['Y', 'N'] as const);
    }
    if (
      out.harm_type === 'PERSECUTION_CONVENTION_GROUND' &&
      out.convention_ground === undefined &&
      rand() < 0.5
    ) {
      out.convention_ground = choose(rand, CONVENTION_GROUNDS);
    }
    return out;
  });
  // The V-10 synthetic risk "replaced by a recorded risk": subjects without a claim.
  const subjects = [
    facts.principal?.person_ref ?? 'principal',
    ...(facts.dependants ?? []).filter((d) => d.on_premises).map((d) => d.person_ref),
  ];
  const principalRef = subjects[0];
  // Only where V-10 would add its synthetic risk: a request to remain (Y or U) on the premises.
  const v10 =
    (facts.control?.request_to_remain_expressed ?? 'N') !== 'N' &&
    (facts.control?.physically_on_premises ?? 'N') !== 'N';
  for (const ref of subjects) {
    const has = (facts.risks ?? []).some((r) => (r.subject_ref ?? principalRef) === ref);
    if (v10 && !has && rand() < 0.5) {
      f.risks.push({
        risk_id: `FILL-${ref}`,
        subject_ref: ref,
        harm_type: choose(rand, without(HARM_TYPES, 'UNKNOWN')),
        destination: choose(rand, without(DESTINATIONS, 'UNKNOWN')),
        amounts_to_torture: choose(rand, ['Y', 'N'] as const),
        foreseeable: choose(rand, ['Y', 'N'] as const),
        personal: choose(rand, ['Y', 'N'] as const),
        present: choose(rand, ['Y', 'N'] as const),
        real: choose(rand, ['Y', 'N'] as const),
        reaches_ill_treatment_threshold_for_subject: choose(rand, ['Y', 'N'] as const),
        convention_ground: choose(rand, CONVENTION_GROUNDS),
        adviser_rationale: 'Filled.',
      });
    }
  }
  return f;
};

/** Returns a copy of `value` with every object's keys in reverse order (for P6). */
export const reverseKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).reverse())
      out[k] = reverseKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
};

/** Host actions on their own (ids A1…), e.g. to perturb a case's host actions (P2). */
export const hostActionsArbitrary = (
  options: CaseFactsArbitraryOptions = {},
): fc.Arbitrary<HostStateAction[]> => {
  const o: Opts = {
    determinate: options.determinate ?? false,
    maxRisks: 0,
    maxActions: options.maxActions ?? 2,
    maxDependants: 0,
    maxEvidence: 0,
  };
  return fc
    .integer({ min: 0, max: o.maxActions })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => actionArb(o, i, []))));
};

/**
 * CaseFacts biased towards the sliding scale: on the premises, asking to remain, and with the
 * first risk (reassigned to the principal) fully supported — so that B's antecedents are common.
 */
export const balanceCaseFactsArbitrary = (
  options: CaseFactsArbitraryOptions = {},
): fc.Arbitrary<CaseFacts> =>
  caseFactsArbitrary({ ...options, maxRisks: Math.max(1, options.maxRisks ?? 3) }).map((f) => {
    const [first, ...rest] = f.risks ?? [];
    if (first === undefined) return f;
    const supported: RiskClaim = {
      ...first,
      subject_ref: f.principal?.person_ref ?? 'principal',
      foreseeable: 'Y',
      personal: 'Y',
      present: 'Y',
      real: 'Y',
      adviser_rationale: 'Stipulated.',
      evidence_refs: ['E-BAL'],
    };
    delete supported.assurances;
    return {
      ...f,
      control: { ...f.control, physically_on_premises: 'Y', request_to_remain_expressed: 'Y' },
      risks: [supported, ...rest],
      evidence: [
        ...(f.evidence ?? []),
        {
          evidence_id: 'E-BAL',
          kind: 'COURT_RECORD',
          grade: 'B',
          supports: [{ risk_id: first.risk_id, field: 'real' }],
        },
      ],
    };
  });
