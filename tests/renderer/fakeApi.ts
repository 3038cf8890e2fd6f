import type { CasefileApi } from '../../src/preload/index.d';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract';
import type { IpcResult } from '../../src/shared/errors';

type PartialHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => IpcResult<ChannelOutput<C>> | ChannelOutput<C>;
};

/**
 * A fake window.api built from a partial handler map. A handler may return a bare value (taken as
 * ok) or a full IpcResult; calling a channel without a handler fails the test loudly.
 */
export function installFakeApi(partial: PartialHandlers): {
  calls: { channel: string; input: unknown }[];
} {
  const calls: { channel: string; input: unknown }[] = [];
  const api = new Proxy({} as CasefileApi, {
    get: (_t, channel: string) => (input: unknown) => {
      calls.push({ channel, input });
      const h = (partial as Record<string, ((i: unknown) => unknown) | undefined>)[channel];
      if (!h) return Promise.reject(new Error(`fake api: no handler for ${channel}`));
      const out = h(input);
      return Promise.resolve(
        out && typeof out === 'object' && 'ok' in out ? out : { ok: true, value: out },
      );
    },
  });
  Object.defineProperty(window, 'api', { value: api, configurable: true, writable: true });
  return { calls };
}
