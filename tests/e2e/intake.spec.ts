import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';

// The guided interview through the real UI, main-process code and SQLite (issue 3 acceptance).

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5f6d5a40000000049454e44ae426082',
  'hex',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A mission (its form has its own test) and a request logged through the Cases page. */
async function logRequest(app: Page): Promise<string> {
  await api(app, 'missions:create', {
    name: 'Embassy in Quito',
    code: 'QUI',
    sendingState: 'GBR',
    hostState: 'ECU',
    premisesType: 'EMBASSY_CHANCERY',
    relationsStatus: 'NORMAL',
  });
  // The mission was made behind the page's back: reload so the missions list is read afresh.
  await app.goto('/#/cases');
  await app.reload();
  await app.getByRole('button', { name: 'Log a new request' }).click();
  const heading = app.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^GBR-QUI-\d{4}-0001$/);
  return (await heading.textContent()) ?? '';
}

const group = (page: Page, name: string) => page.getByRole('radiogroup', { name });
// React Aria draws its own radios over visually hidden inputs: press the option's label, as a
// pointer user does.
const answer = (page: Page, question: string, choice: string) =>
  group(page, question).locator('label').getByText(choice, { exact: true }).click();
const step = (page: Page, title: string) =>
  page
    .getByRole('navigation', { name: 'Interview steps' })
    .getByRole('link', { name: new RegExp(`^${title}`) })
    .click();

