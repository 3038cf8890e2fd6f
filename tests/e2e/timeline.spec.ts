import type { APIRequestContext, Page } from '@playwright/test';
import type { CasefileApi } from '../../src/preload/index.d';
import { expect, test } from './fixtures';

// Issue 6 acceptance, in Chromium through the real UI, main-process services and SQLite: record
// an interview and a note verbale, note and correct, look back "as known on", and see the
// integrity badge report a verified chain. The host's clock is moved between days so that the
// file really learns of things on different days.

const MN = 'M.N. v Belgium (ECtHR GC dec. 2020)';
const D1 = '2026-03-10';
const D2 = '2026-03-11';
const D3 = '2026-03-12';

async function setHostClock(request: APIRequestContext, at: string): Promise<void> {
  const res = await request.post('/__host/clock', { data: { at } });
  expect(res.status()).toBe(204);
}

/** A mission (and optionally a first case) through the page's own window.api, then a fresh page. */
async function seed(app: Page, withCase: boolean): Promise<void> {
  await app.evaluate(async (open) => {
    const api = (globalThis as unknown as { api: CasefileApi }).api;
    const m = await api['missions:create']({
      name: 'Embassy in Quito',
      code: 'QUI',
      sendingState: 'GBR',
      hostState: 'ECU',
      premisesType: 'EMBASSY_CHANCERY',
    });
    if (open && m.ok) await api['cases:open']({ missionId: m.value.id });
  }, withCase);
  await app.reload();
}

async function choose(app: Page, field: RegExp, option: string): Promise<void> {
  await app.getByRole('button', { name: field }).click();
  await app.getByRole('option', { name: option, exact: true }).click();
}

