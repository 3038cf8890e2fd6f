import type { EventEmitter } from 'node:events';
import { homedir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../../src/main/db/client';
import { resolveDataDir } from '../../../src/main/paths';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import type { FakeSession, FakeWebContents } from './fakes';

// Drives src/main/index.ts (the only module that calls app.* at runtime) against fake Electron
// modules and a fake runtime, to check the wiring order and the failure path without Electron.

type Call = { name: string; args: unknown[] };

const state = vi.hoisted(() => ({
  calls: [] as { name: string; args: unknown[] }[],
  gotLock: true,
  isPackaged: true,
  resolveReady: (): void => undefined,
  // Widened on purpose: the hoisted state is filled by the electron mock factory below.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  app: undefined as unknown,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  session: undefined as unknown,
  windows: [] as unknown[],
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  runtimeOptions: [] as unknown[],
  runtimeCalls: [] as unknown[][],
  runtimeClosed: 0,
  runtimeError: undefined as Error | undefined,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const fakes = await import('./fakes');
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]): unknown => {
      state.calls.push({ name, args });
      return result;
    };
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => state.gotLock,
    quit: record('app.quit'),
    exit: record('app.exit'),
    enableSandbox: record('app.enableSandbox'),
    getAppPath: () => '/nonexistent/casefile-app',
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.resolveReady = resolve;
      }),
  });
  // A getter (Object.assign would copy its value once), so each test can set the flag.
  Object.defineProperty(app, 'isPackaged', { get: () => state.isPackaged });
  const originalOn = app.on.bind(app);
  app.on = ((event: string, listener: (...args: unknown[]) => void) => {
    state.calls.push({ name: `app.on:${event}`, args: [] });
    return originalOn(event, listener);
  }) as typeof app.on;
  state.app = app;
  const session = new fakes.FakeSession();
  state.session = session;
  class BrowserWindow extends Emitter {
    webContents = new fakes.FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: unknown) {
      super();
      state.calls.push({ name: 'new BrowserWindow', args: [options] });
      state.windows.push(this);
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }
  return {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: record('protocol.handle'),
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
        state.calls.push({ name: 'ipcMain.handle', args: [channel] });
        state.ipcHandlers.set(channel, listener);
      },
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    dialog: { showErrorBox: record('dialog.showErrorBox') },
    Menu: {
      setApplicationMenu: record('Menu.setApplicationMenu'),
      buildFromTemplate: (t: unknown) => ({ template: t }),
    },
    shell: {
      openExternal: record('shell.openExternal'),
    },
  };
});

vi.mock('../../../src/main/runtime', () => ({
  createRuntime: (options: unknown) => {
    state.calls.push({ name: 'createRuntime', args: [options] });
    state.runtimeOptions.push(options);
    if (state.runtimeError) throw state.runtimeError;
    return {
      call: (...args: unknown[]) => {
        state.runtimeCalls.push(args);
        return { ok: true, value: 'from-runtime' };
      },
      close: () => {
        state.runtimeClosed++;
      },
      context: {
        auditJobs: { verify: () => state.calls.push({ name: 'auditJobs.verify', args: [] }) },
      },
    };
  },
}));

const names = (): string[] => state.calls.map((c: Call) => c.name);

async function boot(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
}

async function ready(): Promise<void> {
  state.resolveReady();
  await new Promise((r) => setTimeout(r, 0));
}

const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];

beforeEach(() => {
  state.calls.length = 0;
  state.windows.length = 0;
  state.ipcHandlers.clear();
  state.runtimeOptions.length = 0;
  state.runtimeCalls.length = 0;
  state.runtimeClosed = 0;
  state.runtimeError = undefined;
  state.gotLock = true;
  state.isPackaged = true;
  delete process.env['ELECTRON_RENDERER_URL'];
  (state.app as EventEmitter | undefined)?.removeAllListeners();
});

