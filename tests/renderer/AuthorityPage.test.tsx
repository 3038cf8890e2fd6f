import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NewAuthorityPage } from '../../src/renderer/src/features/authorities/AuthorityForm';
import { AuthorityPage } from '../../src/renderer/src/features/authorities/AuthorityPage';
import { installFakeApi } from './fakeApi';
import { authorityOf, detailOf, mnSummary, saadiSummary } from './authorityFixtures';

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/authorities/new', element: <NewAuthorityPage /> },
      { path: '/authorities/:id', element: <AuthorityPage /> },
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

describe('AuthorityPage', () => {
  it('puts "check before relying on this" first when the authority is not verified', async () => {
    installFakeApi({ 'authorities:get': () => detailOf(authorityOf(saadiSummary)) });
    renderAt('/authorities/CASE_SAADI');
    const notice = await screen.findByRole('note');
    expect(within(notice).getByText('Check before relying on this')).toBeInTheDocument();
    expect(notice).toHaveTextContent('Not verified: from recall');
  });

  it('shows a verified authority’s citation with the chosen pinpoint, errata, rules and backlinks', async () => {
    installFakeApi({
      'authorities:get': () =>
        detailOf(
          authorityOf(mnSummary, {
            errata: [
              {
                id: 'E10',
                seedLocation: 'fn 33',
                issue: '*M.N. v Belgium* "(May 5, 2020)"',
                correction: 'This is a Grand Chamber **decision** (inadmissible).',
                tag: '`[EXT-V]`',
              },
            ],
          }),
          {
            backlinks: [
              {
                citationId: 3,
                targetType: 'case',
                targetId: '1',
                label: 'Case GBR-QUI-2026-0001',
                href: '/cases/GBR-QUI-2026-0001/authorities',
                pinpoint: '¶118',
                comment: '',
              },
            ],
          },
        ),
    });
    renderAt('/authorities/CASE_MN_BELGIUM');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('M.N. v Belgium');
    expect(screen.queryByText('Check before relying on this')).not.toBeInTheDocument();
    expect(screen.getByText('Verified against a summary')).toBeInTheDocument();
    const citation = document.getElementById('citation-text');
    expect(citation).toHaveTextContent(
      'M.N. v. Belgium (dec.) [GC], App. No. 3599/18 (May 5, 2020)',
    );
    await user.click(screen.getByRole('button', { name: /Pinpoint/ }));
    await user.click(await screen.findByRole('option', { name: '¶118' }));
    expect(citation).toHaveTextContent('App. No. 3599/18, ¶118 (May 5, 2020)');
    // The SPEC's Markdown emphasis is shown as emphasis, not as asterisks.
    expect(screen.getByText('decision').tagName).toBe('STRONG');
    expect(screen.getByRole('table', { name: 'Engine rules' })).toHaveTextContent('J-2');
    expect(screen.getByRole('link', { name: 'Case GBR-QUI-2026-0001' })).toHaveAttribute(
      'href',
      '/cases/GBR-QUI-2026-0001/authorities',
    );
  });
});

describe('the adviser’s own authority form', () => {
  it('names every missing field in the error summary and sends nothing', async () => {
    const { calls } = installFakeApi({});
    renderAt('/authorities/new');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('textbox', { name: 'Date' }));
    await user.paste('12/03/2024');
    await user.click(screen.getByRole('button', { name: 'Add to the library' }));
    const summary = await screen.findByRole('alert');
    for (const text of [
      /Kind is required/,
      /Short title is required/,
      /Full citation is required/,
      /Date must be a year/,
      /What it stands for is required/,
      /Verification is required/,
    ]) {
      expect(within(summary).getByText(text)).toBeInTheDocument();
    }
    expect(calls).toEqual([]);
    // Fixing a field takes its problem off the summary.
    await user.click(screen.getByRole('textbox', { name: 'Short title' }));
    await user.paste('Instruction 4/2025');
    expect(within(summary).queryByText(/Short title is required/)).not.toBeInTheDocument();
  });

  it('sends lines as lists and opens the new authority', async () => {
    const { calls } = installFakeApi({
      'authorities:create': (input) =>
        authorityOf({
          ...mnSummary,
          id: 'LOCAL_0000',
          origin: 'LOCAL',
          shortTitle: input.shortTitle,
        }),
      'authorities:get': () =>
        detailOf(authorityOf({ ...mnSummary, id: 'LOCAL_0000', origin: 'LOCAL' })),
    });
    const router = renderAt('/authorities/new');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Domestic law or instruction' }));
    // Pasted, not typed key by key: jsdom re-renders this long form on every keystroke.
    const paste = async (name: string, text: string) => {
      await user.click(screen.getByRole('textbox', { name }));
      await user.paste(text);
    };
    await paste('Short title', 'Instruction 4/2025');
    await paste('Full citation', 'MFA, Instruction 4/2025');
    await paste('What it stands for', 'No handover.\n\n  Consult the capital.  ');
    await paste('Pinpoints', '§ 3\n§ 4');
    await user.click(screen.getByRole('radio', { name: /Verified against the text/ }));
    await user.click(screen.getByRole('button', { name: 'Add to the library' }));
    await screen.findByRole('heading', { level: 1, name: /M\.N\./ });
    expect(router.state.location.pathname).toBe('/authorities/LOCAL_0000');
    expect(calls.find((c) => c.channel === 'authorities:create')?.input).toMatchObject({
      kind: 'DOMESTIC_INSTRUMENT',
      propositions: ['No handover.', 'Consult the capital.'],
      pinpoints: ['§ 3', '§ 4'],
      verificationStatus: 'verified_text',
      date: '',
    });
  });
});
