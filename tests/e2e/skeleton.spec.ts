import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('an adviser adds a mission, opens a case, reloads and still finds it', async ({
  app,
  session,
}) => {
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Missions' })
    .click();
  await expect(app.getByRole('heading', { name: 'Missions', level: 1 })).toBeVisible();
  await expect(app.getByText('No missions yet')).toBeVisible();

  await app.getByRole('textbox', { name: 'Mission name' }).fill('Embassy in Quito');
  await app.getByRole('textbox', { name: 'Short code' }).fill('qui');
  await app.getByRole('textbox', { name: 'Sending state' }).fill('gbr');
  await app.getByRole('textbox', { name: 'Host state' }).fill('ecu');
  await app.getByRole('button', { name: /Premises/ }).click();
  await app.getByRole('option', { name: 'Embassy chancery' }).click();
  await app.screenshot({ path: 'test-results/screens/missions-form.png', fullPage: true });
  await app.getByRole('button', { name: 'Add mission' }).click();
  await expect(app.getByRole('cell', { name: 'Embassy in Quito' })).toBeVisible();

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await app.getByRole('button', { name: 'Log a new request' }).click();
  const year = new Date().getUTCFullYear();
  const reference = `GBR-QUI-${year}-0001`;
  await expect(app.getByRole('heading', { name: reference, level: 1 })).toBeVisible();

  await app.reload();
  await expect(app.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await expect(app.getByRole('link', { name: reference })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/cases-list.png', fullPage: true });

  // The data really is in the session's own SQLite file, in WAL mode.
  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const row = db.prepare('SELECT reference, status FROM cases').get();
    expect(row).toEqual({ reference, status: 'OPEN_TRIAGE' });
  } finally {
    db.close();
  }
});

test('a mission with missing and invalid answers shows an error summary and saves nothing', async ({
  app,
}) => {
  await app.goto('/#/missions');
  await app.getByRole('textbox', { name: 'Short code' }).fill('Q');
  await app.getByRole('textbox', { name: 'Sending state' }).fill('gb');
  await app.getByRole('button', { name: 'Add mission' }).click();
  const summary = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /Mission name is required/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Short code must be 2 to 8/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Premises must be one of/ })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/missions-errors.png', fullPage: true });
  await app.reload();
  await expect(app.getByText('No missions yet')).toBeVisible();
});
