import dgram from 'node:dgram';
import dns from 'node:dns';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join, relative, resolve } from 'node:path';
import tls from 'node:tls';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { anyPayloads } from '../../support/contractArbitraries';
import { fastTempDir, seedRows } from '../../support/reliability';
import { testRuntime, TRUSTED_SENDER } from '../../support/runtime';

// R-offline for the main process: its code imports no networking module and, driven through every
// IPC channel, opens no socket, resolves no name and sends no datagram. (The loopback e2e host
// under tests/e2e/host is test code, not the app.)

const repo = resolve(__dirname, '../../..');
const NETWORK_MODULES = [
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'undici',
  'node-fetch',
  'axios',
  'got',
  'ws',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repo, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(repo, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [path] : [];
  });
}

describe('R-offline: the main process never talks to the network', () => {
  it('no module under src/ imports a networking module or calls fetch/WebSocket', () => {
    const files = sourceFiles('src');
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(repo, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        const name = m[1]!.replace(/^node:/, '').split('/')[0]!;
        if (NETWORK_MODULES.includes(name))
          offenders.push(`${relative(repo, join(repo, file))}: ${m[1]}`);
      }
      if (/\bfetch\s*\(|new\s+WebSocket\b|new\s+EventSource\b|XMLHttpRequest/.test(text)) {
        // The renderer's only I/O is window.api; main has no business with any of these.
        offenders.push(`${file}: fetch/WebSocket/EventSource/XMLHttpRequest`);
      }
    }
    console.log(`[R-offline] scanned ${files.length} source files for networking imports`);
    expect(offenders).toEqual([]);
  });

  describe('under a trap on every socket, DNS and datagram API', () => {
    const attempts: string[] = [];
    const restore: (() => void)[] = [];

    function trap<T extends object>(target: T, key: keyof T & string, label: string): void {
      const original = target[key];
      (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
        attempts.push(`${label}(${JSON.stringify(args[0] ?? null)?.slice(0, 80)})`);
        throw new Error(`network access attempted: ${label}`);
      };
      restore.push(() => {
        (target as Record<string, unknown>)[key] = original;
      });
    }

    beforeEach(() => {
      attempts.length = 0;
      trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
      trap(net, 'connect', 'net.connect');
      trap(net, 'createConnection', 'net.createConnection');
      trap(net.Server.prototype, 'listen', 'net.Server.listen');
      trap(tls, 'connect', 'tls.connect');
      trap(http, 'request', 'http.request');
      trap(http, 'get', 'http.get');
      trap(https, 'request', 'https.request');
      trap(https, 'get', 'https.get');
      trap(dgram, 'createSocket', 'dgram.createSocket');
      trap(dns, 'lookup', 'dns.lookup');
      trap(dns, 'resolve', 'dns.resolve');
      trap(dns.promises, 'lookup', 'dns.promises.lookup');
      trap(globalThis, 'fetch', 'fetch');
    });

    afterEach(() => {
      for (const undo of restore.splice(0)) undo();
    });

    it('opening the database and serving 200 payloads on every channel opens no socket', () => {
      const dir = fastTempDir();
      const rt = testRuntime(dir.path);
      let calls = 0;
      try {
        seedRows(rt);
        for (const channel of CHANNELS) {
          fc.assert(
            fc.property(anyPayloads(channel), (input) => {
              rt.call(channel, input, TRUSTED_SENDER);
              calls++;
            }),
            { numRuns: 200 },
          );
        }
      } finally {
        rt.close();
        dir.remove();
      }
      console.log(
        `[R-offline] ${calls} IPC calls over ${CHANNELS.length} channels under the socket trap: ` +
          `${attempts.length} network attempts`,
      );
      expect(attempts).toEqual([]);
    });

    it('the trap itself works (a connect attempt is caught)', () => {
      expect(() => net.connect({ host: '127.0.0.1', port: 9 })).toThrow(/network access/);
      expect(attempts).toHaveLength(1);
    });
  });
});
