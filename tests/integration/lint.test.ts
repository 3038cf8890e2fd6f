import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer zones of ARCHITECTURE.md are lint errors; these probes prove each zone bites.
// The probes are linted as text under a path inside the zone with the project's real config;
// only type-aware linting is switched off for them, because a file that exists only as text is
// not part of a TypeScript project (the zone rules do not use types).
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/layerProbe.ts'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer zones', () => {
  it.each([
    ["import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    ["import { app } from 'electron';\nexport const a = app;\n"],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
  ])('src/main/domain may not import I/O: %s', async (code) => {
    const ids = await ruleIdsFor('src/main/domain/layerProbe.ts', code);
    expect(ids).toContain('no-restricted-imports');
  });

  it('src/main/domain may not import the db layer by relative path', async () => {
    const ids = await ruleIdsFor(
      'src/main/domain/layerProbe.ts',
      "import { openDatabase } from '../db/client';\nexport const o = openDatabase;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('src/main/domain may import src/shared', async () => {
    const ids = await ruleIdsFor(
      'src/main/domain/layerProbe.ts',
      "import { AppError } from '../../shared/errors';\nexport const e = AppError;\n",
    );
    expect(ids).toEqual([]);
  });

  it('src/renderer may not import src/main', async () => {
    const ids = await ruleIdsFor(
      'src/renderer/src/layerProbe.ts',
      "import { openCase } from '../../main/services/caseService';\nexport const o = openCase;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('src/renderer may not import electron or node', async () => {
    const ids = await ruleIdsFor(
      'src/renderer/src/layerProbe.ts',
      "import { ipcRenderer } from 'electron';\nimport { join } from 'node:path';\nexport const x = [ipcRenderer, join];\n",
    );
    expect(ids.filter((i) => i === 'no-restricted-imports')).toHaveLength(2);
  });

  it('src/shared may not import node or the main process', async () => {
    const ids = await ruleIdsFor(
      'src/shared/layerProbe.ts',
      "import { createHash } from 'node:crypto';\nimport { openCase } from '../main/services/caseService';\nexport const x = [createHash, openCase];\n",
    );
    expect(ids.filter((i) => i === 'no-restricted-imports')).toHaveLength(2);
  });

  it('src/preload may import only electron and the channel list', async () => {
    const ok = await ruleIdsFor(
      'src/preload/layerProbe.ts',
      "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/ipc/channels';\nexport const x = [contextBridge, CHANNELS];\n",
    );
    expect(ok).toEqual([]);
    const bad = await ruleIdsFor(
      'src/preload/layerProbe.ts',
      "import { contract } from '../shared/ipc/contract';\nexport const x = contract;\n",
    );
    expect(bad).toContain('no-restricted-imports');
  });
});
