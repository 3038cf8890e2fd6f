import { addMission, expect, test } from './fixtures';

// R-diskfull in the UI: when the data folder stops accepting writes, the adviser sees a typed,
// plain-language STORAGE error on the form they submitted, keeps what they typed, and everything
// saved before is still there. (Disk-full under `ulimit -f` is driven through dispatch() in
// tests/integration/reliability/diskfull.test.ts; both reach the UI the same way.)

test('a write refused by the storage shows a clear error and loses nothing', async ({ app }) => {
  await app.goto('/#/missions');
  await addMission(app, 'Embassy in Quito', 'QUI');
  await expect(app.getByRole('cell', { name: 'Embassy in Quito' })).toBeVisible();

  const fault = await app.request.post('/__host/faults', { data: { readOnly: true } });
  expect(fault.status()).toBe(204);
  await addMission(app, 'Consulate in Guayaquil', 'GYE');
  const alert = app.getByRole('alert').filter({ hasText: 'cannot be written' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    'This change was not saved; everything saved before it is safe.',
  );
  await expect(app.getByRole('textbox', { name: 'Mission name' })).toHaveValue(
    'Consulate in Guayaquil',
  );
  await app.screenshot({ path: 'test-results/screens/storage-fault.png', fullPage: true });

  await app.request.post('/__host/faults', { data: { readOnly: false } });
  await app.getByRole('button', { name: 'Add mission' }).click();
  await expect(app.getByRole('cell', { name: 'Consulate in Guayaquil' })).toBeVisible();
  await expect(app.getByRole('cell', { name: 'Embassy in Quito' })).toBeVisible();
});
