import type { IpcResult } from '../shared/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract';

/** `window.api` as the preload exposes it: one function per channel, typed from the contract. */
export type CasefileApi = {
  readonly [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

declare global {
  // An interface, not a type: augmenting the global Window requires declaration merging.
  interface Window {
    readonly api: CasefileApi;
  }
}
