import type { BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../src/main/security';
import { createMainWindow, MIN_HEIGHT, MIN_WIDTH } from '../../../src/main/window';
import { FakeWebContents, fakeEvent } from './fakes';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = 0;
  loaded: string[] = [];
  loadResult: Promise<void> = Promise.resolve();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  show(): void {
    this.shown++;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return this.loadResult;
  }
}

// The fake implements only what createMainWindow uses; the cast stands in for Electron's class.
const Ctor = FakeBrowserWindow as unknown as Parameters<typeof createMainWindow>[0];

describe('createMainWindow', () => {
  it('uses the secure webPreferences, hidden until ready, with a minimum size', () => {
    const win = createMainWindow(Ctor, { preloadPath: '/p/index.js', isPackaged: true });
    const { options } = win as unknown as FakeBrowserWindow;
    expect(options.webPreferences).toStrictEqual(
      secureWebPreferences({ preloadPath: '/p/index.js', isPackaged: true }),
    );
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
    expect(options.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(options.height).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });

  it('loads app://casefile/index.html and shows on ready-to-show', () => {
    const win = createMainWindow(Ctor, {
      preloadPath: '/p/index.js',
      isPackaged: true,
    }) as unknown as FakeBrowserWindow;
    expect(win.loaded).toEqual(['app://casefile/index.html']);
    expect(win.shown).toBe(0);
    win.emit('ready-to-show');
    expect(win.shown).toBe(1);
  });

  it('guards its webContents itself', () => {
    const win = createMainWindow(Ctor, {
      preloadPath: '/p/index.js',
      isPackaged: true,
    }) as unknown as FakeBrowserWindow;
    const event = fakeEvent({ url: 'https://evil.example/', isMainFrame: true });
    win.webContents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const errors: unknown[] = [];
    class Failing extends FakeBrowserWindow {
      override loadURL(url: string): Promise<void> {
        this.loaded.push(url);
        return Promise.reject(new Error('ERR_FAILED'));
      }
    }
    createMainWindow(Failing as unknown as typeof Ctor, {
      preloadPath: '/p',
      isPackaged: true,
      onLoadError: (e) => errors.push(e),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
  });

  it('in dev, loads the given URL and lets DevTools open', () => {
    const win = createMainWindow(Ctor, {
      preloadPath: '/p',
      isPackaged: false,
      url: 'http://localhost:5173/',
      guards: { devServerUrl: 'http://localhost:5173/' },
    }) as unknown as FakeBrowserWindow;
    expect(win.loaded).toEqual(['http://localhost:5173/']);
    expect(win.options.webPreferences?.devTools).toBe(true);
  });
});
