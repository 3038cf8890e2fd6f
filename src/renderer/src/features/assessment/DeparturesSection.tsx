import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { DESTINATIONS, type Destination } from '../../../../shared/caseFacts/enums';
import {
  DEPARTURE_TYPE_LABELS,
  DEPARTURE_TYPES,
  DESTINATION_LABELS,
  JUSTIFICATION_MIN_CHARS,
  SIGNOFF_ROLE_LABELS,
  SIGNOFF_ROLES,
  type DepartureInput,
  type DepartureRecord,
  type DepartureType,
  type GuardVerdict,
  type SignoffRole,
} from '../../../../shared/schemas/assessment';
import { SelectInput, TextInput } from '../../components/fields';
import { IpcCallError, call, errorMessage } from '../../lib/ipc';
import { useCurrentCase } from '../cases/useCurrentCase';
import { formatTime } from './format';
import { LengthCount } from './LengthCount';
import { assessmentKeys, useAssessmentList, useChannelMutation } from './useAssessments';

// Departures, transfers and handovers (SPEC §4.2 #13) under the P-6 guard (§2.11). The main
// process decides; this screen shows, before anything is recorded, what the guard will say and why.

const COMPLIANCE_LABELS: Record<DepartureRecord['compliance'], string> = {
  CLEAR: 'Guard conditions met',
  OVERRIDE: 'Recorded under an override (P-6)',
  OVERRIDE_OF_ABSOLUTE_BAR: 'Override of an absolute bar — not compliant',
};

const WITH_DESTINATION: readonly DepartureType[] = [
  'HANDOVER_TO_HOST_AUTHORITIES',
  'TRANSFER_TO_THIRD_STATE',
  'DEPARTURE_UNDER_SAFE_CONDUCT',
];

