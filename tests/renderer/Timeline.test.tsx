import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSections } from '../../src/renderer/src/features/cases/caseSections';
import { CaseWorkspace } from '../../src/renderer/src/features/cases/CaseWorkspace';
import type { Citation } from '../../src/shared/schemas/citation';
import type { Note } from '../../src/shared/schemas/notes';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { mnSummary } from './authorityFixtures';
import { installFakeApi } from './fakeApi';

const CASE = {
  id: 1,
  reference: 'GBR-QUI-2026-0001',
  missionId: 1,
  missionName: 'Embassy in Quito',
  status: 'OPEN_TRIAGE' as const,
  openedAt: new Date(2026, 2, 10, 9).toISOString(),
  updatedAt: new Date(2026, 2, 10, 9).toISOString(),
  label: null,
  latestOutcome: null,
  imminentThreat: null,
};

const ev = (id: number, over: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  uid: `u${id}`,
  caseId: 1,
  number: id,
  type: 'INTERVIEW',
  occurredAt: new Date(2026, 2, 10, 9).toISOString(),
  occurredPrecision: 'EXACT',
  recordedAt: new Date(2026, 2, 10, 9).toISOString(),
  recordedBy: { id: 'a', name: 'Amara Diallo', role: 'LEGAL_ADVISER' },
  origin: 'ADVISER',
  classification: 'NORMAL',
  subjectRefs: [],
  summary: `summary ${id}`,
  payload: {},
  correctsEventId: null,
  correctedByEventId: null,
  hash: 'h',
  ...over,
});

const note = (id: number, over: Partial<Note>): Note => ({
  id,
  uid: `n${id}`,
  caseId: 1,
  number: id,
  target: { type: 'EVENT', id: 2 },
  targetEvent: { number: 2, type: 'INTERVIEW' },
  body: `note ${id}`,
  citations: [],
  correctsNoteId: null,
  correctedByNoteId: null,
  createdAt: new Date(2026, 2, 10, 10).toISOString(),
  author: { id: 'a', name: 'Amara Diallo', role: 'LEGAL_ADVISER' },
  ...over,
});

const citation = (id: number, target: Citation['target'], pinpoint: string): Citation => ({
  id,
  target,
  authority: mnSummary,
  pinpoint,
  comment: '',
  formatted: `${mnSummary.citation}, ${pinpoint}`,
  createdAt: new Date(2026, 2, 10, 10).toISOString(),
  updatedAt: new Date(2026, 2, 10, 10).toISOString(),
});

const EVENTS = [
  ev(3, {
    type: 'HOST_STATE_COMMUNICATION',
    occurredAt: new Date(2026, 2, 12, 9, 15).toISOString(),
    recordedAt: new Date(2026, 2, 14, 9).toISOString(),
    classification: 'RESTRICTED',
    summary: 'Inbound note verbale — MFA/DP/2026/118',
    payload: {
      direction: 'INBOUND',
      form: 'NOTE_VERBALE',
      reference: 'MFA/DP/2026/118',
      summary: 'Demands surrender.',
    },
  }),
  ev(2, { summary: 'Screening interview', payload: { kind: 'SCREENING' }, correctedByEventId: 4 }),
  ev(1, {
    type: 'REQUEST_RECEIVED',
    origin: 'SYSTEM',
    occurredAt: new Date(2026, 2, 10, 8).toISOString(),
    summary: 'Request for protection received',
  }),
];

