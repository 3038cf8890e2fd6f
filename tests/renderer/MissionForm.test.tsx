import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MissionForm } from '../../src/renderer/src/features/missions/MissionForm';
import { installFakeApi } from './fakeApi';

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MissionForm />
    </QueryClientProvider>,
  );
}

describe('MissionForm', () => {
  it('shows every problem in the error summary and sends nothing to main', async () => {
    const { calls } = installFakeApi({});
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Short code' }), 'q');
    await user.click(screen.getByRole('button', { name: 'Add mission' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/Mission name is required/)).toBeInTheDocument();
    expect(within(summary).getByText(/Short code must be 2 to 8/)).toBeInTheDocument();
    expect(
      within(summary).getByText(/Sending state must be a three-character/),
    ).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('upper-cases codes, submits, and shows a CONFLICT from main on the code field', async () => {
    const { calls } = installFakeApi({
      'missions:create': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'a mission of GBR with code QUI already exists',
          issues: [{ path: 'code', message: 'is already used by another mission of GBR' }],
        },
      }),
      'missions:list': () => [],
    });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Mission name' }), 'Embassy in Quito');
    await user.type(screen.getByRole('textbox', { name: 'Short code' }), 'qui');
    await user.type(screen.getByRole('textbox', { name: 'Sending state' }), 'gbr');
    await user.type(screen.getByRole('textbox', { name: 'Host state' }), 'ecu');
    await user.click(screen.getByRole('button', { name: /Premises/ }));
    await user.click(await screen.findByRole('option', { name: 'Embassy chancery' }));
    await user.click(screen.getByRole('button', { name: 'Add mission' }));
    // Shown twice: in the error summary and next to the field itself.
    expect(await screen.findAllByText(/is already used by another mission of GBR/)).toHaveLength(2);
    expect(calls).toContainEqual({
      channel: 'missions:create',
      input: {
        name: 'Embassy in Quito',
        code: 'QUI',
        sendingState: 'GBR',
        hostState: 'ECU',
        premisesType: 'EMBASSY_CHANCERY',
        // Preselected, visibly, in the form: relations are normal unless the adviser says not.
        relationsStatus: 'NORMAL',
      },
    });
  });
});
