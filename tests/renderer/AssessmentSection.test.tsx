import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AssessmentSection } from '../../src/renderer/src/features/assessment/AssessmentSection';
import type { AssessmentView } from '../../src/shared/schemas/assessment';
import { REFERENCE, summary, viewOf, CASE } from './assessmentFixtures';
import { installFakeApi } from './fakeApi';
import { failOnConsoleError } from './failOnConsoleError';

function renderSection(path = `/cases/${REFERENCE}/assessment`) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/cases/:reference/assessment', element: <AssessmentSection /> },
      { path: '/authorities/:id', element: <p>Authority page</p> },
      { path: '/cases/:reference/intake/:step', element: <p>Intake page</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

failOnConsoleError();

const withVersions = (views: AssessmentView[], factsChanged: boolean | null = false) =>
  installFakeApi({
    'cases:get': () => CASE,
    'assessments:list': () => ({
      versions: views.map((v) => summary({ ...v, id: v.id, version: v.version })),
      factsChanged,
      factsProblem: null,
    }),
    'assessments:get': ({ assessmentId }) => {
      const v = views.find((x) => x.id === assessmentId);
      if (!v) throw new Error(`no view ${assessmentId}`);
      return v;
    },
  });

describe('the Assessment section', () => {
  it('offers to run the engine when there is no version yet, and runs it on the case', async () => {
    const ran = viewOf('GC-10');
    const { calls } = installFakeApi({
      'cases:get': () => CASE,
      'assessments:list': () => ({ versions: [], factsChanged: null, factsProblem: null }),
      'assessments:run': () => ran,
    });
    renderSection();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Run the assessment' }));
    expect(calls).toContainEqual({ channel: 'assessments:run', input: { reference: REFERENCE } });
  });

  it('says what is missing when the case has no facts to assess', async () => {
    installFakeApi({
      'cases:get': () => CASE,
      'assessments:list': () => ({
        versions: [],
        factsChanged: null,
        factsProblem: 'The facts of this case are not recorded yet: complete the intake first.',
      }),
    });
    renderSection();
    expect(await screen.findByText(/complete the intake first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run the assessment' })).toBeNull();
  });

  it('shows an insufficient result in plain words with its interim deadline and the facts that settle it', async () => {
    withVersions([viewOf('GC-10')]);
    renderSection();
    expect(
      await screen.findByText(
        'Insufficient information (between not justified and protection obligatory)',
      ),
    ).toBeInTheDocument();
    const interim = screen.getByRole('note', { name: 'Interim measure' });
    expect(within(interim).getByText(/no ejection or handover pending assessment/)).toBeVisible();
    expect(within(interim).getByText(/72 hours/)).toBeVisible();
    const link = screen.getByRole('link', { name: 'Risk R1 — is the risk real (with evidence)?' });
    expect(link).toHaveAttribute(
      'href',
      `/cases/${REFERENCE}/intake/risks?field=${encodeURIComponent('risks[R1].real')}`,
    );
    // Decisive ones are marked (SPEC §2.3.5 decisive_missing_fields).
    expect(link.closest('li')).toHaveTextContent('decisive');
    const outcome = screen.getByRole('region', { name: 'Outcome for P1' });
    expect(
      within(outcome).getByText(/do not disclose the person’s identity to the host/),
    ).toBeVisible();
    // The other interpretation's range differs: it is reported.
    expect(screen.getByText(/Under the restrictive interpretation/)).toHaveTextContent(
      'between not justified and permissible on balance',
    );
  });

  it('draws the balance with H, I, each component of I, H_min and the margin', async () => {
    withVersions([viewOf('GC-11')]);
    renderSection();
    const picture = await screen.findByRole('img', {
      name: /Balance: harm 3 against interference 1/,
    });
    expect(picture).toHaveAccessibleDescription(
      'H − I = 2, at least the margin of 1, and H reaches the floor of 2.',
    );
    const legend = screen.getByLabelText('Components of the interference index');
    for (const label of [
      'Host charges and process',
      'National security',
      'Conduct',
      'Time on premises',
      'Type of premises',
    ]) {
      expect(within(legend).getByText(label)).toBeInTheDocument();
    }
    expect(picture.textContent).toContain('H_min 2');
    expect(picture.textContent).toContain('H must reach I + margin = 2');
  });

  it('walks the trace rule by rule, each with its result and links to its authorities', async () => {
    withVersions([viewOf('GC-02')]);
    const router = renderSection();
    const trace = await screen.findByRole('region', { name: 'Reasoning, step by step' });
    const a2 = within(trace)
      .getAllByText('Absolute bar: cruel, inhuman or degrading treatment')[0]
      ?.closest('li') as HTMLElement;
    expect(a2).toHaveTextContent('→ holds');
    expect(within(a2).getByText('ABS_CIDT')).toBeVisible();
    const user = userEvent.setup();
    await user.click(within(a2).getByText(/Inputs/));
    expect(within(a2).getByText('risks')).toBeVisible();
    await user.click(within(a2).getByRole('link', { name: 'GC31_HRC' }));
    expect(router.state.location.pathname).toBe('/authorities/GC31_HRC');
  });

  it('shows the alternative mode when it differs, and the guidance', async () => {
    withVersions([viewOf('GC-02')]);
    renderSection();
    expect(
      await screen.findByText(/an absolute bar: no balancing and no exceptions/),
    ).toBeVisible();
    const outcome = screen.getByRole('region', { name: 'Outcome for P1' });
    expect(within(outcome).getByText('Protection obligatory')).toHaveClass('outcome-verdict');
    expect(screen.getByText(/Under the restrictive interpretation/)).toHaveTextContent(
      'Permissible on balance',
    );
    expect(screen.getByText(/Must not eject or hand over/)).toBeVisible();
  });

  it('offers to re-assess when the facts changed since the newest version', async () => {
    const v1 = viewOf('GC-11', { status: 'FINAL', finalisedAt: '2026-03-03T00:00:00Z' });
    const { calls } = withVersions([v1], true);
    renderSection();
    expect(
      await screen.findByText(/The facts have changed since version 1 \(final\)/),
    ).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Re-assess with the current facts' }));
    expect(calls.map((c) => c.channel)).toContain('assessments:run');
  });

  it('compares two versions side by side', async () => {
    const v1 = viewOf('GC-11', { id: 1, version: 1, status: 'SUPERSEDED' });
    const v2 = viewOf('GC-02', { id: 2, version: 2 });
    installFakeApi({
      'cases:get': () => CASE,
      'assessments:list': () => ({
        versions: [
          summary({ id: 2, version: 2 }),
          summary({ id: 1, version: 1, status: 'SUPERSEDED' }),
        ],
        factsChanged: false,
        factsProblem: null,
      }),
      'assessments:get': ({ assessmentId }) => (assessmentId === 2 ? v2 : v1),
      'assessments:diff': () => ({
        from: summary({ id: 1, version: 1 }),
        to: summary({ id: 2, version: 2 }),
        facts: [{ path: 'risks[R1].real', before: 'U', after: 'Y' }],
        rules: [
          {
            subjectRef: 'P1',
            rule: 'R-3',
            completion: 'PESSIMISTIC',
            about: 'R1',
            before: { established: false },
            after: { established: true },
          },
        ],
        outcomes: [
          {
            subjectRef: 'P1',
            before: {
              outcome: 'NOT_JUSTIFIED',
              subBasis: null,
              range: null,
              altMode: null,
              H: 0,
              I: 1,
            },
            after: {
              outcome: 'PROTECTION_OBLIGATORY',
              subBasis: 'ABSOLUTE',
              range: null,
              altMode: null,
              H: 4,
              I: 1,
            },
            movement: 'UP',
          },
        ],
      }),
    });
    renderSection();
    const facts = await screen.findByRole('table', { name: 'Facts that changed' });
    expect(within(facts).getByText('risks[R1].real')).toBeVisible();
    const rules = screen.getByRole('table', { name: 'Rules whose result changed' });
    expect(within(rules).getByText('not established')).toBeVisible();
    expect(within(rules).getByText('established')).toBeVisible();
    const moved = screen.getByRole('table', { name: 'Outcome by subject' });
    expect(within(moved).getByText('moved up (more protective)')).toBeVisible();
  });
});
