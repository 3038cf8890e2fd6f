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

test.describe('on first run', () => {
  test.use({ profile: null });

  test('the app asks who is working, and every write then names that person', async ({
    app,
    session,
  }) => {
    await expect(app.getByRole('heading', { name: 'Who is working?', level: 1 })).toBeVisible();
    await expect(app.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await app.getByRole('button', { name: 'Start working' }).click();
    const summary = app.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary.getByRole('link', { name: /Your name is required/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: /Your role must be one of/ })).toBeVisible();
    await app.screenshot({ path: 'test-results/screens/who-is-working.png', fullPage: true });

    await app.getByRole('textbox', { name: 'Your name' }).fill('Ben Duty');
    await app.getByRole('button', { name: /Your role/ }).click();
    await app.getByRole('option', { name: 'Duty officer' }).click();
    await app.getByRole('button', { name: 'Start working' }).click();
    await expect(app.getByText('Working as')).toContainText('Ben Duty');
    await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();

    await app.reload();
    await expect(app.getByText('Working as')).toContainText('Ben Duty');
    await app.getByRole('button', { name: 'Switch' }).click();
    await app.getByRole('textbox', { name: 'Your name' }).fill('Ana Adviser');
    await app.getByRole('button', { name: /Your role/ }).click();
    await app.getByRole('option', { name: 'Legal adviser' }).click();
    await app.getByRole('button', { name: 'Start working' }).click();
    await expect(app.getByText('Working as')).toContainText('Ana Adviser');
    await app.getByRole('button', { name: 'Switch' }).click();
    await app.getByRole('button', { name: 'Ben Duty — Duty officer' }).click();
    await expect(app.getByText('Working as')).toContainText('Ben Duty');

    const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
    try {
      const rows = db
        .prepare('SELECT action, actor_name AS actor FROM audit_entries ORDER BY seq')
        .all();
      expect(rows).toEqual([
        { action: 'profile.create', actor: 'Ben Duty' },
        { action: 'profile.create', actor: 'Ana Adviser' },
        { action: 'profile.switch', actor: 'Ben Duty' },
      ]);
    } finally {
      db.close();
    }
  });
});
