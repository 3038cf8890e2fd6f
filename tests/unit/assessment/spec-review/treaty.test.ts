// SPEC §2.8 Step T: Caracas 1954 (T-C1, T-C2, T-C3, T-C-bar, reservations) and Havana 1928
// (arts 1 and 2, Montevideo), and the P-4 treaty duties. Expected values derived by hand from
// the SPEC text. Neutral case: J-3a, no risk recorded unless stated (a V-10 synthetic risk then
// exists; with no HR/CAT party and custom off it cannot reach A, see `caracas`).
import { describe, expect, it } from 'vitest';
import type {
  CaseFacts,
  HostStateAction,
  Instrument,
  PremisesType,
} from '../../../../src/shared/caseFacts';
import { assess } from '../../../../src/main/domain/assessment';
import { sha256 } from '../../../support/golden';
import { act, facts, lc, risk, run, runInput, type RunOptions } from './helpers';

/** A political-expression arrest warrant (T-C1 holds; not a common offence for T-C2). */
const political = act({
  type: 'ARREST_WARRANT',
  offence_class_mission_view: 'POLITICAL_EXPRESSIVE',
});
/** A CIDT risk no instrument makes absolute here: B decides when T does not bar it. */
const cidt = risk({ harm_type: 'CIDT' });

const treatyCase = (
  treaties: Instrument[],
  over: Partial<CaseFacts> & { actions?: HostStateAction[]; premises?: PremisesType } = {},
) => {
  const { actions, premises, ...rest } = over;
  return facts({
    mission: {
      premises_type: premises ?? 'EMBASSY_CHANCERY',
      sending_state: 'SSX',
      receiving_state: 'HHX',
    },
    legal_context: lc(treaties, treaties),
    host_actions: actions ?? [political],
    urgency: { urgency_found_by_granting_state: 'Y' },
    risks: [cidt],
    ...rest,
  });
};
const caracas = (over: Parameters<typeof treatyCase>[1] = {}, opts: RunOptions = {}) =>
  run(treatyCase(['CARACAS_1954'], over), opts);
const havana = (over: Parameters<typeof treatyCase>[1] = {}, extra: Instrument[] = []) =>
  run(treatyCase(['HAVANA_1928', ...extra], over));

describe('§2.8 T-C Caracas applies: both parties, a legation', () => {
  it('§2.8 T-C1–T-C3 hold → PERMISSIBLE_TREATY_BASIS / CARACAS; P-4 duties (§2.11)', () => {
    const r = caracas();
    expect(r.outcome).toBe('PERMISSIBLE_TREATY_BASIS');
    expect(r.outcome_sub_basis).toBe('CARACAS');
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'HOLDS' });
    expect(r.steps.T).toBe('HOLDS');
    expect(r.reason_codes).toContain('T_CARACAS_GRANTED');
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'NOTIFY_TERRITORIAL_MFA',
        'REQUEST_SAFE_CONDUCT',
        'CONDUCT_RULES',
        'CONSIDER_HOST_INFORMATION',
      ]),
    );
    // §2.10: B is evaluated too (H 4 − I 1 ≥ 1) and listed; the flag needs no regime.
    expect(r.basis).toEqual(['T-C', 'B']);
    expect(r.reason_codes).toContain('B_MARGIN_MET');
    expect(r.flags).not.toContain('NO_GENERAL_LEGAL_BASIS');
    expect(r.guidance).toBe('MAY_SHELTER');
  });

  it.each(['HEAD_OF_MISSION_RESIDENCE', 'WARSHIP_OR_MILITARY_AIRCRAFT'] as const)(
    '§2.8 T-C: %s is a legation',
    (premises) => {
      expect(caracas({ premises }).outcome_sub_basis).toBe('CARACAS');
    },
  );

  it.each(['CONSULATE_CAREER', 'CONSULATE_HONORARY', 'OTHER_NON_INVIOLABLE'] as const)(
    '§2.8 T-C (E18) / P5: %s is no legation → T_CARACAS_NOT_LEGATION, NO_GENERAL_LEGAL_BASIS',
    (premises) => {
      const r = caracas({ premises });
      expect(r.t).toEqual({ regime: 'NONE', result: 'NOT_APPLICABLE' });
      expect(r.reason_codes).toContain('T_CARACAS_NOT_LEGATION');
      expect(r.flags).toContain('NO_GENERAL_LEGAL_BASIS');
    },
  );

  it('§2.8 T-C: T_CARACAS_NOT_LEGATION is emitted whatever the treaty participation', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'CONSULATE_CAREER',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
      }),
    );
    expect(r.reason_codes).toContain('T_CARACAS_NOT_LEGATION');
  });

  it('§2.8 T-C: only the sending state a party → not applicable', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], []),
        host_actions: [political],
        urgency: { urgency_found_by_granting_state: 'Y' },
      }),
    );
    expect(r.t.regime).toBe('NONE');
    expect(r.flags).toContain('NO_GENERAL_LEGAL_BASIS');
  });
});