afterEach(() => {
  if (savedRendererUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
  else process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
});

describe('src/main/index.ts', () => {
  it('quits at once when another instance holds the lock, touching nothing', async () => {
    state.gotLock = false;
    await boot();
    expect(names()).toEqual(['app.quit']);
  });

  it('before ready: registers the app scheme, enables the sandbox, hooks every webContents', async () => {
    await boot();
    expect(names()).toContain('protocol.registerSchemesAsPrivileged');
    expect(names()).toContain('app.enableSandbox');
    expect(names()).toContain('app.on:web-contents-created');
    expect(names()).toContain('app.on:session-created');
    expect(names()).not.toContain('createRuntime');
    expect(names()).not.toContain('new BrowserWindow');
  });

  it('on ready: guards, protocol, runtime, IPC, then the window', async () => {
    await boot();
    await ready();
    const order = names();
    const at = (name: string): number => order.indexOf(name);
    expect(at('Menu.setApplicationMenu')).toBeGreaterThanOrEqual(0);
    expect(at('protocol.handle')).toBeLessThan(at('createRuntime'));
    expect(at('createRuntime')).toBeLessThan(at('ipcMain.handle'));
    // The audit chain is verified at every start, in the worker (the integrity badge).
    expect(at('auditJobs.verify')).toBeGreaterThan(at('createRuntime'));
    expect(at('ipcMain.handle')).toBeLessThan(at('new BrowserWindow'));
    expect(order).not.toContain('shell.openExternal');

    const session = state.session as FakeSession;
    expect(session.handlers['permissionRequest']).toBeTypeOf('function');
    expect(session.webRequest.listeners['onBeforeRequest']).toBeTypeOf('function');

    expect(state.runtimeOptions[0]).toMatchObject({
      dataDir: resolveDataDir({
        argv: process.argv,
        env: process.env,
        platform: process.platform,
        homedir: homedir(),
        cwd: process.cwd(),
      }),
      trustedOrigin: 'app://casefile',
      auditWorker: { file: expect.stringMatching(/auditJobs\.js$/) as string },
    });

    expect([...state.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const win = state.windows[0] as { loaded: string[]; webContents: FakeWebContents };
    expect(win.loaded).toEqual(['app://casefile/index.html']);
    expect(win.webContents.windowOpenHandler).toBeTypeOf('function');
  });

  it('hides the menu in production (on Linux/Windows)', async () => {
    if (process.platform === 'darwin') return;
    await boot();
    await ready();
    const menu = state.calls.find((c: Call) => c.name === 'Menu.setApplicationMenu');
    expect(menu?.args).toEqual([null]);
  });

  it('routes ipcMain calls through runtime.call with the sender frame', async () => {
    await boot();
    await ready();
    const handler = state.ipcHandlers.get('cases:list')!;
    const frame = { url: 'app://casefile/index.html', parent: null };
    expect(handler({ senderFrame: frame }, { limit: 5 })).toEqual({
      ok: true,
      value: 'from-runtime',
    });
    expect(state.runtimeCalls).toEqual([
      ['cases:list', { limit: 5 }, { url: 'app://casefile/index.html', isMainFrame: true }],
    ]);
  });

  it('closes the runtime when the app quits', async () => {
    await boot();
    await ready();
    (state.app as EventEmitter).emit('will-quit');
    expect(state.runtimeClosed).toBe(1);
  });

  it('on a storage failure: shows the message and exits, with no window and no IPC', async () => {
    state.runtimeError = new StorageError(
      'NEWER_SCHEMA',
      '/data/casefile.db was written by a newer version of Casefile. It has not been changed.',
    );
    await boot();
    await ready();
    const box = state.calls.find((c: Call) => c.name === 'dialog.showErrorBox');
    expect(box?.args[1]).toBe(
      '/data/casefile.db was written by a newer version of Casefile. It has not been changed.',
    );
    expect(state.calls.find((c: Call) => c.name === 'app.exit')?.args).toEqual([1]);
    expect(names()).not.toContain('new BrowserWindow');
    expect(names()).not.toContain('ipcMain.handle');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://evil.example:5173';
    await boot();
    await ready();
    expect(state.runtimeOptions[0]).toMatchObject({ trustedOrigin: 'app://casefile' });
    const win = state.windows[0] as { loaded: string[] };
    expect(win.loaded).toEqual(['app://casefile/index.html']);
  });

  it('in dev, trusts and loads the dev server and keeps the default menu', async () => {
    state.isPackaged = false;
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    await boot();
    await ready();
    expect(state.runtimeOptions[0]).toMatchObject({ trustedOrigin: 'http://localhost:5173' });
    const win = state.windows[0] as { loaded: string[] };
    expect(win.loaded).toEqual(['http://localhost:5173']);
    expect(names()).not.toContain('Menu.setApplicationMenu');
  });
});
