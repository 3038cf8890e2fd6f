import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  ELECTRON_PERMISSIONS,
  installAppGuards,
  installSessionGuards,
  installWebContentsGuards,
  type GuardableApp,
  type GuardableSession,
  type GuardableWebContents,
} from '../../../src/main/security';
import { FakeSession, FakeWebContents, fakeEvent } from './fakes';

function guardedSession(options = {}): FakeSession {
  const session = new FakeSession();
  installSessionGuards(session as unknown as GuardableSession, options);
  return session;
}

function guardedContents(options = {}): FakeWebContents {
  const contents = new FakeWebContents();
  installWebContentsGuards(contents as unknown as GuardableWebContents, options);
  return contents;
}

type AnyFn = (...args: unknown[]) => unknown;
function handler(fn: unknown): AnyFn {
  expect(typeof fn).toBe('function');
  return fn as AnyFn;
}

describe('installSessionGuards', () => {
  it('installs a permission request handler that denies every permission', () => {
    const request = handler(guardedSession().handlers['permissionRequest']);
    for (const name of ELECTRON_PERMISSIONS) {
      const answers: boolean[] = [];
      request({}, name, (granted: boolean) => answers.push(granted), {});
      expect(answers, name).toEqual([false]);
    }
  });

  it('installs a permission check handler that fails every check', () => {
    const check = handler(guardedSession().handlers['permissionCheck']);
    for (const name of ELECTRON_PERMISSIONS) {
      expect(check(null, name, 'app://casefile', {}), name).toBe(false);
    }
  });

  it('denies device permissions, screen capture and Bluetooth pairing', () => {
    const session = guardedSession();
    expect(handler(session.handlers['devicePermission'])({ deviceType: 'usb' })).toBe(false);

    const streams: unknown[] = [];
    handler(session.handlers['displayMedia'])({}, (s: unknown) => streams.push(s));
    expect(streams).toEqual([null]);

    const pairing: unknown[] = [];
    handler(session.handlers['bluetoothPairing'])({}, (r: unknown) => pairing.push(r));
    expect(pairing).toEqual([{ confirmed: false }]);
  });

  it('turns off the spellchecker (it downloads dictionaries from the network)', () => {
    expect(guardedSession().spellCheckerEnabled).toBe(false);
  });

  it('cancels HID, serial and USB choosers instead of letting Electron pick the first device', () => {
    const session = guardedSession();
    const hid = fakeEvent();
    const hidCalls: unknown[][] = [];
    session.emit('select-hid-device', hid, { deviceList: [{ deviceId: 'x' }] }, (...a: unknown[]) =>
      hidCalls.push(a),
    );
    expect(hid.defaultPrevented).toBe(true);
    expect(hidCalls).toEqual([[]]);

    const serial = fakeEvent();
    const serialCalls: unknown[] = [];
    session.emit('select-serial-port', serial, [{ portId: 'p' }], {}, (id: string) =>
      serialCalls.push(id),
    );
    expect(serial.defaultPrevented).toBe(true);
    expect(serialCalls).toEqual(['']);

    const usb = fakeEvent();
    const usbCalls: unknown[][] = [];
    session.emit('select-usb-device', usb, { deviceList: [{ deviceId: 'u' }] }, (...a: unknown[]) =>
      usbCalls.push(a),
    );
    expect(usb.defaultPrevented).toBe(true);
    expect(usbCalls).toEqual([[]]);
  });

  it('cancels downloads', () => {
    const session = guardedSession();
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('cancels non-app requests and adds the CSP header through webRequest', () => {
    const session = guardedSession();
    const before = handler(session.webRequest.listeners['onBeforeRequest']);
    const results: unknown[] = [];
    before({ url: 'https://example.com/' }, (r: unknown) => results.push(r));
    before({ url: 'devtools://devtools/bundled/inspector.html' }, (r: unknown) => results.push(r));
    before({ url: 'app://casefile/index.html' }, (r: unknown) => results.push(r));
    expect(results).toEqual([{ cancel: true }, { cancel: true }, { cancel: false }]);

    const headers = handler(session.webRequest.listeners['onHeadersReceived']);
    let response: { responseHeaders?: Record<string, string[]> } | undefined;
    headers({ url: 'app://casefile/index.html', responseHeaders: {} }, (r: typeof response) => {
      response = r;
    });
    expect(response?.responseHeaders?.['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('passes dev options to the request filter', () => {
    const session = guardedSession({ allowDevTools: true });
    const before = handler(session.webRequest.listeners['onBeforeRequest']);
    const results: unknown[] = [];
    before({ url: 'devtools://devtools/bundled/inspector.html' }, (r: unknown) => results.push(r));
    expect(results).toEqual([{ cancel: false }]);
  });

  it('is idempotent: a second install adds no second listener', () => {
    const session = guardedSession();
    installSessionGuards(session as unknown as GuardableSession);
    expect(session.listenerCount('select-hid-device')).toBe(1);
    expect(session.listenerCount('will-download')).toBe(1);
  });
});

describe('installWebContentsGuards', () => {
  it('registers navigation guards that deny foreign URLs on all three navigation events', () => {
    const contents = guardedContents();
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(contents.listenerCount(name), name).toBe(1);
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/']) {
        const event = fakeEvent({ url, isMainFrame: true });
        contents.emit(name, event, url);
        expect(event.defaultPrevented, `${name} ${url}`).toBe(true);
      }
      const own = fakeEvent({ url: 'app://casefile/index.html', isMainFrame: true });
      contents.emit(name, own, 'app://casefile/index.html');
      expect(own.defaultPrevented, name).toBe(false);
    }
  });

  it('denies window.open', () => {
    const contents = guardedContents();
    expect(handler(contents.windowOpenHandler)({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(handler(contents.windowOpenHandler)({ url: 'app://casefile/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('blocks <webview> attachment', () => {
    const contents = guardedContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://x/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('cancels the Bluetooth chooser', () => {
    const contents = guardedContents();
    const event = fakeEvent();
    const calls: string[] = [];
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'b' }], (id: string) =>
      calls.push(id),
    );
    expect(event.defaultPrevented).toBe(true);
    expect(calls).toEqual(['']);
  });

  it('is idempotent', () => {
    const contents = guardedContents();
    installWebContentsGuards(contents as unknown as GuardableWebContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('installAppGuards', () => {
  it('guards every webContents and session created later, not just the main window', () => {
    const app = new EventEmitter();
    installAppGuards(app as unknown as GuardableApp);

    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    const event = fakeEvent({ url: 'https://evil.example/', isMainFrame: true });
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.listenerCount('will-attach-webview')).toBe(1);

    const session = new FakeSession();
    app.emit('session-created', session);
    const answers: boolean[] = [];
    handler(session.handlers['permissionRequest'])({}, 'media', (g: boolean) => answers.push(g));
    expect(answers).toEqual([false]);
    expect(session.webRequest.listeners['onBeforeRequest']).toBeTypeOf('function');
  });
});
