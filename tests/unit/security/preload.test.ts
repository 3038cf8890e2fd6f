import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/channels';

// The preload imports electron at runtime; replace it with spies so the module's side effect
// (exposeInMainWorld) can be observed under Node.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })) },
}));

const electron = await import('electron');
const { buildApi } = await import('../../../src/preload/index');

describe('buildApi', () => {
  it('has exactly one function per channel, and nothing else', () => {
    const api = buildApi(async () => null);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards the channel and exactly one input argument', async () => {
    const invoke = vi.fn(async () => 'ok');
    const api = buildApi(invoke);
    for (const channel of CHANNELS) {
      // Widened so the test can pass extra arguments a hostile renderer might send.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      const call = api[channel] as (...args: unknown[]) => Promise<unknown>;
      await expect(call({ a: 1 }, 'smuggled', () => 0)).resolves.toBe('ok');
      expect(invoke).toHaveBeenLastCalledWith(channel, { a: 1 });
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });
});

describe('the preload module', () => {
  beforeEach(() => {
    vi.mocked(electron.ipcRenderer.invoke).mockClear();
  });

  it('exposes window.api once, under "api", built from CHANNELS', () => {
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, api] = expose.mock.calls[0] as [string, unknown];
    expect(key).toBe('api');
    expect(Object.keys(api as object).sort()).toEqual([...CHANNELS].sort());
  });

  it('never exposes ipcRenderer, its methods, or any Electron object', () => {
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    const api = expose.mock.calls[0]![1] as Record<string, unknown>;
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
      expect(value).not.toBe(electron.contextBridge);
    }
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'require']) {
      expect(api).not.toHaveProperty(forbidden);
    }
  });

  it('each function calls ipcRenderer.invoke with its own channel', async () => {
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    const api = expose.mock.calls[0]![1] as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(api['cases:list']!({ limit: 5 })).resolves.toEqual({
      channel: 'cases:list',
      input: { limit: 5 },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('cases:list', { limit: 5 });
  });
});
