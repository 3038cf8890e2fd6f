import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  SaveIndicator,
  SaveStatusProvider,
} from '../../src/renderer/src/features/intake/saveStatus';
import { Question } from '../../src/renderer/src/features/intake/Question';
import { ENTITIES, type EntityKind } from '../../src/shared/intake/entities';
import type { RecordView } from '../../src/shared/intake/records';
import { installFakeApi } from './fakeApi';

const field = (kind: EntityKind, path: string) => {
  const def = ENTITIES[kind].fields.find((f) => f.path === path);
  if (!def) throw new Error(path);
  return def;
};

function renderQuestion(kind: EntityKind, path: string, record: RecordView) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SaveStatusProvider>
        <SaveIndicator />
        <Question caseId={7} kind={kind} record={record} def={field(kind, path)} />
      </SaveStatusProvider>
    </QueryClientProvider>,
  );
}

const empty = (id = 1): RecordView => ({ id, ref: null, answers: {}, marks: {} });

describe('an interview question', () => {
  it('shows Yes / No / Unknown with its reason, says it is unanswered, and saves Unknown as U', async () => {
    const { calls } = installFakeApi({
      'intake:patch': () => ({
        record: { ...empty(), answers: { 'control.physically_on_premises': 'U' } },
        updatedAt: '2026-03-02T10:00:00Z',
      }),
    });
    renderQuestion('case', 'control.physically_on_premises', empty());
    const group = screen.getByRole('radiogroup', {
      name: 'Is the person physically on the premises now?',
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['Y', 'N', 'U']);
    expect(
      screen.getByText(/Jurisdiction over the person starts with presence/),
    ).toBeInTheDocument();
    expect(screen.getByText('Not yet answered')).toBeInTheDocument();
    await userEvent.setup().click(within(group).getByRole('radio', { name: 'Unknown' }));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(calls).toEqual([
      {
        channel: 'intake:patch',
        input: { caseId: 7, kind: 'case', set: { 'control.physically_on_premises': 'U' } },
      },
    ]);
  });

  it('is answered from the keyboard: Tab into the group, Space picks, arrows move and pick', async () => {
    const { calls } = installFakeApi({
      'intake:patch': (input) => {
        const set = (input as { set: Record<string, string> }).set;
        return { record: { ...empty(), answers: set }, updatedAt: '2026-03-02T10:00:00Z' };
      },
    });
    renderQuestion('case', 'control.physically_on_premises', empty());
    const user = userEvent.setup();
    await user.tab();
    const yes = screen.getByRole('radio', { name: 'Yes' });
    expect(yes).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'No' })).toHaveFocus();
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(calls.map((c) => (c.input as { set: unknown }).set)).toEqual([
      { 'control.physically_on_premises': 'Y' },
      { 'control.physically_on_premises': 'N' },
    ]);
  });

  it('validates typed answers with the schema main enforces, and sends nothing invalid', async () => {
    const { calls } = installFakeApi({});
    renderQuestion('action', 'max_penalty_years', empty(3));
    const box = screen.getByRole('textbox', { name: 'Maximum penalty, in years' });
    const user = userEvent.setup();
    await user.type(box, '500');
    expect(await screen.findByText('must be at most 200')).toBeInTheDocument();
    await user.tab();
    expect(calls).toEqual([]);
  });

  it('sends a typed answer when the field is left, without waiting for the pause', async () => {
    const { calls } = installFakeApi({
      'intake:patch': () => ({ record: empty(2), updatedAt: '2026-03-02T10:00:00Z' }),
    });
    renderQuestion('principal', 'nationalities', empty(2));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Nationalities/ }), 'ecu, col');
    await user.tab();
    expect(calls).toEqual([
      {
        channel: 'intake:patch',
        input: { caseId: 7, kind: 'principal', set: { nationalities: ['ECU', 'COL'] } },
      },
    ]);
  });

  it('marks an omitted imported answer as its neutral default, not as unanswered', () => {
    installFakeApi({});
    renderQuestion('case', 'conduct', { ...empty(), marks: { conduct: 'OMITTED' } });
    expect(screen.getByText('Not in the imported facts — taken as None')).toBeInTheDocument();
    expect(screen.queryByText('Not yet answered')).not.toBeInTheDocument();
  });
});
