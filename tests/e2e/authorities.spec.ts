import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { CasefileApi } from '../../src/preload/index.d';

/** A mission and a case to cite from, made through the same window.api the UI calls. */
async function openCase(app: Page): Promise<string> {
  return app.evaluate(async () => {
    const api = (globalThis as unknown as { api: CasefileApi }).api;
    const m = await api['missions:create']({
      name: 'Embassy in Quito',
      code: 'QUI',
      sendingState: 'GBR',
      hostState: 'ECU',
      premisesType: 'EMBASSY_CHANCERY',
    });
    if (!m.ok) throw new Error(m.error.message);
    const c = await api['cases:open']({ missionId: m.value.id });
    if (!c.ok) throw new Error(c.error.message);
    return c.value.reference;
  });
}

const MN = 'M.N. v Belgium (ECtHR GC dec. 2020)';

test('an adviser searches the library, opens M.N. v Belgium, cites it at ¶ 118 in a case and follows the backlink back', async ({
  app,
  session,
}) => {
  // The acceptance flow is one story (search → page → cite → backlink), so one long test.
  test.slow();
  const reference = await openCase(app);
  const nav = app.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Authorities' }).click();
  await expect(app.getByRole('heading', { name: 'Authorities', level: 1 })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: /authorities/ })).toContainText('89');
  await app.screenshot({ path: 'test-results/screens/authorities-library.png', fullPage: true });

  await app.getByRole('searchbox', { name: 'Search the library' }).fill('effective control');
  const results = app.getByRole('list', { name: 'Authorities found' });
  const top5 = results.getByRole('listitem').filter({ has: app.getByRole('link') });
  await expect(top5.first()).toBeVisible();
  // Highlights appear only once the search has answered, not on the unfiltered list before it.
  await expect(results.locator('mark').first()).toBeVisible();
  const titles = await results.locator('.result-title').allTextContents();
  expect(titles.slice(0, 5)).toEqual(
    expect.arrayContaining([MN, 'HRC General Comment No. 31 (2004)']),
  );
  await expect(results.locator('mark').first()).toHaveText(/effective|control/i);
  await app.screenshot({ path: 'test-results/screens/authorities-search.png', fullPage: true });

  await results.getByRole('link', { name: MN }).click();
  await expect(app.getByRole('heading', { name: MN, level: 1 })).toBeVisible();
  await expect(app.locator('#citation-text')).toHaveText(
    'M.N. v. Belgium (dec.) [GC], App. No. 3599/18 (May 5, 2020)',
  );
  await app.getByRole('button', { name: /Pinpoint/ }).click();
  await app.getByRole('option', { name: '¶118' }).click();
  await expect(app.locator('#citation-text')).toHaveText(
    'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶118 (May 5, 2020)',
  );
  await expect(app.getByText('Verified against a summary', { exact: true })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Seed errata' })).toBeVisible();
  await expect(app.getByText(/Grand Chamber/).first()).toBeVisible();
  await expect(app.getByRole('table', { name: 'Engine rules' })).toContainText('J-2');
  await expect(app.getByText('Not cited in any case yet.')).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/authority-page.png', fullPage: true });

  // To the case, and cite it there with the picker, by keyboard.
  await nav.getByRole('link', { name: 'Cases' }).click();
  await app.getByRole('link', { name: reference }).click();
  await app
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Authorities' })
    .click();
  await expect(app.getByRole('heading', { name: 'Authorities relied on' })).toBeVisible();
  await expect(app.getByText('No authorities cited in this case yet.')).toBeVisible();
  const picker = app.getByRole('combobox', { name: 'Authority' });
  await picker.fill('M.N. Belgium');
  await expect(
    app.getByRole('option', { name: new RegExp(MN.replace(/[.()]/g, '\\$&')) }),
  ).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/citation-picker.png', fullPage: true });
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(MN);
  await app
    .getByRole('group', { name: 'Pinpoints in the library' })
    .getByRole('button', { name: '¶118' })
    .click();
  await expect(app.getByRole('textbox', { name: 'Pinpoint' })).toHaveValue('¶118');
  await app.getByRole('textbox', { name: 'Pinpoint' }).fill('¶ 118');
  await app.getByRole('textbox', { name: 'Comment' }).fill('The threshold our facts must clear.');
  await app.getByRole('button', { name: 'Add citation' }).click();
  const cited = app.getByRole('list', { name: 'Authorities relied on' });
  await expect(cited.getByRole('link', { name: `${MN}, ¶ 118` })).toBeVisible();
  await expect(cited).toContainText(
    'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)',
  );
  await expect(cited).toContainText('The threshold our facts must clear.');
  await expect(picker).toHaveValue('');
  await app.screenshot({ path: 'test-results/screens/case-authorities.png', fullPage: true });

  // The citation links to the authority page, whose backlink leads back to the case.
  await cited.getByRole('link', { name: `${MN}, ¶ 118` }).click();
  await expect(app.getByRole('heading', { name: MN, level: 1 })).toBeVisible();
  const citedIn = app.getByRole('list', { name: 'Cited in' });
  await expect(citedIn).toContainText('¶ 118');
  await app.screenshot({ path: 'test-results/screens/authority-backlinks.png', fullPage: true });
  await citedIn.getByRole('link', { name: `Case ${reference}` }).click();
  await expect(app.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Authorities relied on' })).toBeVisible();
  await expect(cited.getByRole('link', { name: `${MN}, ¶ 118` })).toBeVisible();

  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    expect(
      db.prepare('SELECT authority_id, target_type, pinpoint FROM authority_citations').all(),
    ).toEqual([{ authority_id: 'CASE_MN_BELGIUM', target_type: 'case', pinpoint: '¶ 118' }]);
  } finally {
    db.close();
  }
});