function RecordedList({ items }: { items: DepartureRecord[] }) {
  if (items.length === 0)
    return <p className="empty">No departure, transfer or handover recorded.</p>;
  return (
    <table className="table" aria-label="Recorded departures">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">What</th>
          <th scope="col">When</th>
          <th scope="col">Guard</th>
          <th scope="col">Signed off by</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id}>
            <td>{d.subjectRef}</td>
            <td>
              {DEPARTURE_TYPE_LABELS[d.type]}
              {d.destination ? ` — ${DESTINATION_LABELS[d.destination].toLowerCase()}` : ''}
            </td>
            <td>{formatTime(d.occurredAt)}</td>
            <td>
              <span className={`compliance ${d.compliance.toLowerCase()}`}>
                {COMPLIANCE_LABELS[d.compliance]}
              </span>
              {d.overrideJustification ? (
                <blockquote className="justification">{d.overrideJustification}</blockquote>
              ) : null}
            </td>
            <td>
              {d.signoffs.length === 0
                ? '—'
                : d.signoffs.map((s) => `${SIGNOFF_ROLE_LABELS[s.role]}: ${s.name}`).join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VerdictPanel({ verdict }: { verdict: GuardVerdict }) {
  if (!verdict.guarded) {
    return (
      <p className="verdict clear" role="status">
        The P-6 guard does not restrict this departure.
      </p>
    );
  }
  return (
    <div className={`verdict ${verdict.allowed ? 'allowed' : 'refused'}`} role="status">
      {verdict.conditions.length > 0 ? (
        <>
          <p>
            <strong>P-6 departure guard</strong>
            {verdict.assessmentVersion !== null
              ? ` (assessment version ${verdict.assessmentVersion})`
              : ''}
            :
          </p>
          <ul className="conditions">
            {verdict.conditions.map((c) => (
              <li key={c.id} className={c.met ? 'met' : 'unmet'}>
                <span aria-hidden="true">{c.met ? '✓' : '✗'}</span>{' '}
                <span className="visually-hidden">{c.met ? 'Met:' : 'Not met:'}</span>{' '}
                {c.explanation}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verdict.allowed ? (
        <p>
          {verdict.compliance === 'OVERRIDE_OF_ABSOLUTE_BAR'
            ? 'It will be recorded as an override of an absolute bar, signed off and justified — never as compliant.'
            : verdict.compliance === 'OVERRIDE'
              ? 'It will be recorded as an override of the guard, signed off and justified.'
              : 'It can be recorded.'}
        </p>
      ) : (
        <>
          <p>
            <strong>Refused.</strong> To record it:
          </p>
          <ul>
            {verdict.problems
              .filter((p) => !p.path.startsWith('conditions.'))
              .map((p) => (
                <li key={p.path}>{p.message}</li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}

type Signers = Record<SignoffRole, { name: string; reference: string }>;
const NO_SIGNERS: Signers = {
  LEGAL_ADVISER: { name: '', reference: '' },
  HEAD_OF_MISSION: { name: '', reference: '' },
  CAPITAL_DESK: { name: '', reference: '' },
};

function DepartureForm({ reference, subjects }: { reference: string; subjects: string[] }) {
  const qc = useQueryClient();
  const [subjectRef, setSubjectRef] = useState(subjects[0] ?? 'P1');
  const [type, setType] = useState<DepartureType | null>(null);
  const [destination, setDestination] = useState<Destination | null>(null);
  const [when, setWhen] = useState('');
  const [authority, setAuthority] = useState('');
  const [consentRef, setConsentRef] = useState('');
  const [signers, setSigners] = useState<Signers>(NO_SIGNERS);
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const parsedWhen = when ? new Date(when) : null;
  const input: DepartureInput | null =
    type === null
      ? null
      : {
          reference,
          subjectRef,
          type,
          ...(destination && WITH_DESTINATION.includes(type) ? { destination } : {}),
          occurredAt:
            parsedWhen && !Number.isNaN(parsedWhen.getTime())
              ? parsedWhen.toISOString()
              : new Date(0).toISOString(),
          receivingAuthority: authority,
          ...(consentRef.trim() ? { informedConsentInterviewRef: consentRef } : {}),
          override: {
            signoffs: SIGNOFF_ROLES.filter((r) => signers[r].name.trim() !== '').map((role) => ({
              role,
              name: signers[role].name,
              ...(signers[role].reference.trim() ? { reference: signers[role].reference } : {}),
            })),
            justification,
          },
        };
  const check = useQuery({
    queryKey: ['departure-check', input],
    queryFn: () => call('departures:check', input as DepartureInput),
    enabled: input !== null,
  });
  const record = useChannelMutation('departures:record', () => {
    void qc.invalidateQueries({ queryKey: assessmentKeys.departures(reference) });
    setType(null);
    setSigners(NO_SIGNERS);
    setJustification('');
    setConsentRef('');
    setErrors({});
  });
  const verdict = check.data;
  const showOverride =
    verdict !== undefined && (verdict.requiredSignoffs.length > 0 || verdict.needsInformedConsent);

  return (
    <Form
      className="form"
      aria-label="Record a departure, transfer or handover"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        const problems: Record<string, string> = {};
        if (type === null) problems.type = 'is required: choose what happened';
        if (!parsedWhen || Number.isNaN(parsedWhen.getTime()))
          problems.when = 'is required: when it happened';
        setErrors(problems);
        if (Object.keys(problems).length > 0 || input === null) return;
        record.mutate(input, {
          onError: (err) => {
            if (err instanceof IpcCallError) {
              const byField: Record<string, string> = {};
              for (const i of err.issues) byField[i.path] = i.message;
              setErrors(byField);
            }
          },
        });
      }}
    >
      {record.isError ? (
        <div className="error-summary" role="alert">
          <h2>The departure was not recorded</h2>
          <p>{errorMessage(record.error)}</p>
        </div>
      ) : null}
      <div className="field-row">
        <SelectInput<string>
          label="Person"
          name="departure-subject"
          value={subjectRef}
          onChange={setSubjectRef}
          options={subjects.map((s) => ({ id: s, label: s }))}
        />
        <SelectInput<DepartureType>
          label="What happened"
          name="departure-type"
          value={type}
          onChange={setType}
          options={DEPARTURE_TYPES.map((t) => ({ id: t, label: DEPARTURE_TYPE_LABELS[t] }))}
          error={errors.type}
        />
      </div>
      {type !== null && WITH_DESTINATION.includes(type) ? (
        <SelectInput<Destination>
          label="Where it takes the person"
          name="departure-destination"
          description="Compared with where the person’s risks lie (SPEC §2.11 P-6)."
          value={destination}
          onChange={setDestination}
          options={DESTINATIONS.map((d) => ({ id: d, label: DESTINATION_LABELS[d] }))}
        />
      ) : null}
      <div className="field-row">
        <label className="field">
          <span className="field-label">When</span>
          {errors.when ? <span className="field-error">{errors.when}</span> : null}
          <input
            className="field-input"
            id="field-departure-when"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={errors.when ? true : undefined}
          />
        </label>
        <TextInput
          label="Receiving authority"
          name="departure-authority"
          value={authority}
          onChange={setAuthority}
        />
      </div>
      {check.isError ? <p role="alert">{errorMessage(check.error)}</p> : null}
      {verdict ? <VerdictPanel verdict={verdict} /> : null}
      {showOverride && verdict ? (
        <fieldset className="override">
          <legend>
            {verdict.needsInformedConsent
              ? 'Consent and sign-off'
              : 'Override (P-6): sign-offs and justification'}
          </legend>
          {verdict.needsInformedConsent ? (
            <TextInput
              label="Informed-consent interview"
              name="departure-consent"
              description="The interview in which the person gave informed consent to leave into the host state."
              value={consentRef}
              onChange={setConsentRef}
              error={errors.informedConsentInterviewRef}
            />
          ) : null}
          {verdict.requiredSignoffs.map((role) => (
            <div className="field-row" key={role}>
              <TextInput
                label={`${SIGNOFF_ROLE_LABELS[role]}: name`}
                name={`departure-signoff-${role}`}
                value={signers[role].name}
                onChange={(v) => setSigners((s) => ({ ...s, [role]: { ...s[role], name: v } }))}
                error={
                  errors['override.signoffs'] && signers[role].name === ''
                    ? 'has not signed'
                    : undefined
                }
              />
              <TextInput
                label={`${SIGNOFF_ROLE_LABELS[role]}: reference`}
                name={`departure-signoff-ref-${role}`}
                value={signers[role].reference}
                onChange={(v) =>
                  setSigners((s) => ({ ...s, [role]: { ...s[role], reference: v } }))
                }
              />
            </div>
          ))}
          {!verdict.needsInformedConsent ? (
            <>
              <TextInput
                label="Written justification"
                name="departure-justification"
                description={`At least ${JUSTIFICATION_MIN_CHARS} characters.`}
                value={justification}
                onChange={setJustification}
                error={errors['override.justification']}
                rows={5}
              />
              <LengthCount text={justification} min={JUSTIFICATION_MIN_CHARS} />
            </>
          ) : null}
        </fieldset>
      ) : null}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={record.isPending}>
          Record
        </Button>
      </div>
    </Form>
  );
}

export function DeparturesSection() {
  const { reference } = useCurrentCase();
  const list = useQuery({
    queryKey: assessmentKeys.departures(reference),
    queryFn: () => call('departures:list', { reference }),
  });
  const versions = useAssessmentList(reference);
  const newest = versions.data?.versions[0];
  const newestView = useQuery({
    queryKey: assessmentKeys.one(newest?.id ?? 0),
    queryFn: () => call('assessments:get', { assessmentId: newest?.id ?? 0 }),
    enabled: newest !== undefined,
  });
  const subjects = newestView.data?.result.subjects.map((s) => s.subject_ref) ?? ['P1'];
  return (
    <section aria-labelledby="departures-heading">
      <div className="page-header">
        <h2 id="departures-heading">Departures, transfers and handovers</h2>
      </div>
      <section className="panel" aria-labelledby="recorded-heading">
        <h3 id="recorded-heading">Recorded</h3>
        {list.isError ? <p role="alert">{errorMessage(list.error)}</p> : null}
        {list.data ? <RecordedList items={list.data} /> : null}
      </section>
      <section className="panel" aria-labelledby="record-heading">
        <h3 id="record-heading">Record one</h3>
        <p className="hint">
          A handover to the host, or a transfer or safe-conduct departure towards a risk, is checked
          against the person’s newest assessment before it can be recorded (SPEC §2.11 P-6).
        </p>
        <DepartureForm key={subjects.join()} reference={reference} subjects={subjects} />
      </section>
    </section>
  );
}
