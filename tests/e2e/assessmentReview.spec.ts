import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../src/main/runtime';
import { APP_ORIGIN } from '../../src/main/ipc/trustedSender';
import { runAssessment } from '../../src/main/services/assessmentService';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';
import { openTestCase } from '../support/cases';
import { api, expect, test } from './fixtures';

// Reading and deciding on stored assessments in Chromium. The versions are stored through the
// same service the app uses, on the session's own database; the decisions go through the UI.

const golden = (id: string): CaseFacts =>
  (
    JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'golden', `${id}.json`), 'utf8')) as {
      facts: CaseFacts;
    }
  ).facts;

function store(dataDir: string, runs: CaseFacts[], reference?: string): string {
  const rt = createRuntime({ dataDir, trustedOrigin: APP_ORIGIN });
  try {
    const c =
      reference === undefined
        ? openTestCase(rt)
        : {
            id: (
              rt.context.sqlite
                .prepare('SELECT id FROM cases WHERE reference = ?')
                .get(reference) as { id: number }
            ).id,
            reference,
          };
    for (const facts of runs) runAssessment(rt.context, { caseId: c.id, facts, asOf: facts.as_of });
    return c.reference;
  } finally {
    rt.close();
  }
}

const JUSTIFICATION =
  'The person withdrew the account of the beatings in the second interview and the medical report dates the injuries to before the arrest.';

test('an insufficient result: plain words, interim deadline, missing facts, balance and trace', async ({
  app,
  session,
}) => {
  const reference = store(session.dataDir, [golden('GC-10')]);
  await app.goto(`/#/cases/${reference}/assessment`);
  const outcome = app.getByRole('region', { name: 'Outcome for P1' });
  await expect(
    outcome.getByText('Insufficient information (between not justified and protection obligatory)'),
  ).toBeVisible();
  await expect(app.getByRole('note', { name: 'Interim measure' })).toContainText('Mar 5, 2026');
  await expect(
    outcome.getByRole('link', { name: 'Risk R1 — is the risk real (with evidence)?' }),
  ).toBeVisible();
  await expect(
    app.getByRole('img', { name: /Balance: harm 0 against interference 8/ }),
  ).toBeVisible();
  await app.screenshot({
    path: 'test-results/screens/assessment-insufficient.png',
    fullPage: true,
  });
  await app.screenshot({ path: 'test-results/screens/assessment-top.png' });
  for (const name of [
    'Outcome for P1',
    'The balance (sliding scale)',
    'The adviser’s determination',
  ]) {
    await app.getByRole('region', { name }).screenshot({
      path: `test-results/screens/assessment-${name.split(' ')[1]?.replace('’s', '') ?? 'x'}.png`,
    });
  }
});

