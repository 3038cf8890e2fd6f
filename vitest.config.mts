import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Four layers, one runner: pure code and real-SQLite integration run under Node;
// renderer components run under jsdom against a fake window.api.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          // user-event types key by key through React Aria; on a busy 2-core machine a form
          // test can pass 5 s without anything being wrong.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