test('the timeline records, notes, corrects, looks back "as known on", and the chain verifies', async ({
  app,
  request,
}) => {
  await setHostClock(request, `${D1}T20:00:00Z`);
  await seed(app, false);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await app.getByRole('button', { name: 'Log a new request' }).click();
  await expect(app.getByRole('heading', { name: 'GBR-QUI-2026-0001', level: 1 })).toBeVisible();
  await app
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Timeline' })
    .click();

  // Opening the case recorded the request, which started the P-0 interim measure's deadline.
  const events = app.locator('article.event-card');
  await expect(events).toHaveCount(1);
  await expect(events.first()).toContainText('Request received');
  await expect(app.getByRole('region', { name: 'Open deadlines' })).toContainText(
    'Interim no-handover measure (P-0)',
  );

  // An interview, with a mistake first: the form names the missing answer.
  await app.getByRole('button', { name: 'Record an event' }).click();
  await choose(app, /What happened/, 'Interview');
  await app.getByRole('textbox', { name: 'Date and time' }).fill(`${D1}T08:30`);
  await app.getByRole('button', { name: 'Record the event' }).click();
  const summary = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Kind of interview is required' })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/timeline-form-errors.png', fullPage: true });
  await choose(app, /Kind of interview/, 'Screening');
  await app
    .getByRole('textbox', { name: 'Interviewers (optional)' })
    .fill('A. Adviser\nB. Interpreter');
  await app.getByRole('radiogroup', { name: 'Consent given?' }).getByText('Yes').click();
  await app.screenshot({ path: 'test-results/screens/timeline-form.png', fullPage: true });
  await app.getByRole('button', { name: 'Record the event' }).click();
  const interview = events.filter({ hasText: 'Screening interview' });
  await expect(interview).toBeVisible();

  // A note on the interview citing an authority with a pinpoint (the library's picker), then
  // its correction: the original stays, marked, and the correction keeps the citation.
  await interview.getByRole('button', { name: 'Add a note' }).click();
  await interview
    .getByRole('textbox', { name: 'Note' })
    .fill('Interpreter arrived late; the interview began at 08:50.');
  const picker = interview.getByRole('combobox', { name: 'Authority' });
  await picker.fill('M.N. Belgium');
  await expect(app.getByRole('option', { name: /M\.N\. v Belgium/ }).first()).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(MN);
  await interview.getByRole('textbox', { name: 'Pinpoint (optional)' }).fill('¶ 118');
  await interview.getByRole('button', { name: 'Cite it' }).click();
  await expect(interview.getByRole('list', { name: 'Authorities this note cites' })).toContainText(
    '¶ 118',
  );
  await app.screenshot({ path: 'test-results/screens/note-form-citing.png', fullPage: true });
  await interview.getByRole('button', { name: 'Add the note' }).click();
  const first = interview.getByRole('listitem', { name: 'Note 1' });
  await expect(first).toContainText('began at 08:50');
  await expect(first.getByRole('list', { name: 'Authorities cited by note 1' })).toContainText(
    'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)',
  );
  await first.getByRole('button', { name: 'Correct note 1' }).click();
  const fix = interview.getByRole('textbox', { name: 'Corrected text of note 1' });
  await expect(fix).toHaveValue('Interpreter arrived late; the interview began at 08:50.');
  await fix.fill('Interpreter arrived late; the interview began at 09:05.');
  await interview.getByRole('button', { name: 'Save the correction' }).click();
  await expect(first).toContainText('Corrected by note 2');
  await expect(interview.getByRole('listitem', { name: 'Note 2' })).toContainText(
    'Corrects note 1',
  );
  await expect(
    interview
      .getByRole('listitem', { name: 'Note 2' })
      .getByRole('list', { name: 'Authorities cited by note 2' }),
  ).toContainText('¶ 118');

  // Two days later, a note verbale arrives.
  await setHostClock(request, `${D3}T20:00:00Z`);
  await app.getByRole('button', { name: 'Record an event' }).click();
  await choose(app, /What happened/, 'Host-state communication');
  await app.getByRole('textbox', { name: 'Date and time' }).fill(`${D3}T09:15`);
  await choose(app, /Direction/, 'Inbound');
  await choose(app, /Form/, 'Note verbale');
  await app.getByRole('textbox', { name: 'Reference number (optional)' }).fill('MFA/DP/2026/118');
  await app
    .getByRole('textbox', { name: 'Summary' })
    .fill('The Ministry demands the surrender of the person.');
  await app.getByRole('button', { name: 'Record the event' }).click();
  const noteVerbale = events.filter({ hasText: 'Inbound note verbale — MFA/DP/2026/118' });
  await expect(noteVerbale).toBeVisible();
  await expect(events).toHaveCount(3);
  await expect(app.getByText('3 events.')).toBeVisible();

  // The keyboard moves between events.
  await events.first().focus();
  await app.keyboard.press('ArrowDown');
  await expect(events.nth(1)).toBeFocused();
  await app.screenshot({ path: 'test-results/screens/timeline.png', fullPage: true });

  // As known on the day in between: the note verbale had not reached the file yet.
  await app.getByRole('textbox', { name: 'As known on' }).fill(D2);
  await expect(
    app.getByRole('status').filter({ hasText: 'The file as known at the end of' }),
  ).toBeVisible();
  await expect(noteVerbale).toHaveCount(0);
  await expect(interview).toBeVisible();
  await expect(interview.getByRole('listitem', { name: 'Note 2' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Record an event' })).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screens/timeline-as-known-on.png', fullPage: true });
  await app.getByRole('button', { name: /Back to today/ }).click();
  await expect(noteVerbale).toBeVisible();

  await app
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Notes' })
    .click();
  const allNotes = app.getByRole('list', { name: 'Notes on this case' });
  await expect(allNotes.getByRole('listitem', { name: /^Note \d$/ })).toHaveCount(2);
  // Full-text search of the notes finds the original too: what was written stays.
  await app.getByRole('searchbox', { name: 'Search the notes' }).fill('interpreter late');
  await expect(app.getByRole('status').filter({ hasText: '2 notes match.' })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Notes that match' })).toContainText(
    'Note 1 (corrected)',
  );
  await app.screenshot({ path: 'test-results/screens/notes.png', fullPage: true });

  // The integrity badge: verify the whole chain in the background worker.
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(app.getByRole('region', { name: 'Due soon' })).toContainText('GBR-QUI-2026-0001');
  await app.getByRole('button', { name: 'Verify the audit log now' }).click();
  await expect(app.getByRole('banner').getByRole('status')).toContainText(
    /Audit log verified .*entries intact/,
  );
  await app.screenshot({ path: 'test-results/screens/home.png', fullPage: true });
});

test('the audit section shows the case trail, exports it and prints a checkpoint', async ({
  app,
  request,
}) => {
  await setHostClock(request, `${D1}T20:00:00Z`);
  await seed(app, true);
  await app.goto('/#/cases/GBR-QUI-2026-0001/audit');
  const trail = app.getByRole('table', { name: 'Audit trail' });
  await expect(trail.getByRole('row')).toHaveCount(4); // header + case.open, event.record, deadline.open
  await expect(trail).toContainText('case.open');
  await app.getByRole('button', { name: 'Export the audit trail' }).click();
  await expect(app.getByText(/Exported 3 entries to/)).toBeVisible();
  await app.getByRole('button', { name: 'Take a checkpoint' }).click();
  await expect(app.getByLabel('Checkpoint')).toContainText('CASEFILE AUDIT CHECKPOINT');
  await app.screenshot({ path: 'test-results/screens/audit.png', fullPage: true });
});
