import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CitationsPanel } from '../../src/renderer/src/components/citations/CitationsPanel';
import type { Citation } from '../../src/shared/schemas/citation';
import { installFakeApi } from './fakeApi';
import { authorityOf, detailOf, mnSummary, saadiSummary } from './authorityFixtures';

const target = { type: 'case', id: '7' } as const;

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: '/', element: <CitationsPanel target={target} title="Authorities relied on" /> }],
    { initialEntries: ['/'] },
  );
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const cited = (pinpoint: string, id = 1): Citation => ({
  id,
  target,
  authority: mnSummary,
  pinpoint,
  comment: 'The threshold our facts must clear.',
  formatted: `M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ${pinpoint} (May 5, 2020)`,
  createdAt: '2026-11-27T09:00:00.000Z',
  updatedAt: '2026-11-27T09:00:00.000Z',
});

describe('CitationsPanel', () => {
  it('searches as you type, suggests the record’s pinpoints, and adds the citation', async () => {
    const list: Citation[] = [];
    const { calls } = installFakeApi({
      'citations:list': () => [...list],
      'authorities:search': (input) => ({
        items: input.query?.startsWith('M.N')
          ? [{ ...mnSummary, snippet: [{ text: 'M.N', match: true }] }]
          : [],
        total: input.query?.startsWith('M.N') ? 1 : 0,
      }),
      'authorities:get': () => detailOf(authorityOf(mnSummary)),
      'citations:add': (input) => {
        const c = cited(input.pinpoint ?? '');
        list.push(c);
        return c;
      },
    });
    renderPanel();
    const user = userEvent.setup();
    expect(await screen.findByText('No authorities cited yet.')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Authority' });
    await user.type(picker, 'M.N');
    await user.click(await screen.findByRole('option', { name: /M\.N\. v Belgium/ }));
    expect(picker).toHaveValue('M.N. v Belgium (ECtHR GC dec. 2020)');
    const suggestions = await screen.findByRole('group', { name: 'Pinpoints in the library' });
    await user.click(within(suggestions).getByRole('button', { name: '¶118' }));
    expect(screen.getByRole('textbox', { name: 'Pinpoint' })).toHaveValue('¶118');
    await user.click(screen.getByRole('textbox', { name: 'Comment' }));
    await user.paste('The threshold our facts must clear.');
    await user.click(screen.getByRole('button', { name: 'Add citation' }));

    const listed = await screen.findByRole('list', { name: 'Authorities relied on' });
    const link = within(listed).getByRole('link', {
      name: 'M.N. v Belgium (ECtHR GC dec. 2020), ¶118',
    });
    expect(link).toHaveAttribute('href', '/authorities/CASE_MN_BELGIUM');
    expect(
      within(listed).getByText('M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶118 (May 5, 2020)'),
    ).toBeInTheDocument();
    expect(calls).toContainEqual({
      channel: 'citations:add',
      input: {
        target,
        authorityId: 'CASE_MN_BELGIUM',
        pinpoint: '¶118',
        comment: 'The threshold our facts must clear.',
      },
    });
    // The form starts over (a new picker) for the next citation.
    expect(screen.getByRole('combobox', { name: 'Authority' })).toHaveValue('');
  });

  it('asks for an authority before sending anything, and shows a CONFLICT on the pinpoint', async () => {
    const { calls } = installFakeApi({
      'citations:list': () => [cited('¶118')],
      'authorities:search': () => ({ items: [{ ...mnSummary, snippet: [] }], total: 1 }),
      'authorities:get': () => detailOf(authorityOf(mnSummary)),
      'citations:add': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'this authority is already cited here with pinpoint ¶118',
          issues: [
            {
              path: 'pinpoint',
              message: 'is already cited here with pinpoint ¶118; give another pinpoint',
            },
          ],
        },
      }),
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add citation' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Authority is required/ })).toHaveAttribute(
      'href',
      '#field-authorityId',
    );
    expect(calls.filter((c) => c.channel === 'citations:add')).toEqual([]);

    await user.type(screen.getByRole('combobox', { name: 'Authority' }), 'Belg');
    await user.click(await screen.findByRole('option', { name: /M\.N\. v Belgium/ }));
    await user.type(screen.getByRole('textbox', { name: 'Pinpoint' }), '¶118');
    await user.click(screen.getByRole('button', { name: 'Add citation' }));
    expect(
      await screen.findAllByText(/is already cited here with pinpoint ¶118; give another/),
    ).toHaveLength(2);
  });

  it('marks an unverified authority where it is cited, and removes a citation only when confirmed', async () => {
    let list: Citation[] = [{ ...cited('¶¶ 137–139'), authority: saadiSummary }];
    installFakeApi({
      'citations:list': () => list,
      'citations:remove': (input) => {
        list = list.filter((c) => c.id !== input.id);
        return { id: input.id };
      },
    });
    renderPanel();
    const user = userEvent.setup();
    const listed = await screen.findByRole('list', { name: 'Authorities relied on' });
    expect(within(listed).getByText('Not verified')).toBeInTheDocument();
    await user.click(within(listed).getByRole('button', { name: /Remove Saadi/ }));
    const confirm = screen.getByRole('group', { name: /Remove Saadi/ });
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(within(listed).getByRole('link', { name: /Saadi/ })).toBeInTheDocument();
    await user.click(within(listed).getByRole('button', { name: /Remove Saadi/ }));
    await user.click(
      within(screen.getByRole('group', { name: /Remove Saadi/ })).getByRole('button', {
        name: 'Remove',
      }),
    );
    expect(await screen.findByText('No authorities cited yet.')).toBeInTheDocument();
  });
});
