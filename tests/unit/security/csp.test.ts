import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security';

const indexHtml = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  it('is the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('equals the meta tag in src/renderer/index.html', () => {
    const metas = [
      ...indexHtml.matchAll(
        /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1\s*\/?>/gis,
      ),
    ];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[2]?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing inline, no eval, no remote origin, no wildcard', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(
          ["'self'", "'none'", 'data:'].includes(value),
          `${name} ${value} is not a local source`,
        ).toBe(true);
      }
    }
    // data: only for images (inline SVG icons); never for scripts, styles or connections.
    for (const [name, values] of policy) {
      if (name !== 'img-src') expect(values, name).not.toContain('data:');
    }
  });

  it('names every fetch directive the renderer could otherwise fall back on', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });
});
