import type {
  App,
  CallbackResponse,
  HandlerDetails,
  HeadersReceivedResponse,
  OnBeforeRequestListenerDetails,
  OnHeadersReceivedListenerDetails,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { APP_ORIGIN } from './ipc/trustedSender';
import { CSP_HEADER } from '../shared/csp';

// Every Electron security control of the app as a plain function over Electron objects passed in,
// so each one is unit-tested under Node with fakes (the Electron binary cannot run on CI here).
// Only `import type` from electron: this module must load without Electron.

// APP_ORIGIN (the IPC sender check's trusted origin) is `${APP_SCHEME}://${APP_HOST}`; a test keeps
// the three in step.
export const APP_SCHEME = 'app';
export const APP_HOST = 'casefile';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The one Content-Security-Policy (src/shared/csp.ts), sent as a header by the app:// handler and
 * onHeadersReceived and repeated in src/renderer/index.html's meta tag less frame-ancestors, which
 * a meta tag cannot carry (a unit test keeps the two equal). Nothing inline but two hashed
 * constant style blocks, no eval, no remote origin: a script injected through case data has
 * nowhere to run and nowhere to send what it reads.
 */
export const CONTENT_SECURITY_POLICY = CSP_HEADER;

export type GuardOptions = {
  /** `ELECTRON_RENDERER_URL` in `electron-vite dev` only; never set in a packaged app. */
  devServerUrl?: string;
  /** Unpackaged builds may open DevTools, which loads devtools:// pages. */
  allowDevTools?: boolean;
};

export type WebPreferencesOptions = { preloadPath: string; isPackaged: boolean };

/**
 * The webPreferences of every window. Explicit even where they equal Electron's defaults, so a
 * default changing upstream cannot loosen us and the test can assert each one.
 */
export function secureWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // enableBlinkFeatures is deliberately absent: it can switch on unvetted web platform features.
    spellcheck: false,
    devTools: !options.isPackaged,
    plugins: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Parses a URL or returns null: guards treat anything unparseable as hostile. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** True for app://casefile/... exactly: no other host, no port, no userinfo. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    !hasCredentials(u)
  );
}

/** The dev server's http origin and its ws/wss twin (Vite's HMR socket), or nothing. */
function devOrigins(devServerUrl: string | undefined): string[] {
  if (devServerUrl === undefined) return [];
  const dev = parse(devServerUrl);
  if (dev === null || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return [];
  const ws = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return [dev.origin, `${ws}//${dev.host}`];
}

function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  const u = parse(url);
  if (u === null || hasCredentials(u)) return false;
  return devOrigins(devServerUrl).includes(`${u.protocol}//${u.host}`);
}

/**
 * Whether the app's own page may be (re)loaded at this URL. Only the entry document: the SPA
 * routes by hash, so any other navigation is something we did not write.
 */
export function isAllowedNavigation(url: string, options: GuardOptions = {}): boolean {
  if (isAppUrl(url)) {
    const u = parse(url);
    return u !== null && (u.pathname === '/' || u.pathname === '/index.html');
  }
  return isDevServerUrl(url, options.devServerUrl);
}

/** Whether the renderer may fetch this URL at all; everything else is cancelled before it leaves. */
export function isAllowedRequestUrl(url: string, options: GuardOptions = {}): boolean {
  if (isAppUrl(url)) return true;
  if (options.allowDevTools === true) {
    const u = parse(url);
    if (u !== null && u.protocol === 'devtools:') return true;
  }
  return isDevServerUrl(url, options.devServerUrl);
}

export type PreventableEvent = {
  preventDefault: () => void;
  url?: string;
  isMainFrame?: boolean;
};

/**
 * For will-navigate, will-redirect and will-frame-navigate. Electron 45 puts the target on
 * `event.url` (the second argument is deprecated and absent for will-frame-navigate), so both are
 * checked and either one being foreign is enough to refuse. Subframes may never navigate: the app
 * has none, so one navigating is an injected frame.
 */
