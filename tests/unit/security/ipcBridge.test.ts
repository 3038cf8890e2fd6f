import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderInfo } from '../../../src/main/ipc/trustedSender';
import { registerIpcHandlers, senderInfoFrom } from '../../../src/main/ipcBridge';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';

const mainFrame = { url: 'app://casefile/index.html', parent: null, detached: false };
const subFrame = { url: 'app://casefile/index.html', parent: mainFrame, detached: false };

describe('senderInfoFrom', () => {
  it('maps the top-level frame', () => {
    expect(senderInfoFrom({ senderFrame: mainFrame })).toEqual({
      url: 'app://casefile/index.html',
      isMainFrame: true,
    });
  });

  it('marks a subframe as not the main frame, so dispatch() refuses it', () => {
    const info = senderInfoFrom({ senderFrame: subFrame });
    expect(info).toEqual({ url: 'app://casefile/index.html', isMainFrame: false });
    expect(isTrustedSender(info, 'app://casefile')).toBe(false);
  });

  it('gives null for a frame that navigated away or was destroyed', () => {
    expect(senderInfoFrom({ senderFrame: null })).toBeNull();
    expect(senderInfoFrom({ senderFrame: undefined })).toBeNull();
    expect(senderInfoFrom({ senderFrame: { ...mainFrame, detached: true } })).toBeNull();
    expect(isTrustedSender(senderInfoFrom({ senderFrame: null }), 'app://casefile')).toBe(false);
  });

  it('gives null when reading the frame throws (a disposed WebFrameMain)', () => {
    const throwingEvent = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(senderInfoFrom(throwingEvent)).toBeNull();
    const throwingUrl = {
      senderFrame: {
        parent: null,
        get url(): string {
          throw new Error('disposed');
        },
      },
    };
    expect(senderInfoFrom(throwingUrl)).toBeNull();
  });

  it('passes a foreign top-level URL through for dispatch() to refuse', () => {
    const info = senderInfoFrom({ senderFrame: { url: 'https://evil.example/', parent: null } });
    expect(info).toEqual({ url: 'https://evil.example/', isMainFrame: true });
    expect(isTrustedSender(info, 'app://casefile')).toBe(false);
  });
});

describe('CHANNELS', () => {
  it('equals the keys of the contract, in order', () => {
    expect([...CHANNELS]).toEqual(Object.keys(contract));
  });
});

describe('registerIpcHandlers', () => {
  type Listener = (event: unknown, ...args: unknown[]) => unknown;
  function fakeIpcMain(): {
    handlers: Map<string, Listener>;
    ipc: Parameters<typeof registerIpcHandlers>[0];
  } {
    const handlers = new Map<string, Listener>();
    return {
      handlers,
      ipc: {
        handle: (channel: string, listener: Listener) => {
          if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
          handlers.set(channel, listener);
        },
        removeHandler: (channel: string) => {
          handlers.delete(channel);
        },
      } as unknown as Parameters<typeof registerIpcHandlers>[0],
    };
  }

  it('handles exactly the channels in CHANNELS', () => {
    const { handlers, ipc } = fakeIpcMain();
    registerIpcHandlers(ipc, () => ({ ok: true, value: null }));
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes channel, the first argument only, and the sender frame to the runtime', () => {
    const { handlers, ipc } = fakeIpcMain();
    const calls: [string, unknown, SenderInfo][] = [];
    registerIpcHandlers(ipc, (channel, input, sender) => {
      calls.push([channel, input, sender]);
      return { ok: true, value: channel };
    });
    const result = handlers.get('cases:get')!({ senderFrame: mainFrame }, { id: 'x' }, 'extra');
    expect(result).toEqual({ ok: true, value: 'cases:get' });
    expect(calls).toEqual([
      ['cases:get', { id: 'x' }, { url: 'app://casefile/index.html', isMainFrame: true }],
    ]);

    handlers.get('app:info')!({ senderFrame: null }, {});
    expect(calls[1]).toEqual(['app:info', {}, null]);
  });

  it('can remove every handler again', () => {
    const { handlers, ipc } = fakeIpcMain();
    const remove = registerIpcHandlers(ipc, () => ({ ok: true, value: null }));
    remove();
    expect(handlers.size).toBe(0);
  });
});
