import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { GOLDEN_DIR, loadGoldenCases } from '../support/golden';
import { useTempDirs } from '../support/tempDir';

// `casefile assess` (issue 5 item 3): SPEC §2.14 JSON on stdout and exit 0; an invalid CaseFacts
// file exits 2 listing every schema violation with its JSON path.

const tempDir = useTempDirs();

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
  });
  return { code, stdout, stderr };
}

type Printed = {
  outcome: string;
  outcome_sub_basis: string | null;
  outcome_alt_mode: string | null;
  range: [string, string] | null;
  H: number;
  I: { total: number };
  reason_codes: string[];
  flags: string[];
  subjects: { outcome: string; subject_ref: string }[];
  trace: unknown[];
};

describe('casefile assess FILE.json', () => {
  it.each(loadGoldenCases().map((g) => [g.id, g] as const))(
    '%s prints the expected outcome with exit 0',
    async (_id, g) => {
      const r = await cli(['assess', join(GOLDEN_DIR, `${g.id}.json`)]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Printed;
      expect(out.outcome).toBe(g.expected.outcome);
      expect(out.outcome_sub_basis).toBe(g.expected.outcome_sub_basis);
      expect(out.outcome_alt_mode).toBe(g.expected.outcome_alt_mode);
      expect(out.range).toEqual(g.expected.range);
      expect(out.H).toBe(g.expected.H);
      expect(out.I.total).toBe(g.expected.I_total);
      expect(out.reason_codes).toEqual(expect.arrayContaining(g.expected.reason_codes_include));
      expect(out.flags).toEqual(expect.arrayContaining(g.expected.flags_include));
      // SPEC §2.14: per-subject results, the principal mirrored at top level, the full trace.
      expect(out.subjects[0]?.outcome).toBe(out.outcome);
      expect(out.trace.length).toBeGreaterThan(0);
    },
  );

  it('reads a bare CaseFacts document too, and --mode picks the interpretation', async () => {
    const [g] = loadGoldenCases().filter((c) => c.id === 'GC-02');
    const file = join(tempDir(), 'facts.json');
    writeFileSync(file, JSON.stringify(g?.facts));
    const treaty = JSON.parse((await cli(['assess', file])).stdout) as Printed & { mode: string };
    expect(treaty).toMatchObject({ mode: 'TREATY_BODY', outcome: 'PROTECTION_OBLIGATORY' });
    const restrictive = JSON.parse(
      (await cli(['assess', file, '--mode', 'RESTRICTIVE'])).stdout,
    ) as Printed & { mode: string };
    expect(restrictive).toMatchObject({
      mode: 'RESTRICTIVE',
      outcome: 'PERMISSIBLE_ON_BALANCE',
      outcome_alt_mode: 'PROTECTION_OBLIGATORY',
    });
  });

  it('--config merges overrides over the defaults; an invalid one exits 2 naming its paths', async () => {
    const dir = tempDir();
    const cfg = join(dir, 'config.json');
    // GC-11 balances 3 against 1 with margin 1; a margin of 3 tips it.
    writeFileSync(cfg, JSON.stringify({ margin: 3 }));
    const r = await cli(['assess', join(GOLDEN_DIR, 'GC-11.json'), '--config', cfg]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Printed).outcome).toBe('NOT_JUSTIFIED');
    writeFileSync(cfg, JSON.stringify({ H_min: -1, colour: 'red' }));
    const bad = await cli(['assess', join(GOLDEN_DIR, 'GC-11.json'), '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('config $.H_min:');
    expect(bad.stderr).toContain('config $.colour: Unrecognized key');
  });

  it('an invalid CaseFacts file exits 2 and lists every violation with its JSON path', async () => {
    const [g] = loadGoldenCases().filter((c) => c.id === 'GC-02');
    const facts = structuredClone(g?.facts) as unknown as Record<string, unknown> & {
      mission: Record<string, unknown>;
      risks: Record<string, unknown>[];
    };
    facts.mission.premises_type = 'TENT';
    facts.mission.sending_state = 'gb';
    (facts.risks[0] as Record<string, unknown>).foreseeable = 'maybe';
    facts.colour = 'red';
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(facts));
    const r = await cli(['assess', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const path of [
      '$.mission.premises_type',
      '$.mission.sending_state',
      '$.risks[0].foreseeable',
      '$.colour',
    ]) {
      expect(r.stderr).toContain(`  ${path}: `);
    }
    expect(r.stderr).toMatch(/\(4 problems\)/);
  });

  it('names paths inside a test file’s facts, and refuses unreadable or non-JSON files with exit 2', async () => {
    const dir = tempDir();
    const wrapped = join(dir, 'wrapped.json');
    writeFileSync(wrapped, JSON.stringify({ id: 'X', facts: { legal_context: {} } }));
    const r = await cli(['assess', wrapped]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.facts.mission:');
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    expect((await cli(['assess', notJson])).code).toBe(2);
    expect((await cli(['assess', join(dir, 'missing.json')])).code).toBe(2);
    expect((await cli(['assess'])).code).toBe(2);
    expect((await cli(['assess', wrapped, '--mode', 'LIBERAL'])).code).toBe(2);
  });
});

describe('casefile assess --case', () => {
  it('exits 1 naming the reason when the case does not exist or has no facts yet', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const missing = await cli(['assess', '--case', 'GBR-QUI-2026-0001', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});
