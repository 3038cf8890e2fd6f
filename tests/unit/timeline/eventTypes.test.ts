import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayValue,
  formFromPayload,
  payloadFromForm,
} from '../../../src/shared/timeline/fields';
import {
  ADVISER_EVENT_TYPES,
  EVENT_TYPE_CODES,
  EVENT_TYPES,
  summarise,
} from '../../../src/shared/timeline/eventTypes';
import { eventRecordSchema, parsePayload } from '../../../src/shared/schemas/timeline';
import { payloadArb } from '../../support/timelineArbitraries';

describe('the event taxonomy (SPEC §4.2)', () => {
  it('has every numbered and supplementary type of the SPEC', () => {
    expect(EVENT_TYPE_CODES).toEqual(
      expect.arrayContaining([
        'REQUEST_RECEIVED',
        'PREMISES_ENTRY',
        'CONTROL_STATUS_CHANGED',
        'INTERVIEW',
        'EVIDENCE_ADDED',
        'EVIDENCE_REGRADED',
        'HOST_ACTION_RECORDED',
        'RISK_CHANGED',
        'ASSESSMENT_DRAFTED',
        'ASSESSMENT_REVISED',
        'ASSESSMENT_FINALISED',
        'HOST_STATE_COMMUNICATION',
        'CAPITAL_INSTRUCTION',
        'DECISION',
        'SAFE_CONDUCT_REQUEST',
        'DEPARTURE_OR_TRANSFER',
        'CLOSURE',
        'DEPENDANT_ADDED',
        'WELFARE_OR_MEDICAL',
        'CONDUCT_INCIDENT',
        'THIRD_PARTY_CONTACT',
        'INTERNATIONAL_PROCEEDING',
        'ASSURANCE_RECEIVED',
        'INTERIM_MEASURE_SET',
        'INTERIM_MEASURE_LIFTED',
      ]),
    );
    // What the app causes is never typed in by hand (issue 6: recorded by the services).
    expect(ADVISER_EVENT_TYPES).not.toContain('EVIDENCE_ADDED');
    expect(ADVISER_EVENT_TYPES).not.toContain('ASSESSMENT_DRAFTED');
    expect(ADVISER_EVENT_TYPES).toContain('REQUEST_RECEIVED');
    // SPEC §4.4: notes verbales and capital instructions are classified by default.
    expect(EVENT_TYPES.HOST_STATE_COMMUNICATION.classification).toBe('RESTRICTED');
    expect(EVENT_TYPES.CAPITAL_INSTRUCTION.classification).toBe('RESTRICTED');
  });

  it.each(EVENT_TYPE_CODES)(
    '%s: valid payloads pass, read back from the form and summarise',
    (type) => {
      const def = EVENT_TYPES[type];
      fc.assert(
        fc.property(payloadArb(type), (payload) => {
          const parsed = parsePayload(type, payload);
          expect(parsed).toEqual({ ok: true, payload });
          // The correction form is pre-filled from the payload and gives it back unchanged.
          expect(payloadFromForm(def.fields, formFromPayload(def.fields, payload))).toEqual(
            payload,
          );
          expect(summarise(type, payload).length).toBeGreaterThan(0);
          for (const f of def.fields)
            expect(typeof displayValue(f, payload[f.name])).toBe('string');
        }),
        { numRuns: 40 },
      );
    },
  );

  it('names each missing, unknown or malformed field under payload.<field>', () => {
    const bad = parsePayload('HOST_STATE_COMMUNICATION', { form: 'TELEGRAM', colour: 'red' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues).toEqual(
      expect.arrayContaining([
        { path: 'payload.direction', message: 'is required' },
        {
          path: 'payload.form',
          message: expect.stringMatching(/must be one of .*Note verbale/) as string,
        },
        { path: 'payload.summary', message: 'is required' },
        { path: 'payload.colour', message: 'is not an accepted field' },
      ]),
    );
    expect(
      parsePayload('INTERVIEW', {
        kind: 'FULL',
        started_at: '2026-01-01T10:00:00Z',
        ended_at: '2026-01-01T09:00:00Z',
      }),
    ).toEqual({
      ok: false,
      issues: [{ path: 'payload.ended_at', message: 'must be after the start' }],
    });
    expect(parsePayload('CONTROL_STATUS_CHANGED', { reason: 'x' })).toMatchObject({
      ok: false,
      issues: [{ path: 'payload.movement_restricted_by_mission' }],
    });
    expect(parsePayload('INTERVIEW', { kind: 'FULL', interviewers: ['A\u0000'] })).toMatchObject({
      ok: false,
      issues: [{ path: 'payload.interviewers.0', message: expect.stringMatching(/NUL/) as string }],
    });
  });

  it('the record schema refuses what only the app records, and normalises times to UTC', () => {
    const base = {
      caseId: 1,
      occurredAt: '2026-03-01T10:00:00+02:00',
      payload: { evidence_id: 'E1' },
    };
    expect(eventRecordSchema.safeParse({ ...base, type: 'EVIDENCE_ADDED' }).success).toBe(false);
    const ok = eventRecordSchema.parse({
      ...base,
      type: 'THIRD_PARTY_CONTACT',
      payload: { party: 'UNHCR', summary: '  Called the protection officer  ' },
    });
    expect(ok).toMatchObject({
      occurredAt: '2026-03-01T08:00:00.000Z',
      occurredPrecision: 'EXACT',
      subjectRefs: [],
      payload: { party: 'UNHCR', summary: 'Called the protection officer' },
    });
  });
});