async function choose(page: Page, label: string, option: string) {
  // A select button is named by its current value, then its label ("Choose… Grade").
  await page.getByRole('button', { name: new RegExp(`${label}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an intake with Unknown answers and an attachment survives closing the window mid-sentence', async ({
  app,
  session,
}) => {
  test.setTimeout(300_000);
  const reference = await logRequest(app);
  await app
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Intake' })
    .click();
  await expect(app.getByRole('heading', { name: 'Mission and premises', level: 2 })).toBeVisible();
  await expect(app.getByText('Not yet answered').first()).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/intake-mission.png', fullPage: true });

  await step(app, 'The person');
  await app.getByRole('textbox', { name: 'Pseudonymous label' }).fill('Journalist, 40s');
  await app.getByRole('textbox', { name: /^Nationalities/ }).fill('ECU');
  await answer(app, 'Is the person stateless?', 'No');
  await answer(app, 'Is the person a child or an adult?', 'Unknown');
  await answer(
    app,
    'Does the person meet the refugee definition (art. 1A(2))? — legal adviser',
    'Unknown',
  );
  await app.screenshot({ path: 'test-results/screens/intake-person.png', fullPage: true });

  await step(app, 'Arrival and control');
  await choose(app, 'How did the person come to the mission\\?', 'Walk-in');
  await app.getByLabel('When did the person arrive on the premises?').fill('2026-03-02T09:30');
  await answer(app, 'Is the person physically on the premises now?', 'Yes');
  await answer(app, 'Has the person asked not to be made to leave?', 'Yes');
  await answer(app, 'Does the mission restrict the person’s movement?', 'Unknown');
  await answer(app, 'Is the person being sought for political reasons?', 'Unknown');
  await app.screenshot({ path: 'test-results/screens/intake-arrival.png', fullPage: true });

  await step(app, 'Risks');
  await app.getByRole('button', { name: 'Add a risk' }).click();
  const risk = app.getByRole('region', { name: /^R1/ });
  await expect(risk).toBeVisible();
  await choose(app, 'What harm does the person fear\\?', 'Torture');
  await answer(
    app,
    'Where would the harm happen if the person left?',
    'Into the host state’s hands',
  );
  await answer(app, 'Is the harm foreseeable?', 'Yes');
  await answer(app, 'Is the risk personal to this person?', 'Unknown');
  await answer(app, 'Is the risk present now?', 'Yes');
  await answer(app, 'Is the risk real?', 'Unknown');
  await app.screenshot({ path: 'test-results/screens/intake-risks.png', fullPage: true });

  await step(app, 'Evidence');
  await choose(app, 'Kind of evidence', 'Medical report');
  await choose(app, 'Grade', 'B');
  await app.getByRole('button', { name: 'Add evidence item' }).click();
  await expect(app.getByRole('region', { name: /^E1/ })).toBeVisible();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Attach a file to E1' }).click();
  await (await chooser).setFiles({ name: 'injuries.png', mimeType: 'image/png', buffer: PNG });
  await expect(app.getByText(sha256(PNG), { exact: true })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/intake-evidence.png', fullPage: true });

  // Mid-sentence: type the rationale and close the window before the pause that saves it.
  await step(app, 'Risks');
  const rationale = app.getByRole('textbox', { name: 'Your reasons for each “Yes” above' });
  await rationale.click();
  await rationale.pressSequentially(
    'Beaten twice after the march; the same unit now asks for him',
    {
      delay: 5,
    },
  );
  await app.close({ runBeforeUnload: true });

  const again = await app.context().newPage();
  await again.goto(`/#/cases/${reference}/intake?step=risks`);
  await expect(
    again.getByRole('textbox', { name: 'Your reasons for each “Yes” above' }),
  ).toHaveValue('Beaten twice after the march; the same unit now asks for him');
  await expect(
    group(again, 'Is the harm foreseeable?').getByRole('radio', { name: 'Yes', exact: true }),
  ).toBeChecked();
  await expect(
    group(again, 'Is the risk personal to this person?').getByRole('radio', { name: 'Unknown' }),
  ).toBeChecked();
  await expect(
    group(again, 'Is the risk real?').getByRole('radio', { name: 'Unknown' }),
  ).toBeChecked();
  await step(again, 'The person');
  await expect(again.getByRole('textbox', { name: /^Nationalities/ })).toHaveValue('ECU');
  await expect(
    group(again, 'Is the person a child or an adult?').getByRole('radio', { name: 'Unknown' }),
  ).toBeChecked();
  await step(again, 'Arrival and control');
  await expect(again.getByLabel('When did the person arrive on the premises?')).toHaveValue(
    '2026-03-02T09:30',
  );
  await expect(
    group(again, 'Does the mission restrict the person’s movement?').getByRole('radio', {
      name: 'Unknown',
    }),
  ).toBeChecked();
  await again
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Evidence' })
    .click();
  await expect(again.getByText('injuries.png', { exact: true })).toBeVisible();
  await expect(again.getByText(sha256(PNG), { exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Open and verify injuries.png' }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Hash verified' })).toBeVisible();
  await again.screenshot({ path: 'test-results/screens/evidence-verified.png', fullPage: true });

  // The canonical facts carry every Unknown explicitly.
  const caseId = (await api<{ id: number }>(again, 'cases:get', { reference })).id;
  const facts = await api<Record<string, unknown>>(again, 'cases:facts', { id: caseId });
  expect(facts).toMatchObject({
    principal: {
      nationalities: ['ECU'],
      stateless: 'N',
      age_band: 'U',
      refugee_definition_met: 'U',
    },
    control: {
      physically_on_premises: 'Y',
      request_to_remain_expressed: 'Y',
      movement_restricted_by_mission: 'U',
    },
    risks: [{ harm_type: 'TORTURE', foreseeable: 'Y', personal: 'U', present: 'Y', real: 'U' }],
  });

  // And the file is in SQLite with the SHA-256 recorded when it arrived.
  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    const row = db
      .prepare('SELECT file_name, media_type, size, sha256, data FROM attachments')
      .get() as {
      file_name: string;
      media_type: string;
      size: number;
      sha256: string;
      data: Buffer;
    };
    expect(row).toMatchObject({
      file_name: 'injuries.png',
      media_type: 'image/png',
      size: PNG.length,
      sha256: sha256(PNG),
    });
    expect(Buffer.compare(row.data, PNG)).toBe(0);
    const actors = db
      .prepare("SELECT DISTINCT actor_name AS n FROM audit_entries WHERE action LIKE 'intake.%'")
      .all();
    expect(actors).toEqual([{ n: 'Ana Adviser' }]);
  } finally {
    db.close();
  }
});

test('an invalid answer is shown inline, and never stored', async ({ app, session }) => {
  test.setTimeout(180_000);
  const reference = await logRequest(app);
  await app.goto(`/#/cases/${reference}/intake?step=person`);
  const nationalities = app.getByRole('textbox', { name: /^Nationalities/ });
  await nationalities.fill('EC');
  await expect(
    app.getByText('must be a three-character ISO 3166-1 alpha-3 code in capitals, e.g. GBR'),
  ).toBeVisible();
  await nationalities.blur();
  await app.screenshot({ path: 'test-results/screens/intake-inline-error.png', fullPage: true });
  await step(app, 'Risks');
  await app.getByRole('button', { name: 'Add a risk' }).click();
  await step(app, 'Host-state actions');
  await choose(app, 'What has the host state done\\?', 'Criminal charge');
  await app.getByRole('button', { name: 'Add host-state action' }).click();
  const years = app.getByRole('textbox', { name: 'Maximum penalty, in years' });
  await years.fill('500');
  await expect(app.getByText('must be at most 200')).toBeVisible();
  await years.blur();

  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Maximum penalty, in years' })).toHaveValue('');
  await step(app, 'The person');
  await expect(app.getByRole('textbox', { name: /^Nationalities/ })).toHaveValue('');
  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    expect(db.prepare("SELECT nationalities FROM persons WHERE kind = 'PRINCIPAL'").get()).toEqual({
      nationalities: null,
    });
    expect(db.prepare('SELECT max_penalty_years FROM host_actions').get()).toEqual({
      max_penalty_years: null,
    });
  } finally {
    db.close();
  }
});

