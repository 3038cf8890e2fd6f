import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, type DispatchDeps } from '../../../src/main/ipc/dispatch';
import { handlers } from '../../../src/main/ipc/handlers';
import { APP_ORIGIN } from '../../../src/main/ipc/trustedSender';
import { registerIpcHandlers } from '../../../src/main/ipcBridge';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from '../../../src/main/protocol';
import {
  ELECTRON_PERMISSIONS,
  installWebContentsGuards,
  isAllowedRequestUrl,
  onBeforeRequestListener,
  permissionCheckHandler,
  permissionRequestHandler,
  secureWebPreferences,
  windowOpenHandler,
  type GuardableWebContents,
} from '../../../src/main/security';
import { mainWindowOptions } from '../../../src/main/window';
import { buildApi } from '../../../src/preload/index';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { FakeWebContents, fakeEvent } from './fakes';

// The Electron security checklist of issue 9 (R-electron), one test per item, each against the real
// configuration object or guard function. Deeper tests of each guard live beside this file; this
// is the index an auditor reads top to bottom.

// The preload module calls contextBridge when loaded; only its pure buildApi is exercised here.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: () => Promise.resolve(null) },
}));

const repo = resolve(__dirname, '../../..');
const packaged = mainWindowOptions({ preloadPath: '/app/preload.js', isPackaged: true });
const prefs = packaged.webPreferences ?? {};
const FOREIGN_URLS = [
  'https://example.org/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'app://other/index.html',
  'ws://localhost:5173/',
  'devtools://devtools/bundled/inspector.html',
];

function sourceFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(join(repo, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(repo, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name)
      ? [{ file: relative(repo, join(repo, path)), text: readFileSync(join(repo, path), 'utf8') }]
      : [];
  });
}

describe('Electron security checklist', () => {
  it('1. context isolation is on', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('2. every renderer is sandboxed', () => {
    expect(prefs.sandbox).toBe(true);
  });

  it('3. Node integration is off everywhere (page, workers, subframes)', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('4. webSecurity stays on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('5. no insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('6. no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('7. no <webview>: the tag is off and attaching one is refused', () => {
    expect(prefs.webviewTag).toBe(false);
    const contents = new FakeWebContents();
    installWebContentsGuards(contents as unknown as GuardableWebContents);
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('8. navigation and redirects away from the app are blocked', () => {
    const contents = new FakeWebContents();
    installWebContentsGuards(contents as unknown as GuardableWebContents);
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      for (const url of FOREIGN_URLS) {
        const event = fakeEvent({ url, isMainFrame: true });
        contents.emit(name, event, url);
        expect(event.defaultPrevented, `${name} ${url}`).toBe(true);
      }
    }
  });

  it('9. window.open is denied, whatever the URL', () => {
    for (const url of [...FOREIGN_URLS, 'app://casefile/index.html']) {
      expect(windowOpenHandler({ url } as never)).toEqual({ action: 'deny' });
    }
  });

  it('10. permission requests and permission checks are denied', () => {
    for (const name of ELECTRON_PERMISSIONS) {
      let granted: boolean | undefined;
      permissionRequestHandler(null, name, (g) => {
        granted = g;
      });
      expect(granted, name).toBe(false);
      expect(permissionCheckHandler(null, name), name).toBe(false);
    }
  });

  it('11. every request that is not app:// is cancelled before it leaves', () => {
    const listener = onBeforeRequestListener({});
    for (const url of FOREIGN_URLS) {
      let cancel: boolean | undefined;
      listener({ url }, (r) => {
        cancel = r.cancel;
      });
      expect(cancel, url).toBe(true);
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('12. app:// is a custom protocol with traversal protection and no CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
    expect(APP_SCHEME_PRIVILEGES.corsEnabled).toBe(false);
    const root = join(repo, 'src/renderer');
    for (const url of [
      'app://casefile/../package.json',
      'app://casefile/%2e%2e/%2e%2e/package.json',
      'app://casefile/..%2f..%2fpackage.json',
      'app://casefile//etc/passwd',
      'app://casefile/a\\..\\..\\package.json',
    ]) {
      expect(resolveAppRequest(url, root).status, url).toBe(403);
    }
    expect(resolveAppRequest('app://casefile/index.html', root).status).toBe(200);
  });

  it('13. IPC: every channel refuses a sender that is not the app’s top-level frame', () => {
    const deps: DispatchDeps = {
      handlers,
      context: () => {
        throw new Error('a refused call must never reach a service');
      },
      trustedOrigin: APP_ORIGIN,
    };
    for (const channel of CHANNELS) {
      for (const sender of [
        null,
        { url: 'https://example.org/', isMainFrame: true },
        { url: `${APP_ORIGIN}/index.html`, isMainFrame: false },
      ]) {
        const result = dispatch(channel, {}, sender, deps);
        expect(result.ok ? 'ok' : result.error.code, channel).toBe('FORBIDDEN');
      }
    }
  });

  it('14. IPC: the channels registered with ipcMain are exactly the contract’s', () => {
    const registered: string[] = [];
    registerIpcHandlers(
      {
        handle: (channel: string) => {
          registered.push(channel);
        },
        removeHandler: () => undefined,
      },
      () => ({ ok: true, value: null }),
    );
    expect(registered.sort()).toEqual(Object.keys(contract).sort());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('15. the preload exposes one function per contract channel and nothing else', () => {
    const api = buildApi(() => Promise.resolve(null));
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('16. DevTools are off in production builds, and devtools:// is not fetchable there', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences({ preloadPath: 'p', isPackaged: false }).devTools).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', {})).toBe(false);
  });

  it('17. shell.openExternal is never called, so never with data from the renderer', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(20);
    // Comments may mention it (to forbid it); code may not import `shell` or call openExternal.
    const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = files
      .filter(({ text }) => {
        const c = code(text);
        return (
          /\.openExternal\b|\bopenExternal\s*\(/.test(c) ||
          /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/.test(c)
        );
      })
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('18. the Electron fuses are set for packaging', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      build: { electronFuses: Record<string, boolean> };
    };
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
