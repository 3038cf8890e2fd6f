import { posix, win32 } from 'node:path';

// Shared by the Electron main process and the `casefile` CLI so both open the same database file.
// It must stay free of `electron`: the CLI runs under plain Node.

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'CASEFILE_DATA_DIR';

export type DataDirInputs = {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  /**
   * Resolves a relative `--data-dir`/`CASEFILE_DATA_DIR` against it. Without it a relative value is
   * returned as given, so callers that care (CLI, main) pass `process.cwd()`.
   */
  cwd?: string;
};

/** Reads `--data-dir D` or `--data-dir=D`; the last occurrence wins, as with most CLIs. */
function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === DATA_DIR_FLAG) {
      const value = argv[i + 1];
      // A dangling flag must not silently fall back to the default database: the user asked for a
      // different file and would otherwise write case data where they did not expect it.
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new Error(`${DATA_DIR_FLAG} needs a directory`);
      }
      found = value;
      i++;
    } else if (arg !== undefined && arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value === '') throw new Error(`${DATA_DIR_FLAG} needs a directory`);
      found = value;
    }
  }
  return found;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** Where the database lives when nothing overrides it; the platform's per-user config location. */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  homedir: string,
): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']) ?? win32.join(homedir, 'AppData', 'Roaming');
    return win32.join(appData, 'Casefile', 'data');
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', 'Casefile', 'data');
  }
  // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env['XDG_CONFIG_HOME']);
  const configHome =
    xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.config');
  return posix.join(configHome, 'Casefile', 'data');
}

/** `--data-dir D` beats `CASEFILE_DATA_DIR` beats the platform default. Pure: no fs, no process. */
export function resolveDataDir(inputs: DataDirInputs): string {
  const path = inputs.platform === 'win32' ? win32 : posix;
  const explicit = dataDirFromArgv(inputs.argv) ?? nonEmpty(inputs.env[DATA_DIR_ENV]);
  if (explicit === undefined) return defaultDataDir(inputs.platform, inputs.env, inputs.homedir);
  if (inputs.cwd !== undefined) return path.resolve(inputs.cwd, explicit);
  return path.normalize(explicit);
}
