import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../src/shared/errors';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { anyPayloads } from '../../support/contractArbitraries';
import { useSeededRuntime } from '../../support/reliability';
import { TRUSTED_SENDER } from '../../support/runtime';

// R-fuzz (QUALITY.md): fast-check payloads to every IPC channel through dispatch(), at least 1,000
// per channel: no exception escapes, every payload the contract rejects is answered VALIDATION with
// field paths, every payload it accepts is handled (a value or a typed refusal such as NOT_FOUND,
// never INTERNAL), and nothing reaches Object.prototype.

const RUNS_PER_CHANNEL = 1000;
// Business refusals a valid payload may meet (no such row, a duplicate, the store locked).
const TYPED_REFUSALS = new Set(['NOT_FOUND', 'CONFLICT', 'LOCKED', 'VALIDATION', 'FORBIDDEN']);

const runtime = useSeededRuntime();
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('R-fuzz: every IPC channel through dispatch()', () => {
  it.each([...CHANNELS])('%s', (channel) => {
    const schema = contract[channel].input;
    const tally = { accepted: 0, refused: {} as Record<string, number>, invalid: 0 };
    fc.assert(
      fc.property(anyPayloads(channel), (input) => {
        const expected = schema.safeParse(input ?? {});
        let result: IpcResult<unknown> | undefined;
        expect(() => {
          result = runtime().call(channel, input, TRUSTED_SENDER);
        }).not.toThrow();
        if (result === undefined) throw new Error('dispatch returned nothing');

        if (!expected.success) {
          tally.invalid++;
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.issues?.length).toBeGreaterThan(0);
          for (const issue of result.error.issues ?? []) {
            expect(typeof issue.path).toBe('string');
            expect(issue.path.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        } else if (result.ok) {
          tally.accepted++;
        } else {
          expect(TYPED_REFUSALS.has(result.error.code), result.error.message).toBe(true);
          if (result.error.code === 'VALIDATION')
            expect(result.error.issues?.length).toBeGreaterThan(0);
          tally.refused[result.error.code] = (tally.refused[result.error.code] ?? 0) + 1;
        }
        // No payload may leave anything on Object.prototype.
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    const valid = tally.accepted + Object.values(tally.refused).reduce((a, b) => a + b, 0);
    console.log(
      `[R-fuzz] ${channel}: ${RUNS_PER_CHANNEL} payloads, 0 uncaught; ${tally.invalid} invalid → ` +
        `VALIDATION with field paths; ${valid} valid → ${tally.accepted} accepted, refused ` +
        `${JSON.stringify(tally.refused)}`,
    );
    // The generator must reach both sides of the contract, or the run proves little.
    expect(tally.invalid).toBeGreaterThan(RUNS_PER_CHANNEL / 10);
    expect(valid).toBeGreaterThan(RUNS_PER_CHANNEL / 10);
  });
});
