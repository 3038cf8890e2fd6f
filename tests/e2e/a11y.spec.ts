import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, seedCase, test } from './fixtures';

// Accessibility (UX.md "Keyboard first, accessible always"): axe-core audits every main screen in
// Chromium. The screens are found from the app's own navigation (the Main nav and the case
// workspace's section tabs), so a screen added later is audited without touching this file.

type Finding = { screen: string; id: string; impact: string; nodes: number; help: string };

async function audit(page: Page, screen: string, findings: Finding[]): Promise<number> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  for (const v of result.violations) {
    findings.push({
      screen,
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.length,
      help: v.help,
    });
  }
  const file = screen.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await page.screenshot({ path: `test-results/screens/a11y-${file}.png`, fullPage: true });
  return result.passes.length;
}

async function linksOf(page: Page, navName: string): Promise<string[]> {
  return page.getByRole('navigation', { name: navName }).getByRole('link').allInnerTexts();
}

test('every main screen has no serious or critical accessibility violation', async ({ app }) => {
  // One axe run per screen, each a few seconds of script in a 2-core container.
  test.setTimeout(240_000);
  const reference = await seedCase(app);
  const findings: Finding[] = [];
  const screens: string[] = [];
  let passes = 0;

  for (const label of await linksOf(app, 'Main')) {
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    passes += await audit(app, label, findings);
    screens.push(label);
  }

  await app.goto(`/#/cases/${reference}`);
  await expect(app.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
  for (const label of await linksOf(app, 'Case sections')) {
    await app
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: label })
      .click();
    await expect(
      app.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: label }),
    ).toHaveAttribute('aria-current', 'page');
    passes += await audit(app, `Case ${label}`, findings);
    screens.push(`Case ${label}`);
  }

  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  console.log(
    `[a11y] axe-core on ${screens.length} screens (${screens.join(', ')}): ${passes} rule passes, ` +
      `${findings.length} violations (${blocking.length} serious/critical)` +
      findings
        .map((f) => `\n  ${f.impact} ${f.id} on ${f.screen} (${f.nodes}×): ${f.help}`)
        .join(''),
  );
  expect(screens.length).toBeGreaterThanOrEqual(4);
  expect(blocking).toEqual([]);
});
