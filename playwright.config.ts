import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium';

// One random token per run, shared with the workers through the environment (they inherit the
// runner's env), required by the loopback host on every request.
process.env.CASEFILE_HOST_TOKEN ??= randomBytes(24).toString('hex');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: a shared 2-core machine under load runs Chromium and the host several times slower.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'npx tsx tests/e2e/host/server.ts',
    // The host binds an ephemeral port; the named group reaches the workers as an env variable.
    wait: { stdout: /listening on http:\/\/127\.0\.0\.1:(?<CASEFILE_HOST_PORT>\d+)/ },
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
    timeout: 60_000,
  },
});
