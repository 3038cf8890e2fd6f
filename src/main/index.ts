import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN } from './ipc/trustedSender';
import { registerIpcHandlers } from './ipcBridge';
import { resolveDataDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createRuntime, type Runtime } from './runtime';
import {
  APP_ENTRY_URL,
  installAppGuards,
  installSessionGuards,
  type GuardOptions,
} from './security';
import { createMainWindow } from './window';

// The only module that drives Electron at runtime. Everything it calls takes Electron objects as
// arguments and is unit-tested with fakes; this file is the wiring between them.
// Never call shell.openExternal here with anything the renderer supplied.

// electron-vite sets this for `electron-vite dev` only; a packaged app ignores it so an
// environment variable can never point the window at another origin.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const guards: GuardOptions = {
  ...(devServerUrl ? { devServerUrl } : {}),
  allowDevTools: !app.isPackaged,
};
const trustedOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

// out/main/index.js -> out/renderer and out/preload/index.js
const rendererRoot = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');

let runtime: Runtime | undefined;
let mainWindow: BrowserWindow | undefined;

function fail(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(title, message);
  // exit, not quit: nothing may run after a failed start (no will-quit handlers touching the file).
  app.exit(1);
}

/**
 * Unpackaged runs (`npm start`) use the better-sqlite3 addon that scripts/ensure-electron-abi.mjs
 * built for Electron's ABI, leaving the Node build in place for tests and the CLI. Packaged apps
 * ship a module rebuilt for Electron by electron-builder and need nothing here.
 */
function electronNativeBinding(): { nativeBinding?: string } {
  if (app.isPackaged) return {};
  const built = join(app.getAppPath(), 'node_modules', '.casefile-electron', 'better_sqlite3.node');
  return existsSync(built) ? { nativeBinding: built } : {};
}

function start(): void {
  if (app.isPackaged) Menu.setApplicationMenu(productionMenu());

  installSessionGuards(session.defaultSession, guards);
  handleAppProtocol(protocol, rendererRoot);

  try {
    runtime = createRuntime({
      dataDir: resolveDataDir({
        argv: process.argv,
        env: process.env,
        platform: process.platform,
        homedir: homedir(),
        cwd: process.cwd(),
      }),
      trustedOrigin,
      requireProfile: true,
      logError: (channel, error) => console.error(`[casefile] ${channel} failed`, error),
      auditWorker: { file: join(__dirname, 'auditJobs.js') },
      ...electronNativeBinding(),
    });
    // The integrity badge shows the last verification: start one now, off the main thread.
    runtime.context.auditJobs?.verify();
  } catch (error) {
    // e.g. StorageError NEWER_SCHEMA / NOT_A_DATABASE: openDatabase refuses before writing, and
    // we stop here so nothing else opens the file either.
    fail('Casefile cannot open its data', error);
    return;
  }

  const current = runtime;
  registerIpcHandlers(ipcMain, (channel, input, sender) => current.call(channel, input, sender));

  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath,
    isPackaged: app.isPackaged,
    url: devServerUrl ?? APP_ENTRY_URL,
    guards,
    onLoadError: (error) => console.error('[casefile] the window failed to load', error),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

/**
 * No menu in production, except on macOS where a menu-less app loses Cmd+C/V/X/A/Q: there it gets
 * the stock app and edit menus, which hold only built-in roles and nothing the renderer controls.
 */
function productionMenu(): Menu | null {
  if (process.platform !== 'darwin') return null;
  return Menu.buildFromTemplate([
    { role: 'appMenu' },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ]);
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing the same SQLite file through two runtimes is what the lock prevents.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Before ready: the scheme table is fixed at startup, and the sandbox must cover every renderer.
  registerAppScheme(protocol);
  app.enableSandbox();
  installAppGuards(app, guards);

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    runtime?.close();
    runtime = undefined;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('Casefile could not start', error));
}
