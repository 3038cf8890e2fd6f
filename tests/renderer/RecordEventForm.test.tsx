import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecordEventForm } from '../../src/renderer/src/features/timeline/RecordEventForm';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { installFakeApi } from './fakeApi';

function renderForm(props: Partial<Parameters<typeof RecordEventForm>[0]> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <RecordEventForm caseId={7} onDone={onDone} {...props} />
    </QueryClientProvider>,
  );
  return { onDone };
}

async function choose(user: ReturnType<typeof userEvent.setup>, field: RegExp, option: string) {
  await user.click(screen.getByRole('button', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const recorded = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 11,
  uid: 'u',
  caseId: 7,
  number: 4,
  type: 'INTERVIEW',
  occurredAt: '2026-03-10T08:30:00.000Z',
  occurredPrecision: 'EXACT',
  recordedAt: '2026-03-10T20:00:00.000Z',
  recordedBy: { id: 'a', name: 'A', role: 'LEGAL_ADVISER' },
  origin: 'ADVISER',
  classification: 'RESTRICTED',
  subjectRefs: ['P1'],
  summary: 'Screening interview',
  payload: { kind: 'SCREENING', interviewers: ['A. Adviser', 'B. Interpreter'], consent: 'Y' },
  correctsEventId: null,
  correctedByEventId: null,
  hash: 'h',
  ...over,
});

describe('RecordEventForm', () => {
  it('is generated from the type: names every missing answer and sends nothing', async () => {
    const { calls } = installFakeApi({});
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record the event' }));
    expect(
      await screen.findByRole('link', { name: 'What happened is required: choose what happened' }),
    ).toBeInTheDocument();

    await choose(user, /What happened/, 'Host-state communication');
    // The type's own fields appear, labelled, with optional ones marked.
    expect(
      screen.getByRole('textbox', { name: 'Reference number (optional)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('radiogroup', { name: /Through the Ministry of Foreign Affairs/ }),
    ).toHaveTextContent('Not answered yet');
    await user.click(screen.getByRole('button', { name: 'Record the event' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Direction is required' }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Form is required' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Summary is required' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('turns the answers into a payload: lines into lists, blanks left out, local time into an instant', async () => {
    const { calls } = installFakeApi({ 'timeline:record': () => recorded() });
    const { onDone } = renderForm();
    const user = userEvent.setup();
    await choose(user, /What happened/, 'Interview');
    // A datetime-local input has no textbox role in jsdom, and user-event cannot type into it.
    fireEvent.change(screen.getByLabelText('Date and time'), {
      target: { value: '2026-03-10T08:30' },
    });
    await choose(user, /Kind of interview/, 'Screening');
    await user.click(screen.getByRole('textbox', { name: 'Interviewers (optional)' }));
    await user.paste('A. Adviser\n\nB. Interpreter');
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Consent given?' })).getByText('Yes'),
    );
    await user.click(screen.getByRole('button', { name: 'Record the event' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls).toEqual([
      {
        channel: 'timeline:record',
        input: {
          caseId: 7,
          type: 'INTERVIEW',
          occurredAt: new Date(2026, 2, 10, 8, 30).toISOString(),
          occurredPrecision: 'EXACT',
          subjectRefs: [],
          payload: {
            kind: 'SCREENING',
            interviewers: ['A. Adviser', 'B. Interpreter'],
            consent: 'Y',
          },
        },
      },
    ]);
  });

  it('puts the main process refusal on the field it names', async () => {
    installFakeApi({
      'timeline:record': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'an event cannot have happened in the future',
          issues: [
            {
              path: 'occurredAt',
              message: 'is in the future; record it when it happens, or set a follow-up instead',
            },
          ],
        },
      }),
    });
    renderForm();
    const user = userEvent.setup();
    await choose(user, /What happened/, 'Welfare or medical care');
    await user.click(screen.getByRole('textbox', { name: 'Care provided' }));
    await user.paste('Seen by a doctor.');
    await user.click(screen.getByRole('button', { name: 'Record the event' }));
    expect(
      await screen.findByRole('link', { name: /When it happened is in the future/ }),
    ).toBeInTheDocument();
  });

  it('pre-fills a correction from the recorded event and points back to it', async () => {
    const { calls } = installFakeApi({ 'timeline:record': () => recorded({ id: 12, number: 5 }) });
    const { onDone } = renderForm({ correcting: recorded() });
    const user = userEvent.setup();
    expect(screen.getByText(/You are correcting event 4 \(Interview\)/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Interviewers (optional)' })).toHaveValue(
      'A. Adviser\nB. Interpreter',
    );
    await choose(user, /Kind of interview/, 'Full');
    await user.click(screen.getByRole('button', { name: 'Record the correction' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0]?.input).toMatchObject({
      type: 'INTERVIEW',
      correctsEventId: 11,
      classification: 'RESTRICTED',
      subjectRefs: ['P1'],
      payload: { kind: 'FULL', interviewers: ['A. Adviser', 'B. Interpreter'], consent: 'Y' },
    });
  });

  it('warns before an outbound communication while an interim measure is in force (P-7)', async () => {
    installFakeApi({});
    renderForm({ interimActive: true });
    const user = userEvent.setup();
    await choose(user, /What happened/, 'Host-state communication');
    expect(screen.queryByRole('note')).toBeNull();
    await choose(user, /Direction/, 'Outbound');
    expect(screen.getByRole('note')).toHaveTextContent(/interim no-handover measure is in force/);
  });
});
