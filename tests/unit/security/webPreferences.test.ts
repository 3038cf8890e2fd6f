import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../src/main/security';

describe('secureWebPreferences', () => {
  const packaged = secureWebPreferences({
    preloadPath: '/app/out/preload/index.js',
    isPackaged: true,
  });
  const dev = secureWebPreferences({ preloadPath: '/app/out/preload/index.js', isPackaged: false });

  it('is exactly the baseline, nothing more and nothing less', () => {
    expect(packaged).toStrictEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('never sets enableBlinkFeatures or any other feature switch', () => {
    expect(packaged).not.toHaveProperty('enableBlinkFeatures');
    expect(dev).not.toHaveProperty('enableBlinkFeatures');
    expect(packaged).not.toHaveProperty('additionalArguments');
  });

  it('allows DevTools only in an unpackaged build, and changes nothing else', () => {
    expect(packaged.devTools).toBe(false);
    expect(dev.devTools).toBe(true);
    expect({ ...dev, devTools: false }).toStrictEqual(packaged);
  });
});
