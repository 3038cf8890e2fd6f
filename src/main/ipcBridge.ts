import type { IpcMain } from 'electron';
import { CHANNELS } from '../shared/ipc/channels';
import type { IpcResult } from '../shared/errors';
import type { SenderInfo } from './ipc/trustedSender';

// Wires Electron's ipcMain to the runtime's dispatch(). Electron objects come in as arguments so
// this runs (and is tested) under plain Node.

/** What senderInfoFrom reads of a WebFrameMain. */
export type FrameLike = {
  readonly url: string;
  readonly parent: unknown;
  readonly detached?: boolean;
};
export type InvokeEventLike = { readonly senderFrame: FrameLike | null | undefined };

/**
 * Maps `event.senderFrame` to what dispatch() checks. Electron returns null for a frame that has
 * navigated away or been destroyed, and its getters can throw for a disposed frame; every such
 * case becomes null, which dispatch() refuses.
 */
export function senderInfoFrom(event: InvokeEventLike): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined || frame.detached === true) return null;
    const url = frame.url;
    if (typeof url !== 'string') return null;
    return { url, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}

export type RuntimeCall = (
  channel: string,
  input: unknown,
  sender: SenderInfo,
) => IpcResult<unknown>;

/**
 * One ipcMain.handle per channel in CHANNELS, each passing the single input argument and the
 * sender frame to `call` (runtime.call, i.e. dispatch()). Returns a function that removes them.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  call: RuntimeCall,
): () => void {
  for (const channel of CHANNELS) {
    // Only the first argument is the input; anything extra a compromised renderer sends is ignored.
    ipcMain.handle(channel, (event, input: unknown) => call(channel, input, senderInfoFrom(event)));
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