describe('§2.8 T-C1 political offence or persecution (art. I, IV)', () => {
  it.each(['POLITICAL_EXPRESSIVE', 'POLITICAL_RELATIVE', 'POLITICAL_SUBVERSIVE'] as const)(
    '§2.8 T-C1 (F9): %s on some action holds',
    (cls) => {
      const r = caracas({
        actions: [act({ type: 'ARREST_WARRANT', offence_class_mission_view: cls })],
      });
      expect(r.outcome_sub_basis).toBe('CARACAS');
    },
  );

  it('§2.8 T-C1: a common-crime charge (clearly political, so no art. III bar) → T_CARACAS_NOT_POLITICAL, no bar; B decides', () => {
    const r = caracas({
      actions: [act({ offence_class_mission_view: 'ORDINARY_MINOR', clearly_political_acts: 'Y' })],
    });
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'FAILS' });
    expect(r.reason_codes).toContain('T_CARACAS_NOT_POLITICAL');
    expect(r.reason_codes).not.toContain('TREATY_PROHIBITS_GRANT');
    // B: H 4 − I 2 (ordinary minor, fair) = 2 ≥ 1.
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.steps.B).toBe(true);
  });

  it('§2.8 T-C1 (F11): no charge (NONE, ADMINISTRATIVE_NON_CRIMINAL) and sought for political reasons → holds', () => {
    const r = caracas({
      arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'Y' },
      actions: [
        act({ type: 'EXTRA_LEGAL_MEASURE', offence_class_mission_view: 'NONE' }),
        act({
          action_id: 'A2',
          type: 'ADMINISTRATIVE_DETENTION_ORDER',
          offence_class_mission_view: 'ADMINISTRATIVE_NON_CRIMINAL',
        }),
      ],
    });
    expect(r.outcome_sub_basis).toBe('CARACAS');
  });

  it('§2.8 T-C1: no host action at all and sought for political reasons → holds; not sought → fails', () => {
    const sought = caracas({
      actions: [],
      arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'Y' },
    });
    expect(sought.outcome_sub_basis).toBe('CARACAS');
    const notSought = caracas({ actions: [] });
    expect(notSought.t.result).toBe('FAILS');
  });

  it('§2.8 T-C1 / §2.3.2: sought_for_political_reasons U → [PERMISSIBLE_ON_BALANCE, PERMISSIBLE_TREATY_BASIS]', () => {
    const r = caracas({
      actions: [],
      arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'U' },
    });
    // Pessimistic: T-C1 fails (no bar) → B: 4 − 0. Optimistic: T holds.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['arrival.sought_for_political_reasons']);
    expect(r.guidance).toBe('MAY_SHELTER');
  });
});

