import { describe, expect, it } from 'vitest';
import {
  ELECTRON_PERMISSIONS,
  permissionCheckHandler,
  permissionRequestHandler,
} from '../../../src/main/security';
import type { Session } from 'electron';

// Every name in Electron 45's setPermissionRequestHandler union, so that an Electron upgrade that
// adds one fails to compile here and someone looks at it.
type ElectronPermission = Parameters<
  NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>
>[1];
type Missing = Exclude<ElectronPermission, (typeof ELECTRON_PERMISSIONS)[number]>;
const exhaustive: [Missing] extends [never] ? true : Missing = true;

describe('permissions', () => {
  it('lists every permission Electron defines', () => {
    expect(exhaustive).toBe(true);
    for (const name of [
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'geolocation',
      'idle-detection',
      'media',
      'mediaKeySystem',
      'midi',
      'midiSysex',
      'notifications',
      'pointerLock',
      'keyboardLock',
      'openExternal',
      'speaker-selection',
      'storage-access',
      'top-level-storage-access',
      'window-management',
      'unknown',
      'fileSystem',
      'hid',
      'serial',
      'usb',
    ]) {
      expect(ELECTRON_PERMISSIONS).toContain(name);
    }
  });

  it.each([...ELECTRON_PERMISSIONS, 'some-future-permission'])(
    'denies a request for %s',
    (name) => {
      const answers: boolean[] = [];
      permissionRequestHandler({}, name, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it.each([...ELECTRON_PERMISSIONS, 'some-future-permission'])('fails a check for %s', (name) => {
    expect(permissionCheckHandler(null, name)).toBe(false);
  });
});
