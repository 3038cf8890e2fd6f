import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const addQuito = (dir: string, premises = 'EMBASSY_CHANCERY') =>
  cli([
    'missions',
    'add',
    '--name',
    'Embassy in Quito',
    '--code',
    'QUI',
    '--sending',
    'GBR',
    '--host',
    'ECU',
    '--premises',
    premises,
    '--data-dir',
    dir,
  ]);

describe('the casefile command (built bin, as IT staff run it)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  });

  it('init on an empty folder, then cases list --json prints []', () => {
    const dir = join(tempDir(), 'fresh');
    const bin = join(process.cwd(), 'bin', 'casefile.js');
    const init = spawnSync(process.execPath, [bin, 'init', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(init.status).toBe(0);
    const list = spawnSync(process.execPath, [bin, 'cases', 'list', '--json', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('missions add with a bad premises type exits 2 and names the field', () => {
    const dir = tempDir();
    const bin = join(process.cwd(), 'bin', 'casefile.js');
    spawnSync(process.execPath, [bin, 'init', '--data-dir', dir]);
    const r = spawnSync(
      process.execPath,
      [
        bin,
        'missions',
        'add',
        '--name',
        'X',
        '--code',
        'QUI',
        '--sending',
        'GBR',
        '--host',
        'ECU',
        '--premises',
        'TENT',
        '--data-dir',
        dir,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/premisesType/);
    expect(r.stderr).toMatch(/EMBASSY_CHANCERY/);
  });
});

describe('runCli', () => {
  it('adds a mission, opens a case and lists both as JSON', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--data-dir', dir])).code).toBe(0);
    expect((await addQuito(dir)).code).toBe(0);
    const missions = await cli(['missions', 'list', '--json', '--data-dir', dir]);
    const [mission] = JSON.parse(missions.stdout) as { id: number; code: string }[];
    expect(mission?.code).toBe('QUI');
    const opened = await cli([
      'cases',
      'open',
      '--mission',
      String(mission?.id),
      '--data-dir',
      dir,
    ]);
    expect(opened.stdout).toMatch(/opened case GBR-QUI-\d{4}-0001/);
    const list = await cli(['cases', 'list', '--json', '--data-dir', dir]);
    expect(
      (JSON.parse(list.stdout) as { reference: string }[]).map((c) => c.reference),
    ).toHaveLength(1);
  });

  it('uses CASEFILE_DATA_DIR when --data-dir is absent', async () => {
    const dir = tempDir();
    expect((await cli(['init'], { CASEFILE_DATA_DIR: dir })).stdout).toContain(dir);
    const list = await cli(['cases', 'list', '--json'], { CASEFILE_DATA_DIR: dir });
    expect(list.stdout.trim()).toBe('[]');
  });

  it('exits 2 on unknown commands, missing options and bad numbers', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['missions', 'add', '--data-dir', dir])).code).toBe(2);
    const bad = await cli(['cases', 'open', '--mission', 'abc', '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--mission/);
  });

  it('exits 1 when the mission does not exist, and when no database was initialised', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const missing = await cli(['cases', 'open', '--mission', '42', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/mission 42 does not exist/);
    const none = await cli(['cases', 'list', '--data-dir', join(dir, 'nothing-here')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/casefile init/);
  });

  it('prints help with exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/missions/);
  });
});

describe('casefile authorities', () => {
  type Found = { total: number; items: { id: string; kind: string; snippet: string }[] };

  it('search prints ranked results with ids and highlighted snippets as JSON', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const r = await cli([
      'authorities',
      'search',
      'effective',
      'control',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Found;
    expect(found.items.slice(0, 5).map((i) => i.id)).toEqual(
      expect.arrayContaining(['CASE_MN_BELGIUM', 'GC31_HRC']),
    );
    expect(found.items[0]?.snippet).toMatch(/\[effective\] \[control\]/i);
    const cases = await cli([
      'authorities',
      'search',
      'jurisdiction',
      '--kind',
      'CASE',
      '--json',
      '--data-dir',
      dir,
    ]);
    const caseItems = (JSON.parse(cases.stdout) as Found).items;
    expect(caseItems.length).toBeGreaterThan(0);
    expect(caseItems.every((i) => i.kind === 'CASE')).toBe(true);
    const bad = await cli(['authorities', 'search', 'x', '--kind', 'PODCAST', '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind/);
  });

  it('show prints one authority, and says when it must be checked before relying on it', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const json = await cli(['authorities', 'show', 'GC4_CAT', '--json', '--data-dir', dir]);
    const detail = JSON.parse(json.stdout) as {
      authority: { id: string; pinpoints: string[]; errata: { id: string }[] };
    };
    expect(detail.authority.pinpoints).toContain('¶11');
    expect(detail.authority.errata.map((e) => e.id)).toEqual(['E2', 'E3']);
    const text = await cli(['authorities', 'show', 'CASE_SAADI', '--data-dir', dir]);
    expect(text.stdout).toMatch(/CHECK BEFORE RELYING ON THIS/);
    const missing = await cli(['authorities', 'show', 'NOPE_NOPE', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not in the library/);
  });

  it('footnote N prints the records of that seed footnote; a bad N exits 2', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const r = await cli(['authorities', 'footnote', '33', '--json', '--data-dir', dir]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      footnote: 33,
      note: 'CASE_MN_BELGIUM (¶118)',
      authorities: [{ id: 'CASE_MN_BELGIUM' }],
    });
    const bad = await cli(['authorities', 'footnote', '55', '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/footnote/);
  });

  it('runs from the built bin as IT staff run it', () => {
    const dir = tempDir();
    const bin = join(process.cwd(), 'bin', 'casefile.js');
    spawnSync(process.execPath, [bin, 'init', '--data-dir', dir]);
    const r = spawnSync(
      process.execPath,
      [bin, 'authorities', 'footnote', '27', '--json', '--data-dir', dir],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { authorities: { id: string }[] }).authorities.map((a) => a.id),
    ).toEqual(['TREATY_HAVANA', 'TREATY_CARACAS']);
  });
});
