import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import {
  APP_ENTRY_URL,
  installWebContentsGuards,
  secureWebPreferences,
  type GuardOptions,
  type GuardableWebContents,
} from './security';

/** What createMainWindow needs of the BrowserWindow class; tests pass a fake constructor. */
export type BrowserWindowLike = Pick<BrowserWindow, 'once' | 'show' | 'loadURL'> & {
  webContents: GuardableWebContents;
};
export type BrowserWindowClass<W extends BrowserWindowLike = BrowserWindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

export type MainWindowOptions = {
  preloadPath: string;
  isPackaged: boolean;
  /** app://casefile/index.html, or the dev server's URL under `electron-vite dev`. */
  url?: string;
  guards?: GuardOptions;
  onLoadError?: (error: unknown) => void;
};

// Below this the case list and the case detail no longer fit side by side.
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Casefile',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({
      preloadPath: options.preloadPath,
      isPackaged: options.isPackaged,
    }),
  };
}

export function createMainWindow<W extends BrowserWindowLike>(
  BrowserWindowCtor: BrowserWindowClass<W>,
  options: MainWindowOptions,
): W {
  const win = new BrowserWindowCtor(mainWindowOptions(options));
  // Also installed by the app-wide web-contents-created hook; repeated here so this window is
  // guarded even if that hook were ever dropped (installation is idempotent).
  installWebContentsGuards(win.webContents, options.guards ?? {});
  win.once('ready-to-show', () => win.show());
  win.loadURL(options.url ?? APP_ENTRY_URL).catch((error: unknown) => {
    options.onLoadError?.(error);
  });
  return win;
}