test('the adviser runs the assessment, follows the trace to an authority, overrides an absolute bar, finalises, changes a fact and sees the next version and the diff', async ({
  app,
  session,
}) => {
  // The case as the facts describe it (the intake has its own tests), and the screening
  // interview on its timeline (P-2: no FINAL assessment before it), through the page's api.
  const { reference, id } = await api<{ reference: string; id: number }>(
    app,
    'cases:import-facts',
    { facts: golden('GC-02') },
  );
  await api(app, 'timeline:record', {
    caseId: id,
    type: 'INTERVIEW',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    payload: { kind: 'SCREENING' },
  });
  await app.goto(`/#/cases/${reference}/assessment`);
  await app.getByRole('button', { name: 'Run the assessment' }).click();
  const outcome = app.getByRole('region', { name: 'Outcome for P1' });
  await expect(outcome.getByText('Protection obligatory', { exact: true })).toBeVisible();

  // A trace step names its authorities; each opens the authority's page.
  const trace = app.getByRole('region', { name: 'Reasoning, step by step' });
  const a2 = trace
    .getByRole('listitem')
    .filter({ hasText: 'Absolute bar: cruel, inhuman or degrading treatment' })
    .first();
  await expect(a2).toContainText('→ holds');
  await a2.getByRole('link', { name: 'GC31_HRC' }).click();
  await expect(app).toHaveURL(/#\/authorities\/GC31_HRC$/);
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await app.screenshot({ path: 'test-results/screens/assessment-authority.png' });
  await app.goBack();

  // Override with a justification: refused while too short, recorded as an absolute-bar override.
  const determination = app.getByRole('region', { name: 'The adviser’s determination' });
  await determination.getByText('Override the engine', { exact: true }).click();
  await expect(determination.getByRole('note')).toContainText('override of an absolute bar');
  await determination.getByRole('button', { name: /Your outcome/ }).click();
  await app.getByRole('option', { name: 'Not justified' }).click();
  await determination.getByRole('textbox', { name: /Justification/ }).fill('Not credible.');
  await determination.getByRole('button', { name: 'Record determination for P1' }).click();
  await expect(determination.getByRole('alert')).toContainText(
    'Justification must be at least 100 characters',
  );
  await determination.getByRole('textbox', { name: /Justification/ }).fill(JUSTIFICATION);
  await determination.getByRole('button', { name: 'Record determination for P1' }).click();
  await expect(
    determination.getByText(/Override of an absolute bar — recorded as such, never compliant/),
  ).toBeVisible();
  await determination.screenshot({ path: 'test-results/screens/assessment-override.png' });

  // Review: three sign-offs because an obligatory outcome is overridden downward, then final.
  await determination.getByRole('button', { name: 'Submit for review' }).click();
  await expect(app.getByRole('button', { name: 'Finalise version 1' })).toBeDisabled();
  for (const [role, name] of [
    ['Legal adviser', 'A. Adviser'],
    ['Head of mission', 'H. Mission'],
    ['Capital desk', 'C. Desk'],
  ] as const) {
    const form = app.getByRole('form', { name: `Sign-off by the ${role.toLowerCase()}` });
    await form.getByRole('textbox', { name: `${role}: name` }).fill(name);
    await form.getByRole('button', { name: 'Record sign-off' }).click();
    await expect(app.getByText(new RegExp(`${role}:.*${name}`))).toBeVisible();
  }
  await determination.screenshot({ path: 'test-results/screens/assessment-review.png' });
  await app.getByRole('button', { name: 'Finalise version 1' }).click();
  await expect(app.getByText(/This version cannot change/)).toBeVisible();
  await expect(app.getByRole('radio')).toHaveCount(0);

  // Recompute from what was stored: the same bytes.
  await app.getByRole('button', { name: 'Recompute version 1' }).click();
  await expect(
    app.getByText(/Reproduced: the same bytes from ruleset da-core\/0\.2\.0/),
  ).toBeVisible();

  // The facts change in the intake (the follow-up interview finds the risks are no longer
  // present); the assessment offers to re-assess, and version 1 is superseded by version 2.
  await app.goto(`/#/cases/${reference}/intake?step=risks`);
  for (const riskId of ['R1', 'R2']) {
    await app
      .getByRole('region', { name: new RegExp(`^${riskId}`) })
      .getByRole('radiogroup', { name: 'Is the risk present now?' })
      .locator('label')
      .getByText('No', { exact: true })
      .click();
  }
  await expect
    .poll(async () =>
      (await api<CaseFacts>(app, 'cases:facts', { reference })).risks?.map((r) => r.present),
    )
    .toEqual(['N', 'N']);
  await app.goto(`/#/cases/${reference}/assessment`);
  await app.getByRole('button', { name: 'Re-assess with the current facts' }).click();
  const versions = app.getByRole('navigation', { name: 'Assessment versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Superseded');
  await expect(app.getByRole('heading', { name: /Version 2/, level: 3 })).toBeVisible();
  const diff = app.getByRole('region', { name: 'Compare versions' });
  await expect(diff.getByRole('table', { name: 'Facts that changed' })).toContainText(
    'risks[R1].present',
  );
  await expect(diff.getByRole('table', { name: 'Outcome by subject' })).toContainText('moved down');
  await expect(diff.getByRole('table', { name: 'Rules whose result changed' })).toContainText(
    'R-3',
  );
  await diff.screenshot({ path: 'test-results/screens/assessment-diff-panel.png' });

  // The final version is still final underneath: the database refuses to change it.
  const db = new Database(join(session.dataDir, 'casefile.db'), { readonly: true });
  try {
    const rows = db
      .prepare('SELECT version, status, finalised_at FROM assessments ORDER BY version')
      .all();
    expect(rows).toEqual([
      { version: 1, status: 'SUPERSEDED', finalised_at: expect.any(String) as unknown },
      { version: 2, status: 'DRAFT', finalised_at: null },
    ]);
  } finally {
    db.close();
  }
});
