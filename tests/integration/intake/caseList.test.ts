import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseListRow } from '../../../src/shared/ipc/contracts/cases';
import type { CaseSummary } from '../../../src/shared/schemas/case';
import type { Mission } from '../../../src/shared/schemas/mission';
import { openedCase, patch } from '../../support/intake';
import { ok, testRuntime, TRUSTED_SENDER } from '../../support/runtime';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();
type Page = { items: CaseListRow[]; nextCursor: string | null };

describe('the case list', () => {
  it('filters by mission, status and urgency, sorts, and pages by keyset', () => {
    const rt = testRuntime(tempDir());
    try {
      const { mission: quito, case: first } = openedCase(rt);
      const lima = ok<Mission>(
        rt.invoke('missions:create', {
          name: 'Consulate in Lima',
          code: 'LIM',
          sendingState: 'GBR',
          hostState: 'PER',
          premisesType: 'CONSULATE_CAREER',
        }),
      );
      const opened: CaseSummary[] = [first];
      for (let i = 0; i < 6; i++) {
        opened.push(
          ok<CaseSummary>(rt.invoke('cases:open', { missionId: i % 2 ? lima.id : quito.id })),
        );
      }
      ok(
        patch(rt, { caseId: opened[2]?.id, kind: 'case', set: { 'urgency.imminent_threat': 'Y' } }),
      );
      ok(
        patch(rt, { caseId: opened[5]?.id, kind: 'case', set: { 'urgency.imminent_threat': 'N' } }),
      );
      ok(patch(rt, { caseId: opened[1]?.id, kind: 'case', label: 'Journalist, 40s' }));

      const list = (input: object) => ok<Page>(rt.invoke('cases:list', input));
      const refs = (p: Page) => p.items.map((i) => i.reference);

      // Last update first: the cases just changed lead, then the rest newest first.
      expect(refs(list({}))).toEqual(
        [opened[1], opened[5], opened[2], opened[6], opened[4], opened[3], opened[0]].map(
          (c) => c?.reference,
        ),
      );
      expect(refs(list({ sort: 'OPENED' }))).toEqual([...opened].reverse().map((c) => c.reference));
      expect(list({ missionId: lima.id }).items.every((i) => i.missionId === lima.id)).toBe(true);
      expect(refs(list({ urgency: 'Y' }))).toEqual([opened[2]?.reference]);
      expect(list({ urgency: 'NONE' }).items).toHaveLength(5);
      expect(list({ status: 'CLOSED' }).items).toEqual([]);
      expect(list({ outcome: 'NONE' }).items).toHaveLength(7);
      expect(
        list({ search: 'journalist' }).items.map((i) => [i.reference, i.label, i.identityMatch]),
      ).toEqual([[opened[1]?.reference, 'Journalist, 40s', false]]);
      expect(refs(list({ search: opened[3]?.reference.toLowerCase() }))).toEqual([
        opened[3]?.reference,
      ]);
      expect(list({ search: '%' }).items).toEqual([]);

      // Keyset pages: no gaps, no repeats, same order as one long page.
      const all = refs(list({ limit: 100, sort: 'OPENED' }));
      const paged: string[] = [];
      let cursor: string | null | undefined;
      do {
        const p = list({ limit: 3, sort: 'OPENED', ...(cursor ? { cursor } : {}) });
        paged.push(...refs(p));
        cursor = p.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);

      const forged = rt.call('cases:list', { cursor: 'bm9wZQ' }, TRUSTED_SENDER);
      expect(forged.ok).toBe(false);
      if (!forged.ok)
        expect(forged.error.issues).toEqual([
          { path: 'cursor', message: 'is not a cursor this app issued' },
        ]);
    } finally {
      rt.close();
    }
  });

  it('uses no OFFSET anywhere in the main process (QUALITY.md D2)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? files(join(dir, d.name))
          : d.name.endsWith('.ts')
            ? [join(dir, d.name)]
            : [],
      );
    const offenders = files(join(process.cwd(), 'src', 'main')).filter((f) =>
      /\bOFFSET\s+[?@:$\d]/i.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('pages over an index for every filter and sort (no temp b-tree sort)', () => {
    const rt = testRuntime(tempDir());
    try {
      const db = rt.database.sqlite;
      for (const filter of [
        'c.mission_id = 1',
        "c.status = 'OPEN_TRIAGE'",
        "c.imminent_threat = 'Y'",
        "c.latest_outcome = 'NOT_JUSTIFIED'",
        '1',
      ]) {
        for (const col of ['updated_at', 'opened_at']) {
          const plan = db
            .prepare(
              `EXPLAIN QUERY PLAN SELECT c.id FROM cases c JOIN missions m ON m.id = c.mission_id
               WHERE ${filter} AND (c.${col}, c.id) < ('z', 1) ORDER BY c.${col} DESC, c.id DESC LIMIT 51`,
            )
            .all() as { detail: string }[];
          const text = plan.map((p) => p.detail).join(' | ');
          expect(text, `${filter} / ${col}`).not.toMatch(/TEMP B-TREE/);
          expect(text, `${filter} / ${col}`).toMatch(/USING (COVERING )?INDEX cases_/);
        }
      }
    } finally {
      rt.close();
    }
  });
});
