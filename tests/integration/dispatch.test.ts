import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/ipc/contract';
import { CHANNELS } from '../../src/shared/ipc/channels';
import { handlers } from '../../src/main/ipc/handlers';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { Mission } from '../../src/shared/schemas/mission';
import { useTempDirs } from '../support/tempDir';
import { ok, testRuntime, TRUSTED_SENDER } from '../support/runtime';

const tempDir = useTempDirs();

const quito = {
  name: 'Embassy in Quito',
  code: 'QUI',
  sendingState: 'GBR',
  hostState: 'ECU',
  premisesType: 'EMBASSY_CHANCERY',
};

describe('the IPC contract', () => {
  it('has one handler per channel and the preload channel list matches it', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('dispatch()', () => {
  it('refuses callers that are not the app’s own top-level frame', () => {
    const rt = testRuntime(tempDir());
    try {
      for (const sender of [
        null,
        { url: 'app://casefile/index.html', isMainFrame: false },
        { url: 'https://evil.example/', isMainFrame: true },
        { url: 'app://casefile.evil/index.html', isMainFrame: true },
        { url: 'app://user@casefile/index.html', isMainFrame: true },
        { url: 'not a url', isMainFrame: true },
      ]) {
        const r = rt.call('missions:list', {}, sender);
        expect(r).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: expect.any(String) as string },
        });
      }
    } finally {
      rt.close();
    }
  });

  it('answers an unknown channel with NOT_FOUND', () => {
    const rt = testRuntime(tempDir());
    const r = rt.call('cases:delete-everything', {}, TRUSTED_SENDER);
    rt.close();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });

  it('rejects invalid input with VALIDATION naming every field, and writes nothing', () => {
    const rt = testRuntime(tempDir());
    try {
      const r = rt.call(
        'missions:create',
        { ...quito, code: 'q', sendingState: 'gb', premisesType: 'TENT', extra: 1 },
        TRUSTED_SENDER,
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      const paths = (r.error.issues ?? []).map((i) => i.path).sort();
      expect(paths).toEqual(['code', 'extra', 'premisesType', 'sendingState']);
      expect(ok<Mission[]>(rt.call('missions:list', {}, TRUSTED_SENDER))).toEqual([]);
    } finally {
      rt.close();
    }
  });

  it('rejects NUL characters and lone surrogates and normalises text to NFC', () => {
    const rt = testRuntime(tempDir());
    try {
      const nul = rt.call('missions:create', { ...quito, name: 'Emb\u0000assy' }, TRUSTED_SENDER);
      expect(!nul.ok && nul.error.issues?.[0]).toMatchObject({ path: 'name', message: /NUL/ });
      const lone = rt.call('missions:create', { ...quito, name: 'Emb\uD800assy' }, TRUSTED_SENDER);
      expect(!lone.ok && lone.error.issues?.[0]).toMatchObject({
        path: 'name',
        message: /surrogate/,
      });
      const decomposed = 'Embajada en Bogota\u0301';
      const m = ok<Mission>(
        rt.call('missions:create', { ...quito, name: decomposed }, TRUSTED_SENDER),
      );
      expect(m.name).toBe(decomposed.normalize('NFC'));
      expect(m.name).not.toBe(decomposed);
    } finally {
      rt.close();
    }
  });

  it('refuses a second mission with the same sending state and code as a CONFLICT', () => {
    const rt = testRuntime(tempDir());
    try {
      ok(rt.call('missions:create', quito, TRUSTED_SENDER));
      const r = rt.call('missions:create', { ...quito, name: 'Other' }, TRUSTED_SENDER);
      expect(!r.ok && r.error).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'code' }] });
    } finally {
      rt.close();
    }
  });

  it('numbers cases per mission and year, and NOT_FOUND for a missing mission', () => {
    const rt = testRuntime(tempDir());
    try {
      const m = ok<Mission>(rt.call('missions:create', quito, TRUSTED_SENDER));
      const refs = [1, 2, 3].map(
        () => ok<CaseSummary>(rt.call('cases:open', { missionId: m.id }, TRUSTED_SENDER)).reference,
      );
      expect(refs).toEqual(['GBR-QUI-2026-0001', 'GBR-QUI-2026-0002', 'GBR-QUI-2026-0003']);
      const got = ok<CaseSummary>(
        rt.call('cases:get', { reference: 'GBR-QUI-2026-0002' }, TRUSTED_SENDER),
      );
      expect(got).toMatchObject({ status: 'OPEN_TRIAGE', missionName: 'Embassy in Quito' });
      const missing = rt.call('cases:open', { missionId: 999 }, TRUSTED_SENDER);
      expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    } finally {
      rt.close();
    }
  });

  it('pages the case list by keyset, newest first, with no gaps or repeats', () => {
    const rt = testRuntime(tempDir());
    try {
      const m = ok<Mission>(rt.call('missions:create', quito, TRUSTED_SENDER));
      for (let i = 0; i < 23; i++) rt.call('cases:open', { missionId: m.id }, TRUSTED_SENDER);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = ok<{ items: CaseSummary[]; nextCursor: string | null }>(
          rt.call('cases:list', { limit: 5, ...(cursor ? { cursor } : {}) }, TRUSTED_SENDER),
        );
        seen.push(...page.items.map((c) => c.reference));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
      expect(seen[0]).toBe('GBR-QUI-2026-0023');
      expect(seen.at(-1)).toBe('GBR-QUI-2026-0001');
      const bad = rt.call('cases:list', { limit: 5, cursor: 'garbage' }, TRUSTED_SENDER);
      expect(!bad.ok && bad.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'cursor' }],
      });
    } finally {
      rt.close();
    }
  });

  it('turns an unexpected failure into INTERNAL without leaking its details', () => {
    const rt = testRuntime(tempDir());
    rt.database.sqlite.exec('DROP TABLE cases');
    const r = rt.call('cases:list', {}, TRUSTED_SENDER);
    rt.close();
    expect(r).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.not.stringMatching(/cases/) as string },
    });
  });
});
