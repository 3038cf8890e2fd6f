import type { Privileges, Protocol } from 'electron';
import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

// Serves the built renderer (out/renderer) on app://casefile/. A custom standard+secure scheme gives
// the page a real origin (so CSP 'self' and the IPC sender check mean something) without file://,
// whose pages can read any other file:// URL and cannot load module scripts.

/**
 * standard: parsed like http (origin, relative URLs); secure: a secure context; supportFetchAPI:
 * module scripts are fetched. Everything that would widen it stays off: no CSP bypass, no
 * service workers, no cross-origin reads (corsEnabled), no streaming.
 */
export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
  codeCache: false,
  allowExtensions: false,
};

/** Must run before `app` is ready: Chromium fixes the scheme table at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** The only file types the renderer bundle contains; anything else is not ours to serve. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type AppResolution =
  { status: 200; filePath: string; mimeType: string } | { status: 403 | 404 };

const FORBIDDEN: AppResolution = { status: 403 };
const NOT_FOUND: AppResolution = { status: 404 };

// Characters no file of ours has in its URL path, before or after decoding: control characters
// (NUL truncates paths in native code), backslash (a separator on Windows), and % after decoding
// (a double-encoded `%252e%252e` must never get a second decode somewhere downstream).
// eslint-disable-next-line no-control-regex
const BAD_RAW = /[\u0000-\u001f\u007f\\]/;
// eslint-disable-next-line no-control-regex
const BAD_SEGMENT = /[\u0000-\u001f\u007f\\/%:]/;

/** The path exactly as written in the URL, before WHATWG parsing collapses `..` segments. */
function rawPath(requestUrl: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(requestUrl);
  return match?.[1] ?? '';
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Maps an app:// URL to a file under `rendererRoot`, or says why not. Refuses (403) any other
 * host/port/userinfo, any `.`/`..` segment whether literal or %-encoded, encoded separators,
 * backslashes, control characters, empty segments (`//etc/passwd`), dotfiles, and any file whose
 * real path (after symlinks) leaves the root. Query and fragment are ignored; `/` is index.html.
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppResolution {
  if (BAD_RAW.test(requestUrl)) return FORBIDDEN;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return FORBIDDEN;
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname !== APP_HOST ||
    url.port !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return FORBIDDEN;
  }

  const path = rawPath(requestUrl);
  // `app://casefile` and `app://casefile?x` carry no path at all: that is the entry page too.
  if (path === '') return resolveSegments(['index.html'], rendererRoot);
  const rawSegments = path.slice(1).split('/');
  const segments: string[] = [];
  for (const [i, raw] of rawSegments.entries()) {
    if (raw === '') {
      // Only the root itself ("/") may end in an empty segment; elsewhere it is `//` or a directory.
      if (rawSegments.length === 1 && i === 0) return resolveSegments(['index.html'], rendererRoot);
      return i === rawSegments.length - 1 ? NOT_FOUND : FORBIDDEN;
    }
    const decoded = decodeSegment(raw);
    if (decoded === null || BAD_SEGMENT.test(decoded) || decoded.startsWith('.')) {
      // A leading dot covers `.`, `..` and dotfiles (e.g. a stray `.vite/` manifest folder).
      return FORBIDDEN;
    }
    segments.push(decoded);
  }
  return resolveSegments(segments, rendererRoot);
}

function resolveSegments(segments: readonly string[], rendererRoot: string): AppResolution {
  let root: string;
  try {
    root = realpathSync(rendererRoot);
  } catch {
    return NOT_FOUND;
  }
  const candidate = resolve(root, ...segments);
  if (!isInside(root, candidate)) return FORBIDDEN;

  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return NOT_FOUND;
  }
  // A symlink inside the bundle must not lead out of it.
  if (!isInside(root, real)) return FORBIDDEN;
  try {
    if (!statSync(real).isFile()) return NOT_FOUND;
  } catch {
    return NOT_FOUND;
  }
  const mimeType = MIME_TYPES[extname(real).toLowerCase()];
  if (mimeType === undefined) return NOT_FOUND;
  return { status: 200, filePath: real, mimeType };
}

/** Headers on every app:// response, errors included. */
export function appResponseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The bundle changes only with the app; never let a stale or tampered cache entry be served.
    'Cache-Control': 'no-store',
  };
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The protocol handler as a plain function of a fetch Request, testable without Electron. */
export function createAppRequestHandler(
  rendererRoot: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = appResponseHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
    }
    const resolution = resolveAppRequest(request.url, rendererRoot);
    if (resolution.status !== 200)
      return new Response(null, { status: resolution.status, headers });
    let body: Uint8Array;
    try {
      body = await read(resolution.filePath);
    } catch {
      return new Response(null, { status: 404, headers });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...headers, 'Content-Type': resolution.mimeType },
    });
  };
}

/** Serves `rendererRoot` on app://casefile/ for the session whose `protocol` this is. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
