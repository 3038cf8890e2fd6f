import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeparturesSection } from '../../src/renderer/src/features/assessment/DeparturesSection';
import type { GuardVerdict } from '../../src/shared/schemas/assessment';
import { REFERENCE, summary, viewOf, CASE } from './assessmentFixtures';
import { installFakeApi } from './fakeApi';
import { failOnConsoleError } from './failOnConsoleError';

const REFUSED: GuardVerdict = {
  subjectRef: 'P1',
  guarded: true,
  assessmentVersion: 1,
  handoverGuard: {
    bars_handover: true,
    engaged_destinations: ['HOST_TERRITORY'],
    voluntary_departure_needs_signoff: true,
    override_is_of_absolute_bar: true,
  },
  conditions: [
    { id: 'INTERVIEW', met: false, explanation: 'No interview with P1 is on file (P-2).' },
    { id: 'DECISION_ON_FINAL', met: false, explanation: 'No decision is recorded.' },
    {
      id: 'NOT_OBLIGATORY',
      met: false,
      explanation: 'Assessment version 1 finds that protection is, or may be, obligatory for P1.',
    },
  ],
  requiredSignoffs: ['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'],
  needsInformedConsent: false,
  allowed: false,
  compliance: null,
  problems: [
    { path: 'override.signoffs', message: 'An override needs the sign-off of legal adviser.' },
    { path: 'override.justification', message: 'An override needs a written justification.' },
  ],
};

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: '/cases/:reference/departures', element: <DeparturesSection /> }],
    { initialEntries: [`/cases/${REFERENCE}/departures`] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

failOnConsoleError();

describe('the Departures section (P-6 guard)', () => {
  it('explains why a handover is refused before anything is sent, then shows main’s refusal', async () => {
    const { calls } = installFakeApi({
      'cases:get': () => CASE,
      'departures:list': () => [],
      'assessments:list': () => ({
        versions: [summary()],
        factsChanged: false,
        factsProblem: null,
      }),
      'assessments:get': () => viewOf('GC-02'),
      'departures:check': () => REFUSED,
      'departures:record': () => ({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'The P-6 guard refuses this departure of P1: no interview is on file.',
          issues: REFUSED.problems,
        },
      }),
    });
    renderSection();
    const user = userEvent.setup();
    expect(await screen.findByText('No departure, transfer or handover recorded.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /What happened/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Handover to the host authorities' }),
    );
    const verdict = await screen.findByText(/Refused\./);
    const panel = verdict.closest('.verdict') as HTMLElement;
    expect(within(panel).getByText(/obligatory for P1/)).toBeVisible();
    expect(
      within(panel).getByText('An override needs the sign-off of legal adviser.'),
    ).toBeVisible();
    // The override block asks for exactly the sign-offs P-6 needs.
    for (const role of ['Legal adviser', 'Head of mission', 'Capital desk']) {
      expect(screen.getByRole('textbox', { name: `${role}: name` })).toBeVisible();
    }
    await user.type(screen.getByLabelText('When'), '2026-03-03T10:00');
    await user.click(screen.getByRole('button', { name: 'Record' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The departure was not recorded');
    expect(refusal).toHaveTextContent(/P-6 guard refuses this departure of P1/);
    expect(calls.filter((c) => c.channel === 'departures:record')).toHaveLength(1);
  });

  it('lists recorded departures, an override of an absolute bar never shown as compliant', async () => {
    installFakeApi({
      'cases:get': () => CASE,
      'departures:list': () => [
        {
          id: 1,
          subjectRef: 'P1',
          type: 'HANDOVER_TO_HOST_AUTHORITIES',
          destination: null,
          occurredAt: '2026-03-03T10:00:00Z',
          receivingAuthority: 'Host police',
          compliance: 'OVERRIDE_OF_ABSOLUTE_BAR',
          overrideJustification: 'Instructed by the capital after written guarantees.',
          signoffs: [
            { role: 'LEGAL_ADVISER', name: 'A. Adviser', reference: null },
            { role: 'HEAD_OF_MISSION', name: 'H. Mission', reference: null },
            { role: 'CAPITAL_DESK', name: 'C. Desk', reference: 'TEL 42' },
          ],
          recordedAt: '2026-03-03T10:05:00Z',
          recordedByName: 'A. Adviser',
        },
      ],
      'assessments:list': () => ({ versions: [], factsChanged: null, factsProblem: null }),
    });
    renderSection();
    const table = await screen.findByRole('table', { name: 'Recorded departures' });
    expect(within(table).getByText('Override of an absolute bar — not compliant')).toBeVisible();
    expect(within(table).queryByText(/Guard conditions met/)).toBeNull();
    expect(within(table).getByText(/Capital desk: C\. Desk/)).toBeVisible();
  });
});
