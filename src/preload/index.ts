import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ChannelName } from '../shared/ipc/channels';

// The sandboxed preload: the renderer's only door to main. It exposes one function per channel
// and nothing else; ipcRenderer itself never crosses the bridge, or a compromised page could
// send on any channel and listen to everything. Imports only electron and the channel names, so
// it bundles into one file with no require() except electron (a sandbox requirement).

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;
export type PreloadApi = Readonly<Record<ChannelName, (input?: unknown) => Promise<unknown>>>;

/** Builds `window.api` from an invoke function; pure, so a test can count and call its members. */
export function buildApi(invoke: Invoke): PreloadApi {
  const api = {} as Record<ChannelName, (input?: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    // Exactly one argument is forwarded, whatever the page passes.
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
