import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  onBeforeRequestListener,
  onHeadersReceivedListener,
  withCspHeader,
} from '../../../src/main/security';

const BLOCKED = [
  'http://example.com/x.js',
  'https://fonts.googleapis.com/css',
  'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  'http://localhost:5173/',
  'ws://localhost:5173/',
  'wss://example.com/socket',
  'ftp://example.com/',
  'file:///etc/passwd',
  'file:///home/user/.config/Casefile/data/casefile.db',
  'javascript:alert(1)',
  'data:text/html,hi',
  'blob:app://casefile/x',
  'chrome://settings',
  'chrome-extension://abc/x.js',
  'devtools://devtools/bundled/inspector.html',
  'app://evil/index.html',
  'app://casefile@evil/index.html',
  'app://evil@casefile/index.html',
  'app://casefile:444/index.html',
  'not a url',
];

describe('isAllowedRequestUrl', () => {
  it('allows the app scheme on the app host', () => {
    expect(isAllowedRequestUrl('app://casefile/index.html')).toBe(true);
    expect(isAllowedRequestUrl('app://casefile/assets/index-abc.js')).toBe(true);
  });

  it.each(BLOCKED)('cancels %j in production', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
    expect(isAllowedRequestUrl(url, {})).toBe(false);
  });

  it('allows devtools:// only when DevTools are allowed (unpackaged)', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isAllowedRequestUrl(url, { allowDevTools: false })).toBe(false);
    expect(isAllowedRequestUrl(url, { allowDevTools: true })).toBe(true);
    // Allowing DevTools widens nothing else.
    expect(isAllowedRequestUrl('https://example.com/', { allowDevTools: true })).toBe(false);
  });

  it('allows the dev server origin (and its HMR socket) only when given', () => {
    const options = { devServerUrl: 'http://localhost:5173' };
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', options)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', options)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', options)).toBe(false);
    expect(isAllowedRequestUrl('https://localhost:5173/', options)).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/', options)).toBe(false);
    expect(isAllowedRequestUrl('http://evil@localhost:5173/', options)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', options)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isAllowedRequestUrl('file:///x', { devServerUrl: 'file:///x' })).toBe(false);
    expect(isAllowedRequestUrl('http://a/', { devServerUrl: 'garbage' })).toBe(false);
  });
});

describe('onBeforeRequestListener', () => {
  it('cancels every request not on the app scheme and lets app:// through', () => {
    const listener = onBeforeRequestListener();
    for (const url of BLOCKED) {
      let response: { cancel?: boolean } | undefined;
      listener({ url }, (r) => (response = r));
      expect(response, url).toEqual({ cancel: true });
    }
    let ok: { cancel?: boolean } | undefined;
    listener({ url: 'app://casefile/index.html' }, (r) => (ok = r));
    expect(ok).toEqual({ cancel: false });
  });
});

describe('CSP headers', () => {
  it('adds the CSP and nosniff, replacing any weaker CSP a response carried', () => {
    const out = withCspHeader({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline' 'unsafe-eval'"],
      'Content-Security-Policy-Report-Only': 'default-src *',
      'Content-Type': 'text/html',
    });
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it('works when a response has no headers at all', () => {
    expect(withCspHeader(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('onHeadersReceived sets the CSP on app responses and leaves DevTools alone', () => {
    const listener = onHeadersReceivedListener();
    let app: { responseHeaders?: Record<string, string | string[]> } | undefined;
    listener({ url: 'app://casefile/index.html', responseHeaders: {} }, (r) => (app = r));
    expect(app?.responseHeaders?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);

    let devtools: object | undefined;
    listener({ url: 'devtools://devtools/x.html', responseHeaders: {} }, (r) => (devtools = r));
    expect(devtools).toEqual({});
  });
});