test('an unverified authority says to check it before relying on it, wherever it appears', async ({
  app,
}) => {
  await app.goto('/#/authorities?status=unverified_recall');
  const results = app.getByRole('list', { name: 'Authorities found' });
  await expect(results.getByRole('link', { name: 'Saadi v Italy (ECtHR GC 2008)' })).toBeVisible();
  await expect(results.getByText('Not verified').first()).toBeVisible();
  await results.getByRole('link', { name: 'Saadi v Italy (ECtHR GC 2008)' }).click();
  const notice = app.getByRole('note').filter({ hasText: 'Check before relying on this' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Not verified: from recall');
  await app.screenshot({ path: 'test-results/screens/authority-unverified.png', fullPage: true });
});

test('an adviser adds a ministry instruction, corrects it as a new version, and finds it with or without accents', async ({
  app,
}) => {
  test.slow(); // a long form, filled in twice
  await app.goto('/#/authorities');
  await app.getByRole('link', { name: 'Add your own authority' }).click();
  await expect(
    app.getByRole('heading', { name: 'Add your own authority', level: 1 }),
  ).toBeVisible();
  await app.getByRole('textbox', { name: 'Date' }).fill('12/03/2024');
  await app.getByRole('button', { name: 'Add to the library' }).click();
  const summary = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /Kind is required/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Short title is required/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /What it stands for is required/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Date must be a year/ })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/authority-form-errors.png', fullPage: true });

  await app.getByRole('button', { name: /Kind/ }).click();
  await app.getByRole('option', { name: 'Domestic law or instruction' }).click();
  await app
    .getByRole('textbox', { name: 'Short title' })
    .fill('Instruction 4/2025 sur le non-réfoulement');
  await app
    .getByRole('textbox', { name: 'Full citation' })
    .fill('Ministère des Affaires étrangères, Instruction 4/2025');
  await app
    .getByRole('textbox', { name: 'Court or body' })
    .fill('Ministère des Affaires étrangères');
  await app.getByRole('textbox', { name: 'Date' }).fill('2025-02');
  await app
    .getByRole('textbox', { name: 'What it stands for' })
    .fill(
      'Aucune remise avant consultation de la capitale.\nLe réfoulement vers un risque de torture est exclu.',
    );
  await app.getByRole('textbox', { name: 'Pinpoints' }).fill('§ 3\n§ 4');
  // React Aria draws its own radio and checkbox over visually hidden inputs: press the labels.
  await app.getByText('Verified against the text', { exact: true }).click();
  await expect(app.getByRole('radio', { name: /Verified against the text/ })).toBeChecked();
  await app.getByText('Interview, individual assessment, interim protection').click();
  await expect(
    app.getByRole('checkbox', { name: 'Interview, individual assessment, interim protection' }),
  ).toBeChecked();
  await app.screenshot({ path: 'test-results/screens/authority-form.png', fullPage: true });
  await app.getByRole('button', { name: 'Add to the library' }).click();

  const title = 'Instruction 4/2025 sur le non-réfoulement';
  await expect(app.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(app.getByText('Your own authority')).toBeVisible();
  await app.getByRole('link', { name: 'Edit' }).click();
  await app.getByRole('textbox', { name: 'Pinpoints' }).fill('§ 3\n§ 4\n§ 5');
  await app.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(app.getByRole('heading', { name: 'Versions' })).toBeVisible();
  await expect(app.getByText(/Version 2, .* changed pinpoints/)).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/authority-local.png', fullPage: true });

  for (const query of ['refoulement', 'réfoulement']) {
    await app.goto(`/#/authorities?q=${encodeURIComponent(query)}&origin=LOCAL`);
    await expect(
      app.getByRole('list', { name: 'Authorities found' }).getByRole('link', { name: title }),
    ).toBeVisible();
  }
});

test('a note on an authority is kept and found by search', async ({ app }) => {
  await app.goto('/#/authorities/GC4_CAT');
  await expect(
    app.getByRole('heading', { name: 'CAT General Comment No. 4 (2017)' }),
  ).toBeVisible();
  await app
    .getByRole('textbox', { name: 'Note' })
    .fill('Capital relies on ¶ 12 for onward removal (quillwort memo).');
  await app.getByRole('button', { name: 'Add note' }).click();
  await expect(
    app.getByText('Capital relies on ¶ 12 for onward removal (quillwort memo).'),
  ).toBeVisible();
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Authorities' })
    .click();
  await app.getByRole('searchbox', { name: 'Search the library' }).fill('quillw');
  const results = app.getByRole('list', { name: 'Authorities found' });
  await expect(results.getByRole('link')).toHaveText(['CAT General Comment No. 4 (2017)']);
  await expect(results.locator('mark')).toHaveText('quillwort');
});