export function denyNavigation(
  event: PreventableEvent,
  url?: string,
  options: GuardOptions = {},
): boolean {
  const targets = [event.url, url].filter((u): u is string => typeof u === 'string');
  const allowed =
    targets.length > 0 &&
    event.isMainFrame !== false &&
    targets.every((t) => isAllowedNavigation(t, options));
  if (!allowed) event.preventDefault();
  return !allowed;
}

/** No popups, no new windows, and never shell.openExternal with a URL the renderer chose. */
export function windowOpenHandler(_details?: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/**
 * Every permission Electron 45 can ask about. The handlers below deny regardless of the name, so
 * this list is only for tests (and for spotting new names on an Electron upgrade).
 */
export const ELECTRON_PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const;

/** Denies every permission request: the app needs no camera, location, clipboard-read, etc. */
export function permissionRequestHandler(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Denies every synchronous permission check (e.g. `navigator.permissions.query`). */
export function permissionCheckHandler(_webContents: unknown, _permission: string): boolean {
  return false;
}

export function onBeforeRequestListener(
  options: GuardOptions = {},
): (
  details: Pick<OnBeforeRequestListenerDetails, 'url'>,
  callback: (r: CallbackResponse) => void,
) => void {
  return (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  };
}

/**
 * Replaces any Content-Security-Policy a response carries with ours, so no response (a dev
 * server's included) can arrive with a weaker one.
 */
export function withCspHeader(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') {
      continue;
    }
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

export function onHeadersReceivedListener(): (
  details: Pick<OnHeadersReceivedListenerDetails, 'url' | 'responseHeaders'>,
  callback: (r: HeadersReceivedResponse) => void,
) => void {
  return (details, callback) => {
    // DevTools (dev builds only; requests to it are cancelled otherwise) ships its own CSP and
    // needs eval, so ours would break it without protecting any app page.
    if (details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  };
}

/** The parts of a Session the guards touch; a real Session satisfies it, tests pass a fake. */
export type GuardableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export type GuardableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

// Guards are installed from several places (ready, session-created, web-contents-created,
// createMainWindow); event listeners would otherwise pile up and device callbacks fire twice.
const guardedSessions = new WeakSet<object>();
const guardedContents = new WeakSet<object>();

/** Locks down a session: permissions, devices, downloads, spellcheck downloads, network, CSP. */
export function installSessionGuards(session: GuardableSession, options: GuardOptions = {}): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);

  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  // Without this, devices granted through a chooser would be remembered for the session.
  session.setDevicePermissionHandler(() => false);
  // Calling back with null refuses screen capture without showing any picker.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  // Chromium's spellchecker downloads dictionaries from a Google CDN: a request we never want.
  session.setSpellCheckerEnabled(false);

  // Electron picks the first device when these events are not prevented, so each must be refused
  // explicitly; the callbacks with no id cancel the chooser.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Exports are written by main through a save dialog, never as renderer downloads.
  session.on('will-download', (event) => {
    event.preventDefault();
  });

  session.webRequest.onBeforeRequest(onBeforeRequestListener(options));
  session.webRequest.onHeadersReceived(onHeadersReceivedListener());
}

/** Locks down one webContents: navigation, popups, <webview>, Bluetooth choosers. */
export function installWebContentsGuards(
  contents: GuardableWebContents,
  options: GuardOptions = {},
): void {
  if (guardedContents.has(contents)) return;
  guardedContents.add(contents);

  const deny = (event: PreventableEvent, url?: unknown): void => {
    denyNavigation(event, typeof url === 'string' ? url : undefined, options);
  };
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-frame-navigate', deny);
  contents.setWindowOpenHandler(windowOpenHandler);
  // webviewTag is off, but a <webview> is refused here too should that preference ever regress.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

export type GuardableApp = Pick<App, 'on'>;

/**
 * Guards every webContents and session Electron ever creates, including ones we do not create
 * ourselves (DevTools, anything a future feature adds), not just the main window.
 */
export function installAppGuards(app: GuardableApp, options: GuardOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => {
    installWebContentsGuards(contents, options);
  });
  app.on('session-created', (session) => {
    installSessionGuards(session, options);
  });
}