describe('§2.8 T-C2 art. III common offences (F18) and T-C-bar', () => {
  const barred = (actions: HostStateAction[]) => caracas({ actions: [political, ...actions] });
  const common = (over: Partial<HostStateAction>) =>
    act({ action_id: 'A2', offence_class_mission_view: 'ORDINARY_SERIOUS', ...over });

  it.each([
    ['CRIMINAL_CHARGE', {}],
    ['ARREST_WARRANT', { type: 'ARREST_WARRANT' }],
    ['EXTRADITION_OR_SURRENDER_REQUEST', { type: 'EXTRADITION_OR_SURRENDER_REQUEST' }],
    ['an unserved CONVICTION', { type: 'CONVICTION', sentence_served: 'N' }],
    ['a deserter (MILITARY_DESERTION)', { offence_class_mission_view: 'MILITARY_DESERTION' }],
    ['EXCLUDABLE_1F', { offence_class_mission_view: 'EXCLUDABLE_1F' }],
  ] as const)('§2.8 T-C2: %s for a common offence bars → T-C-bar, B barred', (_n, over) => {
    const r = barred([common(over)]);
    expect(r.t).toEqual({ regime: 'CARACAS', result: 'BARS_B' });
    expect(r.steps.B).toBe('BARRED');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_CARACAS_ART_III_BAR', 'TREATY_PROHIBITS_GRANT']),
    );
    // The CIDT risk would pass the balance, but B is barred → NOT_JUSTIFIED.
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it.each([
    ['an INVESTIGATION', { type: 'INVESTIGATION' }],
    ['an administrative order', { type: 'ADMINISTRATIVE_DETENTION_ORDER' }],
    ['a surrender demand to the mission', { type: 'SURRENDER_DEMAND_TO_MISSION' }],
    ['a served conviction', { type: 'CONVICTION', sentence_served: 'Y' }],
    [
      'a pretextual process (substantiated)',
      {
        process_integrity: 'PRETEXTUAL',
        pretext_indicators: ['TIMING_AFTER_POLITICAL_ACT'],
        evidence_refs: ['E1'],
      },
    ],
    ['clearly political acts (art. III proviso)', { clearly_political_acts: 'Y' }],
  ] as const)('§2.8 T-C2: %s does not bar', (_n, over) => {
    const r = barred([common(over as Partial<HostStateAction>)]);
    expect(r.outcome_sub_basis).toBe('CARACAS');
  });

  it('§2.8 T-C2 / §2.3.2: sentence_served U → optimistic served, pessimistic unserved', () => {
    const r = barred([common({ type: 'CONVICTION', sentence_served: 'U' })]);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['host_actions[A2].sentence_served']);
  });

  it('§2.8 T-C3: urgency appraised as not urgent (N) → T_CARACAS_NO_URGENCY, bar (F19)', () => {
    const r = caracas({ urgency: { urgency_found_by_granting_state: 'N' } });
    expect(r.t.result).toBe('BARS_B');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_CARACAS_NO_URGENCY', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.8 T-C3 / §1.1: an omitted urgency finding is N (neutral default) → bar', () => {
    const r = caracas({ urgency: {} });
    expect(r.t.result).toBe('BARS_B');
  });

  it('§2.8 T-C3 / §2.3.2: not yet appraised (U) → [NOT_JUSTIFIED, PERMISSIBLE_TREATY_BASIS]', () => {
    const r = caracas({ urgency: { urgency_found_by_granting_state: 'U' } });
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['urgency.urgency_found_by_granting_state']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
  });
});

describe('§2.8 Caracas reservations (F18; VCLT art. 21(1))', () => {
  const reserved = (
    state: string,
    articles: string[],
    over: Parameters<typeof treatyCase>[1] = {},
  ) =>
    run(
      treatyCase(['CARACAS_1954'], {
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954'], {
          caracas_reservations: [{ state, articles }],
        }),
        ...over,
      }),
    );

  it('§2.8: art. VII reserved by the sending state → T-C3 U → [NOT_JUSTIFIED, PERMISSIBLE_TREATY_BASIS]; RESERVATION_REVIEW', () => {
    const r = reserved('SSX', ['VII']);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.flags).toContain('RESERVATION_REVIEW');
    expect(r.missing_fields).toEqual(['legal_context.caracas_reservations']);
  });

  it('§2.8: art. I reserved by the host → only T-C1 is U; its failure bars nothing', () => {
    const r = reserved('HHX', ['I']);
    // Pessimistic T-C1 fails → FAILS (no bar) → B: 4 − 1 → on balance.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PERMISSIBLE_TREATY_BASIS']);
  });

  it('§2.8: art. III reserved → T-C2 U (pessimistic bar)', () => {
    const r = reserved('SSX', ['III']);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
  });

  it('§2.8 (F18) "arabic numbers are read as Roman": the schema pattern admits Roman numerals only, the engine reads "3" as III', () => {
    const f = treatyCase(['CARACAS_1954'], {
      legal_context: lc(['CARACAS_1954'], ['CARACAS_1954'], {
        caracas_reservations: [{ state: 'SSX', articles: ['3'] }],
      }),
    });
    // case-facts.schema.json: articles match ^(GENERAL|[IVX]+)$ — an untrusted document is
    // rejected at the boundary; a trusted caller of assess() gets the F18 reading.
    const rejected = runInput(f);
    expect(rejected.ok).toBe(false);
    const r = assess(f, { sha256 });
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
  });

  it('§2.8: GENERAL covers every rule', () => {
    const r = reserved('HHX', ['GENERAL']);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.flags).toContain('RESERVATION_REVIEW');
  });

  it('§2.8: an article no T-C rule reads (II) changes nothing; no review flag', () => {
    const r = reserved('SSX', ['II', 'XX']);
    expect(r.outcome_sub_basis).toBe('CARACAS');
    expect(r.flags).not.toContain('RESERVATION_REVIEW');
  });

  it('§2.8: a reservation by a third state is not between the two states', () => {
    const r = reserved('ZZX', ['GENERAL']);
    expect(r.outcome_sub_basis).toBe('CARACAS');
  });
});

