import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../src/main/ipc/trustedSender';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  denyNavigation,
  isAllowedNavigation,
  isAppUrl,
  windowOpenHandler,
} from '../../../src/main/security';
import { fakeEvent } from './fakes';

const HOSTILE_URLS = [
  'http://example.com/',
  'https://example.com/phish',
  'http://localhost:5173/',
  'http://127.0.0.1/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://casefile/0c2f1f5e-1111-2222-3333-444455556666',
  'about:blank',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'ws://example.com/',
  'app://evil/index.html',
  'app://casefile@evil/index.html',
  'app://evil@casefile/index.html',
  'app://user:pass@casefile/index.html',
  'app://casefile:8080/index.html',
  'app://casefile.evil/index.html',
  'app://casefile/assets/index.js',
  'app://casefile/other.html',
  'App://evil/',
  'mailto:someone@example.com',
  'not a url',
  '',
];

describe('app origin constants', () => {
  it('agree with the IPC sender check', () => {
    expect(`${APP_SCHEME}://${APP_HOST}`).toBe(APP_ORIGIN);
    expect(APP_ENTRY_URL).toBe('app://casefile/index.html');
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://casefile/index.html')).toBe(true);
    expect(isAppUrl('app://casefile/assets/x.js?v=1')).toBe(true);
    for (const url of [
      'app://evil/',
      'app://casefile@evil/',
      'app://x@casefile/',
      'app://casefile:1/',
      'https://casefile/',
      'garbage',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('denyNavigation', () => {
  it.each(HOSTILE_URLS)('prevents navigation to %j', (url) => {
    const viaEvent = fakeEvent({ url, isMainFrame: true });
    expect(denyNavigation(viaEvent)).toBe(true);
    expect(viaEvent.defaultPrevented).toBe(true);

    // The deprecated positional url argument (will-navigate / will-redirect) is checked too.
    const viaArg = fakeEvent();
    expect(denyNavigation(viaArg, url)).toBe(true);
    expect(viaArg.defaultPrevented).toBe(true);
  });

  it('lets the app reload its own entry page (hash routes included)', () => {
    for (const url of [
      'app://casefile/index.html',
      'app://casefile/',
      'app://casefile/index.html#/cases/42',
    ]) {
      const event = fakeEvent({ url, isMainFrame: true });
      expect(denyNavigation(event, url)).toBe(false);
      expect(event.defaultPrevented).toBe(false);
    }
  });

  it('refuses when the event and the argument disagree', () => {
    const event = fakeEvent({ url: 'app://casefile/index.html', isMainFrame: true });
    expect(denyNavigation(event, 'https://evil.example/')).toBe(true);
    expect(event.defaultPrevented).toBe(true);
  });

  it('refuses when no target URL is known at all', () => {
    const event = fakeEvent();
    expect(denyNavigation(event)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
  });

  it('refuses any subframe navigation, even to the app page (will-frame-navigate)', () => {
    const event = fakeEvent({ url: 'app://casefile/index.html', isMainFrame: false });
    expect(denyNavigation(event)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
  });

  it('allows the dev server origin only when one is given', () => {
    const url = 'http://localhost:5173/#/cases';
    expect(isAllowedNavigation(url)).toBe(false);
    expect(isAllowedNavigation(url, { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(
      isAllowedNavigation('http://localhost:5174/', { devServerUrl: 'http://localhost:5173' }),
    ).toBe(false);
    expect(
      isAllowedNavigation('http://user@localhost:5173/', { devServerUrl: 'http://localhost:5173' }),
    ).toBe(false);
  });
});

describe('windowOpenHandler', () => {
  it.each(HOSTILE_URLS.concat(['app://casefile/index.html']))('denies window.open(%j)', (url) => {
    expect(windowOpenHandler({ url } as Parameters<typeof windowOpenHandler>[0])).toEqual({
      action: 'deny',
    });
  });
});
