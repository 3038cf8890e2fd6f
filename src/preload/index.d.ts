import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/errors';

/** What the preload exposes: one function per contract channel, resolving to a result object. */
export type CasefileApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

declare global {
  interface Window {
    api: CasefileApi;
  }
}