describe('§2.8 T-H Havana 1928 (only if Caracas does not apply)', () => {
  it('§2.8 T-H art. 2: political, urgent → PERMISSIBLE_TREATY_BASIS / HAVANA + QUALIFICATION_NOT_BINDING_ON_HOST; P-4 Havana duties', () => {
    const r = havana();
    expect(r.outcome_sub_basis).toBe('HAVANA');
    expect(r.t).toEqual({ regime: 'HAVANA', result: 'HOLDS' });
    expect(r.reason_codes).toContain('T_HAVANA_GRANTED');
    expect(r.flags).toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
    expect(r.required_actions).toEqual(
      expect.arrayContaining(['REQUEST_SAFE_CONDUCT', 'CONDUCT_RULES']),
    );
    expect(r.required_actions).not.toContain('NOTIFY_TERRITORIAL_MFA');
    expect(r.required_actions).not.toContain('CONSIDER_HOST_INFORMATION');
  });

  it('§2.8 T-H: both also Montevideo 1933 parties → the qualification binds (no flag)', () => {
    const r = havana({}, ['MONTEVIDEO_1933']);
    expect(r.outcome_sub_basis).toBe('HAVANA');
    expect(r.flags).not.toContain('QUALIFICATION_NOT_BINDING_ON_HOST');
  });

  it('§2.8 T-H art. 1: a common-crime charge bars even when clearly political (no proviso) → B barred', () => {
    const r = havana({
      actions: [
        act({ offence_class_mission_view: 'ORDINARY_SERIOUS', clearly_political_acts: 'Y' }),
      ],
    });
    expect(r.t).toEqual({ regime: 'HAVANA', result: 'BARS_B' });
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_HAVANA_ART_1_BAR', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.8 T-H art. 2 (F19): urgency N → T_HAVANA_NO_URGENCY and B barred', () => {
    const r = havana({ urgency: { urgency_found_by_granting_state: 'N' } });
    expect(r.t.result).toBe('BARS_B');
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['T_HAVANA_NO_URGENCY', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.8 T-H: not political → T_HAVANA_NOT_POLITICAL, no bar; B decides', () => {
    const r = havana({ actions: [] });
    expect(r.t).toEqual({ regime: 'HAVANA', result: 'FAILS' });
    expect(r.reason_codes).toContain('T_HAVANA_NOT_POLITICAL');
    expect(r.reason_codes).not.toContain('TREATY_PROHIBITS_GRANT');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.8 T-H: a consulate is no legation', () => {
    const r = havana({ premises: 'CONSULATE_CAREER' });
    expect(r.t.regime).toBe('NONE');
  });

  it('§2.8: parties to both treaties → Caracas is checked first', () => {
    const r = run(treatyCase(['CARACAS_1954', 'HAVANA_1928']));
    expect(r.outcome_sub_basis).toBe('CARACAS');
  });

  it('§2.8: Caracas parties but a consulate → Havana needs a legation too → no regime', () => {
    const r = run(treatyCase(['CARACAS_1954', 'HAVANA_1928'], { premises: 'CONSULATE_CAREER' }));
    expect(r.t.regime).toBe('NONE');
  });
});

describe('§2.10 T against A and B', () => {
  it('§2.10: a Caracas case that also meets A → OBLIGATORY, basis [A-1, T-C, B]; T and B codes reported', () => {
    const r = run(treatyCase(['CARACAS_1954', 'CAT'], { risks: [risk()] }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.basis).toEqual(['A-1', 'T-C', 'B']);
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['ABS_TORTURE', 'T_CARACAS_GRANTED', 'B_MARGIN_MET']),
    );
  });

  it('§2.8 T-C-bar: only A/Q can override the bar', () => {
    const r = run(
      treatyCase(['CARACAS_1954', 'CAT'], {
        risks: [risk()],
        urgency: { urgency_found_by_granting_state: 'N' },
      }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.steps.B).toBe('BARRED');
  });
});
