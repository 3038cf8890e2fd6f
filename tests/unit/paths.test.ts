import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../src/main/paths';

const linux = { platform: 'linux' as const, homedir: '/home/ana' };
const mac = { platform: 'darwin' as const, homedir: '/Users/ana' };
const win = { platform: 'win32' as const, homedir: 'C:\\Users\\ana' };

describe('resolveDataDir: platform defaults', () => {
  it('Linux: ~/.config/Casefile/data', () => {
    expect(resolveDataDir({ ...linux, argv: [], env: {} })).toBe('/home/ana/.config/Casefile/data');
  });

  it('Linux: honours an absolute XDG_CONFIG_HOME', () => {
    expect(resolveDataDir({ ...linux, argv: [], env: { XDG_CONFIG_HOME: '/srv/cfg' } })).toBe(
      '/srv/cfg/Casefile/data',
    );
  });

  it('Linux: ignores an empty or relative XDG_CONFIG_HOME, as the XDG spec requires', () => {
    for (const XDG_CONFIG_HOME of ['', '  ', 'relative/cfg']) {
      expect(resolveDataDir({ ...linux, argv: [], env: { XDG_CONFIG_HOME } })).toBe(
        '/home/ana/.config/Casefile/data',
      );
    }
  });

  it('other Unixes fall back to the Linux layout', () => {
    expect(defaultDataDir('freebsd', {}, '/home/ana')).toBe('/home/ana/.config/Casefile/data');
  });

  it('macOS: ~/Library/Application Support/Casefile/data', () => {
    expect(resolveDataDir({ ...mac, argv: [], env: { XDG_CONFIG_HOME: '/ignored' } })).toBe(
      '/Users/ana/Library/Application Support/Casefile/data',
    );
  });

  it('Windows: %APPDATA%\\Casefile\\data', () => {
    expect(
      resolveDataDir({ ...win, argv: [], env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' } }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Casefile\\data');
  });

  it('Windows: without APPDATA, the roaming folder under the home directory', () => {
    expect(resolveDataDir({ ...win, argv: [], env: {} })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Casefile\\data',
    );
  });
});

describe('resolveDataDir: precedence', () => {
  const env = { CASEFILE_DATA_DIR: '/env/dir', APPDATA: 'C:\\AppData' };

  it.each([linux, mac])('$platform: --data-dir beats CASEFILE_DATA_DIR beats the default', (p) => {
    expect(resolveDataDir({ ...p, argv: ['casefile', '--data-dir', '/flag/dir'], env })).toBe(
      '/flag/dir',
    );
    expect(resolveDataDir({ ...p, argv: ['casefile', '--data-dir=/flag/eq'], env })).toBe(
      '/flag/eq',
    );
    expect(resolveDataDir({ ...p, argv: ['casefile'], env })).toBe('/env/dir');
    expect(resolveDataDir({ ...p, argv: ['casefile'], env: {} })).toBe(
      defaultDataDir(p.platform, {}, p.homedir),
    );
  });

  it('win32: --data-dir beats CASEFILE_DATA_DIR beats %APPDATA%', () => {
    const winEnv = { CASEFILE_DATA_DIR: 'D:\\cases', APPDATA: 'C:\\AppData' };
    expect(
      resolveDataDir({ ...win, argv: ['casefile.exe', '--data-dir', 'E:\\usb'], env: winEnv }),
    ).toBe('E:\\usb');
    expect(resolveDataDir({ ...win, argv: ['casefile.exe'], env: winEnv })).toBe('D:\\cases');
    expect(
      resolveDataDir({ ...win, argv: ['casefile.exe'], env: { APPDATA: 'C:\\AppData' } }),
    ).toBe('C:\\AppData\\Casefile\\data');
  });

  it('finds the flag anywhere in argv (Electron puts its own arguments first)', () => {
    const argv = ['/opt/Casefile/casefile', '.', '--no-sandbox', '--data-dir', '/x', 'list'];
    expect(resolveDataDir({ ...linux, argv, env: {} })).toBe('/x');
  });

  it('takes the last --data-dir when given twice', () => {
    const argv = ['casefile', '--data-dir', '/a', '--data-dir=/b'];
    expect(resolveDataDir({ ...linux, argv, env: {} })).toBe('/b');
  });

  it('does not mistake --user-data-dir (a Chromium switch) for --data-dir', () => {
    const argv = ['electron', '--user-data-dir=/chromium'];
    expect(resolveDataDir({ ...linux, argv, env: {} })).toBe('/home/ana/.config/Casefile/data');
  });

  it('treats an empty CASEFILE_DATA_DIR as unset', () => {
    expect(resolveDataDir({ ...linux, argv: [], env: { CASEFILE_DATA_DIR: '' } })).toBe(
      '/home/ana/.config/Casefile/data',
    );
  });

  it('refuses a dangling --data-dir instead of silently using the default database', () => {
    for (const argv of [
      ['casefile', '--data-dir'],
      ['casefile', '--data-dir', ''],
      ['casefile', '--data-dir', '--json'],
      ['casefile', '--data-dir='],
    ]) {
      expect(() => resolveDataDir({ ...linux, argv, env: {} }), argv.join(' ')).toThrow(
        /--data-dir needs a directory/,
      );
    }
  });

  it('resolves a relative directory against cwd when one is given', () => {
    expect(
      resolveDataDir({
        ...linux,
        argv: ['casefile', '--data-dir', 'cases'],
        env: {},
        cwd: '/work',
      }),
    ).toBe('/work/cases');
    expect(
      resolveDataDir({ ...linux, argv: [], env: { CASEFILE_DATA_DIR: '../d' }, cwd: '/work/x' }),
    ).toBe('/work/d');
    expect(
      resolveDataDir({ ...win, argv: ['c', '--data-dir', 'cases'], env: {}, cwd: 'C:\\work' }),
    ).toBe('C:\\work\\cases');
    expect(
      resolveDataDir({ ...linux, argv: ['c', '--data-dir', '/abs'], env: {}, cwd: '/w' }),
    ).toBe('/abs');
  });

  it('is pure: same inputs, same answer, no reliance on the real process', () => {
    const inputs = { ...win, argv: [], env: {} };
    expect(resolveDataDir(inputs)).toBe(resolveDataDir(inputs));
  });
});
