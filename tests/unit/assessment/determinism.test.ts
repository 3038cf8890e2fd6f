// P6 on the golden cases, plus the hashing and purity contract of the engine entry point.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assess, canonicalJson, defaultConfig } from '../../../src/main/domain/assessment';
import { reverseKeys } from '../../support/arbitraries';
import { loadGoldenCases, sha256 } from '../../support/golden';

describe('determinism (P6)', () => {
  const cases = loadGoldenCases();

  it('the same input gives byte-identical JSON, trace included', () => {
    for (const g of cases) {
      const a = JSON.stringify(assess(g.facts, { sha256 }));
      const b = JSON.stringify(assess(structuredClone(g.facts), { sha256 }));
      expect(b).toBe(a);
    }
  });

  it('the key order of the input does not matter (inputs_sha256 included)', () => {
    for (const g of cases) {
      const a = assess(g.facts, { sha256 });
      const b = assess(reverseKeys(g.facts) as typeof g.facts, { sha256 });
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });

  it('never reads the clock', () => {
    vi.useFakeTimers();
    try {
      const g = cases[0]!;
      vi.setSystemTime(new Date('2000-01-01T00:00:00Z'));
      const a = JSON.stringify(assess(g.facts, { sha256 }));
      vi.setSystemTime(new Date('2090-01-01T00:00:00Z'));
      expect(JSON.stringify(assess(g.facts, { sha256 }))).toBe(a);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not mutate its input', () => {
    for (const g of cases) {
      const before = JSON.stringify(g.facts);
      assess(g.facts, { sha256 });
      expect(JSON.stringify(g.facts)).toBe(before);
    }
  });

  it('hashes the canonical JSON of the facts and of the configuration', () => {
    const g = cases[0]!;
    const r = assess(g.facts, { sha256 });
    expect(r.inputs_sha256).toBe(sha256(canonicalJson(g.facts)));
    expect(r.config_sha256).toBe(sha256(canonicalJson(defaultConfig)));
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"x"}],"b":1}',
    );
  });
});

describe('the domain folder is pure', () => {
  const dir = join(__dirname, '../../../src/main/domain/assessment');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
    );

  it('imports only src/shared, zod and itself — no node:*, electron, clock or randomness', () => {
    for (const f of files(dir)) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/from '([^']+)'/g)) {
        const spec = m[1] ?? '';
        const ok = spec === 'zod' || spec.startsWith('./') || spec.startsWith('../');
        expect(ok, `${f}: ${spec}`).toBe(true);
        if (spec.startsWith('../')) {
          const resolved = join(f, '..', spec);
          const inside = resolved.startsWith(dir) || resolved.includes(join('src', 'shared'));
          expect(inside, `${f}: ${spec}`).toBe(true);
        }
      }
      expect(src, f).not.toMatch(
        /Date\.now|new Date\(\)|Math\.random|performance\.now|\bprocess\.(env|argv|hrtime|exit)/,
      );
    }
  });
});

describe('assessInput', () => {
  it('returns JSON-path issues for an invalid document instead of throwing', async () => {
    const { assessInput } = await import('../../../src/main/domain/assessment');
    const r = assessInput({ mission: { premises_type: 'EMBASSY' } }, { sha256 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          '$.mission.premises_type',
          '$.mission.sending_state',
          '$.legal_context',
        ]),
      );
    }
  });

  it('assesses a valid document exactly as assess does', async () => {
    const { assessInput } = await import('../../../src/main/domain/assessment');
    const g = loadGoldenCases()[0]!;
    const r = assessInput(JSON.parse(JSON.stringify(g.facts)), { sha256 });
    expect(r.ok && JSON.stringify(r.result)).toBe(JSON.stringify(assess(g.facts, { sha256 })));
  });
});
