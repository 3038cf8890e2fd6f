import { addMission, expect, test } from './fixtures';

// R-offline: the `offsite` fixture intercepts every request of every e2e test and fails any that
// is not for the app's origin. This test walks the longest flow the app offers, screen by screen,
// and reports what it saw; every other spec is held to the same rule.

test('a full flow makes requests to the app origin only', async ({ app, offsite }) => {
  const main = app.getByRole('navigation', { name: 'Main' });
  await main.getByRole('link', { name: 'Missions' }).click();
  await addMission(app, 'Embassy in Quito', 'QUI');
  await expect(app.getByRole('cell', { name: 'Embassy in Quito' })).toBeVisible();

  await main.getByRole('link', { name: 'Cases' }).click();
  await app.getByRole('button', { name: 'Log a new request' }).click();
  const heading = app.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^GBR-QUI-\d{4}-0001$/);

  const sections = app.getByRole('navigation', { name: 'Case sections' }).getByRole('link');
  for (const label of await sections.allInnerTexts()) {
    await sections.filter({ hasText: label }).click();
  }
  for (const label of await main.getByRole('link').allInnerTexts()) {
    await main.getByRole('link', { name: label }).click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await app.reload();
  await expect(main).toBeVisible();

  console.log(
    `[R-offline] full flow: ${offsite.sameOrigin} requests to the app origin, ` +
      `${offsite.offsite.length} elsewhere`,
  );
  expect(offsite.sameOrigin).toBeGreaterThan(5);
  expect(offsite.offsite).toEqual([]);
});
