import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

/**
 * React reports misuse (duplicate keys, updates after unmount, invalid nesting) on console.error
 * in development only; the production build the e2e tests run stays silent. Fail on it here.
 */
export function failOnConsoleError(): void {
  let spy: MockInstance<typeof console.error>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
}