// jsdom has no layout. The virtualised list reads its viewport from clientHeight and each row's
// height from offsetHeight: give the scroll area a window's height and each row a card's.
const layout = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('timeline-scroll') ? 640 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('timeline-row') ? 120 : 0;
    },
  });
});
afterAll(() => {
  for (const [name, descriptor] of Object.entries(layout)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:reference',
        element: <CaseWorkspace />,
        children: caseSections.map((s) => ({ path: s.path, element: s.element })),
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the Timeline section', () => {
  it('shows events by day with their notes inline, corrections marked, and moves by keyboard', async () => {
    const { calls } = installFakeApi({
      'cases:get': () => CASE,
      'timeline:list': () => ({
        items: EVENTS,
        nextCursor: null,
        total: 3,
        notes: [
          note(1, { correctedByNoteId: 2 }),
          note(2, {
            correctsNoteId: 1,
            body: 'note 2, corrected',
            citations: [citation(9, { type: 'note', id: '2' }, '¶ 203')],
          }),
        ],
        citations: [citation(7, { type: 'event', id: '2' }, '¶ 118')],
      }),
      'deadlines:list': () => [],
      'timeline:actors': () => [{ id: 'a', name: 'Amara Diallo', role: 'LEGAL_ADVISER' }],
    });
    renderAt('/cases/GBR-QUI-2026-0001/timeline');
    const user = userEvent.setup();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await waitFor(() => expect(within(timeline).getAllByRole('article')).toHaveLength(3));
    const articles = within(timeline).getAllByRole('article');
    expect(screen.getByRole('heading', { name: /Thursday, March 12, 2026/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Tuesday, March 10, 2026/ })).toBeInTheDocument();
    const nv = articles[0]!;
    expect(nv).toHaveAccessibleName('Host-state communication');
    expect(nv).toHaveAttribute('aria-posinset', '1');
    expect(nv).toHaveAttribute('aria-setsize', '3');
    // Bitemporal: it happened on the 12th and reached the file two days later.
    expect(nv).toHaveTextContent('(2 days later)');
    expect(
      within(articles[1]!).getByText('Corrected by event (later on the timeline)'),
    ).toBeInTheDocument();
    // The authorities the event and its notes cite, with pinpoints, inline.
    expect(
      within(articles[1]!).getByRole('list', { name: 'Authorities cited by event 2' }),
    ).toHaveTextContent('¶ 118');
    expect(
      within(articles[1]!).getByRole('list', { name: 'Authorities cited by note 2' }),
    ).toHaveTextContent('¶ 203');
    const notes = within(articles[1]!).getByRole('list', { name: 'Notes on event 2' });
    expect(within(notes).getByRole('listitem', { name: 'Note 1' })).toHaveTextContent(
      'Corrected by note 2',
    );
    expect(within(notes).getByRole('listitem', { name: 'Note 2' })).toHaveTextContent(
      'Corrects note 1',
    );
    // An event already corrected is corrected through its correction; the request the app
    // recorded when the case was opened is corrected to add its details.
    expect(within(articles[1]!).queryByRole('button', { name: /Correct event/ })).toBeNull();
    expect(
      within(articles[2]!).getByRole('button', { name: 'Correct event 1' }),
    ).toBeInTheDocument();
    expect(within(nv).getByRole('button', { name: 'Correct event 3' })).toBeInTheDocument();

    await user.click(within(nv).getByRole('button', { name: 'Details (4)' }));
    expect(within(nv).getByText('Reference number')).toBeInTheDocument();
    expect(within(nv).getByText('Note verbale')).toBeInTheDocument();

    nv.focus();
    await user.keyboard('{ArrowDown}');
    expect(articles[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(articles[2]).toHaveFocus();
    await user.keyboard('k');
    expect(articles[1]).toHaveFocus();
    expect(calls.find((c) => c.channel === 'timeline:list')?.input).toEqual({
      caseId: 1,
      order: 'desc',
      limit: 100,
    });
  });

  it('"as known on" asks for the end of that day and shows a read-only past view', async () => {
    const { calls } = installFakeApi({
      'cases:get': () => CASE,
      'timeline:list': () => ({
        items: EVENTS.slice(1),
        nextCursor: null,
        total: 2,
        notes: [],
        citations: [],
      }),
      'deadlines:list': () => [],
      'timeline:actors': () => [],
      'timeline:caseAsOf': () => ({
        asOf: 'x',
        fields: { status: 'OPEN_TRIAGE' },
        restrictedFields: [],
        known: true,
      }),
    });
    renderAt('/cases/GBR-QUI-2026-0001/timeline?asOf=2026-03-11');
    await screen.findByText(/Case status then: Open — triage\./);
    const banner = (await screen.findByText(/The file as known at the end of/)).closest(
      '[role=status]',
    );
    expect(banner).toHaveTextContent(
      /The file as known at the end of Wednesday, March 11, 2026\..*Case status then: Open — triage\./,
    );
    expect(screen.queryByRole('button', { name: 'Record an event' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();
    expect(screen.getByText(/2 events known then/)).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'timeline:list')?.input).toMatchObject({
      asOf: new Date(2026, 2, 12, 0, 0, 0, -1).toISOString(),
    });
  });
});