test('a restricted identity is found by search, shown masked, and revealed only on purpose', async ({
  app,
  session,
}) => {
  test.setTimeout(240_000);
  const reference = await logRequest(app);
  await app.goto(`/#/cases/${reference}/intake?step=person`);
  await app.getByRole('button', { name: 'Record identity' }).click();
  await app.getByRole('textbox', { name: 'Full name, as given' }).fill('María José Gómez');
  await app.getByRole('textbox', { name: 'Document number' }).fill('PA-991122');
  await app.getByRole('button', { name: 'Save identity' }).click();
  await expect(app.getByText('•••••••• (hidden)').first()).toBeVisible();
  await expect(app.getByText('María José Gómez')).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screens/identity-masked.png', fullPage: true });

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await app.getByRole('searchbox', { name: 'Search' }).fill('maria gomez');
  const row = app.getByRole('row').filter({ hasText: reference });
  await expect(row.getByText('matched a hidden identity')).toBeVisible();
  await expect(app.getByText(/Gómez/)).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screens/cases-search-identity.png', fullPage: true });

  await row.getByRole('link', { name: reference }).click();
  await app.goto(`/#/cases/${reference}/intake?step=person`);
  await app.getByRole('button', { name: 'Reveal identity' }).click();
  await app
    .getByRole('textbox', { name: 'Why do you need to see it?' })
    .fill('Screening interview');
  await app.getByRole('button', { name: 'Reveal and record' }).click();
  await expect(app.getByText('María José Gómez')).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/identity-revealed.png', fullPage: true });

  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    const reveal = db
      .prepare(
        "SELECT actor_name AS actor, case_id AS caseId, changes FROM audit_entries WHERE action = 'identity.reveal'",
      )
      .all() as { actor: string; caseId: number; changes: string }[];
    expect(reveal).toHaveLength(1);
    expect(reveal[0]?.actor).toBe('Ana Adviser');
    expect(reveal[0]?.changes).toContain('Screening interview');
    expect(reveal[0]?.changes).not.toContain('Gómez');
  } finally {
    db.close();
  }
});
