import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Static checks over the source: the rules that keep Electron out of the testable core and keep
// dangerous switches out of the code base entirely.

const repo = resolve(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(repo, path), 'utf8');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(repo, dir))) {
    const path = join(dir, name);
    if (statSync(join(repo, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: m[2]!, typeOnly: m[1] !== undefined });
  }
  for (const m of source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: m[1]!, typeOnly: false });
  }
  return found;
}

describe('layering', () => {
  it.each([
    'src/main/security.ts',
    'src/main/protocol.ts',
    'src/main/window.ts',
    'src/main/ipcBridge.ts',
  ])('%s imports electron for types only', (file) => {
    const electron = importsOf(read(file)).filter((i) => i.specifier === 'electron');
    expect(electron.every((i) => i.typeOnly)).toBe(true);
  });

  it('paths.ts does not import electron at all (the CLI uses it)', () => {
    expect(importsOf(read('src/main/paths.ts')).map((i) => i.specifier)).not.toContain('electron');
  });

  it('the preload imports only electron and the channel names', () => {
    const specifiers = importsOf(read('src/preload/index.ts')).map((i) => i.specifier);
    expect(specifiers.sort()).toEqual(['../shared/ipc/channels', 'electron']);
  });

  it.skipIf(!existsSync(join(repo, 'out/preload/index.js')))(
    'the built preload is one file whose only require is electron',
    () => {
      const built = read('out/preload/index.js');
      const requires = [...built.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
      expect(requires).toEqual(['electron']);
      expect(readdirSync(join(repo, 'out/preload'))).toEqual(['index.js']);
    },
  );
});

describe('Electron security checklist, across all of src/', () => {
  const files = sourceFiles('src').map((f) => ({
    file: relative(repo, join(repo, f)),
    text: read(f),
  }));

  it.each([
    ['shell.openExternal (never with renderer data; currently never at all)', /openExternal\s*\(/],
    ['nodeIntegration enabled', /nodeIntegration\w*\s*:\s*true/],
    ['contextIsolation disabled', /contextIsolation\s*:\s*false/],
    ['sandbox disabled', /sandbox\s*:\s*false/],
    ['webSecurity disabled', /webSecurity\s*:\s*false/],
    ['insecure content allowed', /allowRunningInsecureContent\s*:\s*true/],
    ['experimental features', /experimentalFeatures\s*:\s*true/],
    ['Blink features enabled', /enableBlinkFeatures\s*:/],
    ['<webview> enabled', /webviewTag\s*:\s*true/],
    ['remote module', /@electron\/remote|enableRemoteModule/],
    ['ipcRenderer exposed through the bridge', /exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/],
    ['CSP bypass for a scheme', /bypassCSP\s*:\s*true/],
    ['file:// pages', /loadFile\s*\(|['"]file:\/\//],
    ['certificate errors ignored', /ignore-certificate-errors|certificate-error/],
  ])('no %s', (_name, pattern) => {
    const hits = files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
    expect(hits).toEqual([]);
  });

  it('uses a current Electron (45 or later)', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    const major = Number(/(\d+)/.exec(pkg.devDependencies['electron'] ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(45);
  });

  // The Electron fuses flipped at packaging: tests/unit/packaging.test.ts and checklist.test.ts.
});
