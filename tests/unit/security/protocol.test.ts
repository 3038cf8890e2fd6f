import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  handleAppProtocol,
  registerAppScheme,
  resolveAppRequest,
} from '../../../src/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security';

// A renderer root with a sibling "outside" folder holding a secret, and symlinks that try to
// reach it, so every escape route is tried against real files.
let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'casefile-protocol-')));
  root = join(base, 'renderer');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Casefile</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, 'data.bin'), 'binary');
  writeFileSync(join(root, '.hidden.js'), 'secret');
  writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(base, 'renderer-evil.txt'), 'prefix sibling');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(outside, join(root, 'linkdir'), 'dir');
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'inner-link.js'));
  symlinkSync(root, join(base, 'root-link'), 'dir');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and fetchable, and nothing wider', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
    });
  });
});

describe('resolveAppRequest', () => {
  it('serves / and the bare origin as index.html, ignoring query and hash', () => {
    for (const url of [
      'app://casefile/',
      'app://casefile',
      'app://casefile/?x=1',
      'app://casefile/index.html',
      'app://casefile/index.html?v=2#/cases/1',
      'app://casefile/#/cases',
    ]) {
      expect(resolveAppRequest(url, root), url).toEqual({
        status: 200,
        filePath: join(root, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('serves bundle files with their MIME type', () => {
    expect(resolveAppRequest('app://casefile/assets/app.js', root)).toEqual({
      status: 200,
      filePath: join(root, 'assets', 'app.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://casefile/assets/style.css', root)).toMatchObject({
      status: 200,
      mimeType: 'text/css; charset=utf-8',
    });
    expect(resolveAppRequest('app://casefile/assets/font.woff2', root)).toMatchObject({
      status: 200,
      mimeType: 'font/woff2',
    });
  });

  it('follows a symlink that stays inside the root', () => {
    expect(resolveAppRequest('app://casefile/inner-link.js', root)).toEqual({
      status: 200,
      filePath: join(root, 'assets', 'app.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('works when the root itself is reached through a symlink', () => {
    expect(
      resolveAppRequest('app://casefile/assets/app.js', join(base, 'root-link')),
    ).toMatchObject({ status: 200, filePath: join(root, 'assets', 'app.js') });
  });

  it.each([
    ['literal ..', 'app://casefile/../outside/secret.txt'],
    ['.. after a folder', 'app://casefile/assets/../../outside/secret.txt'],
    ['.. that stays inside', 'app://casefile/assets/../index.html'],
    ['single dot', 'app://casefile/./index.html'],
    ['encoded ..', 'app://casefile/%2e%2e/outside/secret.txt'],
    ['encoded .. upper case', 'app://casefile/%2E%2E/outside/secret.txt'],
    ['half-encoded ..', 'app://casefile/.%2e/outside/secret.txt'],
    ['double-encoded ..', 'app://casefile/%252e%252e/outside/secret.txt'],
    ['double-encoded slash', 'app://casefile/assets%252f..%252f..%252foutside/secret.txt'],
    ['encoded slash', 'app://casefile/..%2foutside%2fsecret.txt'],
    ['encoded slash in a name', 'app://casefile/assets%2fapp.js'],
    ['encoded leading slash', 'app://casefile/%2Fetc%2Fpasswd'],
    ['backslash', 'app://casefile/..\\outside\\secret.txt'],
    ['backslash in a name', 'app://casefile/assets\\app.js'],
    ['encoded backslash', 'app://casefile/..%5coutside%5csecret.txt'],
    ['encoded NUL', 'app://casefile/index.html%00.png'],
    ['raw NUL', 'app://casefile/index.html\u0000.png'],
    ['raw newline', 'app://casefile/index.html\n'],
    ['empty segment (absolute path)', 'app://casefile//etc/passwd'],
    ['Windows drive', 'app://casefile/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://casefile/C%3A%5CWindows%5Cwin.ini'],
    ['dotfile', 'app://casefile/.hidden.js'],
    ['malformed escape', 'app://casefile/%'],
    ['malformed escape 2', 'app://casefile/%E0%A4%A'],
    ['symlinked file escaping the root', 'app://casefile/leak.txt'],
    ['symlinked folder escaping the root', 'app://casefile/linkdir/secret.txt'],
    ['wrong host', 'app://evil/index.html'],
    ['userinfo that moves the host', 'app://casefile@evil/index.html'],
    ['userinfo before the host', 'app://evil@casefile/index.html'],
    ['port', 'app://casefile:8080/index.html'],
    ['host prefix', 'app://casefile.evil/index.html'],
    ['empty host', 'app:///index.html'],
    ['other scheme', 'http://casefile/index.html'],
    ['file scheme', 'file:///etc/passwd'],
    ['not a URL', 'index.html'],
  ])('refuses %s (403)', (_name, url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 403 });
  });

  it('refuses the absolute path of a real file outside the root', () => {
    expect(resolveAppRequest(`app://casefile/${join(outside, 'secret.txt')}`, root)).toEqual({
      status: 403,
    });
  });

  it('does not treat a sibling that shares the root as a prefix as inside', () => {
    // base/renderer-evil.txt starts with base/renderer: a naive startsWith check would pass it.
    expect(resolveAppRequest('app://casefile/../renderer-evil.txt', root)).toEqual({ status: 403 });
  });

  it.each([
    ['a missing file', 'app://casefile/missing.js'],
    ['a folder', 'app://casefile/assets'],
    ['a folder with a trailing slash', 'app://casefile/assets/'],
    ['a type the bundle never contains', 'app://casefile/data.bin'],
  ])('answers 404 for %s', (_name, url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 404 });
  });

  it('answers 404 when the root does not exist', () => {
    expect(resolveAppRequest('app://casefile/index.html', join(base, 'nope'))).toEqual({
      status: 404,
    });
  });

  it('never resolves to a file outside the root, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        '%2e%2e',
        '%2E.',
        '%252e%252e',
        '%2f',
        '%5c',
        '\\',
        '%00',
        'outside',
        'secret.txt',
        'assets',
        'app.js',
        'index.html',
        'leak.txt',
        'linkdir',
        'inner-link.js',
        'C:',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 6 }),
        fc.string({ maxLength: 4 }),
        (segs, tail) => {
          const result = resolveAppRequest(`app://casefile/${segs.join('/')}${tail}`, root);
          if (result.status === 200) {
            expect(result.filePath.startsWith(root + '/')).toBe(true);
            expect(result.filePath.includes(outside)).toBe(false);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('createAppRequestHandler', () => {
  const serve = (url: string, init?: RequestInit): Promise<Response> =>
    createAppRequestHandler(root)(new Request(url, init));

  it('serves a file with its type, the CSP and nosniff', async () => {
    const res = await serve('app://casefile/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html><title>Casefile</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the security headers on refusals too, with no body', async () => {
    for (const [url, status] of [
      ['app://casefile/leak.txt', 403],
      // (fetch's URL parser already collapses a plain `%2e%2e`, as Chromium does; the encoded
      // slash survives parsing and must be refused by us.)
      ['app://casefile/..%2foutside%2fsecret.txt', 403],
      ['app://casefile/%2e%2e/outside/secret.txt', 404],
      ['app://casefile/missing.js', 404],
    ] as const) {
      const res = await serve(url);
      expect(res.status, url).toBe(status);
      expect(await res.text()).toBe('');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve('app://casefile/assets/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serve('app://casefile/index.html', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 when the file vanishes between resolving and reading', async () => {
    const handler = createAppRequestHandler(root, () => Promise.reject(new Error('ENOENT')));
    const res = await handler(new Request('app://casefile/index.html'));
    expect(res.status).toBe(404);
  });
});

describe('handleAppProtocol', () => {
  it('handles the app scheme with the file handler', async () => {
    const registered: { scheme: string; handler: (r: Request) => Promise<Response> }[] = [];
    handleAppProtocol(
      {
        handle: (scheme, h) =>
          registered.push({ scheme, handler: h as (r: Request) => Promise<Response> }),
      },
      root,
    );
    expect(registered.map((r) => r.scheme)).toEqual(['app']);
    const res = await registered[0]!.handler(new Request('app://casefile/assets/app.js'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
  });
});
