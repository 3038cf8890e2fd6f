import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeterminationPanel } from '../../src/renderer/src/features/assessment/DeterminationPanel';
import type { AssessmentView } from '../../src/shared/schemas/assessment';
import { viewOf } from './assessmentFixtures';
import { installFakeApi } from './fakeApi';
import { failOnConsoleError } from './failOnConsoleError';

function renderPanel(view: AssessmentView) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DeterminationPanel view={view} />
    </QueryClientProvider>,
  );
}

failOnConsoleError();

const JUSTIFICATION =
  'Two consistent interviews and the medical report show the engine’s reading of the limbs is too narrow for this person.';

describe('the adviser’s determination', () => {
  it('will not send an override without an outcome and a justification of the minimum length', async () => {
    const { calls } = installFakeApi({});
    renderPanel(viewOf('GC-02'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Override the engine/ }));
    expect(screen.getByRole('note')).toHaveTextContent(/override of an absolute bar/);
    await user.type(screen.getByRole('textbox', { name: /Justification/ }), 'Too short.');
    expect(screen.getByText(/10 characters — at least 100/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record determination for P1' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(/Your outcome is required: choose your own outcome/),
    ).toBeVisible();
    expect(
      within(summary).getByText(/Justification must be at least 100 characters/),
    ).toBeVisible();
    expect(calls).toEqual([]);
  });

  it('sends the override with its justification; the engine result stays beside it', async () => {
    const before = viewOf('GC-02');
    const after = viewOf('GC-02', {
      determinations: [
        {
          subjectRef: 'P1',
          kind: 'OVERRIDE',
          engineOutcome: 'PROTECTION_OBLIGATORY',
          humanOutcome: 'NOT_JUSTIFIED',
          justification: JUSTIFICATION,
          overrideKind: 'OVERRIDE_OF_ABSOLUTE_BAR',
          needsCapitalDesk: true,
          recordedAt: '2026-03-02T13:00:00Z',
          recordedByName: 'A. Adviser',
        },
      ],
    });
    const { calls } = installFakeApi({ 'assessments:determine': () => after });
    const { rerender } = renderPanel(before);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Override the engine/ }));
    await user.click(screen.getByRole('button', { name: /Your outcome/ }));
    await user.click(await screen.findByRole('option', { name: 'Not justified' }));
    await user.click(screen.getByRole('textbox', { name: /Justification/ }));
    await user.paste(JUSTIFICATION);
    await user.click(screen.getByRole('button', { name: 'Record determination for P1' }));
    expect(calls).toContainEqual({
      channel: 'assessments:determine',
      input: {
        assessmentId: before.id,
        subjectRef: 'P1',
        kind: 'OVERRIDE',
        humanOutcome: 'NOT_JUSTIFIED',
        justification: JUSTIFICATION,
      },
    });
    rerender(
      <QueryClientProvider client={new QueryClient()}>
        <DeterminationPanel view={after} />
      </QueryClientProvider>,
    );
    expect(
      screen.getByText(/Override of an absolute bar — recorded as such, never compliant/),
    ).toBeVisible();
    expect(screen.getByText(JUSTIFICATION)).toBeVisible();
    expect(screen.getByText(/the engine’s stays on record as/)).toHaveTextContent(
      'Protection obligatory',
    );
  });

  it('agreeing sends no outcome and no justification', async () => {
    const { calls } = installFakeApi({ 'assessments:determine': () => viewOf('GC-11') });
    renderPanel(viewOf('GC-11'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Agree: Permissible on balance' }));
    await user.click(screen.getByRole('button', { name: 'Record determination for P1' }));
    expect(calls).toEqual([
      {
        channel: 'assessments:determine',
        input: { assessmentId: 1, subjectRef: 'P1', kind: 'AGREE' },
      },
    ]);
  });

  it('under review: asks for each missing sign-off and finalises only when all are given', async () => {
    const determination = {
      subjectRef: 'P1',
      kind: 'AGREE' as const,
      engineOutcome: 'PERMISSIBLE_ON_BALANCE' as const,
      humanOutcome: 'PERMISSIBLE_ON_BALANCE' as const,
      justification: null,
      overrideKind: 'NONE' as const,
      needsCapitalDesk: false,
      recordedAt: '2026-03-02T13:00:00Z',
      recordedByName: 'A. Adviser',
    };
    const review = viewOf('GC-11', { status: 'UNDER_REVIEW', determinations: [determination] });
    const { calls } = installFakeApi({ 'assessments:sign': () => review });
    renderPanel(review);
    expect(screen.getByRole('button', { name: 'Finalise version 1' })).toBeDisabled();
    expect(
      screen.getByText(/Finalising needs the sign-off of legal adviser, head of mission/),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Legal adviser: name' }), 'A. Adviser');
    await user.click(
      within(screen.getByRole('form', { name: 'Sign-off by the legal adviser' })).getByRole(
        'button',
        { name: 'Record sign-off' },
      ),
    );
    expect(calls).toContainEqual({
      channel: 'assessments:sign',
      input: { assessmentId: 1, role: 'LEGAL_ADVISER', name: 'A. Adviser' },
    });
    const signed = viewOf('GC-11', {
      status: 'UNDER_REVIEW',
      determinations: [determination],
      signoffs: [
        {
          role: 'LEGAL_ADVISER',
          name: 'A. Adviser',
          reference: null,
          signedAt: '2026-03-02T14:00:00Z',
        },
        {
          role: 'HEAD_OF_MISSION',
          name: 'H. Mission',
          reference: null,
          signedAt: '2026-03-02T14:01:00Z',
        },
      ],
    });
    renderPanel(signed);
    expect(screen.getAllByRole('button', { name: 'Finalise version 1' })[1]).toBeEnabled();
  });

  it('a final version offers no way to change it', () => {
    installFakeApi({});
    renderPanel(viewOf('GC-11', { status: 'FINAL', finalisedAt: '2026-03-03T00:00:00Z' }));
    expect(screen.getByRole('status')).toHaveTextContent(/This version cannot change/);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
