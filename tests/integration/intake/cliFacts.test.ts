import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { loadGoldenCases } from '../../support/golden';
import { threeErrors } from '../../support/intake';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();
const bin = join(process.cwd(), 'bin', 'casefile.js');

describe('casefile cases import-facts / facts', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  });

  it('imports a golden file, prints the new reference, and exports the same facts', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const golden = loadGoldenCases().find((g) => g.id === 'GC-02');
    const file = join(dir, 'gc-02.json');
    writeFileSync(file, JSON.stringify(golden?.facts));
    const imported = await cli(['cases', 'import-facts', file, '--data-dir', dir]);
    expect(imported.code).toBe(0);
    const reference = imported.stdout.trim();
    const { sending_state: s, receiving_state: r } = golden?.facts.mission ?? {};
    expect(reference).toMatch(new RegExp(`^${s}-${r}-\\d{4}-0001$`));
    const exported = await cli(['cases', 'facts', reference, '--json', '--data-dir', dir]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(golden?.facts);
    const again = await cli(['cases', 'import-facts', file, '--json', '--data-dir', dir]);
    expect(JSON.parse(again.stdout)).toMatchObject({ reference: reference.replace(/1$/, '2') });
  });

  it('a file with three deliberate errors exits 2 and lists all three JSON paths (built bin)', () => {
    const dir = tempDir();
    spawnSync(process.execPath, [bin, 'init', '--data-dir', dir]);
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(threeErrors()));
    const r = spawnSync(process.execPath, [bin, 'cases', 'import-facts', file, '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    const paths = r.stderr
      .split('\n')
      .map((l) => /^\s+(\$\S*): /.exec(l)?.[1])
      .filter(Boolean);
    expect(paths.sort()).toEqual([
      '$.arrival.arrived_at',
      '$.risks[0].harm_type',
      '$.risks[1].subject_ref',
    ]);
    const list = spawnSync(process.execPath, [bin, 'cases', 'list', '--json', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('exits 2 for a file that is not JSON or not there, naming it', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ "mission": ');
    const bad = await cli(['cases', 'import-facts', file, '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not\.json is not valid JSON/);
    const missing = await cli(['cases', 'import-facts', join(dir, 'nope.json'), '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json cannot be read/);
  });

  it('exits 1 for an unknown reference', async () => {
    const dir = tempDir();
    await cli(['init', '--data-dir', dir]);
    const r = await cli(['cases', 'facts', 'GBR-QUI-2026-0001', '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
  });
});
