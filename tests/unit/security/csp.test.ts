import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security';
import { CSP_META, REACT_ARIA_STYLE_HASHES } from '../../../src/shared/csp';

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
      "default-src 'none'; script-src 'self'; style-src 'self' " +
        "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=' " +
        "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        "object-src 'none'; frame-ancestors 'none'",
    );
  });

  it('equals the meta tag in src/renderer/index.html, less frame-ancestors', () => {
    const metas = [
      ...indexHtml.matchAll(
        /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1\s*\/?>/gis,
      ),
    ];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[2]?.replace(/\s+/g, ' ').trim()).toBe(CSP_META);
    expect(CONTENT_SECURITY_POLICY).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it('allows nothing inline, no eval, no remote origin, no wildcard', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        const hashedStyle = name === 'style-src' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(value);
        expect(
          ["'self'", "'none'", 'data:'].includes(value) || hashedStyle,
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

  it('allows exactly the constant style blocks the installed react-aria injects', () => {
    // react-aria writes these two <style> elements at run time; if an upgrade changes their text
    // the hashes stop matching and styles silently break, so recompute them from the package.
    const sources = [
      'node_modules/react-aria/dist/private/interactions/usePress.mjs',
      'node_modules/react-aria/dist/private/overlays/usePreventScroll.mjs',
    ];
    const hashes = sources.flatMap((file) => {
      const code = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
      const attr = /PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(code)?.[1] ?? '';
      return [...code.matchAll(/style\.textContent = `([\s\S]*?)`(\.trim\(\))?;/g)].map((m) => {
        let text = (m[1] ?? '').replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/g, attr);
        if (m[2]) text = text.trim();
        return `sha256-${createHash('sha256').update(text).digest('base64')}`;
      });
    });
    expect(hashes.sort()).toEqual([...REACT_ARIA_STYLE_HASHES].sort());
  });
});
